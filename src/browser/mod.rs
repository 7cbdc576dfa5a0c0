//! Browser-only glue: start-up, the panic notice, and the DOM work that components do in their
//! effects (URL, downloads, measuring and placing). Render functions never call into here.

mod embed;
mod files;
mod layout;
mod url;

pub use embed::{apply_page_attributes, report_height, HeightReporter};
pub use files::{copy_text, download_svg_as_png, download_text, page_base_url};
pub use layout::{
    focus_first, observe_width, open_modal, place_popup, restore_focus, WidthObserver,
};
pub use url::{back_or, listen_popstate, read_view, write_view};

/// Id of the element, outside the app root, that says the interactive parts are unavailable.
/// It ships hidden in `index.html`, so the pre-rendered text stays readable whatever happens.
const NOTICE_ID: &str = "app-notice";
/// Id of the element the pre-rendered app is spliced into and hydrated from.
pub const ROOT_ID: &str = "app";

/// Hydrates the pre-rendered page. Called once by the browser entry.
#[cfg(feature = "csr")]
pub fn start() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_notice();
    }));
    let Some(root) = document().and_then(|doc| doc.get_element_by_id(ROOT_ID)) else {
        show_notice();
        return;
    };
    yew::Renderer::<crate::App>::with_root(root).hydrate();
}

pub(crate) fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

pub fn document() -> Option<web_sys::Document> {
    window()?.document()
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
