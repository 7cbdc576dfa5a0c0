use super::*;

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
    assert_eq!(rows.len(), FIGURES.len() + 1);
    for (row, figure) in rows[1..].iter().zip(FIGURES) {
        assert_eq!(row.len(), COLUMNS.len());
        assert_eq!(row[0], figure.id);
        assert_eq!(row[1], figure.label);
        assert_eq!(row[2].parse::<f64>().unwrap(), figure.value);
        assert_eq!(row[4], qualifier_name(figure.qualifier));
        assert_eq!(
            row[15], figure.excerpt,
            "excerpts with commas and quotes survive"
        );
    }
}

#[test]
fn json_lists_every_figure_with_numeric_values() {
    let json = figures_json();
    assert!(json.starts_with("[\n") && json.ends_with("]\n"));
    assert_eq!(json.matches("\"id\":").count(), FIGURES.len());
    for figure in FIGURES {
        assert!(json.contains(&format!("\"id\":\"{}\"", figure.id)));
        let value = format!("\"value\":{},", plain_number(figure.value));
        assert!(json.contains(&value), "{value}");
    }
}

#[test]
fn json_strings_are_escaped() {
    assert_eq!(json_string("a \"b\" \\ c\n"), "\"a \\\"b\\\" \\\\ c\\n\"");
}

#[test]
fn plain_numbers() {
    assert_eq!(plain_number(310.0), "310");
    assert_eq!(plain_number(3.6), "3.6");
    assert_eq!(plain_number(167_500.0), "167500");
    assert_eq!(plain_number(2.8), "2.8");
}
