//! The cells of one export row: a figure of the report, or a figure derived from them.

use super::{csv_cell, dating_name, plain_number, qualifier_name, unit_name, WIDTH};
use crate::data::{plain_decimal, Derived, DerivedUnit, End, Figure, Interval};

/// Decimals of derived values and bounds in the exports: enough to recompute with (61.5385),
/// where the page shows "about 62%".
const DECIMALS: u8 = 4;

/// One cell, typed for JSON; CSV writes all of them as text.
pub enum Cell {
    Text(String),
    /// A number as written, or none (an empty CSV cell, JSON null).
    Number(Option<String>),
    /// A yes/no, or none (an empty CSV cell, JSON null).
    Flag(Option<bool>),
}

impl Cell {
    pub fn csv(&self) -> String {
        match self {
            Cell::Text(s) => csv_cell(s),
            Cell::Number(n) => n.clone().unwrap_or_default(),
            Cell::Flag(f) => f.map(|f| f.to_string()).unwrap_or_default(),
        }
    }

    #[cfg(feature = "ssr")]
    pub fn json(&self) -> serde_json::Value {
        use serde_json::Value;
        match self {
            Cell::Text(s) => Value::String(s.clone()),
            // A number as written ("3.6", "61.5385") is a JSON number as it stands.
            Cell::Number(n) => n.as_deref().map_or(Value::Null, |n| {
                serde_json::from_str(n).expect("a plain decimal is a JSON number")
            }),
            Cell::Flag(f) => f.map_or(Value::Null, Value::Bool),
        }
    }
}

fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

fn number(n: impl ToString) -> Cell {
    Cell::Number(Some(n.to_string()))
}

/// An end of an interval as (bound, included): none for an end at infinity.
fn bound(end: End) -> [Cell; 2] {
    let value = plain_decimal(end.value, DECIMALS);
    let included = value.as_ref().map(|_| end.closed);
    [Cell::Number(value), Cell::Flag(included)]
}

/// The cells of `COLUMNS` from "lower_bound" to "upper_bound_included".
fn bounds(i: Interval) -> [Cell; 4] {
    let [lo, lo_in] = bound(i.lo);
    let [hi, hi_in] = bound(i.hi);
    [lo, lo_in, hi, hi_in]
}

/// The cells of one figure, in `COLUMNS` order.
pub fn figure_cells(f: &Figure) -> [Cell; WIDTH] {
    let [lo, lo_in, hi, hi_in] = bounds(Interval::of_figure(f));
    [
        text(f.id),
        text(f.label),
        number(plain_number(f.value)),
        text(f.value_text),
        text(qualifier_name(f.qualifier)),
        text(unit_name(f.unit)),
        text(f.noun),
        text(f.period.label()),
        number(f.period.start),
        number(f.period.end),
        text(dating_name(f.period.dating)),
        text(f.period.wording),
        text(f.place),
        text(f.area),
        number(f.paragraph),
        text(f.excerpt),
        text(""),
        text(""),
        text(""),
        lo,
        lo_in,
        hi,
        hi_in,
        text(""),
        text(""),
        text("figure"),
    ]
}

/// The distinct non-empty values of `part` over the inputs, in input order, joined by `sep`.
fn joined(inputs: &[&Figure], sep: &str, part: impl Fn(&Figure) -> String) -> String {
    let mut seen: Vec<String> = Vec::new();
    for value in inputs.iter().map(|f| part(f)) {
        if !value.is_empty() && !seen.contains(&value) {
            seen.push(value);
        }
    }
    seen.join(sep)
}

/// How far the result is known: the derived row's `qualifier`.
fn bound_kind(d: &Derived) -> &'static str {
    let r = d.result;
    match (r.is_exact(), r.lo.value > 0.0, r.bounded_above()) {
        (true, _, _) => "exact",
        (_, true, true) => "lower and upper bound",
        (_, true, false) => "lower bound",
        (_, false, true) => "upper bound",
        (_, false, false) => "no bound",
    }
}

fn derived_unit_name(u: DerivedUnit) -> &'static str {
    match u {
        DerivedUnit::RmbBillion => "RMB billion",
        DerivedUnit::Count => "count",
        DerivedUnit::Percent => "percent",
        DerivedUnit::Times => "times",
    }
}

/// The cells of one derived figure, in `COLUMNS` order. Period, dating, place and area gather
/// those of its inputs; the source columns are empty (each input names its own source).
pub fn derived_cells(d: &Derived) -> [Cell; WIDTH] {
    let inputs: Vec<&Figure> = d.input_figures().collect();
    let value = d
        .result
        .is_exact()
        .then(|| plain_decimal(d.result.lo.value, DECIMALS))
        .flatten();
    let per = d.per.split_once(' ').map(|(_, what)| format!("per {what}"));
    let counted = [d.noun.to_string(), per.unwrap_or_default()]
        .join(" ")
        .trim()
        .to_string();
    let start = inputs.iter().map(|f| f.period.start).min();
    let end = inputs.iter().map(|f| f.period.end).max();
    let [lo, lo_in, hi, hi_in] = bounds(d.result);
    [
        text(d.id),
        text(d.label),
        Cell::Number(value),
        text(d.result_text()),
        text(bound_kind(d)),
        text(derived_unit_name(d.unit)),
        text(counted),
        text(joined(&inputs, " and ", |f| f.period.label())),
        Cell::Number(start.map(|y| y.to_string())),
        Cell::Number(end.map(|y| y.to_string())),
        text(joined(&inputs, " and ", |f| {
            dating_name(f.period.dating).into()
        })),
        text(joined(&inputs, "; ", |f| f.period.wording.into())),
        text(joined(&inputs, "; ", |f| f.place.into())),
        text(joined(&inputs, " ", |f| f.area.into())),
        Cell::Number(None),
        text(""),
        text(d.inputs.join(" ")),
        text(d.operation.name()),
        text(d.arithmetic_text()),
        lo,
        lo_in,
        hi,
        hi_in,
        text(d.meaning()),
        text(d.caveat()),
        text("derived"),
    ]
}
