//! Browser-only glue: start-up, the panic notice, and the DOM work that components do in their
//! effects (URL, downloads, measuring and placing). Render functions never call into here.
//!
//! Callbacks the browser holds (`Closure`, gloo `EventListener`, observers, timers) follow one
//! rule: each is owned by what registers it (a struct here, or the destructor of the effect that
//! made it) and is unregistered before its closure is freed: an explicit `Drop` disconnects the
//! observer or clears the interval before the fields drop, and an `EventListener` removes
//! itself in its own `Drop`. A closure is forgotten (`forget`, `once_into_js`) only where the
//! browser calls it at most once. A `spawn_local` future cannot be cancelled: one that may
//! outlive its component holds what it touches in `Rc`s and checks a flag, or does only what
//! is harmless after an unmount. (A call after a drop would not touch freed memory anyway:
//! wasm-bindgen's glue throws "closure invoked recursively or after being dropped", in release
//! builds too.) Each one is listed in docs/closures.md.

#[cfg(feature = "csr")]
mod carry;
mod embed;
mod files;
mod layout;
mod url;

pub use embed::follow_page_view;
pub use files::{copy_text, download_svg_as_png, download_text, page_base_url};
pub use layout::{focus_first, observe_width, open_modal, place_popup, Modal, WidthObserver};
pub use url::{back_or, listen_view_changes, read_view, write_view};

/// Id of the element, outside the app root, that says the interactive parts are unavailable.
/// It ships hidden in `index.html`, so the pre-rendered text stays readable whatever happens.
const NOTICE_ID: &str = "app-notice";
/// Id of the element the pre-rendered app is spliced into; its islands are rendered in it.
pub const ROOT_ID: &str = "app";

/// Brings the pre-rendered page to life. Called once by the browser entry.
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
    // The islands' words come from the page (`data::words`): without them, none can render.
    if !install_words() {
        show_notice();
        return;
    }
    follow_page_view();
    // Runs to its end once; it owns nothing the browser calls back but `next_task`'s message.
    yew::platform::spawn_local(start_islands(root));
}

/// Reads the page's words list into `data::words`; `false` if the page has none that fits.
pub fn install_words() -> bool {
    use crate::data::words;
    let json = document()
        .and_then(|doc| doc.get_element_by_id(words::ELEMENT_ID))
        .and_then(|e| e.text_content());
    json.and_then(|j| words::parse(&j))
        .is_some_and(words::install)
}

/// Renders every island under `root` (`components::island`) in place of its pre-rendered copy,
/// each in a task of its own so that input is never blocked for long, in page order; then marks
/// the document as live.
///
/// Rendered, not hydrated: Yew's hydration code costs 5 KB gzip of WebAssembly (BENCHMARKS.md),
/// and the first client render reproduces the pre-rendered markup exactly (tests/browser.rs),
/// so the swap shows nothing new (`carry::render_in_place`).
#[cfg(feature = "csr")]
pub async fn start_islands(root: web_sys::Element) {
    use wasm_bindgen::JsCast;

    use crate::components::{IslandKind, IslandProps, IslandRoot};

    let Ok(found) = root.query_selector_all("[data-island]") else {
        return;
    };
    let pending = std::rc::Rc::new(std::cell::Cell::new(0));
    for node in (0..found.length()).filter_map(|i| found.item(i)) {
        // Every island waits for a task of its own, the first too: it would otherwise run in
        // the task that compiled and started the WebAssembly, making it the longest of all.
        next_task().await;
        let Ok(element) = node.dyn_into::<web_sys::Element>() else {
            continue;
        };
        let key = element.get_attribute("data-island").unwrap_or_default();
        let Some(kind) = IslandKind::parse(&key) else {
            // A page from another build than this binary: leave that part static.
            web_sys::console::warn_1(&format!("unknown island \"{key}\"").into());
            continue;
        };
        if let Some(host) = carry::render_in_place(&element, &pending) {
            yew::Renderer::<IslandRoot>::with_root_and_props(host, IslandProps { kind }).render();
        }
    }
    // Yew may put off a render to a later task when it has run long: wait for every swap.
    while pending.get() > 0 {
        next_task().await;
    }
    // An island rendered into its own (empty) copy is not counted: its render runs in a
    // microtask, done once another task runs.
    next_task().await;
    mark_hydrated();
}

pub(crate) fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

pub fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// Resolves in a new task. A message to ourselves rather than a timer: browsers throttle timers
/// in hidden and cross-origin frames (an embed below the fold) down to one a second.
pub(crate) async fn next_task() {
    let Ok(channel) = web_sys::MessageChannel::new() else {
        return;
    };
    // A borrowed closure, called by the constructor before `new` returns; the port holds the
    // promise's own `resolve`, a JS function, so no Rust closure waits for the message.
    let arrived = wasm_bindgen_futures::js_sys::Promise::new(&mut |resolve, _| {
        channel.port1().set_onmessage(Some(&resolve));
    });
    let _ = channel.port2().post_message(&wasm_bindgen::JsValue::NULL);
    let _ = wasm_bindgen_futures::JsFuture::from(arrived).await;
    channel.port1().set_onmessage(None);
}

/// Reveals the notice; the page itself is left as it is, readable.
pub fn show_notice() {
    if let Some(notice) = document().and_then(|doc| doc.get_element_by_id(NOTICE_ID)) {
        let _ = notice.remove_attribute("hidden");
    }
}

/// Marks the document as live (`data-hydrated`, the name the stylesheets and tests know) once
/// every island is rendered.
pub fn mark_hydrated() {
    if let Some(html) = document().and_then(|doc| doc.document_element()) {
        let _ = html.set_attribute("data-hydrated", "true");
    }
}
