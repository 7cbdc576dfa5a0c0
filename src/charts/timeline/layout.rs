//! Where each event of the timeline goes, as plain numbers: the drawing code and the marks both
//! read positions from here, so a hit target can never drift from the marker it stands for.
//!
//! Both orientations give every event a row of its own with its title written beside its marker,
//! so the events themselves are what the chart shows. Wide (from 600 px): time runs left to
//! right, titles in a column left of the axis. Narrow: time runs down, a row per event under its
//! year, like a table: year label, marker, title.

use super::plan::{Plan, Shape, Slot};
use super::Orientation;

/// Edge padding, px.
const PAD: f64 = 12.0;
/// Row height of the horizontal layout: two lines of a 13 px title, more than a 24 px hit target
/// plus a 28 px selection ring.
const LANE_H: f64 = 36.0;
/// Horizontal: the share of the width the events' titles take, left of the time axis.
const TITLE_SHARE: f64 = 0.4;
/// Room under the lanes for the year labels and the zone's second line ("undated").
const AXIS_H: f64 = 44.0;
/// Vertical: the year labels' column, wide enough for "2012–2014" at 13 px.
const LABEL_W: f64 = 80.0;
/// Vertical: a row's least height (the 28 px selection ring and its stroke), and the room above
/// and below its title's lines.
const ROW_V: f64 = 32.0;
const ROW_PAD: f64 = 3.0;
/// Vertical: the height of a band no event starts in (only a span crosses it).
const BAND_MIN: f64 = 24.0;
/// Line spacing of an event's title, px.
const TITLE_LINE: i32 = 16;
/// Half the side of a mark's hit box (24 px, the WCAG 2.2 minimum target size).
pub(super) const HIT: i32 = 12;

/// The pixel mapping for one width and orientation.
#[derive(Debug)]
pub(super) struct Geometry {
    pub orientation: Orientation,
    pub width: u32,
    pub height: u32,
    /// Pixel along the time axis of each band's start, and of the last band's end.
    edges: Vec<f64>,
    /// Each row's start and end across the time axis (Horizontal) or along it (Vertical).
    rows: Vec<(f64, f64)>,
    /// Extent of the drawing across the time axis (year rules and the zone span it).
    across: (f64, f64),
    /// Vertical: the centre of the single-year markers' column, the spans' gutters left of it.
    marker_x: f64,
    /// Where the titles start, and each event's title as lines (by row).
    title_x: f64,
    pub titles: Vec<Vec<String>>,
}

/// A marker's centre and half extents in whole pixels; everything drawn or reported derives here.
#[derive(Clone, Copy, Debug)]
pub(super) struct Placed {
    pub slot: Slot,
    pub cx: i32,
    pub cy: i32,
    pub hx: i32,
    pub hy: i32,
}

impl Placed {
    /// The hit box: the marker grown to at least 24 × 24 px. (x0, y0, x1, y1).
    pub fn hit_box(&self) -> (i32, i32, i32, i32) {
        let (hx, hy) = (self.hx.max(HIT), self.hy.max(HIT));
        (self.cx - hx, self.cy - hy, self.cx + hx, self.cy + hy)
    }
}

/// An event's title in at most `max` lines of `width` px; what does not fit ends in "…".
fn title_lines(title: &str, width: f64, max: usize) -> Vec<String> {
    let mut lines = crate::charts::text::wrap(title, super::LABEL_PX, false, width);
    if lines.len() > max {
        let mut last = lines[max - 1].clone();
        last.push('…');
        lines.truncate(max - 1);
        lines.push(last);
    }
    lines
}

impl Geometry {
    pub fn new(width: u32, orientation: Orientation, plan: &Plan) -> Geometry {
        let w = f64::from(width);
        let vertical = orientation == Orientation::Vertical;
        // Vertical: the spans' gutters (one per overlapping span) left of the markers' column,
        // so a bar that crosses years runs beside the events of those years, not through them.
        let hit = f64::from(2 * HIT);
        let marker_x = LABEL_W + hit * plan.span_lanes as f64 + hit / 2.0;
        let (title_x, title_w, max_lines) = if vertical {
            let x = marker_x + hit / 2.0 + 6.0;
            (x, w - PAD / 2.0 - x, 3)
        } else {
            (PAD, ((w - 2.0 * PAD) * TITLE_SHARE).round(), 2)
        };
        // One row per event, in time order (the slots' order). Vertical: the rows are as tall
        // as their titles, and each band holds the rows of the events that start in it, a band
        // no event starts in (only a span crosses it) a little room of its own.
        let (mut titles, mut rows, mut edges) = (Vec::new(), Vec::new(), Vec::new());
        let top = PAD / 2.0;
        let mut y = top;
        let band_edge = |edges: &mut Vec<f64>, y: &mut f64| {
            if edges.last() == Some(y) {
                *y += BAND_MIN;
            }
            edges.push(*y);
        };
        for slot in &plan.slots {
            let lines = title_lines(&slot.event.title, title_w, max_lines);
            let mut h = LANE_H;
            if vertical {
                while edges.len() <= usize::from(slot.band0) {
                    band_edge(&mut edges, &mut y);
                }
                h = (f64::from(TITLE_LINE) * lines.len() as f64 + 2.0 * ROW_PAD).max(ROW_V);
            }
            rows.push((y, y + h));
            titles.push(lines);
            y += h;
        }
        let bands = usize::from(plan.years) + 2;
        let (height, across) = if vertical {
            while edges.len() < bands {
                band_edge(&mut edges, &mut y);
            }
            (y + PAD / 2.0, (top, w - PAD / 2.0))
        } else {
            // Wide: the year bands share what the titles' column leaves, evenly.
            let time0 = PAD + title_w + PAD;
            let band = (w - PAD - time0) / (bands - 1) as f64;
            for b in 0..bands {
                edges.push(time0 + b as f64 * band);
            }
            (y + AXIS_H, (top, y))
        };
        Geometry {
            orientation,
            width,
            height: height.ceil() as u32,
            edges,
            rows,
            across,
            marker_x,
            title_x,
            titles,
        }
    }

    /// Pixel along the time axis where band `band` starts (the zone's end for the last + 1).
    fn time_px(&self, band: u16) -> f64 {
        self.edges[usize::from(band).min(self.edges.len() - 1)]
    }

    /// Time and across coordinates → (x, y).
    fn xy(&self, time: f64, across: f64) -> (i32, i32) {
        let (t, a) = (time.round() as i32, across.round() as i32);
        match self.orientation {
            Orientation::Horizontal => (t, a),
            Orientation::Vertical => (a, t),
        }
    }

    fn row_mid(&self, row: usize) -> f64 {
        let (a, b) = self.rows[row];
        (a + b) / 2.0
    }

    pub fn place(&self, slot: Slot) -> Placed {
        let (t0, t1) = (self.time_px(slot.band0), self.time_px(slot.band1));
        let band_mid = (t0 + t1) / 2.0;
        let hit = f64::from(2 * HIT);
        let (time, across) = match (self.orientation, slot.shape) {
            (Orientation::Horizontal, _) => (band_mid, self.row_mid(slot.row)),
            (Orientation::Vertical, Shape::Span) => {
                (band_mid, LABEL_W + hit * slot.lane as f64 + hit / 2.0)
            }
            (Orientation::Vertical, _) => (self.row_mid(slot.row), self.marker_x),
        };
        let (cx, cy) = self.xy(time, across);
        // Bars stop 10 px short of their bands' edges so neighbouring years stay apart.
        let along = match slot.shape {
            Shape::Span => ((t1 - t0 - 20.0).max(16.0) / 2.0).round() as i32,
            Shape::Point => 9,
            Shape::Undated => 8,
        };
        let across = if slot.shape == Shape::Span { 6 } else { along };
        let (hx, hy) = match self.orientation {
            Orientation::Horizontal => (along, across),
            Orientation::Vertical => (across, along),
        };
        Placed {
            slot,
            cx,
            cy,
            hx,
            hy,
        }
    }

    /// Corners of a band across the drawing (for the zone's shading).
    pub fn band_rect(&self, band: u16) -> [(i32, i32); 2] {
        [
            self.xy(self.time_px(band), self.across.0),
            self.xy(self.time_px(band + 1), self.across.1),
        ]
    }

    /// The line between band `band - 1` and band `band`, across the drawing.
    pub fn boundary(&self, band: u16) -> [(i32, i32); 2] {
        let t = self.time_px(band);
        [self.xy(t, self.across.0), self.xy(t, self.across.1)]
    }

    /// The table's hairline between two events' neighbouring rows: from the titles' edge to the
    /// drawing's when horizontal; when vertical, right of the year labels and only inside a
    /// band (a year rule parts the bands).
    pub fn rule_between(&self, a: &Slot, b: &Slot) -> Option<[(i32, i32); 2]> {
        let y = self.rows[a.row].1.round() as i32;
        let (w, pad) = (self.width as i32, PAD as i32);
        match self.orientation {
            Orientation::Horizontal => Some([(pad, y), (w - pad, y)]),
            Orientation::Vertical => {
                (a.band0 == b.band0).then_some([(LABEL_W as i32, y), (w - pad / 2, y)])
            }
        }
    }

    /// Where line `line` of a placed event's title goes (its left end, the line's middle): the
    /// lines centred on its row.
    pub fn title_at(&self, p: &Placed, line: usize) -> (i32, i32) {
        let lines = self.titles[p.slot.row].len() as f64;
        let first = self.row_mid(p.slot.row) - f64::from(TITLE_LINE) * (lines - 1.0) / 2.0;
        let y = first + f64::from(TITLE_LINE) * line as f64;
        (self.title_x as i32, y.round() as i32)
    }

    /// Anchor point of line `line` of a band's label: under the axis, centred on the band
    /// (Horizontal, anchored at the text's top), or in the label column beside the band's first
    /// row, like a table's group label (Vertical, anchored at each line's middle).
    pub fn label_at(&self, band: u16, line: i32) -> (i32, i32) {
        let (start, end) = (self.time_px(band), self.time_px(band + 1));
        let mid = (start + end) / 2.0;
        match self.orientation {
            Orientation::Horizontal => (mid.round() as i32, self.across.1 as i32 + 6 + 16 * line),
            Orientation::Vertical => {
                let first = (start + ROW_V / 2.0).min(mid).round() as i32;
                (PAD as i32 / 2, first + TITLE_LINE * line)
            }
        }
    }
}
