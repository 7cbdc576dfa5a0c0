use yew::prelude::*;

use super::{ChartCanvas, DataTable, Toggle};
use crate::browser;
use crate::charts::{money::Scale, registry, swjtu::SwjtuMode, Theme};
use crate::data;
use crate::state::Action;
use crate::story;
use crate::view::{ChartId, View};

#[derive(Properties, PartialEq)]
pub struct ChartPanelProps {
    pub chart: ChartId,
    pub view: View,
    pub on_action: Callback<Action>,
}

/// A chart with its title, description, options, data table and exports.
#[function_component(ChartPanel)]
pub fn chart_panel(props: &ChartPanelProps) -> Html {
    let (chart, view, on_action) = (props.chart, props.view, props.on_action.clone());
    let id = chart.id();
    let summary_id = format!("chart-{id}-summary");
    let heading = if chart == story::LEAD_CHART {
        "h2"
    } else {
        "h3"
    };
    let controls = match chart {
        ChartId::Swjtu => html! {
            <Toggle<SwjtuMode> label="Show the patents as"
                options={vec![(SwjtuMode::Totals, "Totals"), (SwjtuMode::PerYear, "Per year")]}
                selected={view.swjtu}
                on_select={on_action.reform(Action::SetSwjtuMode)} />
        },
        ChartId::Money => html! {
            <Toggle<Scale> label="Scale"
                options={vec![(Scale::Linear, "Linear"), (Scale::Log, "Logarithmic")]}
                selected={view.money}
                on_select={on_action.reform(Action::SetMoneyScale)} />
        },
        _ => Html::default(),
    };
    let has_bounds = registry::figures(chart)
        .into_iter()
        .filter_map(data::figure)
        .any(|f| f.qualifier.is_lower_bound());
    // Exported files use concrete light colours at the pre-render width: the same file whatever
    // the reader's screen or colour scheme.
    let export = move |png: bool| {
        Callback::from(move |_: MouseEvent| {
            let out = registry::render(chart, registry::DEFAULT_WIDTH, Theme::Light, &view);
            let name = format!("sichuan-reform-{}", chart.id());
            if png {
                browser::download_svg_as_png(
                    &out.svg,
                    out.width,
                    out.height,
                    &format!("{name}.png"),
                );
            } else {
                browser::download_text(&format!("{name}.svg"), "image/svg+xml", &out.svg);
            }
        })
    };
    html! {
        <figure class="chart-panel" id={format!("chart-{id}")} aria-labelledby={format!("chart-{id}-title")}>
            // The lead graphic stands under the page's h1; story charts under their section's h2.
            <@{heading} id={format!("chart-{id}-title")} class="chart-title">{ registry::title(chart) }</@>
            // The full description, annotations included, for screen readers: the drawing says
            // the same to sighted readers, so it is not printed a second time.
            <p id={summary_id.clone()} class="chart-summary" hidden=true>{ registry::summary(chart, &view) }</p>
            { controls }
            if has_bounds {
                <p class="chart-legend">
                    <span class="swatch swatch-exact" aria-hidden="true"></span>{ "exact" }
                    <span class="swatch swatch-bound" aria-hidden="true"></span>
                    { "≥ at least (open end)" }
                </p>
            }
            <ChartCanvas {chart} {view} {summary_id} on_action={on_action.clone()} />
            <DataTable {chart} open={view.table_open(chart)} on_action={on_action.clone()} />
            <p class="button-row chart-exports">
                <button type="button" class="button" onclick={export(false)}
                    aria-label={format!("Download “{}” as SVG", registry::title(chart))}>{ "SVG" }</button>
                <button type="button" class="button" onclick={export(true)}
                    aria-label={format!("Download “{}” as PNG", registry::title(chart))}>{ "PNG" }</button>
            </p>
        </figure>
    }
}
