//! Measuring and placing: chart widths, popups kept inside the viewport, focus moves.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{Element, HtmlElement, ResizeObserver, ResizeObserverEntry};

use super::window;

/// Keeps a ResizeObserver alive; dropping it disconnects the observer.
pub struct WidthObserver {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut(Vec<ResizeObserverEntry>)>,
}

impl Drop for WidthObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Calls `on_width` with the content width of `element` (whole pixels) now and on every change.
/// Each observer calls it in a task of its own, with the latest width: several charts measured
/// in one frame (at start-up, on a resize) then redraw in short separate tasks, not one long one.
pub fn observe_width(element: &Element, on_width: impl Fn(u32) + 'static) -> Option<WidthObserver> {
    let pending = Rc::new(Cell::new(None::<u32>));
    let on_width = Rc::new(on_width);
    let callback = Closure::<dyn FnMut(Vec<ResizeObserverEntry>)>::new(
        move |entries: Vec<ResizeObserverEntry>| {
            let Some(entry) = entries.last() else { return };
            let width = entry.content_rect().width().floor().max(0.0) as u32;
            if pending.replace(Some(width)).is_none() {
                let (pending, on_width) = (pending.clone(), on_width.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    super::next_task().await;
                    if let Some(width) = pending.take() {
                        on_width(width);
                    }
                });
            }
        },
    );
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(element);
    Some(WidthObserver {
        observer,
        _callback: callback,
    })
}

/// Gap kept between a popup and the viewport's edges, and between it and its anchor.
const MARGIN: f64 = 8.0;

/// Places `popup` (absolutely positioned inside `container`) just above `anchor`, or below it when
/// there is no room above, shifted sideways so that it never leaves the viewport. Styles are set
/// through the CSSOM: the page's CSP forbids `style` attributes in markup.
pub fn place_popup(popup: &HtmlElement, anchor: &Element, container: &Element) {
    let Some(window) = window() else { return };
    let viewport_width = window
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .unwrap_or(0.0);
    let (a, c) = (
        anchor.get_bounding_client_rect(),
        container.get_bounding_client_rect(),
    );
    let (w, h) = (
        f64::from(popup.offset_width()),
        f64::from(popup.offset_height()),
    );
    let centred = a.left() + a.width() / 2.0 - w / 2.0;
    let left = centred.min(viewport_width - MARGIN - w).max(MARGIN);
    let above = a.top() - MARGIN - h;
    let top = if above >= MARGIN {
        above
    } else {
        a.bottom() + MARGIN
    };
    let style = popup.style();
    let _ = style.set_property("left", &format!("{}px", (left - c.left()).round() as i32));
    let _ = style.set_property("top", &format!("{}px", (top - c.top()).round() as i32));
}

/// Focuses the first element inside `root` matching `selector`, HTML or SVG (chart hit targets
/// are SVG shapes, which are not `HtmlElement`s).
pub fn focus_first(root: &Element, selector: &str) {
    let Some(el) = root.query_selector(selector).ok().flatten() else {
        return;
    };
    let _ = match el.dyn_into::<HtmlElement>() {
        Ok(html) => html.focus(),
        Err(el) => el.unchecked_into::<web_sys::SvgElement>().focus(),
    };
}

/// Opens the `<dialog>` behind `dialog` as a modal and focuses `focus_selector` inside it,
/// scrolled to the middle of the view. Returns the element that had focus before, to restore.
pub fn open_modal(dialog: &yew::NodeRef, focus_selector: &str) -> Option<HtmlElement> {
    let opener = super::document()?
        .active_element()
        .and_then(|el| el.dyn_into::<HtmlElement>().ok());
    let dialog = dialog.cast::<web_sys::HtmlDialogElement>()?;
    if !dialog.open() {
        let _ = dialog.show_modal();
    }
    if let Ok(Some(target)) = dialog.query_selector(focus_selector) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        target.scroll_into_view_with_scroll_into_view_options(&options);
        if let Ok(target) = target.dyn_into::<HtmlElement>() {
            let _ = target.focus();
        }
    }
    opener
}

pub fn restore_focus(element: Option<HtmlElement>) {
    if let Some(element) = element {
        let _ = element.focus();
    }
}
