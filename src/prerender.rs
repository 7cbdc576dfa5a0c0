//! Server-side rendering of the app, shared by the `prerender` binary and native tests.

use yew::LocalServerRenderer;

use crate::components::App;
use crate::data::words;

/// The empty root element that receives the rendered app, as written in `index.html` and as
/// Trunk's release minifier rewrites it.
pub const ROOT_PLACEHOLDERS: [&str; 2] = [r#"<div id="app"></div>"#, "<div id=app></div>"];

/// The page as the browser gets it: plain HTML without any of Yew's hydration markers. Nothing
/// is hydrated: the browser renders each island afresh over its pre-rendered copy
/// (`browser::start_islands`), which the first client render reproduces exactly.
pub async fn render_page() -> String {
    LocalServerRenderer::<App>::new()
        .hydratable(false)
        .render()
        .await
}

/// `render_page`, run to completion on the current thread (nothing in the app suspends).
pub fn render_page_now() -> String {
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
        // The islands' words follow the app (`data::words`): a data block, never run, so the
        // strict CSP has nothing to say about it.
        [(at, placeholder)] => Ok(format!(
            "{}<div id=\"app\">{body}</div><script type=\"application/json\" id=\"{}\">{}</script>{}",
            &shell[..*at],
            words::ELEMENT_ID,
            words::JSON,
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

/// Where `static/early.js` takes its lists of views, each written once here from the Rust that
/// reads the same address (`view::embed_views`, `view::retired_views`): the early script must
/// know them before the body is parsed, and a hand-kept copy could drift.
pub const EARLY_VIEWS: &str = "/*@views*/[]";
pub const EARLY_RETIRED: &str = "/*@retired*/{}";

/// `static/early.js` with its lists written in; fails unless each place is there exactly once.
pub fn early_script(source: &str) -> Result<String, String> {
    let views: Vec<String> = crate::view::embed_views()
        .map(|v| format!("{v:?}"))
        .collect();
    let retired: Vec<String> = crate::view::retired_views()
        .map(|(old, new)| format!("{old:?}:{new:?}"))
        .collect();
    let mut script = source.to_string();
    for (place, list) in [
        (EARLY_VIEWS, format!("[{}]", views.join(","))),
        (EARLY_RETIRED, format!("{{{}}}", retired.join(","))),
    ] {
        let found = script.matches(place).count();
        if found != 1 {
            return Err(format!("early.js holds {place} {found} times, not once"));
        }
        script = script.replace(place, &list);
    }
    Ok(script)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn early_script_gets_the_parsers_lists_and_holds_no_list_of_its_own() {
        let source = include_str!("../static/early.js");
        let script = early_script(source).expect("static/early.js has both places once");
        for view in crate::view::embed_views() {
            assert!(script.contains(&format!("{view:?}")), "{view}");
        }
        assert!(script.contains(r#"{"military":"mianyang","money":"mianyang"}"#));
        // A hand-typed list in place of the build's would drift: the build fails on it.
        let typed = source.replace(EARLY_VIEWS, r#"["pilot"]"#);
        assert!(early_script(&typed).is_err());
        assert!(early_script(&format!("{source}{EARLY_RETIRED}")).is_err());
    }
}
