use yew::prelude::*;

use crate::browser;
use crate::data::content::{self, fill_with};

#[derive(Properties, PartialEq)]
pub struct EmbedButtonProps {
    /// The `?embed=` view: a story section id or "timeline".
    pub view: &'static str,
    /// What the embedded view shows, for the iframe's title.
    pub title: &'static str,
}

/// Height an iframe starts at before the explainer reports its real one (px).
const INITIAL_HEIGHT: u32 = 700;

/// "Embed": shows, and copies to the clipboard, the code that puts this view in another page.
/// The code is built from the page's own address when asked for (a render must not read the DOM).
#[function_component(EmbedButton)]
pub fn embed_button(props: &EmbedButtonProps) -> Html {
    let snippet = use_state_eq(|| None::<String>);
    let status = use_state_eq(String::new);
    let id = format!("embed-{}", props.view);
    let onclick = {
        let (snippet, status) = (snippet.clone(), status.clone());
        let (view, title) = (props.view, props.title);
        Callback::from(move |_: MouseEvent| {
            if snippet.is_some() {
                snippet.set(None);
                status.set(String::new());
                return;
            }
            let Some(base) = browser::page_base_url() else {
                return;
            };
            let code = embed_code(&base, view, title);
            let status = status.clone();
            // May run after an unmount (a spawned future): setting state then does nothing.
            browser::copy_text(&code, move |copied| {
                status.set(if copied {
                    content::UI_COPIED.to_string()
                } else {
                    content::UI_COPY_BY_HAND.to_string()
                })
            });
            snippet.set(Some(code));
        })
    };
    html! {
        <div class="embed-box">
            <button type="button" class="button embed-button" {onclick}
                aria-expanded={snippet.is_some().to_string()} aria-controls={id.clone()}
                // Eight Embed buttons: each name says which view it embeds.
                aria-label={fill_with(&content::UI_EMBED_OF, &[("title", props.title)])}>
                { content::UI_EMBED }
            </button>
            <p class="embed-status" role="status">{ (*status).clone() }</p>
            if let Some(code) = (*snippet).clone() {
                <label class="embed-code" id={id}>
                    <span>{ content::UI_EMBED_CODE }</span>
                    <textarea readonly=true rows="5" value={code} />
                </label>
            }
        </div>
    }
}

/// The iframe (with the host script that keeps its height right) for `view`, from the address of
/// the explainer's folder.
pub fn embed_code(base: &str, view: &str, title: &str) -> String {
    let title = fill_with(&content::UI_EMBED_TITLE, &[("title", title)]);
    format!(
        "<iframe data-sichuan-reform src=\"{base}?embed={view}\" \
         title=\"{title}\" loading=\"lazy\" width=\"100%\" \
         height=\"{INITIAL_HEIGHT}\" style=\"border:0\"></iframe>\n\
         <script src=\"{base}embed.js\" async></script>"
    )
}

#[cfg(test)]
mod tests {
    use super::embed_code;

    #[test]
    fn snippet_names_the_view_title_and_host_script() {
        let code = embed_code("https://news.example/sichuan/", "swjtu", "One university");
        assert!(code.contains("src=\"https://news.example/sichuan/?embed=swjtu\""));
        assert!(code.contains("title=\"Sichuan reform explainer: One university\""));
        assert!(code.contains("loading=\"lazy\""));
        assert!(code.contains("<script src=\"https://news.example/sichuan/embed.js\" async>"));
    }
}
