//! Thin Yew function components, one per file. They render from `crate::data` and the view
//! only: no clock, no randomness and no DOM access during render (DOM work lives in effects and
//! event handlers), so the browser's first render of an island reproduces its pre-rendered
//! markup. `App` is the page as the server renders it; the browser renders only its islands
//! (`island.rs`).

// The page's own parts, which only the pre-rendered page renders: one module under one `cfg`
// (`page_text`, build.rs), so the shipped WebAssembly, which renders islands only, has none of
// them (an island that used one would not compile).
#[cfg(page_text)]
mod page;
#[cfg(page_text)]
pub use page::*;

// What the islands render (and the page around them renders too).
mod chart_canvas;
mod chart_panel;
mod data_table;
mod embed_button;
mod figure_card;
mod hooks;
mod island;
mod mark_overlay;
mod source_layer;
mod source_view;
mod timeline;
mod timeline_chart;
mod timeline_controls;
mod timeline_detail;
mod timeline_list;
mod tooltip;

pub use crate::story::TIMELINE_TITLE;
pub use chart_canvas::ChartCanvas;
#[cfg(page_text)]
pub use chart_panel::chart_keys;
pub use chart_panel::chart_panel;
pub use data_table::data_table;
pub use embed_button::EmbedButton;
pub use figure_card::FigureCard;
pub use island::{island, IslandKind, IslandProps, IslandRoot};
pub use mark_overlay::{MarkKind, MarkOverlay};
pub use source_layer::SourceLayer;
pub use source_view::source_view;
pub use timeline::Timeline;
pub use timeline_chart::TimelineChart;
pub use timeline_controls::TimelineControls;
pub use timeline_detail::timeline_detail;
pub use timeline_list::timeline_list;
pub use tooltip::figure_details;

use crate::charts::registry;
use crate::data::content::{self, fill_with};
use crate::data::ChartId;
use crate::data::{Dating, Figure, Period};
use crate::story;

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
        Dating::Stated => content::UI_DATING_STATED.to_string(),
        Dating::Resolved => fill_with(&content::UI_DATING_RESOLVED, &[("wording", period.wording)]),
        Dating::Undated => content::UI_DATING_UNDATED.to_string(),
    }
}

/// "Show source: <the figure's label>", the accessible name of every Show source button.
pub fn show_source_of(figure: &Figure) -> String {
    fill_with(&content::UI_SHOW_SOURCE_OF, &[("label", &figure.label)])
}

/// "(paragraph 2)": where in the report a figure is.
pub fn paragraph_note(figure: &Figure) -> String {
    let paragraph = figure.paragraph.to_string();
    fill_with(&content::UI_PARAGRAPH_NOTE, &[("paragraph", &paragraph)])
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
    [qualifier, value.as_str(), &noun]
        .iter()
        .filter(|part| !part.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Our words (`data::W`) render as text, and as attribute values, like a `&'static str`.
impl yew::html::IntoPropValue<yew::virtual_dom::VNode> for crate::data::W {
    fn into_prop_value(self) -> yew::virtual_dom::VNode {
        yew::virtual_dom::VNode::from(self.text())
    }
}

impl yew::html::IntoPropValue<Option<yew::AttrValue>> for crate::data::W {
    fn into_prop_value(self) -> Option<yew::AttrValue> {
        Some(yew::AttrValue::Static(self.text()))
    }
}

impl yew::html::IntoPropValue<yew::AttrValue> for crate::data::W {
    fn into_prop_value(self) -> yew::AttrValue {
        yew::AttrValue::Static(self.text())
    }
}
