use yew::prelude::*;

use super::{data_table, ChartCanvas, EmbedButton};
use crate::browser;
use crate::charts::{registry, Theme};
use crate::data;
use crate::data::content::{self, fill_with};
use crate::data::ChartId;
use crate::state::Action;
use crate::story;
use crate::view::View;

/// A chart with its title, description, options, data table and exports: the whole of a chart
/// island. A plain function: the island's root component already re-renders it only when the
/// part of the view it shows changes.
pub fn chart_panel(chart: ChartId, view: View, on_action: &Callback<Action>) -> Html {
    let id = chart.id();
    let summary_id = format!("chart-{id}-summary");
    let heading = if chart == story::LEAD_CHART {
        "h2"
    } else {
        "h3"
    };
    let has_bounds = has_bounds(chart);
    let labels = registry::html_labels(chart);
    // The part whose view the Embed button in the action row embeds.
    let part = story::chart_part(chart);
    // Exported files use concrete light colours at the pre-render width: the same file whatever
    // the reader's screen or colour scheme.
    let export = move |png: bool| {
        Callback::from(move |_: MouseEvent| {
            let out = registry::render(chart, registry::DEFAULT_WIDTH, Theme::Light);
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
        // Named once, by its heading: the figure and the marks' group carry no name of their own.
        <figure class="chart-panel" id={format!("chart-{id}")}>
            // The lead graphic stands under the page's h1; story charts under their section's h2.
            <@{heading} id={format!("chart-{id}-title")} class="chart-title">{ registry::title(chart) }</@>
            // The full description, annotations included, for screen readers: the drawing says
            // the same to sighted readers, so it is not printed a second time.
            <p id={summary_id.clone()} class="chart-summary" hidden=true>{ registry::summary(chart) }</p>
            // For the eye: the description says it in words.
            if has_bounds {
                // Only what the chart draws: its marks are all lower bounds.
                <p class="chart-legend" aria-hidden="true">
                    <span class="swatch swatch-bound" aria-hidden="true"></span>
                    { content::UI_LEGEND_BOUND }
                </p>
            }
            // A chart drawn without words (the lead's unit chart, scaled to its column) has its
            // labels and the report's claim here, in the page's type; the description says them.
            if let Some((above, _)) = &labels {
                <p class="unit-label unit-part" aria-hidden="true">{ above.clone() }</p>
            }
            <ChartCanvas {chart} summary_id={format!("{summary_id} {}", keys_id(chart))} on_action={on_action.clone()} />
            if let Some((_, below)) = &labels {
                <p class="unit-label" aria-hidden="true">{ below.clone() }</p>
                if let Some(note) = registry::annotation(chart) {
                    <p class="chart-note" aria-hidden="true">{ note }</p>
                }
            }
            { data_table(chart, view.table_open(chart), on_action) }
            // One action row per chart: its table (the disclosure beside), SVG, PNG and Embed.
            <div class="button-row chart-exports">
                <button type="button" class="button" onclick={export(false)}
                    aria-label={fill_with(&content::UI_DOWNLOAD_SVG, &[("title", &registry::title(chart))])}>{ content::UI_SVG }</button>
                <button type="button" class="button" onclick={export(true)}
                    aria-label={fill_with(&content::UI_DOWNLOAD_PNG, &[("title", &registry::title(chart))])}>{ content::UI_PNG }</button>
                <EmbedButton view={part.id} title={part.title()} />
            </div>
        </figure>
    }
}

/// Whether the chart draws a lower bound (an open, dashed end).
fn has_bounds(chart: ChartId) -> bool {
    registry::figures(chart)
        .into_iter()
        .filter_map(data::figure)
        .any(|f| f.qualifier.is_lower_bound())
}

fn keys_id(chart: ChartId) -> String {
    format!("chart-{}-keys", chart.id())
}

/// The rest of what a screen reader hears for a chart, after its summary: what the dashed ends
/// mean and how to move between the marks. The same whatever the view, so it is static HTML
/// beside the chart's island (the marks' group names it by id), and its words stay out of the
/// WebAssembly.
#[cfg(page_text)]
pub fn chart_keys(chart: ChartId) -> Html {
    let bounds = has_bounds(chart).then_some(content::CHARTS_BOUNDS_SENTENCE);
    let keys = match registry::figures(chart).len() {
        1 => content::CHARTS_KEYS_SENTENCE_ONE.to_string(),
        n => fill_with(content::CHARTS_KEYS_SENTENCE, &[("n", &n.to_string())]),
    };
    let text = bounds.map_or(keys.clone(), |b| format!("{b} {keys}"));
    html! { <p id={keys_id(chart)} class="chart-summary" hidden=true>{ text }</p> }
}
