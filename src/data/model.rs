//! Typed figures, events and reform areas of the report.
//!
//! The values are generated at compile time by `build.rs` from `data/report.toml`, so the app
//! ships static tables and never parses data at run time. Our words in them are `W`s: numbers
//! into the page's words list (`super::words`).

use super::content::{self, fill_with};
use super::words::W;

/// How the report qualifies a number. Lower bounds must be drawn and labelled as such.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qualifier {
    Exact,
    MoreThan,
    Over,
    Exceeded,
}

impl Qualifier {
    /// The report's own wording (in the content file's words), empty for an exact figure.
    pub fn as_stated(self) -> &'static str {
        match self {
            Qualifier::Exact => "",
            Qualifier::MoreThan => content::NUMBERS_MORE_THAN.text(),
            Qualifier::Over => content::NUMBERS_OVER.text(),
            Qualifier::Exceeded => content::NUMBERS_EXCEEDED.text(),
        }
    }

    pub fn is_lower_bound(self) -> bool {
        self != Qualifier::Exact
    }

    /// Compact mark used on cards and chart labels. The report's "more than", "over" and
    /// "exceeded" all exclude the number, so the mark is ">" ("≥" would read "at least").
    pub fn symbol(self) -> &'static str {
        if self.is_lower_bound() {
            "> "
        } else {
            ""
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Billions of renminbi.
    RmbBillion,
    /// A plain count of things; the figure's `noun` says of what.
    Count,
    Percent,
    /// A position in a ranking (1 = first).
    Rank,
}

/// How sure a date is, shown to readers next to every period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dating {
    /// The report names the year.
    Stated,
    /// The report gives the time only relatively; `wording` and `reasoning` say how it was resolved.
    Resolved,
    /// The report gives no date; the figure is known only to hold by the time of the report.
    Undated,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub start: u16,
    pub end: u16,
    pub dating: Dating,
    /// The report's relative wording, e.g. "last year"; empty when the year is stated.
    pub wording: &'static str,
    /// Why the wording resolves to these years, in our words; empty when the year is stated, and
    /// for a figure (only an event's is shown; a figure's documents `data/report.toml`).
    pub reasoning: W,
}

impl Period {
    /// "2017", "2011–2015*" or "by 2018*": a year we worked out from the report's wording
    /// carries the mark (`inferred_mark`) wherever it is printed; only a stated year has none.
    pub fn label(&self) -> String {
        let mark = self.mark();
        match self.dating {
            Dating::Undated => fill_with(
                &content::NUMBERS_BY_YEAR,
                &[("year", &format!("{}{mark}", self.end))],
            ),
            _ if self.start == self.end => format!("{}{mark}", self.start),
            _ => format!("{}–{}{mark}", self.start, self.end),
        }
    }

    /// The first year, marked as `label` marks it: "2016*".
    pub fn start_label(&self) -> String {
        format!("{}{}", self.start, self.mark())
    }

    /// The last year, marked as `label` marks it: "2018*".
    pub fn end_label(&self) -> String {
        format!("{}{}", self.end, self.mark())
    }

    /// The inferred-year mark, or "" for a year the report states.
    pub fn mark(&self) -> &'static str {
        if self.dating == Dating::Stated {
            ""
        } else {
            content::NUMBERS_INFERRED_MARK.text()
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    /// Stable id, kebab-case; used in URLs and DOM ids.
    pub id: &'static str,
    /// Short label in our own words, e.g. "Military–civilian main business revenue".
    pub label: W,
    pub value: f64,
    /// The number exactly as the report writes it ("3,300", "3.6", "eight"); shown to readers
    /// so that no float formatting is needed at run time.
    pub value_text: &'static str,
    pub unit: Unit,
    /// What is counted, plural, for `Unit::Count` ("devices"); empty otherwise.
    pub noun: W,
    pub qualifier: Qualifier,
    pub period: Period,
    /// Who or where: "Sichuan Province", "Mianyang", "Southwest Jiaotong University".
    pub place: &'static str,
    /// Id of the reform area in `AREAS`.
    pub area: &'static str,
    /// Id of the story section this figure belongs to (pilot, military, mianyang, ...).
    pub section: &'static str,
    /// 1-based paragraph of the report body.
    pub paragraph: u8,
    /// Short verbatim excerpt of the report that contains the number.
    pub excerpt: &'static str,
    /// Shown as a card on the first view.
    pub headline: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Event {
    pub id: &'static str,
    pub title: W,
    /// One or two sentences in our own words.
    pub summary: W,
    pub period: Period,
    pub area: &'static str,
    pub section: &'static str,
    /// Ids of the figures this event brings.
    pub figures: &'static [&'static str],
    pub paragraph: u8,
    /// Verbatim excerpt of the report that dates the event.
    pub excerpt: &'static str,
}

impl Event {
    /// Whether the timeline's area filter (`None`: all areas) keeps the event: the one rule the
    /// view (a selected event its filter would hide) and the timeline (its markers, list and
    /// steps) both follow.
    pub fn in_area(&self, area: Option<&str>) -> bool {
        area.is_none_or(|a| self.area == a)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Area {
    pub id: &'static str,
    pub name: W,
    /// The report features military–civilian integration and lists the seven others after it.
    pub featured: bool,
}

impl Area {
    /// Whether any event of the timeline is in this area: the timeline offers (and the address
    /// accepts) only an area that does, so that no filter shows nothing.
    pub fn has_events(&self) -> bool {
        super::EVENTS.iter().any(|e| e.area == self.id)
    }
}

/// A part of the story, in reading order (`data/report.toml`'s `[[sections]]` are the one list
/// of parts: the content file's `[[parts]]` must give words for exactly these, in this order, or
/// the build fails; the early script's list of views is written from them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    /// Used as the DOM id and in `?embed=<id>`.
    pub id: &'static str,
    /// The chart the part draws, if any.
    pub chart: Option<super::ChartId>,
}
