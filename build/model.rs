//! The data file's shape (`data/report.toml`), as `build.rs` reads it. The structs mirror
//! `src/data/model.rs` but own their strings, because they only live for the build; our words for
//! them (labels, titles, summaries, names) are joined in from the content file afterwards.
//!
//! Each struct's `Debug` is its Rust literal for `src/data/model.rs` (a string prints as a string
//! literal, `Lit` as the code it holds, `Ids` as a slice, an enum as its path), and `build.rs`
//! writes the tables with it: the fields are spelled here and in the app's model only, and the
//! compiler rejects a field that one has and the other lacks.

use serde::Deserialize;
use std::fmt;

/// Rust code as it is, such as a word's number `W(3)`: printed without quotes. Read from the data
/// file as a string (a period's reasoning, until `build.rs` numbers it).
#[derive(Deserialize, Default)]
#[serde(transparent)]
pub struct Lit(pub String);

impl fmt::Debug for Lit {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Ids, printed as a `&'static [&'static str]` literal.
#[derive(Deserialize)]
#[serde(transparent)]
pub struct Ids(pub Vec<String>);

impl fmt::Debug for Ids {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "&{:?}", self.0)
    }
}

/// A chart's id (`mianyang-share`), printed as its `ChartId` variant: a wrong one fails to compile.
#[derive(Deserialize)]
#[serde(transparent)]
pub struct Chart(pub String);

impl fmt::Debug for Chart {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("ChartId::")?;
        for word in self.0.split('-') {
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                write!(f, "{}{}", first.to_ascii_uppercase(), chars.as_str())?;
            }
        }
        Ok(())
    }
}

/// A kebab-case enum of the data file whose `Debug` is its path (`Unit::RmbBillion`). serde
/// rejects any other spelling with an error naming the accepted ones.
macro_rules! data_enum {
    ($name:ident { $($variant:ident),* $(,)? }) => {
        #[derive(Deserialize, Clone, Copy, PartialEq)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name {
            $($variant),*
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(match self {
                    $(Self::$variant => concat!(stringify!($name), "::", stringify!($variant))),*
                })
            }
        }
    };
}

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

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    #[serde(default)]
    pub chart: Option<Chart>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub id: String,
    #[serde(skip)]
    pub name: Lit,
    pub featured: bool,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    // Our words (label, title, summary, name) come from the content file, joined by id, as the
    // numbers of the islands' words (`W(n)`).
    #[serde(skip)]
    pub label: Lit,
    pub value: f64,
    pub value_text: String,
    pub unit: Unit,
    // What a count counts: our words, from the content file (empty for other units).
    #[serde(skip)]
    pub noun: Lit,
    pub qualifier: Qualifier,
    pub period: Period,
    pub place: String,
    pub area: String,
    pub section: String,
    pub paragraph: u8,
    pub excerpt: String,
    pub headline: bool,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    #[serde(skip)]
    pub title: Lit,
    #[serde(skip)]
    pub summary: Lit,
    pub period: Period,
    pub area: String,
    pub section: String,
    pub figures: Ids,
    pub paragraph: u8,
    pub excerpt: String,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub start: u16,
    pub end: u16,
    pub dating: Dating,
    // Stated and undated periods have nothing to explain, so the file may leave these out.
    #[serde(default)]
    pub wording: String,
    #[serde(default)]
    pub reasoning: Lit,
}

data_enum!(Unit {
    RmbBillion,
    Count,
    Percent,
    Rank,
});

data_enum!(Qualifier {
    Exact,
    MoreThan,
    Over,
    Exceeded,
});

data_enum!(Dating {
    Stated,
    Resolved,
    Undated,
});
