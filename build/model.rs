//! The data file's shape (`data/report.toml`), as `build.rs` reads it. The structs mirror
//! `src/data/model.rs` but own their strings, because they only live for the build; our words for
//! them (labels, titles, summaries, names) are joined in from the content file afterwards.

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    pub report: ReportMeta,
    pub explainer: Explainer,
    pub sections: Vec<Section>,
    pub areas: Vec<Area>,
    pub figures: Vec<Figure>,
    pub events: Vec<Event>,
    #[serde(default)]
    pub derived: Vec<super::build_derived::Derived>,
    #[serde(default)]
    pub refused: Vec<super::build_derived::Refused>,
}

/// Facts about the report itself.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportMeta {
    /// The year the report dates from (its wording places it; see the data file's header).
    pub year: u16,
}

/// Facts about this explainer: its date is data, so the build stays deterministic.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Explainer {
    /// "YYYY-MM-DD".
    pub updated: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    /// A chart id (`mianyang-share`), written as its `ChartId` variant: a wrong one fails to
    /// compile.
    #[serde(default)]
    pub chart: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub id: String,
    #[serde(default)]
    pub name: String,
    pub featured: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    // Our words (label, title, summary, name) come from the content file, joined by id.
    #[serde(default)]
    pub label: String,
    pub value: f64,
    pub value_text: String,
    pub unit: Unit,
    // What a count counts: our words, from the content file (empty for other units).
    #[serde(default)]
    pub noun: String,
    pub qualifier: Qualifier,
    pub period: Period,
    pub place: String,
    pub area: String,
    pub section: String,
    pub paragraph: u8,
    pub excerpt: String,
    pub headline: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub summary: String,
    pub period: Period,
    pub area: String,
    pub section: String,
    pub figures: Vec<String>,
    pub paragraph: u8,
    pub excerpt: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub start: u16,
    pub end: u16,
    pub dating: Dating,
    // Stated and undated periods have nothing to explain, so the file may leave these out.
    #[serde(default)]
    pub wording: String,
    #[serde(default)]
    pub reasoning: String,
}

// The enums validate the kebab-case strings of the data file: serde rejects any other spelling
// with an error naming the accepted ones. Debug prints the variant name, which is exactly the
// variant name in model.rs.
#[derive(Deserialize, Debug, Clone, Copy, PartialEq)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    RmbBillion,
    Count,
    Percent,
    Rank,
}

#[derive(Deserialize, Debug, Clone, Copy, PartialEq)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    Exact,
    MoreThan,
    Over,
    Exceeded,
}

#[derive(Deserialize, Debug, Clone, Copy)]
#[serde(rename_all = "kebab-case")]
pub enum Dating {
    Stated,
    Resolved,
    Undated,
}
