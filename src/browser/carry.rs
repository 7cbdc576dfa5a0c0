//! How an island replaces its pre-rendered copy (`start_islands`) without a visible change.
//!
//! Yew renders into an empty element. It cannot be the copy itself: Yew empties it at once but
//! may put the render off to a later task (its scheduler yields after 16 ms of work), and a frame
//! would show the island empty. So each island renders into a new element beside its copy,
//! which a `MutationObserver` swaps in when Yew first fills it: the observer's callback runs as a
//! microtask right after Yew's render, before the browser can paint.
//!
//! The new elements have the same markup, but not what the reader changed in the copy before
//! the WebAssembly started: the element with focus, the disclosures they opened, how far they
//! scrolled a wide table. Those are noted before and put back at the swap.
//!
//! Elements are found again by their path of child indices from the island's element: the new
//! render has the same markup, so the same path leads to the same element.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, MutationObserver, MutationObserverInit};

/// Elements that scroll on their own (CSS `overflow-x: auto`), whose position is kept.
const SCROLLERS: &str = ".table-scroll";

struct Carried {
    focus: Option<Vec<u32>>,
    open: Vec<Vec<u32>>,
    scrolled: Vec<(Vec<u32>, i32)>,
}

/// Child indices from `root` down to `node`; `None` when `node` is not inside `root`.
fn path(root: &Element, node: &Element) -> Option<Vec<u32>> {
    let mut steps = Vec::new();
    let mut at = node.clone();
    while &at != root {
        let parent = at.parent_element()?;
        let children = parent.children();
        let index = (0..children.length()).find(|&i| children.item(i).as_ref() == Some(&at))?;
        steps.push(index);
        at = parent;
    }
    steps.reverse();
    Some(steps)
}

fn follow(root: &Element, path: &[u32]) -> Option<Element> {
    path.iter()
        .try_fold(root.clone(), |at, &i| at.children().item(i))
}

fn each(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(found) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// Notes what the reader changed under `root`.
fn note(root: &Element) -> Carried {
    let focus = super::document()
        .and_then(|doc| doc.active_element())
        .and_then(|el| path(root, &el));
    let open = each(root, "details[open]")
        .iter()
        .filter_map(|el| path(root, el))
        .collect();
    let scrolled = each(root, SCROLLERS)
        .iter()
        .filter_map(|el| {
            let left = el.scroll_left();
            (left != 0).then_some(())?;
            Some((path(root, el)?, left))
        })
        .collect();
    Carried {
        focus,
        open,
        scrolled,
    }
}

/// Puts back under `root`, now rendered afresh, what `note` found. A disclosure opened this way
/// fires its `toggle` event like one the reader opens, so an island that follows it (a chart's
/// data table) takes the open state into its view.
fn restore(root: &Element, carried: Carried) {
    for path in &carried.open {
        if let Some(el) = follow(root, path).filter(|el| el.tag_name() == "DETAILS") {
            let _ = el.set_attribute("open", "");
        }
    }
    for (path, left) in &carried.scrolled {
        if let Some(el) = follow(root, path) {
            el.set_scroll_left(*left);
        }
    }
    if let Some(el) = carried
        .focus
        .and_then(|path| follow(root, &path))
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The element to render `copy`'s island into, which takes the copy's place once Yew has filled
/// it; `pending` counts the swaps still to come. An empty copy (a closed dialog) is itself the
/// host: emptying it shows nothing.
pub fn render_in_place(copy: &Element, pending: &Rc<Cell<usize>>) -> Option<Element> {
    if copy.child_element_count() == 0 {
        return Some(copy.clone());
    }
    let host: Element = copy.clone_node().ok()?.dyn_into().ok()?;
    let carried = note(copy);
    let (old, new, count) = (copy.clone(), host.clone(), pending.clone());
    // Owned by nothing in Rust: `once_into_js` frees it after its one call, and its first act
    // disconnects the observer, so the browser cannot call it again. Never filled, it leaks.
    let swap = Closure::once_into_js(move |_: JsValue, observer: MutationObserver| {
        observer.disconnect();
        old.remove();
        restore(&new, carried);
        count.set(count.get() - 1);
    });
    let observer = MutationObserver::new(swap.unchecked_ref()).ok()?;
    let options = MutationObserverInit::new();
    options.set_child_list(true);
    observer.observe_with_options(&host, &options).ok()?;
    // Empty until Yew fills it, and `display: contents`: it shows nothing until the swap.
    copy.after_with_node_1(&host).ok()?;
    pending.set(pending.get() + 1);
    Some(host)
}
