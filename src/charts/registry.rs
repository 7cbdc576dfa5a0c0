//! One entry point per story chart, so components and exports need not know each chart's options.

use super::{experiences, mianyang_share, money, shared_ownership, swjtu, ChartOutput, Theme};
use crate::view::{ChartId, View};

/// Width charts are pre-rendered at; the browser redraws at the container's real width.
pub const DEFAULT_WIDTH: u32 = 640;
/// Narrowest width drawn: a 320 px screen minus the page's side padding.
pub const MIN_WIDTH: u32 = 240;

/// Draws `chart` with the options the view selects for it.
pub fn render(chart: ChartId, width: u32, theme: Theme, view: &View) -> ChartOutput {
    let width = width.max(MIN_WIDTH);
    match chart {
        ChartId::Experiences => experiences::render(width, theme),
        ChartId::MianyangShare => mianyang_share::render(width, theme),
        ChartId::SharedOwnership => shared_ownership::render(width, theme),
        ChartId::Swjtu => swjtu::render(width, theme, view.swjtu),
        ChartId::Money => money::render(width, theme, view.money),
    }
}

/// The chart's one-sentence description, for screen readers and the page's text.
pub fn summary(chart: ChartId, view: &View) -> String {
    match chart {
        ChartId::Experiences => experiences::summary(),
        ChartId::MianyangShare => mianyang_share::summary(),
        ChartId::SharedOwnership => shared_ownership::summary(),
        ChartId::Swjtu => swjtu::summary(view.swjtu),
        ChartId::Money => money::summary(view.money),
    }
}

/// The ids of the figures the chart shows, in reading order.
pub fn figures(chart: ChartId) -> Vec<&'static str> {
    match chart {
        ChartId::Experiences => experiences::FIGURES.to_vec(),
        ChartId::MianyangShare => mianyang_share::FIGURES.to_vec(),
        ChartId::SharedOwnership => shared_ownership::FIGURES.to_vec(),
        ChartId::Swjtu => swjtu::FIGURES.to_vec(),
        ChartId::Money => money::figures(),
    }
}

/// Chart titles, shown in HTML above each chart (never inside the SVG).
pub fn title(chart: ChartId) -> &'static str {
    match chart {
        ChartId::Experiences => "Replicable experiences of the first pilot batch",
        ChartId::MianyangShare => "Share of Mianyang's total output, 2017",
        ChartId::SharedOwnership => "The shared-ownership pilot, stage by stage",
        ChartId::Swjtu => "Southwest Jiaotong University's patents, before and after",
        ChartId::Money => "Every renminbi figure in the report",
    }
}
