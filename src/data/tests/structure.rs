//! The data's shape: unique ids, references that resolve, the counts and order the report
//! gives, and how values read.

use super::{cited, Failures};
use crate::data::*;
use std::collections::HashSet;

#[test]
fn ids_are_unique() {
    let mut fail = Failures::default();
    let mut seen = HashSet::new();
    for c in cited() {
        fail.check(seen.insert(c.id), c.id, "figure/event id repeats");
    }
    let mut seen = HashSet::new();
    for id in AREAS.iter().map(|a| a.id) {
        fail.check(seen.insert(id), id, "area id repeats");
    }
    for id in SECTIONS.iter().map(|s| s.id) {
        fail.check(seen.insert(id), id, "section id repeats");
    }
}

#[test]
fn references_resolve() {
    let mut fail = Failures::default();
    let refs = FIGURES.iter().map(|f| (f.id, f.area, f.section));
    for (id, a, s) in refs.chain(EVENTS.iter().map(|e| (e.id, e.area, e.section))) {
        fail.check(section(s).is_some(), id, format!("no section {s:?}"));
        // An empty area marks a pilot-wide fact, which only the pilot section may hold.
        let pilot_wide = a.is_empty() && s == "pilot";
        fail.check(
            pilot_wide || area(a).is_some(),
            id,
            format!("no area {a:?}"),
        );
    }
    for e in EVENTS {
        for f in e.figures {
            fail.check(figure(f).is_some(), e.id, format!("no figure {f:?}"));
        }
    }
}

#[test]
fn eight_areas_are_listed_and_one_featured() {
    assert_eq!(AREAS.len(), 8);
    let featured: Vec<_> = AREAS.iter().filter(|a| a.featured).map(|a| a.id).collect();
    assert_eq!(featured, ["military-civilian"]);
}

#[test]
fn events_are_sorted_by_period() {
    let keys: Vec<_> = EVENTS
        .iter()
        .map(|e| (e.period.start, e.period.end))
        .collect();
    assert!(keys.is_sorted(), "events out of order: {keys:?}");
}

/// The report has 26 quantities (counted by hand, paragraph by paragraph: 2, 2, 3, 6, 7, 0, 4, 2).
/// Thirty would only be reached by counting periods ("three years") or idioms as figures, which
/// they are not; they are checked as dates or allow-list entries instead.
#[test]
fn all_figures_of_the_report_are_present() {
    assert_eq!(FIGURES.len(), 26);
    let headlines = headline_figures().count();
    assert!((6..=8).contains(&headlines), "{headlines} headline figures");
}

#[test]
fn values_and_periods_display_as_the_report_writes_them() {
    let shown = |id| figure(id).unwrap().display_value();
    assert_eq!(shown("mci-revenue-2017"), "RMB 310 billion");
    assert_eq!(shown("mianyang-device-value"), "RMB 3.6 billion");
    assert_eq!(shown("mianyang-devices"), "3,300");
    assert_eq!(shown("pilot-regions"), "8");
    assert_eq!(shown("mianyang-output-share-2017"), "50%");
    assert_eq!(shown("ip-rank-2017"), "first");
    let label = |id| figure(id).unwrap().period.label();
    assert_eq!(label("ip-rank-2017"), "2017");
    // A year we worked out carries the mark; a stated one does not.
    assert_eq!(label("swjtu-patents-before"), "2012–2016*");
    assert_eq!(label("mianyang-devices"), "by 2018*");
    assert_eq!(label("mianyang-output-2017"), "2017*");
}
