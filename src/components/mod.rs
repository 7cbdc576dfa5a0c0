//! Thin Yew function components, one per file. They render from `crate::data` and the view
//! only: no clock, no randomness and no DOM access during render (DOM work lives in effects and
//! event handlers), so the browser's first render of an island reproduces its pre-rendered
//! markup. `App` is the page as the server renders it; the browser renders only its islands
//! (`island.rs`).

mod app;
mod chart_canvas;
mod chart_panel;
mod checking;
mod data_table;
mod downloads;
mod embed_button;
mod embed_credit;
mod figure_card;
mod glance;
mod island;
mod limits;
mod mark_overlay;
mod masthead;
mod reform_areas;
mod source_footer;
mod source_layer;
mod source_view;
mod story_section;
mod timeline;
mod timeline_chart;
mod timeline_controls;
mod timeline_detail;
mod timeline_legend;
mod timeline_list;
mod timeline_section;
mod toc;
mod toggle;
mod tooltip;

pub use app::App;
pub use chart_canvas::ChartCanvas;
pub use chart_panel::{chart_keys, chart_panel};
pub use checking::{checking, derived_anchor};
pub use data_table::data_table;
pub use downloads::downloads;
pub use embed_button::EmbedButton;
pub use embed_credit::embed_credit;
pub use figure_card::FigureCard;
pub use glance::Glance;
pub use island::{island, IslandKind, IslandProps, IslandRoot};
pub use limits::limits;
pub use mark_overlay::{MarkKind, MarkOverlay};
pub use masthead::Masthead;
pub use reform_areas::ReformAreas;
pub use source_footer::SourceFooter;
pub use source_layer::SourceLayer;
pub use source_view::source_view;
pub use story_section::StorySection;
pub use timeline::Timeline;
pub use timeline_chart::TimelineChart;
pub use timeline_controls::TimelineControls;
pub use timeline_detail::timeline_detail;
pub use timeline_legend::TimelineLegend;
pub use timeline_list::timeline_list;
pub use timeline_section::{TimelineSection, TIMELINE_TITLE};
pub use toc::Toc;
pub use toggle::toggle;
pub use tooltip::figure_details;

use crate::charts::registry;
use crate::data::{Dating, Figure, Period};
use crate::story;
use crate::view::ChartId;

/// The chart whose data table is the figure's one full card: the chart of the figure's own
/// section (the lead graphic for the pilot) when it draws the figure. Other figures get a card of
/// their own in their section.
pub fn home_chart(figure: &Figure) -> Option<ChartId> {
    let chart = if figure.section == story::STORY.first()?.id {
        Some(story::LEAD_CHART)
    } else {
        story::part(figure.section)?.chart
    };
    chart.filter(|c| registry::figures(*c).contains(&figure.id))
}

/// DOM id of a figure's one full card (`FigureCard`); every other mention links to it.
pub fn figure_anchor(figure_id: &str) -> String {
    format!("fig-{figure_id}")
}

/// How the year of `period` is known, in the same words wherever a date is shown (cards,
/// tables, tooltips, the timeline): readers should never mistake a worked-out year for one the
/// report states.
pub fn dating_phrase(period: &Period) -> String {
    match period.dating {
        Dating::Stated => "year stated in the report".into(),
        Dating::Resolved => format!("year worked out from “{}”", period.wording),
        Dating::Undated => "no date in the report; holds when it was written".into(),
    }
}

/// `dating_phrase` where it adds something: nothing for a stated year.
pub fn dating_note(figure: &Figure) -> Option<String> {
    (figure.period.dating != Dating::Stated).then(|| dating_phrase(&figure.period))
}

/// The value as the report states it: "more than 3,300 devices", "RMB 153 billion".
pub fn stated_value(figure: &Figure) -> String {
    let qualifier = figure.qualifier.as_stated();
    let value = figure.display_value();
    let noun = figure.noun;
    [qualifier, value.as_str(), noun]
        .iter()
        .filter(|part| !part.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}
