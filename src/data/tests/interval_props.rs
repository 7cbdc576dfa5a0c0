//! Properties of the interval arithmetic, over random intervals (open, closed, infinite ends,
//! zero) and random true values consistent with them.
//!
//! Soundness: the true result of any consistent inputs lies in the computed interval.
//! Tightness: each finite bound of the computed interval is approached by consistent inputs
//! (within rounding), and each infinite one is exceeded by some; a closed end is reached.

use super::interval::iv;
use crate::data::{Interval, Operand, Operation};
use proptest::prelude::*;

/// Random intervals: exact, "more than", percent shares, and general ones; `positive` keeps the
/// lower end at or above zero (divisors, and the report's quantities).
fn interval(positive: bool) -> impl Strategy<Value = Interval> {
    let lo = if positive {
        0.0..1000.0
    } else {
        -1000.0..1000.0
    };
    let start = prop_oneof![1 => Just(0.0), 4 => lo];
    let general = (
        start.clone(),
        any::<bool>(),
        0.01..1000.0,
        any::<bool>(),
        prop::bool::weighted(0.3),
    );
    prop_oneof![
        start.clone().prop_map(Interval::exact),
        start.clone().prop_map(Interval::above),
        (0.0..99.0).prop_map(|v| Interval::stated(v, true, true)),
        general.prop_map(|(lo, lo_closed, width, hi_closed, infinite)| {
            let hi = if infinite { f64::INFINITY } else { lo + width };
            iv(lo, lo_closed, hi, hi_closed)
        }),
    ]
}

/// A value of `i`: an end itself when that end is closed and `at` asks for it, otherwise a
/// point `t` of the way between the ends, kept 1e-6 of the width away from open ends (so that
/// rounding cannot land a true value on an open end). Above an infinite end, up to 10^6 more.
fn pick(i: Interval, t: f64, at: u8) -> f64 {
    let (lo, hi) = (i.lo, i.hi);
    match at {
        0 if lo.closed => return lo.value,
        1 if hi.closed => return hi.value,
        _ if i.is_exact() => return lo.value,
        _ => {}
    }
    let t = 1e-6 + t * (1.0 - 2e-6);
    if hi.value.is_finite() {
        lo.value + (hi.value - lo.value) * t
    } else {
        lo.value + 1e-3 + t * 1e6
    }
}

/// Values of `i` at or next to its ends: the closed ends themselves, a hair inside each end
/// (which also stands in for a divisor's closed zero, which has no quotient), and a huge value
/// for an infinite end. The hair is relative to the end, so that it is never lost to rounding.
fn near_ends(i: Interval) -> Vec<f64> {
    if i.is_exact() {
        return vec![i.lo.value];
    }
    let width = if i.bounded_above() {
        i.hi.value - i.lo.value
    } else {
        1.0
    };
    let hair = |end: f64| 1e-12 * width.max(end.abs());
    let mut values = vec![i.lo.value + hair(i.lo.value)];
    if i.lo.closed {
        values.push(i.lo.value);
    }
    if i.hi.value.is_finite() {
        values.push(i.hi.value - hair(i.hi.value));
        if i.hi.closed {
            values.push(i.hi.value);
        }
    } else {
        values.push(1e12);
    }
    values
}

type Op = fn(f64, f64) -> f64;
type IntervalOp = fn(Interval, Interval) -> Interval;

const OPS: [(&str, Op, IntervalOp); 4] = [
    ("+", |x, y| x + y, |a, b| a + b),
    ("−", |x, y| x - y, |a, b| a - b),
    ("×", |x, y| x * y, |a, b| a * b),
    ("÷", |x, y| x / y, |a, b| a / b),
];

fn close(x: f64, y: f64) -> bool {
    (x - y).abs() <= 1e-5 * (1.0 + y.abs())
}

/// Checks `r` against the results `values` of inputs at or next to the inputs' ends: each lies
/// in `r` (so an end they reach is closed), each finite end of `r` is approached by them and, if
/// closed, reached exactly (an end is the very same float operation on the inputs' ends), and
/// each infinite end is exceeded beyond ±10^6.
fn tight(r: Interval, values: &[f64]) -> Result<(), TestCaseError> {
    for &v in values {
        prop_assert!(r.contains(v), "{v} not in {r:?}");
    }
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if r.lo.value.is_finite() {
        prop_assert!(close(min, r.lo.value), "{:?} not approached: {min}", r.lo);
        prop_assert!(
            !r.lo.closed || min == r.lo.value,
            "{:?} not reached: {min}",
            r.lo
        );
    } else {
        prop_assert!(min < -1e6, "no lower bound, yet the least value is {min}");
    }
    if r.hi.value.is_finite() {
        prop_assert!(close(max, r.hi.value), "{:?} not approached: {max}", r.hi);
        prop_assert!(
            !r.hi.closed || max == r.hi.value,
            "{:?} not reached: {max}",
            r.hi
        );
    } else {
        prop_assert!(max > 1e6, "no upper bound, yet the largest value is {max}");
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn results_hold_every_consistent_true_value(
        a in interval(false),
        b in interval(false),
        divisor in interval(true),
        (s, t) in (0.0..=1.0, 0.0..=1.0),
        (at_a, at_b) in (0u8..4, 0u8..4),
    ) {
        let (x, y) = (pick(a, s, at_a), pick(b, t, at_b));
        for (name, f, g) in &OPS[..3] {
            let r = g(a, b);
            prop_assert!(r.contains(f(x, y)), "{x} {name} {y} = {} not in {r:?}", f(x, y));
        }
        let y = pick(divisor, t, at_b);
        prop_assume!(y != 0.0, "no quotient by zero");
        let r = a / divisor;
        prop_assert!(r.contains(x / y), "{x} ÷ {y} = {} not in {r:?}", x / y);
    }

    #[test]
    fn results_are_as_tight_as_the_inputs_allow(
        a in interval(false),
        b in interval(false),
        divisor in interval(true),
    ) {
        for (name, f, g) in &OPS {
            let b = if *name == "÷" { divisor } else { b };
            let values: Vec<f64> = near_ends(a)
                .into_iter()
                .flat_map(|x| near_ends(b).into_iter().map(move |y| (x, y)))
                // There is no quotient by zero; everything else may take a zero.
                .filter(|&(_, y)| *name != "÷" || y != 0.0)
                .map(|(x, y)| f(x, y))
                .collect();
            prop_assume!(!values.is_empty());
            let r = g(a, b);
            tight(r, &values).map_err(|e| TestCaseError::fail(format!("{a:?} {name} {b:?} = {r:?}: {e}")))?;
        }
    }

    /// The operations derived figures use, on report-like inputs: a part and its share, counts
    /// over periods of different length.
    #[test]
    fn derived_operations_hold_their_true_values(
        (part, count) in (interval(true), interval(true)),
        share in (0.0..99.0).prop_map(|v| Interval::stated(v, true, true)),
        (ya, yb) in (1u16..10, 1u16..10),
        (s, t) in (0.0..=1.0, 0.0..=1.0),
        (at_a, at_b) in (0u8..4, 0u8..4),
    ) {
        let operand = |value, years| Operand { value, years };
        let (x, p) = (pick(part, s, at_a), pick(share, t, at_b));
        let total = Operation::TotalFromShare.apply(&[operand(part, 1), operand(share, 1)]);
        let truth = x / (p / 100.0);
        prop_assert!(total.is_some_and(|r| r.contains(truth)), "{truth} not in {total:?}");

        let y = pick(count, t, at_b);
        prop_assume!(y != 0.0, "no rate against a zero count");
        let rates = Operation::RatioOfYearlyRates.apply(&[operand(part, ya), operand(count, yb)]);
        // (x ÷ ya) ÷ (y ÷ yb), in the operation's own order of rounding.
        let truth = (x * f64::from(yb)) / (y * f64::from(ya));
        prop_assert!(rates.is_some_and(|r| r.contains(truth)), "{truth} not in {rates:?}");
    }
}
