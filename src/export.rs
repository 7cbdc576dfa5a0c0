//! All figures as CSV and JSON, generated from the bundled data natively: the site step writes them
//! into `dist/` beside the page, whose "Get the data" links name them. Native only (`ssr`): the
//! JSON is serde_json's, which never reaches the WebAssembly.
//!
//! One row per figure of the report (`kind` = `figure`), in report order, then one per derived
//! figure (`kind` = `derived`, see `rows.rs`). Every row has every column; the derived-figure
//! columns are empty for figures except the bounds, which say what each figure's qualifier
//! allows.

mod rows;

use crate::data::{Dating, Qualifier, Unit, DERIVED, FIGURES};
use rows::{derived_cells, figure_cells, Cell};

/// The files the native site step writes next to the page, which the "Get the data" links and
/// the structured data's `Dataset` (`share::head`) name.
pub const CSV_FILE: &str = "sichuan-reform-figures.csv";
pub const JSON_FILE: &str = "sichuan-reform-figures.json";

/// Each download's file name and contents.
#[cfg(feature = "ssr")]
pub fn files() -> [(&'static str, String); 2] {
    [(CSV_FILE, figures_csv()), (JSON_FILE, figures_json())]
}

/// The number of columns.
const WIDTH: usize = 26;

const COLUMNS: [&str; WIDTH] = [
    "id",
    "label",
    "value",
    "value_as_stated",
    "qualifier",
    "unit",
    "counted",
    "period",
    "period_start",
    "period_end",
    "dating",
    "dating_wording",
    "place",
    "area",
    "source_paragraph",
    "source_excerpt",
    // Derived figures: input ids (space-separated), operation, and the arithmetic in words.
    "derived_from",
    "operation",
    "arithmetic",
    // What the value may be: the ends of its interval, and whether each end is included (empty
    // or null for an end at infinity).
    "lower_bound",
    "lower_bound_included",
    "upper_bound",
    "upper_bound_included",
    "meaning",
    "caveat",
    // Last, so that the report's columns keep their places: "figure" or "derived".
    "kind",
];

/// Every row's cells, in `COLUMNS` order: figures, then derived figures.
fn rows() -> impl Iterator<Item = [Cell; WIDTH]> {
    let figures = FIGURES.iter().map(figure_cells);
    figures.chain(DERIVED.iter().map(derived_cells))
}

/// RFC 4180 CSV with a header row, one figure a row. Starts with a UTF-8 byte-order mark so that
/// spreadsheet programs that guess encodings read "–" and "“" correctly.
pub fn figures_csv() -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&COLUMNS.join(","));
    out.push_str("\r\n");
    for cells in rows() {
        let row: Vec<String> = cells.iter().map(Cell::csv).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A JSON array of objects with the CSV's columns; values, bounds and years are numbers (null
/// where there is none), whether a bound is included a boolean. One object a line.
#[cfg(feature = "ssr")]
pub fn figures_json() -> String {
    let objects: Vec<String> = rows()
        .map(|cells| {
            let object: serde_json::Map<String, serde_json::Value> = (COLUMNS.iter())
                .zip(cells.iter())
                .map(|(key, cell)| (key.to_string(), cell.json()))
                .collect();
            format!("  {}", serde_json::Value::Object(object))
        })
        .collect();
    format!("[\n{}\n]\n", objects.join(",\n"))
}

/// Integers without a decimal point, others with the one decimal the report uses (3.6), so the
/// float formatting machinery stays out of the WebAssembly.
pub fn plain_number(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    if tenths % 10 == 0 {
        (tenths / 10).to_string()
    } else {
        format!("{}.{}", tenths / 10, (tenths % 10).abs())
    }
}

pub fn qualifier_name(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "exact",
        Qualifier::MoreThan => "more than",
        Qualifier::Over => "over",
        Qualifier::Exceeded => "exceeded",
    }
}

pub fn unit_name(u: Unit) -> &'static str {
    match u {
        Unit::RmbBillion => "RMB billion",
        Unit::Count => "count",
        Unit::Percent => "percent",
        Unit::Rank => "rank",
    }
}

pub fn dating_name(d: Dating) -> &'static str {
    match d {
        Dating::Stated => "stated",
        Dating::Resolved => "resolved",
        Dating::Undated => "undated",
    }
}

fn csv_cell(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

#[cfg(test)]
mod tests;
