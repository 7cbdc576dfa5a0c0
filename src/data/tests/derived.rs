//! Integrity of the derived figures and refusals declared in data/report.toml.

use super::Failures;
use crate::data::*;
use crate::story::STORY;
use std::collections::HashSet;

/// (id, section, inputs, operation) of a derived figure or a refusal.
type Declared = (
    &'static str,
    &'static str,
    &'static [&'static str],
    Operation,
);

/// Every derived figure and refusal.
fn declared() -> Vec<Declared> {
    let derived = DERIVED
        .iter()
        .map(|d| (d.id, d.section, d.inputs, d.operation));
    let refused = REFUSED
        .iter()
        .map(|r| (r.id, r.section, r.inputs, r.operation));
    derived.chain(refused).collect()
}

#[test]
fn there_are_derived_figures_and_refusals() {
    // Only results that tell a reader something, and that the report's qualifiers, kinds,
    // places and periods allow, are kept (no "42 + 32", no ratio of unlike counts).
    assert!(DERIVED.len() >= 3, "{} derived figures", DERIVED.len());
    assert!(REFUSED.len() >= 2, "{} refusals", REFUSED.len());
}

// That every input names a figure, and that their number is the operation's arity, is checked
// by build.rs, which cannot compute a result otherwise: a wrong id is a build error naming it.

/// A figure combined with itself (8 ÷ 8) is a slip, not a finding.
#[test]
fn no_figure_is_combined_with_itself() {
    let mut fail = Failures::default();
    for (id, _, inputs, _) in declared() {
        let distinct: HashSet<_> = inputs.iter().collect();
        fail.check(distinct.len() == inputs.len(), id, "an input repeats");
    }
}

#[test]
fn ids_are_unique_and_distinct_from_figures_and_events() {
    let mut fail = Failures::default();
    let mut seen: HashSet<&str> = FIGURES.iter().map(|f| f.id).collect();
    seen.extend(EVENTS.iter().map(|e| e.id));
    for (id, ..) in declared() {
        let kebab = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        fail.check(kebab, id, "id is not kebab-case");
        fail.check(
            seen.insert(id),
            id,
            "id repeats a figure, event or other id",
        );
    }
}

#[test]
fn every_one_belongs_to_a_story_section() {
    let mut fail = Failures::default();
    for (id, section, ..) in declared() {
        let exists = STORY.iter().any(|part| part.id == section);
        fail.check(exists, id, format!("no story section {section:?}"));
    }
}

/// Inputs from different places or periods, or a link the report leaves uncertain, need a
/// caveat saying why they may still be combined.
#[test]
fn inputs_share_place_and_period_or_there_is_a_caveat() {
    let mut fail = Failures::default();
    for d in DERIVED {
        let inputs: Vec<&Figure> = d.input_figures().collect();
        // The same years (and both dated, or both only "by 2018"); the reasoning may differ.
        let when = |f: &Figure| f.period.label();
        let alike =
            (inputs.iter()).all(|f| f.place == inputs[0].place && when(f) == when(inputs[0]));
        fail.check(
            alike || !d.caveat().trim().is_empty(),
            d.id,
            "inputs differ: needs a caveat",
        );
    }
}

#[test]
fn words_are_given() {
    let mut fail = Failures::default();
    for d in DERIVED {
        fail.check(!d.label.trim().is_empty(), d.id, "no label");
        fail.check(!d.meaning().trim().is_empty(), d.id, "no meaning");
        let per_ok = d.per.is_empty() || d.per.starts_with("a ") || d.per.starts_with("an ");
        fail.check(per_ok, d.id, "per must be empty or start with an article");
        let has_noun = !d.noun.is_empty();
        let noun_ok = (d.unit == DerivedUnit::Count) == has_noun;
        fail.check(
            noun_ok,
            d.id,
            "a count needs a noun, and only a count has one",
        );
    }
    for r in REFUSED {
        fail.check(!r.label.trim().is_empty(), r.id, "no label");
        fail.check(!r.reason.trim().is_empty(), r.id, "no reason");
    }
}

/// The unit follows from the operation and the inputs' units.
#[test]
fn units_follow_from_the_operation() {
    let mut fail = Failures::default();
    for d in DERIVED {
        let first = d.input_figures().next().map(|f| f.unit);
        let carried = match first {
            Some(Unit::RmbBillion) => Some(DerivedUnit::RmbBillion),
            Some(Unit::Count) => Some(DerivedUnit::Count),
            Some(Unit::Percent) => Some(DerivedUnit::Percent),
            _ => None,
        };
        let expected = match d.operation {
            Operation::Share => Some(DerivedUnit::Percent),
            Operation::Ratio | Operation::RatioOfYearlyRates | Operation::RatioToEvenShare => {
                Some(DerivedUnit::Times)
            }
            _ => carried,
        };
        fail.check(
            Some(d.unit) == expected,
            d.id,
            format!("unit should be {expected:?}"),
        );
        let rate = matches!(d.operation, Operation::Quotient | Operation::PerYear);
        let has_per = !d.per.is_empty();
        fail.check(
            rate == has_per,
            d.id,
            "a quotient is per something, and only it",
        );
        if d.operation == Operation::PerYear {
            fail.check(&*d.per == "a year", d.id, "per-year is per year");
        }
        if d.operation == Operation::TotalFromShare {
            let share = d.input_figures().nth(1).map(|f| f.unit);
            fail.check(
                share == Some(Unit::Percent),
                d.id,
                "the share must be a percent",
            );
        }
    }
}

/// Yearly operations divide by the length of a period: the report must give one.
#[test]
fn yearly_operations_have_periods_the_report_gives() {
    let mut fail = Failures::default();
    for (id, _, inputs, op) in declared() {
        if !op.uses_years() {
            continue;
        }
        for f in inputs.iter().filter_map(|i| figure(i)) {
            let given = f.period.dating != Dating::Undated;
            fail.check(given, id, format!("{} has no period of its own", f.id));
        }
    }
}

/// The table's results are what the operations give for the figures as they stand (the build
/// script computes them with the same code; this catches a generator that drifts).
#[test]
fn results_are_computed_from_the_figures() {
    let mut fail = Failures::default();
    for d in DERIVED {
        let again = d.compute();
        fail.check(
            again == Some(d.result),
            d.id,
            format!("table {:?}, now {again:?}", d.result),
        );
        let share_ok = d.operation != Operation::Share
            || (d.result.lo.value >= 0.0 && d.result.hi.value <= WHOLE_PERCENT);
        fail.check(share_ok, d.id, "a share outside 0–100%");
    }
}

#[test]
fn sections_list_their_own() {
    let mianyang: Vec<_> = derived_in_section("mianyang").map(|d| d.id).collect();
    assert!(
        mianyang.contains(&"mianyang-total-output-2017"),
        "{mianyang:?}"
    );
    assert!(derived_in_section("no-such-section").next().is_none());
    let refused_here: Vec<_> = refused_in_section("mianyang").map(|r| r.id).collect();
    assert!(
        refused_here.contains(&"mianyang-output-against-mci-revenue"),
        "{refused_here:?}"
    );
    assert_eq!(
        derived("swjtu-patents-before-per-year").map(|d| d.section),
        Some("swjtu")
    );
    assert_eq!(
        refused("swjtu-patents-gained").map(|r| r.section),
        Some("swjtu")
    );
    assert!(
        derived("mianyang-devices").is_none(),
        "figures are not derived"
    );
}

/// Only like is compared with like: a ratio or share of counts is computed only where every
/// count it divides counts the same thing (the same noun). The university's "60 times" divided
/// service inventions and patents whose ownership was divided by patents transferred or licensed;
/// the "even share" divided experiences by regions. Both are refusals now, with their reasons.
#[test]
fn no_ratio_divides_unlike_counts() {
    let comparing = [
        Operation::Ratio,
        Operation::Share,
        Operation::RatioOfYearlyRates,
        Operation::RatioToEvenShare,
    ];
    for d in DERIVED.iter().filter(|d| comparing.contains(&d.operation)) {
        let nouns: HashSet<&str> = (d.inputs.iter())
            .filter_map(|id| figure(id))
            .filter(|f| f.unit == Unit::Count)
            .map(|f| f.noun.text())
            .collect();
        assert!(
            nouns.len() <= 1,
            "{} divides unlike counts: {nouns:?}",
            d.id
        );
    }
}

/// Like cases alike: a combination refused for one place is not computed for another.
#[test]
fn no_operation_is_refused_in_one_place_and_computed_in_another_on_like_kinds() {
    for r in REFUSED {
        for d in DERIVED.iter().filter(|d| d.operation == r.operation) {
            let units = |ids: &[&str]| -> Vec<Unit> {
                ids.iter()
                    .filter_map(|id| figure(id))
                    .map(|f| f.unit)
                    .collect()
            };
            assert!(
                units(d.inputs) != units(r.inputs),
                "{} is computed, but {} of the same kinds is refused",
                d.id,
                r.id
            );
        }
    }
}
