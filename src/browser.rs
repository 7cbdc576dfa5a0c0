//! Browser-only glue: start-up, the panic notice and the hydration marker. Everything that touches
//! the DOM outside a component's effects lives here.

use crate::App;

/// Id of the element, outside the app root, that says the interactive parts are unavailable.
/// It ships hidden in `index.html`, so the pre-rendered text stays readable whatever happens.
const NOTICE_ID: &str = "app-notice";
/// Id of the element the pre-rendered app is spliced into and hydrated from.
pub const ROOT_ID: &str = "app";

/// Hydrates the pre-rendered page. Called once by the browser entry.
pub fn start() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_notice();
    }));
    let Some(root) = document().and_then(|doc| doc.get_element_by_id(ROOT_ID)) else {
        show_notice();
        return;
    };
    yew::Renderer::<App>::with_root(root).hydrate();
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Reveals the notice; the page itself is left as it is, readable.
pub fn show_notice() {
    if let Some(notice) = document().and_then(|doc| doc.get_element_by_id(NOTICE_ID)) {
        let _ = notice.remove_attribute("hidden");
    }
}

/// Marks the document as live once hydration has attached.
pub fn mark_hydrated() {
    if let Some(html) = document().and_then(|doc| doc.document_element()) {
        let _ = html.set_attribute("data-hydrated", "true");
    }
}
