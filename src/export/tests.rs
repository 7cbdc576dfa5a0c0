use super::*;
use crate::data::{Interval, Operation};

/// A minimal RFC 4180 reader, to check the writer against an independent parse.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = vec![];
    let mut row = vec![];
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    rows
}

#[test]
fn csv_has_a_header_and_one_row_per_figure_with_its_values() {
    let csv = figures_csv();
    assert!(
        csv.starts_with('\u{feff}'),
        "UTF-8 byte-order mark for spreadsheets"
    );
    let rows = parse_csv(csv.trim_start_matches('\u{feff}'));
    assert_eq!(rows[0], COLUMNS.map(String::from).to_vec());
    assert_eq!(rows.len(), FIGURES.len() + DERIVED.len() + 1);
    for (row, figure) in rows[1..].iter().zip(FIGURES) {
        assert_eq!(row.len(), COLUMNS.len());
        assert_eq!(row[0], figure.id);
        assert_eq!(row[1], figure.label.text());
        assert_eq!(row[2].parse::<f64>().unwrap(), figure.value);
        assert_eq!(row[4], qualifier_name(figure.qualifier));
        assert_eq!(
            row[15], figure.excerpt,
            "excerpts with commas and quotes survive"
        );
        assert_eq!(row[COLUMNS.len() - 1], "figure");
    }
}

/// The column a cell is in, by name.
fn col(name: &str) -> usize {
    COLUMNS.iter().position(|c| *c == name).unwrap()
}

#[test]
fn figure_rows_keep_their_columns_and_say_what_their_qualifier_allows() {
    assert_eq!(
        COLUMNS[..6],
        [
            "id",
            "label",
            "value",
            "value_as_stated",
            "qualifier",
            "unit"
        ]
    );
    assert_eq!(COLUMNS[COLUMNS.len() - 1], "kind");
    let csv = figures_csv();
    let rows = parse_csv(csv.trim_start_matches('\u{feff}'));
    let row = |id: &str| rows.iter().find(|r| r[0] == id).unwrap().clone();
    let bounds = |id| {
        let r = row(id);
        let names = [
            "lower_bound",
            "lower_bound_included",
            "upper_bound",
            "upper_bound_included",
        ];
        names.map(|n| r[col(n)].clone())
    };
    assert_eq!(
        bounds("mianyang-output-share-2017"),
        ["50", "false", "100", "true"]
    );
    assert_eq!(bounds("mianyang-devices"), ["3300", "false", "", ""]);
    assert_eq!(bounds("mianyang-device-value"), ["3.6", "false", "", ""]);
    assert_eq!(
        bounds("mianyang-output-2017"),
        ["153", "true", "153", "true"]
    );
    assert_eq!(row("mianyang-devices")[col("derived_from")], "");
}

#[test]
fn derived_rows_follow_the_figures_with_their_inputs_operation_and_bounds() {
    let csv = figures_csv();
    let rows = parse_csv(csv.trim_start_matches('\u{feff}'));
    let derived_rows = &rows[1 + FIGURES.len()..];
    assert_eq!(derived_rows.len(), DERIVED.len());
    for (row, d) in derived_rows.iter().zip(DERIVED) {
        assert_eq!(row.len(), COLUMNS.len());
        assert_eq!(row[0], d.id);
        assert_eq!(row[col("kind")], "derived");
        assert_eq!(row[col("derived_from")], d.inputs.join(" "));
        assert_eq!(
            Operation::from_name(&row[col("operation")]),
            Some(d.operation)
        );
        assert_eq!(row[col("value_as_stated")], d.result_text());
        assert_eq!(row[col("arithmetic")], d.arithmetic_text());
        assert_eq!(
            row[col("caveat")],
            d.caveat(),
            "caveats with commas survive"
        );
        let end = |name: &str| row[col(name)].parse::<f64>().ok();
        let close = |cell: Option<f64>, v: f64| cell.is_some_and(|c| (c - v).abs() < 1e-4);
        let Interval { lo, hi } = d.result;
        assert!(close(end("lower_bound"), lo.value), "{}: lower bound", d.id);
        let hi_ok = if hi.value.is_finite() {
            close(end("upper_bound"), hi.value)
        } else {
            row[col("upper_bound")].is_empty() && row[col("upper_bound_included")].is_empty()
        };
        assert!(hi_ok, "{}: upper bound", d.id);
        assert_eq!(row[col("lower_bound_included")], lo.closed.to_string());
    }
    let row = |id: &str| derived_rows.iter().find(|r| r[0] == id).unwrap();
    let total = row("mianyang-total-output-2017");
    let cells = |r: &Vec<String>, names: &[&str]| {
        names.iter().map(|n| r[col(n)].clone()).collect::<Vec<_>>()
    };
    let names = [
        "value",
        "qualifier",
        "lower_bound",
        "lower_bound_included",
        "upper_bound",
        "upper_bound_included",
    ];
    assert_eq!(
        cells(total, &names),
        ["", "lower and upper bound", "153", "true", "306", "false"]
    );
    let share = row("experiences-share-sichuan");
    assert_eq!(
        cells(share, &["value", "qualifier", "unit"]),
        ["61.5385", "exact", "percent"]
    );
    // A period we worked out is marked in the export too.
    let rate = row("swjtu-patents-before-per-year");
    assert_eq!(
        cells(rate, &["value", "period", "period_start", "period_end"]),
        ["2.8", "2012–2016*", "2012", "2016"]
    );
}

/// How the end-to-end test tells rows apart: the last comma-separated piece of each CSV line is
/// the kind, never quoted, and JSON objects carry it as "kind".
#[test]
fn kinds_are_the_last_cell_of_each_line() {
    let csv = figures_csv();
    let lines: Vec<&str> = csv.trim_end().split("\r\n").skip(1).collect();
    let kinds: Vec<&str> = lines.iter().filter_map(|l| l.rsplit(',').next()).collect();
    assert_eq!(
        kinds.iter().filter(|k| **k == "figure").count(),
        FIGURES.len()
    );
    assert_eq!(
        kinds.iter().filter(|k| **k == "derived").count(),
        DERIVED.len()
    );
    assert_eq!(kinds.len(), FIGURES.len() + DERIVED.len());
    let json = figures_json();
    assert_eq!(json.matches("\"kind\":\"figure\"").count(), FIGURES.len());
    assert_eq!(json.matches("\"kind\":\"derived\"").count(), DERIVED.len());
}

#[test]
fn json_lists_every_figure_with_numeric_values() {
    let json = figures_json();
    assert!(json.starts_with("[\n") && json.ends_with("]\n"));
    assert_eq!(
        json.matches("\"id\":").count(),
        FIGURES.len() + DERIVED.len()
    );
    // Every object has every column once, so the file has one shape throughout.
    let objects: Vec<&str> = json.lines().filter(|l| l.starts_with("  {")).collect();
    assert_eq!(objects.len(), FIGURES.len() + DERIVED.len());
    for object in &objects {
        for key in COLUMNS {
            assert_eq!(
                object.matches(&format!("\"{key}\":")).count(),
                1,
                "{key} in {object}"
            );
        }
    }
    for figure in FIGURES {
        assert!(json.contains(&format!("\"id\":\"{}\"", figure.id)));
        let value = format!("\"value\":{},", plain_number(figure.value));
        assert!(json.contains(&value), "{value}");
    }
}

#[test]
fn json_bounds_are_numbers_booleans_or_null() {
    let json = figures_json();
    let object = |id: &str| {
        let key = format!("\"id\":\"{id}\"");
        json.lines().find(|l| l.contains(&key)).unwrap().to_string()
    };
    let total = object("mianyang-total-output-2017");
    assert!(total.contains("\"value\":null,"), "{total}");
    assert!(total.contains("\"lower_bound\":153,\"lower_bound_included\":true,\"upper_bound\":306,\"upper_bound_included\":false,"), "{total}");
    assert!(total.contains("\"source_paragraph\":null,"), "{total}");
    assert!(total.contains("\"period_start\":2017,"), "{total}");
    let devices = object("mianyang-devices");
    assert!(
        devices.contains("\"upper_bound\":null,\"upper_bound_included\":null,"),
        "{devices}"
    );
    assert!(devices.contains("\"kind\":\"figure\"}"), "{devices}");
}

#[test]
fn plain_numbers_keep_the_reports_one_decimal() {
    assert_eq!(plain_number(310.0), "310");
    assert_eq!(plain_number(3.6), "3.6");
    assert_eq!(plain_number(167_500.0), "167500");
    assert_eq!(plain_number(2.8), "2.8");
}
