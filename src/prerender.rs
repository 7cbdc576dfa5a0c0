//! Server-side rendering of the app, shared by the `prerender` binary and native tests.

use yew::prelude::*;
use yew::LocalServerRenderer;

use crate::components::{App, IslandKind, IslandPlaceholders, IslandProps, IslandRoot};

/// The empty root element that receives the rendered app, as written in `index.html` and as
/// Trunk's release minifier rewrites it.
pub const ROOT_PLACEHOLDERS: [&str; 2] = [r#"<div id="app"></div>"#, "<div id=app></div>"];

/// The page with its islands as empty placeholders.
#[function_component(PlaceholderPage)]
fn placeholder_page() -> Html {
    html! {
        <ContextProvider<IslandPlaceholders> context={IslandPlaceholders}>
            <App />
        </ContextProvider<IslandPlaceholders>>
    }
}

/// The page as the browser gets it: static HTML without any of Yew's hydration markers, and in
/// each island's element that island rendered as its own hydratable root, which is how
/// `browser::hydrate_islands` hydrates it.
pub async fn render_page() -> Result<String, String> {
    const ATTRIBUTE: &str = "data-island=\"";
    const EMPTY: &str = "></div>";
    let page = LocalServerRenderer::<PlaceholderPage>::new()
        .hydratable(false)
        .render()
        .await;
    let mut out = String::with_capacity(page.len() * 2);
    let mut rest = page.as_str();
    while let Some(at) = rest.find(ATTRIBUTE) {
        let key_start = at + ATTRIBUTE.len();
        let key_len = rest[key_start..]
            .find('"')
            .ok_or("unterminated data-island attribute")?;
        let key = &rest[key_start..key_start + key_len];
        let kind = IslandKind::parse(key).ok_or_else(|| format!("unknown island {key:?}"))?;
        // The end of the opening tag (no attribute value of an island holds a '>').
        let tag_end = key_start + rest[key_start..].find('>').ok_or("unterminated tag")?;
        if !rest[tag_end..].starts_with(EMPTY) {
            return Err(format!(
                "island {key:?} is not an empty placeholder: {:.60}",
                &rest[tag_end..]
            ));
        }
        let island = LocalServerRenderer::<IslandRoot>::with_props(IslandProps { kind })
            .hydratable(true)
            .render()
            .await;
        out.push_str(&rest[..tag_end + 1]);
        out.push_str(&island);
        rest = &rest[tag_end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// `render_page`, run to completion on the current thread (nothing in the app suspends).
pub fn render_page_now() -> Result<String, String> {
    futures::executor::block_on(render_page())
}

/// Puts `body` inside the root placeholder of `shell`. Fails when the placeholder is missing or
/// repeated, since either would leave the browser hydrating something other than what we render.
pub fn splice(shell: &str, body: &str) -> Result<String, String> {
    let found: Vec<(usize, &str)> = ROOT_PLACEHOLDERS
        .iter()
        .flat_map(|p| shell.match_indices(p))
        .collect();
    match found.as_slice() {
        [(at, placeholder)] => Ok(format!(
            "{}<div id=\"app\">{body}</div>{}",
            &shell[..*at],
            &shell[at + placeholder.len()..]
        )),
        _ => Err(format!(
            "expected exactly one empty root element ({}), found {}",
            ROOT_PLACEHOLDERS.join(" or "),
            found.len()
        )),
    }
}

/// Removes the `<link data-trunk …>` tags that Trunk leaves in place when it does not inject
/// scripts: they are build instructions, meaningless to a browser.
pub fn strip_trunk_links(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(start) = rest.find("<link ") {
        let Some(len) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start..=start + len];
        out.push_str(&rest[..start]);
        if !tag.contains("data-trunk") {
            out.push_str(tag);
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}
