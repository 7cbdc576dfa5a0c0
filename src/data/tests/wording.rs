//! The words the UI prints for derived figures, and the number formatter behind them.

use crate::data::*;

fn d(id: &str) -> &'static Derived {
    derived(id).unwrap_or_else(|| panic!("no derived figure {id}"))
}

#[test]
fn numbers_format_without_locale() {
    let near = |v, n| fmt_decimal(v, n, Rounding::Nearest);
    assert_eq!(near(167_500.0, 1), ("167,500".into(), false));
    assert_eq!(near(2.8, 1), ("2.8".into(), false));
    assert_eq!(near(800.0 / 13.0, 0), ("62".into(), true));
    assert_eq!(near(800.0 / 13.0, 2), ("61.54".into(), true));
    assert_eq!(near(1_234_567.25, 2), ("1,234,567.25".into(), false));
    assert_eq!(near(0.05, 2), ("0.05".into(), false));
    assert_eq!(near(-1500.0, 0), ("−1,500".into(), false));
    assert_eq!(near(0.0, 1), ("0".into(), false));
    // Outward rounding, without floating-point noise turning 510 into 511.
    assert_eq!(fmt_decimal(0.51 * 1000.0, 1, Rounding::Up).0, "510");
    assert_eq!(fmt_decimal(2.04, 1, Rounding::Up).0, "2.1");
    assert_eq!(fmt_decimal(2.06, 1, Rounding::Down).0, "2");
    assert_eq!(near(f64::INFINITY, 1).0, "∞");
    assert_eq!(near(f64::NAN, 1).0, "?");
    assert_eq!(near(1e300, 1).0, "∞");
    assert_eq!(plain_decimal(-1234.5, 4).as_deref(), Some("-1234.5"));
    assert_eq!(plain_decimal(800.0 / 13.0, 4).as_deref(), Some("61.5385"));
    assert_eq!(plain_decimal(f64::INFINITY, 4), None);
}

/// Every derived figure in words: (id, result, short form, arithmetic).
#[rustfmt::skip]
const EXPECTED: &[(&str, &str, &str, &str)] = &[
    ("experiences-share-sichuan", "about 62%", "≈ 62%",
     "8 experiences ÷ 13 experiences = about 62%"),
    ("mianyang-total-output-2017", "at least RMB 153 billion and less than RMB 306 billion",
     "RMB 153–306 bn",
     "RMB 153 billion ÷ more than 50% = at least RMB 153 billion and less than RMB 306 billion"),
    ("swjtu-patents-before-per-year", "2.8 transferred and licensed patents per year", "2.8 a year",
     "14 transferred and licensed patents ÷ 5 years = 2.8 transferred and licensed patents per year"),
];

#[test]
fn every_derived_figure_reads_as_expected() {
    let mut listed: Vec<_> = EXPECTED.iter().map(|e| e.0).collect();
    let mut all: Vec<_> = DERIVED.iter().map(|d| d.id).collect();
    listed.sort_unstable();
    all.sort_unstable();
    assert_eq!(listed, all, "every derived figure has its expected words");
    for &(id, result, short, arithmetic) in EXPECTED {
        assert_eq!(d(id).result_text(), result, "{id}");
        assert_eq!(d(id).short_text(), short, "{id}");
        assert_eq!(d(id).arithmetic_text(), arithmetic, "{id}");
    }
}

#[test]
fn refusals_show_the_arithmetic_without_a_result() {
    let text = |id| refused(id).map(Refused::arithmetic_text);
    assert_eq!(
        text("mianyang-output-against-mci-revenue").as_deref(),
        Some("RMB 153 billion ÷ more than RMB 310 billion")
    );
    assert_eq!(
        text("swjtu-patents-gained").as_deref(),
        Some("168 service inventions and patents − 14 transferred and licensed patents")
    );
    for r in REFUSED {
        assert!(!r.arithmetic_text().is_empty(), "{}", r.id);
    }
}

/// Wordings of results no figure of the report produces: ranges with closed ends, money
/// across the billion, and the short form of a range.
#[test]
fn results_of_other_shapes_are_worded_by_their_unit() {
    // The nouns are the data's words (`W`s): "items" is a figure's noun, and the Mianyang
    // total's noun and per are empty.
    let base = *d("mianyang-total-output-2017");
    let items = crate::data::figure("shared-items").unwrap().noun;
    let with = |result: Interval, unit: DerivedUnit, noun: &str| Derived {
        result,
        unit,
        noun: if noun.is_empty() { base.noun } else { items },
        ..base
    };
    assert!(base.noun.is_empty() && base.per.is_empty() && &*items == "items");
    let money = |lo: End, hi: End| with(Interval::new(lo, hi), DerivedUnit::RmbBillion, "");
    let m = money(End::open(0.5), End::closed(2.0));
    assert_eq!(
        m.result_text(),
        "more than RMB 500 million and at most RMB 2 billion"
    );
    assert_eq!(m.short_text(), "RMB 0.5–2 bn");
    let m = money(End::closed(0.0625), End::open(f64::INFINITY));
    assert_eq!(m.result_text(), "at least RMB 62.5 million");
    assert_eq!(m.short_text(), "≥ RMB 62.5 mn");
    let p = with(Interval::stated(50.0, true, true), DerivedUnit::Percent, "");
    assert_eq!(p.result_text(), "more than 50% and at most 100%");
    assert_eq!(p.short_text(), "50–100%");
    let c = with(
        Interval::new(End::open(20.0), End::closed(30.0)),
        DerivedUnit::Count,
        "items",
    );
    assert_eq!(c.result_text(), "more than 20 and at most 30 items");
    let t = with(
        Interval::new(End::open(0.0), End::closed(2.5)),
        DerivedUnit::Times,
        "",
    );
    assert_eq!(t.result_text(), "at most 2.5 times");
    assert_eq!(t.short_text(), "≤ 2.5×");
    // Bounds round outwards, so they stay true.
    let b = with(
        Interval::new(End::open(61.7), End::open(62.3)),
        DerivedUnit::Percent,
        "",
    );
    assert_eq!(b.result_text(), "more than 61% and less than 63%");
    let u = with(Interval::unbounded(), DerivedUnit::Count, "items");
    assert_eq!(u.result_text(), NO_BOUND.text());
    assert_eq!(u.short_text(), NO_BOUND_SHORT.text());
}

#[test]
fn inputs_read_with_their_qualifier() {
    let f = |id| input_text(figure(id).unwrap());
    assert_eq!(f("mianyang-devices"), "more than 3,300 devices");
    assert_eq!(f("mianyang-device-value"), "over RMB 3.6 billion");
    assert_eq!(f("mci-revenue-2017"), "more than RMB 310 billion");
    assert_eq!(f("mianyang-output-share-2017"), "more than 50%");
    assert_eq!(f("pilot-regions"), "8 regions");
}
