//! When the explainer runs inside an iframe, it tells the host page its content height on every
//! change, in the three dialects hosts understand: pym.js v1 (so pages with a pym parent just
//! work), AMP's `embed-size`, and our own JSON message read by `static/embed.js`.

use gloo_events::EventListener;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{ResizeObserver, ResizeObserverEntry, Window};

use super::{document, window};
use crate::view::{page_attributes, query_param, View};

/// `type` of our own message; `static/embed.js` matches it.
const MESSAGE_TYPE: &str = "sichuan-reform-explainer:height";
/// pym.js v1 joins the parts of its messages with this.
const PYM_SEPARATOR: &str = "xPYMx";

/// How often the height is read besides the observer's reports. Chromium pauses rendering, and
/// with it `ResizeObserver`, in cross-origin frames off screen: an embed below the fold would
/// keep its old height after the host's width changed, then jump when scrolled to. Reading the
/// layout from a timer still works there (as pym.js and Datawrapper poll); a clean layout costs
/// next to nothing to read, and nothing is posted unless the height changed. Timers in hidden
/// cross-origin frames run at most once a second, which is soon enough.
const POLL_MS: i32 = 500;

thread_local! {
    /// The height last posted, so that the poll only posts changes.
    static POSTED: std::cell::Cell<i32> = const { std::cell::Cell::new(-1) };
}

/// Keeps the reporting alive; dropping it stops it. Owned by `follow_page_view`'s `PAGE`, for the
/// page's life or until Back/Forward changes the embed options.
struct HeightReporter {
    observer: ResizeObserver,
    _on_resize: Closure<dyn FnMut(Vec<ResizeObserverEntry>)>,
    _listeners: Vec<EventListener>,
    poll: Option<(i32, Closure<dyn FnMut()>)>,
}

// Runs before the fields drop: the observer is disconnected and the interval cleared while
// their closures are alive. The listeners remove themselves when their field drops.
impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
        if let (Some(window), Some((id, _))) = (window(), self.poll.as_ref()) {
            window.clear_interval_with_handle(*id);
        }
    }
}

fn is_embedded(window: &Window) -> bool {
    match window.parent() {
        Ok(Some(parent)) => !js_sys_is(&parent, window),
        _ => false,
    }
}

fn js_sys_is(a: &Window, b: &Window) -> bool {
    web_sys::js_sys::Object::is(a.as_ref(), b.as_ref())
}

/// Posts the current height to the parent in every dialect; with `only_changes`, only if it
/// differs from the height last posted.
fn send_height(view: &str, child_id: Option<&str>, only_changes: bool) {
    let (Some(window), Some(root)) = (window(), document().and_then(|d| d.document_element()))
    else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    // Not scrollHeight: it never drops below the frame's own height, so a frame could grow but
    // never shrink when the host widens.
    let height = root.get_bounding_client_rect().height().ceil() as i32;
    if POSTED.replace(height) == height && only_changes {
        return;
    }
    if let Some(id) = child_id {
        let pym = ["pym", id, "height", &height.to_string()].join(PYM_SEPARATOR);
        let _ = parent.post_message(&JsValue::from_str(&pym), "*");
    }
    let object = |pairs: &[(&str, JsValue)]| {
        let obj = web_sys::js_sys::Object::new();
        for (key, value) in pairs {
            let _ = web_sys::js_sys::Reflect::set(&obj, &JsValue::from_str(key), value);
        }
        obj
    };
    let height = JsValue::from(height);
    let amp = object(&[
        ("sentinel", "amp".into()),
        ("type", "embed-size".into()),
        ("height", height.clone()),
    ]);
    let _ = parent.post_message(&amp, "*");
    let own = object(&[
        ("type", MESSAGE_TYPE.into()),
        ("height", height),
        ("view", view.into()),
    ]);
    let _ = parent.post_message(&own, "*");
}

/// Posts the current height to the parent in every dialect.
fn send(view: &str, child_id: Option<&str>) {
    send_height(view, child_id, false);
}

/// Starts reporting if the page is inside a frame; `view` names what is embedded ("all", a
/// section id or "timeline").
fn report_height(view: &'static str) -> Option<HeightReporter> {
    let window = window()?;
    if !is_embedded(&window) {
        return None;
    }
    let document = document()?;
    let child_id: Option<&'static str> =
        query_param(&window.location().search().ok()?, "childId").map(|id| &*id.leak());
    let on_resize =
        Closure::<dyn FnMut(Vec<ResizeObserverEntry>)>::new(move |_: Vec<ResizeObserverEntry>| {
            send(view, child_id)
        });
    let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    observer.observe(&document.document_element()?);
    // Heights also change when web fonts finish loading, and a frame that was hidden
    // (display: none) measures nothing until it is shown again.
    if let Ok(ready) = document.fonts().ready() {
        let after_fonts = Closure::new(move |_| send(view, child_id));
        let _ = ready.then(&after_fonts);
        // A promise calls it at most once, so leaking it is safe; one small closure per reporter
        // started (page load, and a Back/Forward that changes the embed options). If it fires
        // after its reporter stopped, it posts one height: harmless.
        after_fonts.forget();
    }
    let resend = move |_: &web_sys::Event| send(view, child_id);
    let mut listeners = vec![
        EventListener::new(&document, "visibilitychange", resend),
        EventListener::new(&window, "pageshow", resend),
    ];
    // A pym parent announces its width and expects the height back.
    if let Some(id) = child_id {
        let width_prefix = ["pym", id, "width", ""].join(PYM_SEPARATOR);
        listeners.push(EventListener::new(&window, "message", move |event| {
            let data = event
                .dyn_ref::<web_sys::MessageEvent>()
                .and_then(|m| m.data().as_string());
            if data.is_some_and(|d| d.starts_with(&width_prefix)) {
                send(view, child_id);
            }
        }));
    }
    // Kept beside its interval id: the closure must live until `Drop` clears the interval.
    let on_tick = Closure::<dyn FnMut()>::new(move || send_height(view, child_id, true));
    let poll = window
        .set_interval_with_callback_and_timeout_and_arguments_0(
            on_tick.as_ref().unchecked_ref(),
            POLL_MS,
        )
        .ok()
        .map(|id| (id, on_tick));
    send(view, child_id);
    Some(HeightReporter {
        observer,
        _on_resize: on_resize,
        _listeners: listeners,
        poll,
    })
}

/// Reflects the embed options on `<html>` (`data-embed`, `data-theme`, `data-transparent`),
/// where the stylesheets pick them up.
fn apply_page_attributes(embed: Option<&str>, theme: Option<&str>, transparent: bool) {
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return;
    };
    let set = |name: &str, value: Option<&str>| {
        let _ = match value {
            Some(value) => root.set_attribute(name, value),
            None => root.remove_attribute(name),
        };
    };
    set("data-embed", embed);
    set("data-theme", theme);
    set("data-transparent", transparent.then_some("true"));
}

/// The page-level side of the view, for as long as the page lives: the attributes the
/// stylesheets read, and height reports to the host page when embedded. Only the URL changes
/// them, never the islands.
pub fn follow_page_view() {
    type Page = (Option<EventListener>, Option<HeightReporter>);
    // Never dropped (the page's life): the popstate listener lives here and replaces the
    // reporter from inside its own call, which frees the old reporter's callbacks, never itself.
    thread_local! {
        static PAGE: std::cell::RefCell<Option<Page>> = const { std::cell::RefCell::new(None) };
    }
    fn apply(view: &View) -> Option<HeightReporter> {
        let (embed, theme, transparent) = page_attributes(view);
        apply_page_attributes(embed, theme, transparent);
        embed.and_then(report_height)
    }
    let view = super::read_view();
    let reporter = apply(&view);
    // Back/Forward only: the islands' own URL writes never change the embed options (and drop
    // an unknown `embed=` while normalising the URL, which must not undo its message).
    let shown = std::cell::Cell::new(page_attributes(&view));
    let listener = window().map(|window| {
        EventListener::new(&window, "popstate", move |_| {
            let view = super::read_view();
            let now = page_attributes(&view);
            if shown.replace(now) != now {
                PAGE.with(|page| {
                    if let Some((_, reporter)) = page.borrow_mut().as_mut() {
                        // The old reporter stops (drops) before the new one starts.
                        *reporter = None;
                        *reporter = apply(&view);
                    }
                });
            }
        })
    });
    PAGE.with(|page| *page.borrow_mut() = Some((listener, reporter)));
}
