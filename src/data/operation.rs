//! The operations a derived figure may apply to its inputs, on intervals.
//!
//! Self-contained apart from its sibling `interval` (reached as `super::interval`, which is
//! `crate::data::interval` in the library and the build script's own `interval` module in
//! `build.rs`): the build script computes every derived figure with this very code.

use super::interval::{Interval, WHOLE_PERCENT};

/// One input of an operation: the figure's interval and the length in years of its period (the
/// yearly operations divide by it; the others ignore it).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Operand {
    pub value: Interval,
    pub years: u16,
}

/// What a derived figure computes from its inputs `a, b, c` (in the order they are listed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operation {
    /// `a + b`.
    Sum,
    /// `a − b`.
    Difference,
    /// `a × b`.
    Product,
    /// `a ÷ b`, an amount per thing: "items per unit".
    Quotient,
    /// `a ÷ b`, a plain number of times.
    Ratio,
    /// `a ÷ b × 100`, the percent share of the part `a` in the total `b`; at most 100%.
    Share,
    /// `a ÷ (b ÷ 100)`: the total that a part `a` and its percent share `b` imply.
    TotalFromShare,
    /// `a ÷ years(a)`: a count over a period, per year.
    PerYear,
    /// `(a ÷ years(a)) ÷ (b ÷ years(b))`: how many times the yearly rate of `a` is that of `b`.
    RatioOfYearlyRates,
    /// `a ÷ (b ÷ c)`: how many times `a` is an even share of `b` among `c`.
    RatioToEvenShare,
}

impl Operation {
    pub const ALL: [Operation; 10] = [
        Operation::Sum,
        Operation::Difference,
        Operation::Product,
        Operation::Quotient,
        Operation::Ratio,
        Operation::Share,
        Operation::TotalFromShare,
        Operation::PerYear,
        Operation::RatioOfYearlyRates,
        Operation::RatioToEvenShare,
    ];

    /// The kebab-case name used in `data/report.toml` and in the exports.
    pub fn name(self) -> &'static str {
        match self {
            Operation::Sum => "sum",
            Operation::Difference => "difference",
            Operation::Product => "product",
            Operation::Quotient => "quotient",
            Operation::Ratio => "ratio",
            Operation::Share => "share",
            Operation::TotalFromShare => "total-from-share",
            Operation::PerYear => "per-year",
            Operation::RatioOfYearlyRates => "ratio-of-yearly-rates",
            Operation::RatioToEvenShare => "ratio-to-even-share",
        }
    }

    pub fn from_name(name: &str) -> Option<Operation> {
        Operation::ALL.into_iter().find(|op| op.name() == name)
    }

    /// How many inputs the operation takes.
    pub fn arity(self) -> usize {
        match self {
            Operation::PerYear => 1,
            Operation::RatioToEvenShare => 3,
            _ => 2,
        }
    }

    /// Whether the operation reads the inputs' period lengths (which must then be given by the
    /// report, not merely "by 2018").
    pub fn uses_years(self) -> bool {
        matches!(self, Operation::PerYear | Operation::RatioOfYearlyRates)
    }

    /// The result, or `None` if the number of inputs is not the operation's arity.
    pub fn apply(self, inputs: &[Operand]) -> Option<Interval> {
        if inputs.len() != self.arity() {
            return None;
        }
        let v = |i: usize| inputs[i].value;
        let years = |i: usize| Interval::exact(f64::from(inputs[i].years));
        let hundred = Interval::exact(WHOLE_PERCENT);
        Some(match self {
            Operation::Sum => v(0) + v(1),
            Operation::Difference => v(0) - v(1),
            Operation::Product => v(0) * v(1),
            Operation::Quotient | Operation::Ratio => v(0) / v(1),
            Operation::Share => (v(0) / v(1) * hundred).at_most(hundred.hi),
            Operation::TotalFromShare => v(0) / (v(1) / hundred),
            Operation::PerYear => v(0) / years(0),
            // (a ÷ ya) ÷ (b ÷ yb) written as (a × yb) ÷ (b × ya): the same interval for positive
            // year counts, with one rounding fewer (168 × 5 ÷ 14 is exactly 60 in floats).
            Operation::RatioOfYearlyRates => (v(0) * years(1)) / (v(1) * years(0)),
            Operation::RatioToEvenShare => v(0) / (v(1) / v(2)),
        })
    }
}
