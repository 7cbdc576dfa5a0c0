//! Intervals with open or closed ends: what a figure's qualifier lets us say about its true value,
//! and what survives arithmetic on such figures.
//!
//! An exact figure is `[v, v]`; "more than", "over" or "exceeded" v is `(v, ∞)`; a percent share
//! "more than" v is `(v, 100]` (percent points, not fractions: 50% is 50.0). An end that the true
//! value can take is closed, one it only approaches is open; infinite ends are always open.
//!
//! Self-contained on purpose (no `crate::` or `super::` paths): `build.rs` includes this very file
//! with `#[path]` and computes the derived figures with it, so the arithmetic is written once and
//! no result is ever typed by hand.
//!
//! Every interval built here is non-empty, and no operation panics or yields NaN: an undefined
//! end (∞ − ∞, 0 × ∞ that no corner settles, division by zero) becomes an open infinite end,
//! which is always a true statement ("no bound on this side").

/// One end of an interval. `closed` says whether the true value may equal `value`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct End {
    pub value: f64,
    pub closed: bool,
}

impl End {
    pub const fn closed(value: f64) -> End {
        End {
            value,
            closed: true,
        }
    }

    pub const fn open(value: f64) -> End {
        End {
            value,
            closed: false,
        }
    }

    /// Keeps the invariants: NaN becomes `fallback` (an infinity), infinite ends are open.
    fn normal(self, fallback: f64) -> End {
        let value = if self.value.is_nan() {
            fallback
        } else {
            self.value
        };
        End {
            value,
            closed: self.closed && value.is_finite(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    pub lo: End,
    pub hi: End,
}

/// The largest a share of a total can be, in percent.
pub const WHOLE_PERCENT: f64 = 100.0;

impl Interval {
    /// Normalises both ends: a NaN lower end means "no lower bound", a NaN upper end "no upper".
    pub fn new(lo: End, hi: End) -> Interval {
        Interval {
            lo: lo.normal(f64::NEG_INFINITY),
            hi: hi.normal(f64::INFINITY),
        }
    }

    /// Exactly `v`: `[v, v]`.
    pub fn exact(v: f64) -> Interval {
        Interval::new(End::closed(v), End::closed(v))
    }

    /// More than `v`, with no upper bound: `(v, ∞)`.
    pub fn above(v: f64) -> Interval {
        Interval::new(End::open(v), End::open(f64::INFINITY))
    }

    /// Nothing known: `(-∞, ∞)`.
    pub fn unbounded() -> Interval {
        Interval::new(End::open(f64::NEG_INFINITY), End::open(f64::INFINITY))
    }

    /// A figure as the report states it: `value`, a lower bound if the report says "more than"
    /// (or "over", "exceeded"), and capped at 100% if it is a share of a total in percent. A
    /// share stated as more than 100% cannot be a share, so it is left uncapped rather than empty.
    pub fn stated(value: f64, lower_bound: bool, share_percent: bool) -> Interval {
        match (lower_bound, share_percent && value < WHOLE_PERCENT) {
            (false, _) => Interval::exact(value),
            (true, false) => Interval::above(value),
            (true, true) => Interval::new(End::open(value), End::closed(WHOLE_PERCENT)),
        }
    }

    pub fn is_exact(&self) -> bool {
        self.lo.closed && self.hi.closed && self.lo.value == self.hi.value
    }

    pub fn bounded_below(&self) -> bool {
        self.lo.value.is_finite()
    }

    pub fn bounded_above(&self) -> bool {
        self.hi.value.is_finite()
    }

    /// Whether `x` is a value the interval allows (used by tests and the integrity checks).
    pub fn contains(&self, x: f64) -> bool {
        let above_lo = x > self.lo.value || (self.lo.closed && x == self.lo.value);
        let below_hi = x < self.hi.value || (self.hi.closed && x == self.hi.value);
        above_lo && below_hi
    }

    /// `self` with its upper end lowered to `hi` when it lies above: what a share of a total (at
    /// most 100%) keeps of a quotient. Returns `self` unchanged if that would leave it empty.
    pub fn at_most(self, hi: End) -> Interval {
        let lower = hi.value < self.hi.value || (hi.value == self.hi.value && !hi.closed);
        let empty = hi.value < self.lo.value
            || (hi.value == self.lo.value && !(hi.closed && self.lo.closed));
        if lower && !empty {
            Interval::new(self.lo, hi)
        } else {
            self
        }
    }
}

// The four operations as operators: `a + b`, `a - b`, `a * b`, `a / b`.

impl std::ops::Add for Interval {
    type Output = Interval;

    /// `self + other`. An end is closed only if both ends it comes from are.
    fn add(self, other: Interval) -> Interval {
        Interval::new(
            End {
                value: self.lo.value + other.lo.value,
                closed: self.lo.closed && other.lo.closed,
            },
            End {
                value: self.hi.value + other.hi.value,
                closed: self.hi.closed && other.hi.closed,
            },
        )
    }
}

impl std::ops::Sub for Interval {
    type Output = Interval;

    /// `self - other`: the smallest difference takes the largest subtrahend, and vice versa.
    fn sub(self, other: Interval) -> Interval {
        Interval::new(
            End {
                value: self.lo.value - other.hi.value,
                closed: self.lo.closed && other.hi.closed,
            },
            End {
                value: self.hi.value - other.lo.value,
                closed: self.hi.closed && other.lo.closed,
            },
        )
    }
}

impl std::ops::Mul for Interval {
    type Output = Interval;

    /// `self × other`, for any signs: the extremes of a product are at the corners.
    fn mul(self, other: Interval) -> Interval {
        let corners = [
            corner_product(self.lo, other.lo),
            corner_product(self.lo, other.hi),
            corner_product(self.hi, other.lo),
            corner_product(self.hi, other.hi),
        ];
        hull(&corners)
    }
}

impl std::ops::Div for Interval {
    type Output = Interval;

    /// `self ÷ other`. A divisor that keeps away from zero gives the corner quotients; one that
    /// reaches zero from one side makes the quotient as large as you like (no bound on that
    /// side; the divisor's own zero, if closed, has no quotient and is left out), and one that
    /// holds zero inside, or is exactly zero, bounds nothing.
    fn div(self, other: Interval) -> Interval {
        let (lo, hi) = (other.lo.value, other.hi.value);
        // Which way a quotient by a divisor near zero runs off: +∞ for a divisor just above 0.
        let zero_side = if lo == 0.0 && hi > 0.0 {
            1.0
        } else if hi == 0.0 && lo < 0.0 {
            -1.0
        } else if lo > 0.0 || hi < 0.0 {
            0.0 // unused: no end of the divisor is zero
        } else {
            return Interval::unbounded();
        };
        // Each quotient computed directly (not as a product with 1/b), so that a closed end is
        // exactly the quotient a reader would compute from the ends.
        let corners = [
            corner_quotient(self.lo, other.lo, zero_side),
            corner_quotient(self.lo, other.hi, zero_side),
            corner_quotient(self.hi, other.lo, zero_side),
            corner_quotient(self.hi, other.hi, zero_side),
        ];
        hull(&corners)
    }
}

/// The product at one corner. A factor that can be exactly 0 makes the product exactly 0,
/// whatever the other (even an unbounded end); 0 approached times ∞ is settled by the other
/// corners, so it contributes an open 0, which is always within their hull.
fn corner_product(a: End, b: End) -> End {
    let zero = |e: End| e.value == 0.0;
    if zero(a) || zero(b) {
        let closed = (zero(a) && a.closed) || (zero(b) && b.closed);
        return End { value: 0.0, closed };
    }
    End {
        value: a.value * b.value,
        closed: a.closed && b.closed,
    }
}

/// The quotient at one corner. A dividend end of exactly 0 gives 0 (closed if that 0 is), for
/// every value of the divisor, its own zero aside. x/∞ = 0, never reached; ∞/∞ is settled by
/// the other corners, so it contributes an open 0, which the corner x/∞ of the finite end x
/// already gives. A divisor end of 0 is approached from `zero_side` (+1 from above, −1 from
/// below): x/0 runs off to an infinity of the sign of x.
fn corner_quotient(a: End, b: End, zero_side: f64) -> End {
    // An exact 0 divided by any of the divisor's values is exactly 0.
    if a.value == 0.0 {
        return End {
            value: 0.0,
            closed: a.closed,
        };
    }
    if b.value.is_infinite() {
        return End::open(0.0);
    }
    if b.value == 0.0 {
        return End::open(a.value.signum() * zero_side * f64::INFINITY);
    }
    End {
        value: a.value / b.value,
        closed: a.closed && b.closed,
    }
}

/// The smallest interval holding every corner: an extreme is closed if any corner that reaches
/// it is closed.
fn hull(corners: &[End]) -> Interval {
    let mut lo = End::open(f64::INFINITY);
    let mut hi = End::open(f64::NEG_INFINITY);
    for &c in corners {
        let c = c.normal(f64::NAN);
        if c.value.is_nan() {
            // An undefined corner: no bound on either side (never happens for the corners above).
            return Interval::unbounded();
        }
        if c.value < lo.value || (c.value == lo.value && c.closed) {
            lo = c;
        }
        if c.value > hi.value || (c.value == hi.value && c.closed) {
            hi = c;
        }
    }
    Interval::new(lo, hi)
}
