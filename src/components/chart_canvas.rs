use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::FigureDetails;
use crate::browser;
use crate::charts::{registry, Theme};
use crate::data;
use crate::state::Action;
use crate::view::{ChartId, View};

#[derive(Properties, PartialEq)]
pub struct ChartCanvasProps {
    pub chart: ChartId,
    pub view: View,
    /// Id of the sentence that describes the chart.
    pub summary_id: String,
    pub on_action: Callback<Action>,
}

/// Where a keyboard key moves the roving focus among `count` marks, if anywhere.
fn next_mark(key: &str, current: usize, count: usize) -> Option<usize> {
    let last = count.checked_sub(1)?;
    match key {
        "ArrowRight" | "ArrowDown" => Some((current + 1).min(last)),
        "ArrowLeft" | "ArrowUp" => Some(current.saturating_sub(1)),
        "Home" => Some(0),
        "End" => Some(last),
        _ => None,
    }
}

/// The chart drawn at its container's width, with one focusable, labelled hit target per mark
/// laid over it, and a tooltip for the mark under the pointer or keyboard focus.
#[function_component(ChartCanvas)]
pub fn chart_canvas(props: &ChartCanvasProps) -> Html {
    let (chart, view) = (props.chart, props.view);
    let width = use_state_eq(|| registry::DEFAULT_WIDTH);
    // Only the chart's own options matter; other view changes must not redraw it.
    let options = (chart, *width, view.swjtu, view.money);
    let output = use_memo(options, |_| {
        registry::render(chart, *width, Theme::Css, &view)
    });
    let active = use_state_eq(|| None::<usize>);
    let focus = use_state_eq(|| 0usize);
    let frame = use_node_ref();
    let tip = use_node_ref();

    {
        let (frame, width) = (frame.clone(), width.clone());
        use_effect_with((), move |_| {
            let observer = frame.cast::<web_sys::Element>().and_then(|el| {
                browser::observe_width(&el, move |w| width.set(w.max(registry::MIN_WIDTH)))
            });
            move || drop(observer)
        });
    }
    {
        let (frame, tip) = (frame.clone(), tip.clone());
        use_effect_with((*active, output.clone()), move |(active, _)| {
            if let (Some(i), Some(frame), Some(tip)) = (
                active,
                frame.cast::<web_sys::Element>(),
                tip.cast::<web_sys::HtmlElement>(),
            ) {
                if let Ok(Some(anchor)) = frame.query_selector(&format!("[data-mark=\"{i}\"]")) {
                    browser::place_popup(&tip, &anchor, &frame);
                }
            }
        });
    }

    let marks = &output.marks;
    let count = marks.len();
    let onkeydown = {
        let (active, focus, frame) = (active.clone(), focus.clone(), frame.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                active.set(None);
                return;
            }
            let Some(next) = next_mark(&e.key(), *focus, count) else {
                return;
            };
            e.prevent_default();
            focus.set(next);
            active.set(Some(next));
            if let Some(frame) = frame.cast::<web_sys::Element>() {
                browser::focus_first(&frame, &format!("[data-mark=\"{next}\"]"));
            }
        })
    };
    let onfocusout = {
        let (active, frame) = (active.clone(), frame.clone());
        Callback::from(move |e: FocusEvent| {
            // Focus moving into the tooltip (its "Show source" button) keeps it open.
            let inside = frame
                .get()
                .zip(
                    e.related_target()
                        .and_then(|t| t.dyn_into::<web_sys::Node>().ok()),
                )
                .is_some_and(|(frame, target)| frame.contains(Some(&target)));
            if !inside {
                active.set(None);
            }
        })
    };
    let onpointerleave = {
        let (active, focus, frame) = (active.clone(), focus.clone(), frame.clone());
        Callback::from(move |_: PointerEvent| {
            // A keyboard user's tooltip stays with their focus when the mouse wanders off.
            let focused = browser::document()
                .and_then(|d| d.active_element())
                .zip(frame.get())
                .is_some_and(|(el, frame)| frame.contains(Some(&el)));
            active.set(focused.then_some(*focus));
        })
    };
    let hits = marks.iter().enumerate().map(|(i, mark)| {
        let (a1, a2, f1) = (active.clone(), active.clone(), focus.clone());
        let current = *active;
        html! {
            <rect class="hit" data-mark={i.to_string()} data-figure-id={mark.figure_id}
                x={(mark.x.round() as i32).to_string()} y={(mark.y.round() as i32).to_string()}
                width={(mark.w.round() as i32).to_string()} height={(mark.h.round() as i32).to_string()}
                role="button" aria-label={mark.label.clone()}
                aria-describedby={(current == Some(i)).then(|| format!("tip-{}", chart.id()))}
                tabindex={if i == *focus { "0" } else { "-1" }}
                onfocus={move |_| { f1.set(i); a1.set(Some(i)); }}
                onpointerenter={move |_| a2.set(Some(i))}
                onclick={let a = active.clone(); move |_| a.set(if current == Some(i) { None } else { Some(i) })} />
        }
    });
    let tip_figure = active
        .and_then(|i| marks.get(i))
        .and_then(|m| data::figure(m.figure_id));
    let show_source = {
        let on_action = props.on_action.clone();
        Callback::from(move |id: &'static str| on_action.emit(Action::ShowSource(id)))
    };
    html! {
        <div class="chart-frame" ref={frame} {onkeydown} {onfocusout} {onpointerleave}>
            <div class="chart-svg" aria-hidden="true">
                { Html::from_html_unchecked(AttrValue::from(output.svg.clone())) }
            </div>
            <svg class="chart-hits" viewBox={format!("0 0 {} {}", output.width, output.height)}
                role="group" aria-label={format!("{}: {} marks; arrow keys move between them", registry::title(chart), count)}
                aria-describedby={props.summary_id.clone()}>
                { for hits }
            </svg>
            <div class="tooltip" id={format!("tip-{}", chart.id())} role="tooltip" ref={tip} hidden={tip_figure.is_none()}>
                if let Some(figure) = tip_figure {
                    <FigureDetails {figure} />
                    <button type="button" class="link-button" onclick={let id = figure.id; move |_| show_source.emit(id)}>
                        { "Show source" }
                    </button>
                }
            </div>
        </div>
    }
}
