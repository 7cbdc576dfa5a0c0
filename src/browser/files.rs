//! Downloads generated in the browser: SVG files and PNG renderings of SVG. (The data downloads
//! are files of `dist/` that the native site step writes.)

use gloo_events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url};

use super::document;

/// PNG exports are drawn at twice the chart's size so they stay sharp on dense screens and in print.
const PNG_SCALE: f64 = 2.0;

fn blob(text: &str, mime: &str) -> Option<Blob> {
    let parts = web_sys::js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_str_sequence_and_options(&parts, &options).ok()
}

fn click_download(url: &str, name: &str) -> Option<()> {
    let anchor: HtmlAnchorElement = document()?.create_element("a").ok()?.dyn_into().ok()?;
    anchor.set_href(url);
    anchor.set_download(name);
    anchor.click();
    Some(())
}

/// Offers `text` as a file named `name`.
pub fn download_text(name: &str, mime: &str, text: &str) {
    let Some(blob) = blob(text, mime) else { return };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else {
        return;
    };
    click_download(&url, name);
    let _ = Url::revoke_object_url(&url);
}

/// Renders `svg` (of the given size) to a PNG and offers it as `name`. Asynchronous: the image
/// must decode before it can be drawn.
pub fn download_svg_as_png(svg: &str, width: u32, height: u32, name: &str) {
    let Some(blob) = blob(svg, "image/svg+xml") else {
        return;
    };
    let Ok(svg_url) = Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let Ok(image) = HtmlImageElement::new() else {
        return;
    };
    let name = name.to_string();
    let loaded = image.clone();
    let url_for_cleanup = svg_url.clone();
    // Must outlive this function, so it is forgotten: `once` registers it with `{ once: true }`,
    // so the browser calls it at most once, then removes it. Its small closure leaks, one per
    // PNG download (and an image that never loads keeps its object URL too).
    EventListener::once(&image, "load", move |_| {
        let _ = Url::revoke_object_url(&url_for_cleanup);
        let Some(canvas) = document()
            .and_then(|d| d.create_element("canvas").ok())
            .and_then(|c| c.dyn_into::<HtmlCanvasElement>().ok())
        else {
            return;
        };
        canvas.set_width((f64::from(width) * PNG_SCALE) as u32);
        canvas.set_height((f64::from(height) * PNG_SCALE) as u32);
        let Some(context) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let _ = context.scale(PNG_SCALE, PNG_SCALE);
        let _ = context.draw_image_with_html_image_element(&loaded, 0.0, 0.0);
        if let Ok(png) = canvas.to_data_url_with_type("image/png") {
            click_download(&png, &name);
        }
    })
    .forget();
    image.set_src(&svg_url);
}

/// The address of the folder the explainer is served from, e.g. `https://host/path/`, without
/// the page name, query or fragment.
pub fn page_base_url() -> Option<String> {
    let location = super::window()?.location();
    let href = location.href().ok()?;
    let end = href.find(['?', '#']).unwrap_or(href.len());
    let page = &href[..end];
    Some(page[..page.rfind('/')? + 1].to_string())
}

/// Copies `text` to the clipboard and reports whether it worked (it needs a secure context and
/// the reader's permission; without them the caller shows the text for manual copying).
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(window) = super::window() else {
        return done(false);
    };
    let promise = window.navigator().clipboard().write_text(text);
    // May finish after the caller unmounts: `done` then sets state Yew no longer renders.
    yew::platform::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}
