//! All figures as CSV and JSON, generated from the bundled data (in the browser on demand, and
//! natively in tests). Hand-written rather than serde_json: two flat formats do not justify the
//! extra kilobytes of WebAssembly.

use crate::data::{Dating, Figure, Qualifier, Unit, FIGURES};

const COLUMNS: [&str; 16] = [
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
];

/// The cells of one figure, in `COLUMNS` order.
fn cells(f: &Figure) -> [String; 16] {
    [
        f.id.into(),
        f.label.into(),
        plain_number(f.value),
        f.value_text.into(),
        qualifier_name(f.qualifier).into(),
        unit_name(f.unit).into(),
        f.noun.into(),
        f.period.label(),
        f.period.start.to_string(),
        f.period.end.to_string(),
        dating_name(f.period.dating).into(),
        f.period.wording.into(),
        f.place.into(),
        f.area.into(),
        f.paragraph.to_string(),
        f.excerpt.into(),
    ]
}

/// RFC 4180 CSV with a header row, one figure a row. Starts with a UTF-8 byte-order mark so that
/// spreadsheet programs that guess encodings read "–" and "“" correctly.
pub fn figures_csv() -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&COLUMNS.join(","));
    out.push_str("\r\n");
    for figure in FIGURES {
        let row: Vec<String> = cells(figure).iter().map(|c| csv_cell(c)).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A JSON array of objects with the CSV's columns; `value` and the years are numbers.
pub fn figures_json() -> String {
    let numeric = ["value", "period_start", "period_end", "source_paragraph"];
    let objects: Vec<String> = FIGURES
        .iter()
        .map(|figure| {
            let fields: Vec<String> = COLUMNS
                .iter()
                .zip(cells(figure))
                .map(|(key, cell)| {
                    let value = if numeric.contains(key) {
                        cell
                    } else {
                        json_string(&cell)
                    };
                    format!("\"{key}\":{value}")
                })
                .collect();
            format!("  {{{}}}", fields.join(","))
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

fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests;
