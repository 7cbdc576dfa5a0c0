use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser;
use crate::charts::ChartOutput;

mod parts;
use parts::{holds, mark_at, mark_of};
pub use parts::{key_action, KeyAction, MarkKind};

#[derive(Properties, PartialEq)]
pub struct MarkOverlayProps {
    pub output: Rc<ChartOutput>,
    pub kind: MarkKind,
    /// Accessible name of the group of marks, if it has one of its own: a chart is named once, by
    /// its heading, and its description (`describedby`) says how to move between the marks.
    #[prop_or_default]
    pub label: Option<AttrValue>,
    #[prop_or_default]
    pub describedby: Option<AttrValue>,
    /// Page-unique id of the tooltip.
    pub tip_id: AttrValue,
    /// The tooltip's content for mark `i`.
    pub tip: Callback<usize, Html>,
    /// Controls for mark `i` (a story chart's "Show source"). A tooltip must hold no controls,
    /// so with these the popup is a disclosure instead: each mark says whether it is expanded
    /// and which popup it controls, and only the popup's text describes the mark.
    #[prop_or_default]
    pub actions: Option<Callback<usize, Html>>,
    /// Called once the frame is measured, and on every change of its width. Captured on mount.
    pub on_width: Callback<u32>,
    /// Click, Enter or Space on mark `i`.
    #[prop_or_default]
    pub on_activate: Callback<usize>,
    /// The mark flagged `aria-current` (the timeline's event); the tab stop moves to it.
    #[prop_or_default]
    pub selected: Option<usize>,
}

/// A drawn chart at its container's width with one focusable, labelled hit target per mark laid
/// over it: a single tab stop (roving tabindex), arrow keys between marks, and a tooltip (or,
/// when it holds controls, a disclosure popup) for the mark under the pointer or keyboard focus.
#[function_component(MarkOverlay)]
pub fn mark_overlay(props: &MarkOverlayProps) -> Html {
    let (output, kind, count) = (props.output.clone(), props.kind, props.output.marks.len());
    let active = use_state_eq(|| None::<usize>);
    let focus = use_state_eq(|| props.selected.unwrap_or(0));
    let (frame, tip) = (use_node_ref(), use_node_ref());
    {
        let (frame, on_width) = (frame.clone(), props.on_width.clone());
        // The destructor owns the observers; dropping them disconnects them (`WidthObserver`).
        use_effect_with((), move |_| {
            let observer = frame
                .cast::<web_sys::Element>()
                .and_then(|el| browser::observe_width(&el, move |w| on_width.emit(w)));
            move || drop(observer)
        });
    }
    {
        let focus = focus.clone();
        use_effect_with(props.selected, move |s| s.map_or((), |i| focus.set(i)));
    }
    {
        let (frame, tip) = (frame.clone(), tip.clone());
        use_effect_with((*active, output.clone()), move |(active, _)| {
            let frame = frame.cast::<web_sys::Element>();
            let anchor = (frame.as_ref().zip(*active))
                .and_then(|(frame, i)| frame.query_selector(&mark_at(i)).ok().flatten());
            if let (Some(anchor), Some(frame), Some(tip)) = (anchor, frame, tip.cast()) {
                browser::place_popup(&tip, &anchor, &frame);
            }
        });
    }
    // Filtering can leave fewer marks than the remembered index; the tab stop must survive it.
    let focus_at = (*focus).min(count.saturating_sub(1));
    let activate = {
        let (active, on_activate) = (active.clone(), props.on_activate.clone());
        Callback::from(move |i: usize| {
            active.set(if *active == Some(i) { None } else { Some(i) });
            on_activate.emit(i);
        })
    };
    let onkeydown = {
        let (active, frame, activate) = (active.clone(), frame.clone(), activate.clone());
        Callback::from(move |e: KeyboardEvent| {
            let on = mark_of(e.target());
            let action = key_action(&e.key(), on, focus_at, count);
            match action {
                Some(KeyAction::Close) => {
                    // Closing from the popup's button would drop focus on the page: it goes back
                    // to the popup's mark first (whose focus handler opens it, so close after).
                    if on.is_none() {
                        if let Some(frame) = frame.cast::<web_sys::Element>() {
                            browser::focus_first(&frame, &mark_at((*active).unwrap_or(focus_at)));
                        }
                    }
                    active.set(None);
                }
                Some(KeyAction::Activate(i)) => activate.emit(i),
                // The mark's own focus handler then moves the tab stop and the tooltip.
                Some(KeyAction::Move(i)) => frame
                    .cast::<web_sys::Element>()
                    .map_or((), |frame| browser::focus_first(&frame, &mark_at(i))),
                None => return,
            }
            // Arrows would scroll the page and Space would page down.
            e.prevent_default();
        })
    };
    let onfocusout = {
        let (active, frame) = (active.clone(), frame.clone());
        Callback::from(move |e: FocusEvent| {
            // Focus moving into the popup (its "Show source" button) keeps it open.
            if !holds(&frame, e.related_target().and_then(|t| t.dyn_into().ok())) {
                active.set(None);
            }
        })
    };
    let onpointerleave = {
        let (active, frame) = (active.clone(), frame.clone());
        Callback::from(move |_: PointerEvent| {
            // A keyboard user's tooltip stays with their focus when the mouse wanders off.
            let focused = browser::document().and_then(|d| d.active_element());
            active.set(holds(&frame, focused.map(Into::into)).then_some(focus_at));
        })
    };
    let disclosure = props.actions.is_some();
    // The mark is described by the popup's text alone (never by its controls).
    let text_id = AttrValue::from(format!("{}-text", props.tip_id));
    let hits = output.marks.iter().enumerate().map(|(i, mark)| {
        let (active, focus, activate) = (active.clone(), focus.clone(), activate.clone());
        let on_enter = active.clone();
        let px = |v: f64| (v.round() as i32).to_string();
        html! {
            <rect class={kind.class()} data-mark={i.to_string()}
                data-figure-id={(kind == MarkKind::Figure).then_some(mark.figure_id)}
                data-event-id={(kind == MarkKind::Event).then_some(mark.figure_id)}
                x={px(mark.x)} y={px(mark.y)} width={px(mark.w)} height={px(mark.h)}
                role="button" aria-label={mark.label.clone()}
                // A tooltip describes its mark; a disclosure's popup is opened, not read out again
                // on every arrow press: the mark's name already says label, value and period.
                aria-describedby={(!disclosure && *active == Some(i)).then(|| text_id.clone())}
                aria-expanded={disclosure.then_some(if *active == Some(i) { "true" } else { "false" })}
                aria-controls={disclosure.then(|| props.tip_id.clone())}
                aria-current={(props.selected == Some(i)).then_some("true")}
                tabindex={if i == focus_at { "0" } else { "-1" }}
                onfocus={move |_| { focus.set(i); active.set(Some(i)); }}
                onpointerenter={move |_| on_enter.set(Some(i))}
                onclick={move |_| activate.emit(i)} />
        }
    });
    let shown = active.filter(|i| *i < count);
    html! {
        <div class="chart-frame" ref={frame} {onkeydown} {onfocusout} {onpointerleave}>
            <div class="chart-svg" aria-hidden="true">
                { Html::from_html_unchecked(AttrValue::from(output.svg.clone())) }
            </div>
            <svg class="chart-hits" viewBox={format!("0 0 {} {}", output.width, output.height)}
                role="group" aria-label={props.label.clone()} aria-describedby={props.describedby.clone()}>
                { for hits }
            </svg>
            <div class="tooltip" id={props.tip_id.clone()} role={(!disclosure).then_some("tooltip")}
                ref={tip} hidden={shown.is_none()}>
                <div id={text_id.clone()}>{ for shown.map(|i| props.tip.emit(i)) }</div>
                { for shown.zip(props.actions.as_ref()).map(|(i, actions)| actions.emit(i)) }
            </div>
        </div>
    }
}
