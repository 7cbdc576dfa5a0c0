//! Numbers for readers: no locale, commas between thousands, a fixed number of decimals at most.
//!
//! Integer arithmetic only, so that core's float formatting stays out of the WebAssembly (the
//! same reason as `vendor/plotters-svg`). The one number formatter: chart labels print the
//! report's own `value_text`, and our arithmetic's results come through here.

/// Which way to round. Bounds are rounded outwards (a lower bound down, an upper bound up), so
/// that a rounded bound is still true; exact values to the nearest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rounding {
    Nearest,
    Down,
    Up,
}

/// Relative distance below which a float counts as already round: 0.51 × 1,000 is
/// 510.00000000000006 in floats, and must not become 511 when rounded up.
const SNAP: f64 = 1e-9;

/// Beyond this the scaled value would not fit the integer arithmetic; such magnitudes (far from
/// anything the report's figures can produce) are written as infinite.
const LARGEST: f64 = 1.0e18;

/// More decimals than this would overflow the scale; the UI uses 0 to 2.
const MAX_DECIMALS: u8 = 12;

/// `v` with at most `decimals` decimals, trailing zeros dropped, and whether that text differs
/// from `v` (so that the caller can say "about"). Infinities read "∞"; NaN reads "?" (never
/// produced by `Interval`, but this must not panic).
/// `decimals` above 12 count as 12.
pub fn fmt_decimal(v: f64, decimals: u8, rounding: Rounding) -> (String, bool) {
    match digits(v, decimals, rounding) {
        Digits::Finite {
            negative,
            whole,
            frac,
            rounded,
        } => {
            let sign = if negative { "−" } else { "" };
            let point = if frac.is_empty() { "" } else { "." };
            (
                format!("{sign}{}{point}{frac}", group_thousands(whole)),
                rounded,
            )
        }
        Digits::Infinite { negative } => ((if negative { "−∞" } else { "∞" }).into(), false),
        Digits::Nan => ("?".into(), true),
    }
}

/// `v` for machines (exports): nearest, ASCII minus, no thousands separators; `None` for an
/// infinite or NaN value (which an export writes as an empty cell or null).
pub fn plain_decimal(v: f64, decimals: u8) -> Option<String> {
    match digits(v, decimals, Rounding::Nearest) {
        Digits::Finite {
            negative,
            whole,
            frac,
            ..
        } => {
            let sign = if negative { "-" } else { "" };
            let point = if frac.is_empty() { "" } else { "." };
            Some(format!("{sign}{whole}{point}{frac}"))
        }
        _ => None,
    }
}

enum Digits {
    Finite {
        negative: bool,
        whole: i64,
        /// The decimals after the point, trailing zeros dropped; empty for a whole number.
        frac: String,
        rounded: bool,
    },
    Infinite {
        negative: bool,
    },
    Nan,
}

fn digits(v: f64, decimals: u8, rounding: Rounding) -> Digits {
    if v.is_nan() {
        return Digits::Nan;
    }
    let decimals = decimals.min(MAX_DECIMALS);
    let scale = 10_f64.powi(i32::from(decimals));
    let x = v * scale;
    if !x.is_finite() || x.abs() > LARGEST {
        return Digits::Infinite { negative: v < 0.0 };
    }
    let nearest = x.round();
    let snapped = (x - nearest).abs() <= SNAP * x.abs().max(1.0);
    let n = match rounding {
        _ if snapped => nearest,
        Rounding::Nearest => nearest,
        Rounding::Down => x.floor(),
        Rounding::Up => x.ceil(),
    };
    // |n| ≤ LARGEST < i64::MAX, so the cast does not saturate. (i64 rather than i128: 128-bit
    // division would add its own code to the WebAssembly.)
    let n = n as i64;
    let unit = 10_i64.pow(u32::from(decimals));
    let frac = n.abs() % unit;
    let frac = if frac == 0 {
        String::new()
    } else {
        let digits = frac.to_string();
        let zeros = "0".repeat(usize::from(decimals).saturating_sub(digits.len()));
        (zeros + &digits).trim_end_matches('0').to_string()
    };
    Digits::Finite {
        negative: n < 0,
        whole: n.abs() / unit,
        frac,
        rounded: !snapped,
    }
}

/// "1,234,567" from 1234567.
fn group_thousands(n: i64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}
