//! What a reader may have changed in an island's pre-rendered copy before the WebAssembly
//! started: the element with focus, the disclosures they opened, how far they scrolled a wide
//! table. Each island is rendered afresh over its copy (`start_islands`), with identical markup
//! but new elements, so these would otherwise be lost; they are noted before and put back
//! right after, before the browser paints.
//!
//! Elements are found again by their path of child indices from the island's element: the new
//! render has the same markup, so the same path leads to the same element.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Elements that scroll on their own (CSS `overflow-x: auto`), whose position is kept.
const SCROLLERS: &str = ".table-scroll";

#[derive(Default)]
pub struct Carried {
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
pub fn note(root: &Element) -> Carried {
    let focus = super::document()
        .and_then(|doc| doc.active_element())
        .and_then(|el| path(root, &el));
    let open = each(root, "details[open]")
        .iter()
        .filter_map(|el| path(root, el))
        .collect();
    let scrolled = each(root, SCROLLERS)
        .iter()
        .filter(|el| el.scroll_left() != 0)
        .filter_map(|el| Some((path(root, el)?, el.scroll_left())))
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
pub fn restore(root: &Element, carried: Carried) {
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
