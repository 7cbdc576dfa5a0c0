//! Which band, row and (for a span) gutter each event takes: plain numbers from the data alone, worked out
//! once per run; `layout` turns them into pixels for a width.

use crate::data::{content, Dating, Event};

/// Marker shape, from how the report dates the event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Shape {
    /// One year: a diamond centred in its year band.
    Point,
    /// Several years (2012–2016): a bar across its year bands.
    Span,
    /// No date, holds by the report's time: a circle in the "by 2018" zone after the years.
    Undated,
}

/// An event on the time axis. Bands are year columns (or rows), a run of quiet years sharing one
/// (`Plan::bands`); the "by 2018" zone is one extra band after the last dated one.
#[derive(Clone, Copy, Debug)]
pub(super) struct Slot {
    pub event: &'static Event,
    pub shape: Shape,
    pub band0: u16,
    /// Exclusive.
    pub band1: u16,
    /// Vertical, spans only: the gutter it shares with spans that do not overlap it (greedy
    /// colouring), left of the single-year markers; 0 for the others.
    pub lane: usize,
    /// Its own row, in time order, its title written beside it.
    pub row: usize,
}

#[derive(Debug)]
pub(super) struct Plan {
    /// The years of each dated band, first and last: one year each, except that a run of two or
    /// more quiet years (no event dated in them, no span ending in them: 2012–2014, which only
    /// the university's before-period crosses) shares one band, so empty years do not take most
    /// of the axis. Their label says which years they hold.
    pub bands: Vec<(u16, u16)>,
    /// For each band, whether only years we worked out put it on the axis: no event the report
    /// dates falls in it. Its label then carries the inferred-year mark, as the events' dates do.
    pub inferred: Vec<bool>,
    /// Number of dated bands; the undated zone is band `years`.
    pub years: u16,
    /// Gutters the spans need, side by side (0 without spans).
    pub span_lanes: usize,
    pub slots: Vec<Slot>,
}

impl Plan {
    /// The label of a dated band: "2015", or "2012–2014*" for quiet years that share one, marked
    /// where only years we worked out put the band there (`inferred`).
    pub fn band_label(&self, band: u16) -> String {
        let i = usize::from(band);
        let mark = if self.inferred.get(i).copied().unwrap_or(false) {
            content::NUMBERS_INFERRED_MARK.text()
        } else {
            ""
        };
        match self.bands.get(i) {
            Some(&(a, b)) if a == b => format!("{a}{mark}"),
            Some(&(a, b)) => format!("{a}–{b}{mark}"),
            None => String::new(),
        }
    }

    /// Plans the events `shown` keeps, a row each in time order, so that a filter leaves no
    /// blank rows; the axis (its bands) comes from all `events`, so it stays put.
    pub fn new(events: &'static [Event], shown: &dyn Fn(&Event) -> bool) -> Plan {
        let dated = events.iter().filter(|e| e.period.dating != Dating::Undated);
        let first_year = dated.clone().map(|e| e.period.start).min().unwrap_or(2018);
        let last_year = dated
            .clone()
            .map(|e| e.period.end)
            .max()
            .unwrap_or(first_year);
        let quiet = |y: u16| {
            !dated.clone().any(|e| {
                let p = e.period;
                (p.start == p.end && p.start == y) || (p.start != p.end && p.end == y)
            })
        };
        let mut bands: Vec<(u16, u16)> = Vec::new();
        let mut y = first_year;
        while y <= last_year {
            let mut z = y;
            while quiet(y) && z < last_year && quiet(z + 1) {
                z += 1;
            }
            bands.push((y, z));
            y = z + 1;
        }
        let band_of = |year: u16| {
            let i = bands.iter().position(|&(a, b)| a <= year && year <= b);
            i.unwrap_or(0) as u16
        };
        let years = bands.len() as u16;
        let inferred = (bands.iter())
            .map(|&(a, b)| {
                !dated.clone().any(|e| {
                    e.period.dating == Dating::Stated && e.period.start <= b && a <= e.period.end
                })
            })
            .collect();
        // Greedy interval colouring of the spans in time order: each takes the lowest gutter that
        // is free at its first band. Deterministic, and optimal for intervals sorted by start.
        let mut lane_ends: Vec<u16> = Vec::new();
        let slots = events
            .iter()
            .filter(|e| shown(e))
            .enumerate()
            .map(|(row, event)| {
                let p = event.period;
                let (shape, band0, band1) = match p.dating {
                    Dating::Undated => (Shape::Undated, years, years + 1),
                    _ => {
                        let b0 = band_of(p.start);
                        let b1 = band_of(p.end).max(b0) + 1;
                        let shape = if p.end > p.start {
                            Shape::Span
                        } else {
                            Shape::Point
                        };
                        (shape, b0, b1)
                    }
                };
                let lane = if shape == Shape::Span {
                    let lane = match lane_ends.iter().position(|&end| end <= band0) {
                        Some(free) => free,
                        None => {
                            lane_ends.push(0);
                            lane_ends.len() - 1
                        }
                    };
                    lane_ends[lane] = band1;
                    lane
                } else {
                    0
                };
                Slot {
                    event,
                    shape,
                    band0,
                    band1,
                    lane,
                    row,
                }
            })
            .collect();
        Plan {
            bands,
            inferred,
            years,
            span_lanes: lane_ends.len(),
            slots,
        }
    }
}
