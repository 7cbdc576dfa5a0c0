//! Server-side rendering of the app, shared by the `prerender` binary and native tests.

use yew::{BaseComponent, LocalServerRenderer};

/// The empty root element in `index.html` that receives the rendered app.
pub const ROOT_PLACEHOLDER: &str = r#"<div id="app"></div>"#;

/// Renders a component with default props to hydratable HTML.
pub fn render_app<C>() -> String
where
    C: BaseComponent,
    C::Properties: Default,
{
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime needs no OS resources that can be missing");
    let local = tokio::task::LocalSet::new();
    local.block_on(
        &runtime,
        LocalServerRenderer::<C>::new().hydratable(true).render(),
    )
}

/// Puts `body` inside the root placeholder of `shell`. Fails when the placeholder is missing or
/// repeated, since either would leave the browser hydrating something other than what we render.
pub fn splice(shell: &str, body: &str) -> Result<String, String> {
    let mut parts = shell.split(ROOT_PLACEHOLDER);
    match (parts.next(), parts.next(), parts.next()) {
        (Some(before), Some(after), None) => {
            Ok(format!("{before}<div id=\"app\">{body}</div>{after}"))
        }
        _ => Err(format!("expected exactly one `{ROOT_PLACEHOLDER}`")),
    }
}
