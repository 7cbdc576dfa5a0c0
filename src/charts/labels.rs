//! Text for values: labels beside marks, screen-reader labels and numbers, always built from
//! the report's own `value_text` and wording so charts read exactly as the report does.

use crate::data::content::{self, fill_with};
use crate::data::{Figure, Unit};

/// Digits of a figure's value as the report writes them (spelled-out numbers become digits).
fn digits(figure: &Figure) -> String {
    match figure.unit {
        Unit::RmbBillion => figure.value_text.to_string(),
        _ => figure.display_value(),
    }
}

/// The label beside a mark: "168", "≥ 600", "≥ 50%", "≥ RMB 310 bn" (the content file's short
/// form of a sum). No-break spaces: a label never wraps between its "≥", currency, number and
/// unit.
pub fn value_label(figure: &Figure) -> String {
    let value = match figure.unit {
        Unit::RmbBillion => fill_with(
            &content::NUMBERS_RMB_BN,
            &[("value", digits(figure).as_str())],
        ),
        _ => digits(figure),
    };
    format!("{}{value}", figure.qualifier.symbol()).replace(' ', "\u{a0}")
}

/// The value in the report's words: "more than RMB 310 billion", "168".
pub fn stated_value(figure: &Figure) -> String {
    let q = figure.qualifier.as_stated();
    if q.is_empty() {
        figure.display_value()
    } else {
        format!("{q} {}", figure.display_value())
    }
}

/// What a screen reader announces for a mark: "Devices pooled …: more than 3,300 (by 2018)".
pub fn mark_label(figure: &Figure) -> String {
    format!(
        "{}: {} ({})",
        figure.label,
        stated_value(figure),
        figure.period.label()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_come_from_the_report_wording() {
        let f = |id| crate::data::figure(id).unwrap();
        assert_eq!(
            value_label(f("mci-revenue-2017")),
            ">\u{a0}RMB\u{a0}310\u{a0}bn"
        );
        assert_eq!(
            value_label(f("mianyang-output-2017")),
            "RMB\u{a0}153\u{a0}bn"
        );
        assert_eq!(value_label(f("mianyang-output-share-2017")), ">\u{a0}50%");
        assert_eq!(value_label(f("swjtu-patents-confirmed")), "168");
        assert_eq!(
            mark_label(f("mianyang-devices")),
            "Devices integrated on Mianyang’s equipment-sharing platform: more than 3,300 (by 2018*)"
        );
    }
}
