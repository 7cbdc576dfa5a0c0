//! The overlay's parts that need no component: what marks stand for, the keyboard map (pure, so
//! it is tested natively) and DOM lookups.

use wasm_bindgen::JsCast;
use yew::NodeRef;

/// What a chart's marks stand for. It names the data attribute that tests and readers' tools key
/// on, and the rect class, so that timeline marks never pass for figure marks (`rect.hit`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    Figure,
    Event,
}

impl MarkKind {
    pub(super) fn class(self) -> &'static str {
        match self {
            MarkKind::Figure => "hit",
            MarkKind::Event => "hit-event",
        }
    }
}

/// What a key pressed inside the overlay does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyAction {
    /// Escape: close the tooltip.
    Close,
    /// Enter or Space on a mark: what a click does.
    Activate(usize),
    /// Move the roving focus to a mark.
    Move(usize),
}

/// The action of `key` with the roving focus on mark `focus` of `count`, when the key was pressed
/// on mark `on` (`None`: elsewhere in the frame, such as the tooltip's buttons, which keep Enter
/// and Space). Up and Down mirror Left and Right, so a vertical chart reads with the same keys.
pub fn key_action(key: &str, on: Option<usize>, focus: usize, count: usize) -> Option<KeyAction> {
    let last = count.checked_sub(1);
    match key {
        "Escape" => Some(KeyAction::Close),
        "Enter" | " " => on.map(KeyAction::Activate),
        "ArrowRight" | "ArrowDown" => last.map(|l| KeyAction::Move((focus + 1).min(l))),
        "ArrowLeft" | "ArrowUp" => last.map(|_| KeyAction::Move(focus.saturating_sub(1))),
        "Home" => last.map(|_| KeyAction::Move(0)),
        "End" => last.map(KeyAction::Move),
        _ => None,
    }
}

/// The selector of mark `i`'s hit target.
pub(super) fn mark_at(i: usize) -> String {
    format!("[data-mark=\"{i}\"]")
}

/// The mark a key or pointer event happened on, from its `data-mark`.
pub(super) fn mark_of(target: Option<web_sys::EventTarget>) -> Option<usize> {
    let el = target?.dyn_into::<web_sys::Element>().ok()?;
    el.get_attribute("data-mark")?.parse().ok()
}

/// Whether `node` is inside the element behind `frame`.
pub(super) fn holds(frame: &NodeRef, node: Option<web_sys::Node>) -> bool {
    frame
        .get()
        .zip(node)
        .is_some_and(|(f, n)| f.contains(Some(&n)))
}

#[cfg(test)]
mod tests {
    use super::{key_action, KeyAction::*};

    #[test]
    fn arrows_move_one_mark_and_stop_at_the_ends() {
        assert_eq!(key_action("ArrowRight", Some(0), 0, 3), Some(Move(1)));
        assert_eq!(key_action("ArrowDown", Some(1), 1, 3), Some(Move(2)));
        assert_eq!(key_action("ArrowRight", Some(2), 2, 3), Some(Move(2)));
        assert_eq!(key_action("ArrowLeft", Some(2), 2, 3), Some(Move(1)));
        assert_eq!(key_action("ArrowUp", Some(0), 0, 3), Some(Move(0)));
    }

    #[test]
    fn home_and_end_jump_to_the_ends() {
        assert_eq!(key_action("Home", Some(2), 2, 3), Some(Move(0)));
        assert_eq!(key_action("End", Some(0), 0, 3), Some(Move(2)));
        // From the tooltip's buttons too: the focus returns to the marks.
        assert_eq!(key_action("ArrowRight", None, 1, 3), Some(Move(2)));
    }

    #[test]
    fn enter_and_space_activate_only_a_mark() {
        assert_eq!(key_action("Enter", Some(1), 1, 3), Some(Activate(1)));
        assert_eq!(key_action(" ", Some(2), 1, 3), Some(Activate(2)));
        assert_eq!(key_action("Enter", None, 1, 3), None);
        assert_eq!(key_action(" ", None, 1, 3), None);
    }

    #[test]
    fn escape_closes_other_keys_and_empty_charts_do_nothing() {
        assert_eq!(key_action("Escape", None, 0, 3), Some(Close));
        assert_eq!(key_action("a", Some(0), 0, 3), None);
        assert_eq!(key_action("Tab", Some(0), 0, 3), None);
        assert_eq!(key_action("ArrowRight", None, 0, 0), None);
        assert_eq!(key_action("End", None, 0, 0), None);
        assert_eq!(key_action("Home", None, 0, 0), None);
    }
}
