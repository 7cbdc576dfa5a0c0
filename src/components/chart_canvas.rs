use yew::prelude::*;

use super::{figure_details, show_source_of, MarkKind, MarkOverlay};
use crate::charts::{registry, Theme};
use crate::data;
use crate::data::content;
use crate::data::ChartId;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ChartCanvasProps {
    pub chart: ChartId,
    /// Id of the sentence that describes the chart.
    pub summary_id: String,
    pub on_action: Callback<Action>,
}

/// A story chart drawn at its container's width, with the figure under the pointer or keyboard
/// focus in a tooltip that cites its source.
#[function_component(ChartCanvas)]
pub fn chart_canvas(props: &ChartCanvasProps) -> Html {
    let chart = props.chart;
    let fixed = registry::fixed_width(chart);
    let width = use_state_eq(|| fixed.unwrap_or(registry::DEFAULT_WIDTH));
    // The chart and its width are all a drawing depends on.
    let options = (chart, *width);
    let output = use_memo(options, |_| registry::render(chart, *width, Theme::Css));
    let on_width = {
        let width = width.clone();
        Callback::from(move |w: u32| {
            if fixed.is_none() {
                width.set(w.max(registry::MIN_WIDTH));
            }
        })
    };
    let figure_of = {
        let output = output.clone();
        move |i: usize| output.marks.get(i).and_then(|m| data::figure(m.figure_id))
    };
    let tip = {
        let figure_of = figure_of.clone();
        Callback::from(move |i: usize| figure_of(i).map_or_else(Html::default, figure_details))
    };
    // Out of the popup's text: a tooltip may hold no controls, so the popup is a disclosure.
    let actions = {
        let on_action = props.on_action.clone();
        Callback::from(move |i: usize| {
            let Some(figure) = figure_of(i) else {
                return Html::default();
            };
            let on_action = on_action.clone();
            html! {
                <button type="button" class="link-button" aria-label={show_source_of(figure)}
                    onclick={move |_| on_action.emit(Action::ShowSource(figure.id))}>
                    { content::UI_SHOW_SOURCE }
                </button>
            }
        })
    };
    html! {
        <MarkOverlay {output} kind={MarkKind::Figure} describedby={props.summary_id.clone()}
            tip_id={format!("tip-{}", chart.id())} {tip} actions={Some(actions)} {on_width} />
    }
}
