//! Unit tests of the interval arithmetic: open and closed ends, zero, infinity, shares.

use crate::data::{End, Interval, Operand, Operation};
// The operations are the operator traits; method syntax reads better beside the expected values.
use std::ops::{Add, Div, Mul, Sub};

const INF: f64 = f64::INFINITY;

/// An interval from its four numbers; the property tests build theirs with it too.
pub(super) fn iv(lo: f64, lo_closed: bool, hi: f64, hi_closed: bool) -> Interval {
    Interval::new(
        End {
            value: lo,
            closed: lo_closed,
        },
        End {
            value: hi,
            closed: hi_closed,
        },
    )
}

fn no_nan(i: Interval) -> Interval {
    assert!(!i.lo.value.is_nan() && !i.hi.value.is_nan(), "{i:?}");
    assert!(i.lo.value <= i.hi.value, "{i:?}");
    assert!(!(i.lo.closed && i.lo.value.is_infinite()), "{i:?}");
    assert!(!(i.hi.closed && i.hi.value.is_infinite()), "{i:?}");
    i
}

#[test]
fn figures_become_intervals() {
    assert_eq!(Interval::exact(153.0), iv(153.0, true, 153.0, true));
    assert_eq!(Interval::above(3300.0), iv(3300.0, false, INF, false));
    assert_eq!(
        Interval::stated(50.0, true, true),
        iv(50.0, false, 100.0, true)
    );
    assert_eq!(Interval::stated(50.0, false, true), Interval::exact(50.0));
    assert_eq!(Interval::stated(300.0, true, false), Interval::above(300.0));
    // A share stated above 100% cannot be a share: left uncapped, never empty.
    assert_eq!(Interval::stated(120.0, true, true), Interval::above(120.0));
    assert_eq!(Interval::stated(100.0, true, true), Interval::above(100.0));
    assert!(Interval::exact(8.0).is_exact());
    assert!(!Interval::above(8.0).is_exact());
    assert!(Interval::above(8.0).bounded_below() && !Interval::above(8.0).bounded_above());
    assert!(!Interval::unbounded().bounded_below());
}

#[test]
fn infinite_ends_are_never_closed_and_nan_means_no_bound() {
    assert_eq!(
        iv(1.0, true, INF, true),
        iv(1.0, true, INF, false),
        "closed ∞ is opened"
    );
    assert_eq!(iv(f64::NAN, true, f64::NAN, true), Interval::unbounded());
}

#[test]
fn contains_respects_open_and_closed_ends() {
    let i = iv(1.0, false, 2.0, true);
    assert!(!i.contains(1.0) && i.contains(1.5) && i.contains(2.0) && !i.contains(2.5));
    assert!(Interval::above(3.0).contains(1e300) && !Interval::above(3.0).contains(3.0));
}

#[test]
fn sums_and_differences_keep_an_end_closed_only_if_both_are() {
    let a = iv(1.0, true, 2.0, false);
    let b = iv(10.0, true, 20.0, true);
    assert_eq!(a.add(b), iv(11.0, true, 22.0, false));
    assert_eq!(a.sub(b), iv(-19.0, true, -8.0, false));
    assert_eq!(b.sub(a), iv(8.0, false, 19.0, true));
    // One open end is enough to open the sum's end.
    let c = iv(1.0, false, 2.0, true);
    assert_eq!(c.add(b), iv(11.0, false, 22.0, true));
    assert_eq!(
        Interval::exact(42.0).add(Interval::exact(32.0)),
        Interval::exact(74.0)
    );
    // More than 400 plus more than 600: more than 1,000, no upper bound.
    let sum = Interval::above(400.0).add(Interval::above(600.0));
    assert_eq!(sum, Interval::above(1000.0));
    // 168 minus more than 14: less than 154, and no lower bound.
    let diff = Interval::exact(168.0).sub(Interval::above(14.0));
    assert_eq!(diff, iv(-INF, false, 154.0, false));
    // ∞ − ∞ never appears as NaN: unbounded minus unbounded is unbounded.
    let both = no_nan(Interval::unbounded().sub(Interval::unbounded()));
    assert_eq!(both, Interval::unbounded());
    assert_eq!(
        no_nan(Interval::above(1.0).sub(Interval::above(1.0))),
        Interval::unbounded()
    );
}

#[test]
fn products_handle_zero_and_infinity() {
    let a = iv(2.0, true, 3.0, false);
    let b = iv(5.0, false, 7.0, true);
    assert_eq!(a.mul(b), iv(10.0, false, 21.0, false));
    assert_eq!(
        Interval::exact(2.0).mul(iv(5.0, true, 7.0, true)),
        iv(10.0, true, 14.0, true)
    );
    // Exactly zero times anything, even an unbounded quantity, is exactly zero.
    let zero = Interval::exact(0.0);
    assert_eq!(zero.mul(Interval::above(5.0)), zero);
    assert_eq!(Interval::above(5.0).mul(zero), zero);
    // Approaching zero times growing without bound: anything positive.
    let near_zero = iv(0.0, false, 1.0, true);
    assert_eq!(
        no_nan(near_zero.mul(Interval::above(5.0))),
        iv(0.0, false, INF, false)
    );
    // A closed zero end keeps the product's zero closed.
    assert_eq!(
        iv(0.0, true, 1.0, true).mul(Interval::above(5.0)),
        iv(0.0, true, INF, false)
    );
    // Signs: the corners decide.
    let neg = iv(-2.0, true, 3.0, false);
    assert_eq!(
        neg.mul(iv(4.0, true, 5.0, true)),
        iv(-10.0, true, 15.0, false)
    );
    assert_eq!(neg.mul(neg), iv(-6.0, false, 9.0, false));
}

#[test]
fn quotients_of_bounds_bound_only_what_they_can() {
    // A lower bound divided by a lower bound bounds nothing (for positive quantities).
    let avg = Interval::above(3.6).div(Interval::above(3300.0));
    assert_eq!(no_nan(avg), iv(0.0, false, INF, false));
    // A lower bound over an exact count stays a lower bound.
    assert_eq!(
        Interval::above(400.0).div(Interval::exact(20.0)),
        Interval::above(20.0)
    );
    // Exact over a lower bound: an upper bound, open, and nothing above zero below it.
    assert_eq!(
        Interval::exact(3.0).div(Interval::above(60.0)),
        iv(0.0, false, 0.05, false)
    );
    // Total from a part and its share: 153 ÷ (50%, 100%] = [153, 306).
    let share = Interval::stated(50.0, true, true).div(Interval::exact(100.0));
    assert_eq!(share, iv(0.5, false, 1.0, true));
    assert_eq!(
        Interval::exact(153.0).div(share),
        iv(153.0, true, 306.0, false)
    );
    // v / ∞ is 0, never reached unless v is exactly 0.
    assert_eq!(
        iv(1.0, true, 2.0, true).div(iv(4.0, true, INF, false)),
        iv(0.0, false, 0.5, true)
    );
    assert_eq!(
        Interval::exact(0.0).div(Interval::above(4.0)),
        Interval::exact(0.0)
    );
    // Negative divisors mirror positive ones.
    assert_eq!(
        Interval::exact(6.0).div(iv(-3.0, true, -2.0, false)),
        iv(-3.0, false, -2.0, true)
    );
}

#[test]
fn divisors_that_reach_zero_give_no_bound_on_that_side() {
    let to_zero = iv(0.0, false, 5.0, true);
    assert_eq!(
        no_nan(Interval::exact(10.0).div(to_zero)),
        iv(2.0, true, INF, false)
    );
    let closed_zero = iv(0.0, true, 5.0, false);
    assert_eq!(
        no_nan(Interval::exact(10.0).div(closed_zero)),
        iv(2.0, false, INF, false)
    );
    let from_below = iv(-5.0, true, 0.0, false);
    assert_eq!(
        no_nan(Interval::exact(10.0).div(from_below)),
        iv(-INF, false, -2.0, true)
    );
    let across = iv(-1.0, true, 1.0, true);
    assert_eq!(
        no_nan(Interval::exact(10.0).div(across)),
        Interval::unbounded()
    );
    let zero = Interval::exact(0.0);
    assert_eq!(
        no_nan(Interval::exact(10.0).div(zero)),
        Interval::unbounded()
    );
    assert_eq!(
        no_nan(Interval::unbounded().div(zero)),
        Interval::unbounded()
    );
}

#[test]
fn at_most_lowers_only_a_higher_end() {
    let hundred = End::closed(100.0);
    assert_eq!(
        Interval::above(50.0).at_most(hundred),
        iv(50.0, false, 100.0, true)
    );
    assert_eq!(
        Interval::exact(60.0).at_most(hundred),
        Interval::exact(60.0)
    );
    // It never makes an interval empty.
    assert_eq!(
        Interval::above(150.0).at_most(hundred),
        Interval::above(150.0)
    );
}

fn op(v: Interval, years: u16) -> Operand {
    Operand { value: v, years }
}

#[test]
fn operations_compute_what_their_names_say() {
    let e = Interval::exact;
    let apply = |o: Operation, inputs: &[Operand]| o.apply(inputs);
    let share = Interval::stated(50.0, true, true);
    assert_eq!(
        apply(Operation::TotalFromShare, &[op(e(153.0), 1), op(share, 1)]),
        Some(iv(153.0, true, 306.0, false))
    );
    assert_eq!(
        apply(
            Operation::RatioOfYearlyRates,
            &[op(e(168.0), 1), op(e(14.0), 5)]
        ),
        Some(e(60.0))
    );
    assert_eq!(apply(Operation::PerYear, &[op(e(14.0), 5)]), Some(e(2.8)));
    assert_eq!(
        apply(
            Operation::RatioToEvenShare,
            &[op(e(8.0), 1), op(e(13.0), 1), op(e(8.0), 1)]
        ),
        Some(e(8.0 / (13.0 / 8.0)))
    );
    // A share of a total is at most 100%, even when the part is only a lower bound.
    assert_eq!(
        apply(
            Operation::Share,
            &[op(Interval::above(40.0), 1), op(e(80.0), 1)]
        ),
        Some(iv(50.0, false, 100.0, true))
    );
    assert_eq!(
        apply(Operation::Share, &[op(e(8.0), 1), op(e(13.0), 1)]),
        Some(e(800.0 / 13.0))
    );
    // A part stated above its total: no cap that would empty the interval.
    assert_eq!(
        apply(Operation::Share, &[op(e(150.0), 1), op(e(100.0), 1)]),
        Some(e(150.0))
    );
    assert_eq!(apply(Operation::Sum, &[op(e(1.0), 1)]), None, "arity");
    assert_eq!(apply(Operation::PerYear, &[]), None, "arity");
}

#[test]
fn operation_names_round_trip() {
    for o in Operation::ALL {
        assert_eq!(Operation::from_name(o.name()), Some(o));
    }
    assert_eq!(Operation::from_name("mean"), None);
}
