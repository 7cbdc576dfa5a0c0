use yew::prelude::*;

use super::timeline::step;
use super::{MarkKind, MarkOverlay};
use crate::charts::registry::DEFAULT_WIDTH;
use crate::charts::timeline::{self, Orientation};
use crate::charts::Theme;
use crate::data;
use crate::data::content::{self, fill_with};

/// Horizontal travel (px) that makes a touch a swipe rather than a tap or a wobble.
const SWIPE_MIN: i32 = 40;

/// The step a touch that moved `dx`, `dy` px means: left goes forward in time, like turning a
/// page; mostly vertical moves are scrolling, not swipes.
pub fn swipe_step(dx: i32, dy: i32) -> Option<isize> {
    (dx.abs() >= SWIPE_MIN && dx.abs() > dy.abs()).then_some(if dx < 0 { 1 } else { -1 })
}

#[derive(Properties, PartialEq)]
pub struct TimelineChartProps {
    pub area: Option<&'static str>,
    pub selected: Option<&'static str>,
    /// The selected event's index among the `count` visible ones.
    pub index: Option<usize>,
    pub count: usize,
    pub on_pick: Callback<usize>,
}

/// The timeline SVG at its container's width (top to bottom on narrow screens), its markers
/// focusable and selectable, swiped through on touch screens.
#[function_component(TimelineChart)]
pub fn timeline_chart(props: &TimelineChartProps) -> Html {
    let (area, selected, index, count) = (props.area, props.selected, props.index, props.count);
    // The same default width as the story charts: the pre-rendered SVG and the first render in
    // the browser must be identical, as the one replaces the other.
    let width = use_state_eq(|| DEFAULT_WIDTH);
    let output = use_memo((*width, area, selected), |&(w, area, selected)| {
        let orientation = Orientation::for_width(w);
        timeline::render(w, orientation, Theme::Css, &|e| e.in_area(area), selected)
    });
    let on_width = {
        let width = width.clone();
        Callback::from(move |w: u32| width.set(w.max(timeline::MIN_WIDTH)))
    };
    let tip = {
        let output = output.clone();
        Callback::from(move |i: usize| {
            let event = output.marks.get(i).and_then(|m| data::event(m.figure_id));
            event.map_or_else(Html::default, |e| {
                html! {
                    <>
                        <p class="tip-label">{ e.title }</p>
                        <p class="tip-meta">{ e.period.label() }{ " · " }{ content::UI_TIMELINE_TIP_HINT }</p>
                    </>
                }
            })
        })
    };
    let touch = use_mut_ref(|| None::<(i32, i32)>);
    let onpointerdown = {
        let touch = touch.clone();
        Callback::from(move |e: PointerEvent| {
            *touch.borrow_mut() =
                (e.pointer_type() == "touch").then(|| (e.client_x(), e.client_y()));
        })
    };
    let onpointerup = {
        let (touch, on_pick) = (touch.clone(), props.on_pick.clone());
        Callback::from(move |e: PointerEvent| {
            let Some((x, y)) = touch.borrow_mut().take() else {
                return;
            };
            let by = swipe_step(e.client_x() - x, e.client_y() - y);
            if let Some(next) = by.and_then(|by| step(index, count, by)) {
                on_pick.emit(next);
            }
        })
    };
    let onpointercancel = Callback::from(move |_: PointerEvent| *touch.borrow_mut() = None);
    let undated = timeline::undated_count(&|e| e.in_area(area));
    let undated_when = fill_with(
        &content::NUMBERS_BY_YEAR,
        // The report's year is our reading of its wording: marked, as the drawing marks it.
        &[("year", &crate::data::report_year_label())],
    );
    let label = fill_with(
        &content::UI_TIMELINE_CHART_LABEL,
        &[
            ("count", &count.to_string()),
            ("n", &undated.to_string()),
            ("when", &undated_when),
        ],
    );
    html! {
        <div class="tl-chart" {onpointerdown} {onpointerup} {onpointercancel}>
            <MarkOverlay {output} kind={MarkKind::Event} label={Some(AttrValue::from(label))} tip_id="tip-timeline" {tip} {on_width}
                on_activate={props.on_pick.clone()} selected={index} />
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::swipe_step;

    #[test]
    fn a_long_enough_sideways_swipe_steps_and_anything_else_does_not() {
        assert_eq!(swipe_step(-60, 10), Some(1));
        assert_eq!(swipe_step(60, -10), Some(-1));
        assert_eq!(swipe_step(-40, 0), Some(1));
        assert_eq!(swipe_step(-39, 0), None);
        assert_eq!(swipe_step(-50, 80), None);
        assert_eq!(swipe_step(0, 0), None);
    }
}
