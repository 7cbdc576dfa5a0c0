//! Measuring and placing: chart widths, popups kept inside the viewport, focus moves.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{
    Element, HtmlElement, IntersectionObserver, IntersectionObserverEntry,
    IntersectionObserverInit, ResizeObserver, ResizeObserverEntry,
};

use super::window;

/// Keeps the observers alive; dropping it disconnects them. Owned by the effect that made it
/// (`MarkOverlay`), dropped by that effect's destructor when the chart unmounts.
pub struct WidthObserver {
    resize: ResizeObserver,
    near: Option<IntersectionObserver>,
    _on_resize: Closure<dyn FnMut(Vec<ResizeObserverEntry>)>,
    _on_near: Closure<dyn FnMut(Vec<IntersectionObserverEntry>)>,
}

// Runs before the fields drop: both observers are disconnected while their closures are still
// alive, so the browser can never call a freed one (whatever the fields' order).
impl Drop for WidthObserver {
    fn drop(&mut self) {
        self.resize.disconnect();
        if let Some(near) = &self.near {
            near.disconnect();
        }
    }
}

/// How far outside the viewport an element counts as near: one screen above and below, so a
/// chart is redrawn before the reader scrolls to it.
const NEAR: &str = "100% 0px";

/// Calls `on_width` with the content width of `element` (whole pixels) when it is first
/// measured, and on every later change while the element is on or near the screen: a width that
/// changes far from view waits until the element comes near. So a resize redraws the charts in
/// view, not all of them. Each call comes in a task of its own, so that several
/// charts measured in one frame redraw in short separate tasks rather than one long one.
pub fn observe_width(element: &Element, on_width: impl Fn(u32) + 'static) -> Option<WidthObserver> {
    struct State {
        width: Cell<Option<u32>>,
        handed_on: Cell<Option<u32>>,
        near: Cell<bool>,
        scheduled: Cell<bool>,
    }
    let state = Rc::new(State {
        width: Cell::new(None),
        handed_on: Cell::new(None),
        near: Cell::new(true),
        scheduled: Cell::new(false),
    });
    let on_width = Rc::new(on_width);
    let hand_on = {
        let state = state.clone();
        move || {
            if state.scheduled.replace(true) {
                return;
            }
            let (state, on_width) = (state.clone(), on_width.clone());
            // May finish after the `WidthObserver` is dropped: it holds only `Rc`s, and a width
            // handed to an unmounted component sets state Yew no longer renders.
            wasm_bindgen_futures::spawn_local(async move {
                super::next_task().await;
                state.scheduled.set(false);
                let width = state.width.get();
                // The first width is always handed on: every chart is drawn at its real width
                // from the start, so none changes size under the reader later.
                let first = state.handed_on.get().is_none();
                if let Some(w) = width.filter(|_| first || state.near.get()) {
                    if state.handed_on.replace(width) != width {
                        on_width(w);
                    }
                }
            });
        }
    };
    let hand_on = Rc::new(hand_on);
    let on_resize = {
        let (state, hand_on) = (state.clone(), hand_on.clone());
        Closure::<dyn FnMut(Vec<ResizeObserverEntry>)>::new(
            move |entries: Vec<ResizeObserverEntry>| {
                let Some(entry) = entries.last() else { return };
                state
                    .width
                    .set(Some(entry.content_rect().width().floor().max(0.0) as u32));
                hand_on();
            },
        )
    };
    let on_near = {
        let state = state.clone();
        Closure::<dyn FnMut(Vec<IntersectionObserverEntry>)>::new(
            move |entries: Vec<IntersectionObserverEntry>| {
                let Some(entry) = entries.last() else { return };
                state.near.set(entry.is_intersecting());
                hand_on();
            },
        )
    };
    let resize = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    resize.observe(element);
    // Without IntersectionObserver every width is handed on (`near` stays true); with it, a
    // change after the first width waits until a report says the element is near.
    let options = IntersectionObserverInit::new();
    options.set_root_margin(NEAR);
    let near =
        IntersectionObserver::new_with_options(on_near.as_ref().unchecked_ref(), &options).ok();
    if let Some(near) = &near {
        state.near.set(false);
        near.observe(element);
    }
    Some(WidthObserver {
        resize,
        near,
        _on_resize: on_resize,
        _on_near: on_near,
    })
}

/// Gap kept between a popup and the viewport's edges, and between it and its anchor.
const MARGIN: f64 = 8.0;

/// Places `popup` (absolutely positioned inside `container`) just above `anchor`, or below it when
/// there is no room above inside the container (the chart's drawing: above it are the chart's
/// title, legend and switch, which a popup must never cover), shifted sideways so that it never
/// leaves the viewport. Styles are set through the CSSOM: the page's CSP forbids `style`
/// attributes in markup.
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
    let top = if above >= MARGIN.max(c.top()) {
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
    if let Some(el) = root.query_selector(selector).ok().flatten() {
        focus(el);
    }
}

fn focus(el: Element) {
    let _ = match el.dyn_into::<HtmlElement>() {
        Ok(html) => html.focus(),
        Err(el) => el.unchecked_into::<web_sys::SvgElement>().focus(),
    };
}

/// An open modal dialog and where focus goes back to when it closes (WCAG 2.4.3).
pub struct Modal {
    dialog: web_sys::HtmlDialogElement,
    opener: Option<Element>,
}

/// Opens the `<dialog>` behind `dialog` as a modal and focuses `focus_selector` inside it,
/// scrolled to the middle of the view.
pub fn open_modal(dialog: &yew::NodeRef, focus_selector: &str) -> Option<Modal> {
    // Nothing had focus when the address opened the dialog (`<body>` stands for nothing).
    let opener = (super::document()?.active_element())
        .filter(|el| el.tag_name() != "BODY")
        .map(return_target);
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
    Some(Modal { dialog, opener })
}

/// Where focus returns once a dialog opened from `active` closes: `active` itself, except for a
/// control in a chart's popup. That popup closes as soon as focus leaves it for the dialog, so
/// the control is gone by then; focus goes to the mark the popup belongs to (the one marked
/// expanded), which opens the popup again.
fn return_target(active: Element) -> Element {
    let owner = active.closest(".tooltip").ok().flatten().and_then(|tip| {
        let frame = tip.parent_element()?;
        frame.query_selector("[aria-expanded=true]").ok().flatten()
    });
    owner.unwrap_or(active)
}

impl Modal {
    /// Closes the dialog, then returns focus to the opener (or, if it is gone, to `fallback`
    /// under the document). In that order: while the dialog is modal the page behind it is
    /// inert, and focusing an inert element does nothing, leaving focus on `<body>`.
    pub fn close(self, fallback: &str) {
        if self.dialog.open() {
            self.dialog.close();
        }
        match self.opener.filter(|el| el.is_connected()) {
            Some(opener) => focus(opener),
            None => {
                if let Some(root) = super::document().and_then(|d| d.document_element()) {
                    // A card the prose tells sits in its part's folded list: open the list, or
                    // the summary inside it could not take focus.
                    if let Some(el) = root.query_selector(fallback).ok().flatten() {
                        let mut list = el
                            .parent_element()
                            .and_then(|p| p.closest("details").ok().flatten());
                        while let Some(details) = list {
                            let _ = details.set_attribute("open", "");
                            list = (details.parent_element())
                                .and_then(|p| p.closest("details").ok().flatten());
                        }
                    }
                    focus_first(&root, fallback);
                }
            }
        }
    }
}
