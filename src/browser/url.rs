//! The view's round trip through `location` and `history`.

use gloo_events::EventListener;

use super::window;
use crate::view::View;

/// The view the current URL describes.
pub fn read_view() -> View {
    let Some(location) = window().map(|w| w.location()) else {
        return View::default();
    };
    View::from_url(
        &location.search().unwrap_or_default(),
        &location.hash().unwrap_or_default(),
    )
}

/// Writes `view` into the URL unless it is already there; `push` adds a history entry so Back
/// undoes the change, otherwise the entry is replaced. A view the URL already describes (in
/// another spelling: a link from a newsletter, a filter the event overrides) is only written in
/// its canonical form, replacing the entry: what happens at load, or after Back, never pushes.
pub fn write_view(view: &View, push: bool) {
    let Some(window) = window() else { return };
    let location = window.location();
    let current = (
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default(),
    );
    let (query, hash) = (view.to_query_keeping(&current.0), view.to_hash());
    if current == (query.clone(), hash.clone()) {
        return;
    }
    let push = push && View::from_url(&current.0, &current.1) != *view;
    // A bare "?" would not clear an old query; the path alone does.
    let path = location.pathname().unwrap_or_default();
    let url = format!("{path}{query}{hash}");
    let Ok(history) = window.history() else {
        return;
    };
    let _ = if push {
        history.push_state_with_url(&PUSHED.into(), "", Some(&url))
    } else {
        // Keeps the entry's marker: a tweak made while a pushed view is open must not
        // make Back-on-close forget that the entry is ours.
        history.replace_state_with_url(
            &history.state().unwrap_or(wasm_bindgen::JsValue::NULL),
            "",
            Some(&url),
        )
    };
    if let Ok(event) = web_sys::Event::new(VIEW_CHANGED) {
        let _ = window.dispatch_event(&event);
    }
}

/// Fired on `window` when one island wrote a new view into the URL, so that the others adopt it.
const VIEW_CHANGED: &str = "sichuan-reform-view";

/// Calls `on_change` with the URL's view after every Back/Forward and every view another island
/// wrote; dropping the listeners stops it (each removes itself before its closure is freed). The
/// caller owns them: `use_url_view`'s effect, for the island's life.
pub fn listen_view_changes(on_change: impl Fn(View) + 'static) -> Vec<EventListener> {
    let Some(window) = window() else {
        return Vec::new();
    };
    let on_change = std::rc::Rc::new(on_change);
    [VIEW_CHANGED, "popstate"]
        .into_iter()
        .map(|kind| {
            let on_change = on_change.clone();
            EventListener::new(&window, kind, move |_| on_change(read_view()))
        })
        .collect()
}

/// Marks history entries this app pushed, so closing a view can step back over its own entry
/// instead of stacking a new one (a view opened from a shared link has no such entry).
const PUSHED: &str = "sichuan-reform-explainer";

/// Goes Back if the current history entry is one this app pushed; otherwise runs `fallback`.
pub fn back_or(fallback: impl FnOnce()) {
    let history = window().and_then(|w| w.history().ok());
    match history {
        Some(h) if h.state().ok().and_then(|s| s.as_string()).as_deref() == Some(PUSHED) => {
            let _ = h.back();
        }
        _ => fallback(),
    }
}
