//! Figures that follow from the report's figures, and combinations we refuse.
//!
//! Both are declared in `data/report.toml` (`[[derived]]`, `[[refused]]`); `build.rs` computes
//! every result with `interval.rs` and `operation.rs` and writes it into the `DERIVED` table as a
//! literal, so no result is typed by hand. `tests/derived.rs` checks the declarations.

use super::{
    figure, words::W, Figure, Interval, Operand, Operation, Unit, DERIVED, DERIVED_TEXT, REFUSED,
};

/// The unit of a derived result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DerivedUnit {
    /// Billions of renminbi (shown in millions below one billion).
    RmbBillion,
    /// A count of things (the figure's `noun`), possibly per something (`per`).
    Count,
    /// A share of a total, in percent points.
    Percent,
    /// A plain ratio: "60 times".
    Times,
}

/// A figure we derive from the report's figures, with its result as an interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Derived {
    /// Stable id, kebab-case, distinct from every figure id.
    pub id: &'static str,
    /// The story section (`crate::story::STORY` id) whose "what follows" block shows it.
    pub section: &'static str,
    /// Figure ids, in operand order.
    pub inputs: &'static [&'static str],
    pub operation: Operation,
    pub unit: DerivedUnit,
    /// What is counted, plural ("items"), for `DerivedUnit::Count`; empty otherwise.
    pub noun: W,
    /// What the result is per, with its article ("a unit", "an enterprise"); empty if not a rate.
    pub per: W,
    /// Short label in our own words.
    pub label: W,
    /// Computed at build time from the inputs' qualified values.
    pub result: Interval,
}

/// A combination a reader might make that we refuse, because the figures measure different
/// things.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Refused {
    pub id: &'static str,
    pub section: &'static str,
    /// Figure ids, in operand order.
    pub inputs: &'static [&'static str],
    /// The arithmetic a reader might do (it is never carried out).
    pub operation: Operation,
    /// What the refused figure would claim to be, in our words.
    pub label: &'static str,
    /// Why we do not compute it.
    pub reason: &'static str,
}

impl Interval {
    /// What the figure's qualifier says about its true value (see `Interval::stated`). Every
    /// percent figure of the report is a share of a total, so percents are capped at 100%.
    pub fn of_figure(f: &Figure) -> Interval {
        Interval::stated(
            f.value,
            f.qualifier.is_lower_bound(),
            f.unit == Unit::Percent,
        )
    }
}

impl Operand {
    /// The figure as an operand: its interval and the number of years of its period.
    pub fn of_figure(f: &Figure) -> Operand {
        Operand {
            value: Interval::of_figure(f),
            years: f
                .period
                .end
                .saturating_sub(f.period.start)
                .saturating_add(1),
        }
    }
}

/// Input figures that exist, in operand order (integrity tests check that all do).
fn figures_of(ids: &'static [&'static str]) -> impl Iterator<Item = &'static Figure> {
    ids.iter().filter_map(|id| figure(id))
}

impl Derived {
    /// What the result means, in our words (and why nothing follows, when nothing does). In
    /// `DERIVED_TEXT`, not a field: the charts read `DERIVED`, and this prose, which only the
    /// pre-rendered page shows, then stays out of the WebAssembly.
    pub fn meaning(&self) -> &'static str {
        self.text().1
    }

    /// Why inputs of different places or periods may still be combined, or how sure the link
    /// is; empty when the inputs share place and period and the report links them plainly.
    pub fn caveat(&self) -> &'static str {
        self.text().2
    }

    fn text(&self) -> (&'static str, &'static str, &'static str) {
        DERIVED_TEXT
            .iter()
            .find(|(id, _, _)| *id == self.id)
            .copied()
            .unwrap_or(("", "", ""))
    }

    pub fn input_figures(&self) -> impl Iterator<Item = &'static Figure> {
        figures_of(self.inputs)
    }

    /// The result recomputed from the current figures (the build script does the same; tests
    /// compare the two). `None` if an input is missing or the arity is wrong.
    pub fn compute(&self) -> Option<Interval> {
        let operands: Vec<Operand> = self.input_figures().map(Operand::of_figure).collect();
        (operands.len() == self.inputs.len())
            .then(|| self.operation.apply(&operands))
            .flatten()
    }
}

impl Refused {
    pub fn input_figures(&self) -> impl Iterator<Item = &'static Figure> {
        figures_of(self.inputs)
    }
}

pub fn derived(id: &str) -> Option<&'static Derived> {
    DERIVED.iter().find(|d| d.id == id)
}

pub fn refused(id: &str) -> Option<&'static Refused> {
    REFUSED.iter().find(|r| r.id == id)
}

/// The derived figures a story section shows, in file order.
pub fn derived_in_section(section: &str) -> impl Iterator<Item = &'static Derived> + '_ {
    DERIVED.iter().filter(move |d| d.section == section)
}

/// The refusals a story section shows, in file order.
pub fn refused_in_section(section: &str) -> impl Iterator<Item = &'static Refused> + '_ {
    REFUSED.iter().filter(move |r| r.section == section)
}
