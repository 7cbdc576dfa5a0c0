//! One entry point per story chart, so components and exports need not know each chart's options.
//! Each chart is described once (`Description`): adding a chart is one entry in `describe`.

use super::{experiences, mianyang_share, ChartOutput, Theme};
use crate::data::content;
use crate::data::ChartId;

/// What the registry knows of one chart: its module's entry points.
struct Description {
    render: fn(u32, Theme) -> ChartOutput,
    /// The annotation it draws, if any.
    annotation: fn() -> Option<String>,
    /// What it draws, for screen readers (before its annotation).
    summary: fn() -> String,
    /// The figures it shows, in reading order.
    figures: &'static [&'static str],
    /// The labels the page prints around a wordless drawing (`words_in_html`).
    labels: fn() -> Option<(String, String)>,
}

const EXPERIENCES: Description = Description {
    render: experiences::render,
    annotation: experiences::annotation,
    summary: experiences::summary,
    figures: experiences::FIGURES,
    labels: experiences::labels,
};

const MIANYANG_SHARE: Description = Description {
    render: mianyang_share::render,
    annotation: mianyang_share::annotation,
    summary: mianyang_share::summary,
    figures: mianyang_share::FIGURES,
    labels: || None,
};

fn describe(chart: ChartId) -> &'static Description {
    match chart {
        ChartId::Experiences => &EXPERIENCES,
        ChartId::MianyangShare => &MIANYANG_SHARE,
    }
}

/// Width charts are pre-rendered at; the browser redraws at the container's real width.
pub const DEFAULT_WIDTH: u32 = 640;
/// Narrowest width drawn: a 320 px screen minus the page's side padding.
pub const MIN_WIDTH: u32 = 240;

/// The width a chart is always drawn at, if it is drawn once and scaled as a picture rather than
/// redrawn at its container's width. The unit chart keeps its proportions at any size and, in
/// the page, holds no words (`words_in_html`), so scaling it to its column's whole width changes
/// no text size; and the pre-rendered picture and the live one are the same: as the lead
/// graphic, in the first screen, it must never change size when the page comes alive.
pub fn fixed_width(chart: ChartId) -> Option<u32> {
    (chart == ChartId::Experiences).then_some(480)
}

/// Whether the page prints the chart's labels and annotation as HTML around a wordless drawing
/// (`Theme::Css`); its exports still draw them.
pub fn words_in_html(chart: ChartId) -> bool {
    fixed_width(chart).is_some()
}

/// The labels the page prints above and below a chart whose words are HTML (`words_in_html`).
pub fn html_labels(chart: ChartId) -> Option<(String, String)> {
    (describe(chart).labels)()
}

/// Draws `chart` at `width` (no chart has options of its own: the university's switch went with
/// its chart, whose unlike counts must not share a scale).
pub fn render(chart: ChartId, width: u32, theme: Theme) -> ChartOutput {
    (describe(chart).render)(width.max(MIN_WIDTH), theme)
}

/// What the chart's annotation says, if it has one (the same text it draws).
pub fn annotation(chart: ChartId) -> Option<String> {
    (describe(chart).annotation)()
}

/// The chart's description for screen readers: what it draws, then its annotation.
pub fn summary(chart: ChartId) -> String {
    let drawn = (describe(chart).summary)();
    match annotation(chart) {
        // Drawn as a headline, without a full stop; read as a sentence.
        Some(note) if note.ends_with(['.', '?', '!']) => format!("{drawn} {note}"),
        Some(note) => format!("{drawn} {note}."),
        None => drawn,
    }
}

/// The ids of the figures the chart shows, in reading order.
pub fn figures(chart: ChartId) -> Vec<&'static str> {
    describe(chart).figures.to_vec()
}

/// Chart titles, shown in HTML above each chart (never inside the SVG): the content file's
/// `[charts.titles]`, with the data's numbers in.
pub fn title(chart: ChartId) -> String {
    let template = (content::CHARTS_TITLES.iter())
        .find(|(id, _)| *id == chart.id())
        .map_or("", |(_, t)| t.text());
    content::fill(template)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_chart_is_annotated_and_its_description_says_the_annotation() {
        for chart in ChartId::ALL {
            for width in [288, 640, 1000] {
                let theme = if words_in_html(chart) {
                    Theme::Light
                } else {
                    Theme::Css
                };
                let out = render(chart, width, theme);
                assert!(!out.annotations.is_empty(), "{} at {width}", chart.id());
                let summary = summary(chart);
                for a in &out.annotations {
                    assert!(summary.contains(&a.text), "{}: {summary}", chart.id());
                }
            }
        }
    }
}
