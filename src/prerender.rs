//! Server-side rendering of the app, shared by the site step (`src/site.rs`) and native tests.

use yew::LocalServerRenderer;

use crate::components::App;

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
