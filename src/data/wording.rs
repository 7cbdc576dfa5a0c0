//! The words for derived figures, for the UI to print as they are: the result with its
//! qualifier, a short form for chart annotations, and the arithmetic with every input as stated.
//!
//! Derived quantities are all positive (money, counts, shares, ratios), so a lower end at or
//! below zero adds nothing a reader does not know and is left unsaid ("less than RMB 50 million
//! per startup"). Bounds are rounded outwards, so that a rounded bound is still true; only an
//! exact value is rounded to the nearest, and then it reads "about".

use super::content::{self as words, fill_with};
use super::format::{fmt_decimal, Rounding};
use super::{Derived, DerivedUnit, End, Figure, Interval, Operation, Qualifier, Refused, Unit};

/// The result in words when the figures bound nothing.
pub const NO_BOUND: super::W = words::NUMBERS_NO_BOUND;
/// The short form of `NO_BOUND`.
pub const NO_BOUND_SHORT: super::W = words::NUMBERS_NO_BOUND_SHORT;

/// Whether the text is the long form or the short one for chart annotations.
#[derive(Clone, Copy, PartialEq)]
enum Form {
    Long,
    Short,
}

/// How many decimals a value of the unit is shown with.
fn decimals(unit: DerivedUnit, v: f64) -> u8 {
    match unit {
        DerivedUnit::Percent if v.abs() >= 10.0 => 0,
        _ => 1,
    }
}

/// One number with its unit's wrapping: "RMB 153 billion", "RMB 50 million", "62%", "20".
/// Money below one billion reads in millions. Returns the text and whether it was rounded.
fn number(unit: DerivedUnit, v: f64, rounding: Rounding, form: Form) -> (String, bool) {
    let money = |scaled: f64, long: super::W, short: super::W| {
        let (digits, rounded) = fmt_decimal(scaled, 1, rounding);
        let template = if form == Form::Long { long } else { short };
        (fill_with(&template, &[("value", &digits)]), rounded)
    };
    match unit {
        DerivedUnit::RmbBillion if v.abs() < 1.0 => money(
            v * 1000.0,
            words::NUMBERS_RMB_MILLION,
            words::NUMBERS_RMB_MN,
        ),
        DerivedUnit::RmbBillion => money(v, words::NUMBERS_RMB_BILLION, words::NUMBERS_RMB_BN),
        DerivedUnit::Percent => {
            let (digits, rounded) = fmt_decimal(v, decimals(unit, v), rounding);
            (format!("{digits}%"), rounded)
        }
        DerivedUnit::Count | DerivedUnit::Times => fmt_decimal(v, decimals(unit, v), rounding),
    }
}

/// What follows the last number: " times", " items per unit", " per startup"; short: "×",
/// " a unit", " a startup".
fn suffix(d: &Derived, form: Form) -> String {
    let per = match (d.per.split_once(' '), form) {
        (Some((_, what)), Form::Long) => format!(" {} {what}", words::NUMBERS_PER),
        (_, _) if d.per.is_empty() => String::new(),
        (_, _) => format!(" {}", d.per),
    };
    match (d.unit, form) {
        (DerivedUnit::Times, Form::Long) => format!(" {}", words::NUMBERS_TIMES),
        (DerivedUnit::Times, Form::Short) => "×".into(),
        (DerivedUnit::Count, Form::Long) if !d.noun.is_empty() => format!(" {}{per}", d.noun),
        _ => per,
    }
}

/// A lower end that says something about a positive quantity.
fn informative_lo(lo: End) -> bool {
    lo.value.is_finite() && lo.value > 0.0
}

fn result_in(d: &Derived, form: Form) -> String {
    let Interval { lo, hi } = d.result;
    let long = form == Form::Long;
    let tail = suffix(d, form);
    if d.result.is_exact() {
        let (text, rounded) = number(d.unit, lo.value, Rounding::Nearest, form);
        let about = match (rounded, long) {
            (false, _) => String::new(),
            (true, true) => format!("{} ", words::NUMBERS_ABOUT),
            (true, false) => "≈ ".into(),
        };
        return format!("{about}{text}{tail}");
    }
    let low = |form| number(d.unit, lo.value, Rounding::Down, form).0;
    let high = |form| number(d.unit, hi.value, Rounding::Up, form).0;
    let from = match (lo.closed, long) {
        (true, true) => words::NUMBERS_AT_LEAST.text(),
        (false, true) => words::NUMBERS_MORE_THAN.text(),
        (true, false) => "≥",
        (false, false) => ">",
    };
    let to = match (hi.closed, long) {
        (true, true) => words::NUMBERS_AT_MOST.text(),
        (false, true) => words::NUMBERS_LESS_THAN.text(),
        (true, false) => "≤",
        (false, false) => "<",
    };
    match (informative_lo(lo), hi.value.is_finite(), long) {
        (false, false, true) => NO_BOUND.to_string(),
        (false, false, false) => NO_BOUND_SHORT.to_string(),
        (true, false, _) => format!("{from} {}{tail}", low(form)),
        (false, true, _) => format!("{to} {}{tail}", high(form)),
        (true, true, true) => {
            let low = format!("{from} {}", low(form));
            let high = format!("{to} {}", high(form));
            let both = fill_with(&words::NUMBERS_BETWEEN, &[("low", &low), ("high", &high)]);
            format!("{both}{tail}")
        }
        (true, true, false) => format!("{}{tail}", short_range(d.unit, lo.value, hi.value)),
    }
}

/// "RMB 153–306 bn", "20–30", "50–100%": both ends in the upper end's scale. The short form
/// drops open and closed; the long form keeps them.
fn short_range(unit: DerivedUnit, lo: f64, hi: f64) -> String {
    let range = |lo: f64, hi: f64, d: u8| {
        let low = fmt_decimal(lo, d, Rounding::Down).0;
        format!("{low}–{}", fmt_decimal(hi, d, Rounding::Up).0)
    };
    match unit {
        DerivedUnit::RmbBillion if hi < 1.0 => fill_with(
            &words::NUMBERS_RMB_MN,
            &[("value", &range(lo * 1000.0, hi * 1000.0, 1))],
        ),
        DerivedUnit::RmbBillion => {
            fill_with(&words::NUMBERS_RMB_BN, &[("value", &range(lo, hi, 1))])
        }
        DerivedUnit::Percent => format!("{}%", range(lo, hi, decimals(unit, hi))),
        DerivedUnit::Count | DerivedUnit::Times => range(lo, hi, 1),
    }
}

/// A figure as an operand, with its qualifier: "more than 400 items", "RMB 153 billion", "more
/// than 50%". "Exceeded" is the report's verb; as an operand it reads "more than".
pub fn input_text(f: &Figure) -> String {
    let noun = if f.unit == Unit::Count {
        f.noun.text()
    } else {
        ""
    };
    let value = qualified(f);
    if noun.is_empty() {
        value
    } else {
        format!("{value} {noun}")
    }
}

/// The value with its qualifier, without a noun: "more than 3,300", "RMB 153 billion".
pub(crate) fn qualified(f: &Figure) -> String {
    let qualifier = match f.qualifier {
        Qualifier::Exceeded => words::NUMBERS_MORE_THAN.text(),
        q => q.as_stated(),
    };
    let value = f.display_value();
    if qualifier.is_empty() {
        value
    } else {
        format!("{qualifier} {value}")
    }
}

/// "5 years", "1 year": the length of a figure's period, as the yearly operations use it.
pub(crate) fn years_text(f: &Figure) -> String {
    let years = f
        .period
        .end
        .saturating_sub(f.period.start)
        .saturating_add(1);
    let template = if years == 1 {
        words::NUMBERS_YEAR
    } else {
        words::NUMBERS_YEARS
    };
    fill_with(&template, &[("n", &years.to_string())])
}

/// The operation written out over the inputs, or `None` if an input is missing or their number
/// is not the operation's arity.
fn expression(op: Operation, inputs: &[&Figure]) -> Option<String> {
    if inputs.len() != op.arity() {
        return None;
    }
    let t = |i: usize| input_text(inputs[i]);
    let per_year = |i: usize| format!("({} ÷ {})", t(i), years_text(inputs[i]));
    Some(match op {
        Operation::Sum => format!("{} + {}", t(0), t(1)),
        Operation::Difference => format!("{} − {}", t(0), t(1)),
        Operation::Product => format!("{} × {}", t(0), t(1)),
        Operation::Quotient | Operation::Ratio | Operation::Share | Operation::TotalFromShare => {
            format!("{} ÷ {}", t(0), t(1))
        }
        Operation::PerYear => format!("{} ÷ {}", t(0), years_text(inputs[0])),
        Operation::RatioOfYearlyRates => format!("{} ÷ {}", per_year(0), per_year(1)),
        Operation::RatioToEvenShare => format!("{} ÷ ({} ÷ {})", t(0), t(1), t(2)),
    })
}

impl Derived {
    /// The result with its qualifier in words: "at least RMB 153 billion and less than RMB 306
    /// billion", "more than 20 items per unit", "60 times", "about 62%", or `NO_BOUND`.
    pub fn result_text(&self) -> String {
        result_in(self, Form::Long)
    }

    /// The result for chart annotations: "RMB 153–306 bn", "> 20 a unit", "60×", "≈ 62%",
    /// "< RMB 50 mn a startup", or `NO_BOUND_SHORT`.
    pub fn short_text(&self) -> String {
        result_in(self, Form::Short)
    }

    /// The arithmetic with every input as stated: "RMB 153 billion ÷ more than 50% = at least
    /// RMB 153 billion and less than RMB 306 billion". Empty if an input is missing (the
    /// integrity tests rule that out).
    pub fn arithmetic_text(&self) -> String {
        let inputs: Vec<&Figure> = self.input_figures().collect();
        expression(self.operation, &inputs)
            .map(|e| format!("{e} = {}", self.result_text()))
            .unwrap_or_default()
    }
}

impl Refused {
    /// The arithmetic we refuse, without a result: "RMB 153 billion ÷ more than RMB 310 billion".
    /// Empty if an input is missing (the integrity tests rule that out).
    pub fn arithmetic_text(&self) -> String {
        let inputs: Vec<&Figure> = self.input_figures().collect();
        expression(self.operation, &inputs).unwrap_or_default()
    }
}
