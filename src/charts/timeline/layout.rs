//! Where each event of the timeline goes, as plain numbers: the drawing code and the marks both
//! read positions from here, so a hit target can never drift from the marker it stands for.

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
/// Vertical: the year labels' column, wide enough for "2011–2014" at 13 px.
const LABEL_W: f64 = 80.0;
/// Vertical: height of one year band, more than a hit target.
const BAND_V: f64 = 40.0;
/// Half the side of a mark's hit box (24 px, the WCAG 2.2 minimum target size).
pub(super) const HIT: i32 = 12;

/// The pixel mapping for one width and orientation.
#[derive(Clone, Copy, Debug)]
pub(super) struct Geometry {
    pub orientation: Orientation,
    pub width: u32,
    pub height: u32,
    /// Pixel of band 0's start along the time axis, and pixels per band.
    time0: f64,
    band: f64,
    /// Pixel of lane 0's centre across the time axis, and pixels per lane.
    lane0: f64,
    lane_step: f64,
    /// Extent of the lane area across the time axis (grid lines and the zone span it).
    across: (f64, f64),
    /// Horizontal: the width of the titles' column, left of the axis (0 when vertical).
    pub title_w: f64,
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

impl Geometry {
    pub fn new(width: u32, orientation: Orientation, plan: &Plan) -> Geometry {
        let bands = f64::from(plan.years + 1);
        let lanes = plan.lanes as f64;
        let w = f64::from(width);
        let mut title_w = 0.0;
        let (time0, band, lane0, lane_step, across, height) = match orientation {
            Orientation::Horizontal => {
                // One row per event: its title on the left, its marker on the axis to the right,
                // so the events themselves are what the chart shows.
                let top = PAD / 2.0;
                let bottom = top + plan.rows as f64 * LANE_H;
                title_w = ((w - 2.0 * PAD) * TITLE_SHARE).round();
                let time0 = PAD + title_w + PAD;
                let band = (w - PAD - time0) / bands;
                (
                    time0,
                    band,
                    top + LANE_H / 2.0,
                    LANE_H,
                    (top, bottom),
                    bottom + AXIS_H,
                )
            }
            Orientation::Vertical => {
                // Lanes share what the label column leaves, capped so wide phones don't spread
                // the markers far from their year labels.
                let step = ((w - LABEL_W - PAD / 2.0) / lanes).min(72.0);
                let right = LABEL_W + step * lanes;
                let height = PAD + bands * BAND_V + PAD;
                (
                    PAD,
                    BAND_V,
                    LABEL_W + step / 2.0,
                    step,
                    // The year rules run under the labels too, like a table's rows: the drawing
                    // spans its width, and each label sits in its band.
                    (PAD / 2.0, right),
                    height,
                )
            }
        };
        Geometry {
            orientation,
            width,
            height: height.ceil() as u32,
            time0,
            band,
            lane0,
            lane_step,
            across,
            title_w,
        }
    }

    /// Pixel along the time axis of a band boundary (or a fraction of a band).
    fn time_px(&self, band: f64) -> f64 {
        self.time0 + band * self.band
    }

    /// Time and across coordinates → (x, y).
    fn xy(&self, time: f64, across: f64) -> (i32, i32) {
        let (t, a) = (time.round() as i32, across.round() as i32);
        match self.orientation {
            Orientation::Horizontal => (t, a),
            Orientation::Vertical => (a, t),
        }
    }

    pub fn place(&self, slot: Slot) -> Placed {
        let mid = self.time_px((f64::from(slot.band0) + f64::from(slot.band1)) / 2.0);
        let lane = match self.orientation {
            Orientation::Horizontal => slot.row,
            Orientation::Vertical => slot.lane,
        };
        let (cx, cy) = self.xy(mid, self.lane0 + lane as f64 * self.lane_step);
        // Bars stop 10 px short of their bands' edges so neighbouring years stay apart.
        let along = match slot.shape {
            Shape::Span => {
                let len = (f64::from(slot.band1 - slot.band0) * self.band - 20.0).max(16.0);
                (len / 2.0).round() as i32
            }
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

    /// Corners of a band across the lane area (for the zone's shading).
    pub fn band_rect(&self, band: u16) -> [(i32, i32); 2] {
        let b = f64::from(band);
        [
            self.xy(self.time_px(b), self.across.0),
            self.xy(self.time_px(b + 1.0), self.across.1),
        ]
    }

    /// The line between band `band - 1` and band `band`, across the lane area.
    pub fn boundary(&self, band: u16) -> [(i32, i32); 2] {
        let t = self.time_px(f64::from(band));
        [self.xy(t, self.across.0), self.xy(t, self.across.1)]
    }

    /// Horizontal: the hairline under row `row`, from the titles' edge to the drawing's.
    pub fn row_rule(&self, row: usize) -> [(i32, i32); 2] {
        let y = (self.across.0 + (row as f64 + 1.0) * self.lane_step).round() as i32;
        [(PAD as i32, y), (self.width as i32 - PAD as i32, y)]
    }

    /// Horizontal: the left end of the middle of a placed event's row, where its title goes.
    pub fn title_at(&self, p: &Placed) -> (i32, i32) {
        (PAD as i32, p.cy)
    }

    /// Anchor point of line `line` of `lines` of a band's label: under the axis, centred on the
    /// band (Horizontal, anchored at the text's top), or in the label column, the lines centred
    /// on the band (Vertical, anchored at each line's middle).
    pub fn label_at(&self, band: u16, line: i32, lines: i32) -> (i32, i32) {
        let mid = self.time_px(f64::from(band) + 0.5).round() as i32;
        match self.orientation {
            Orientation::Horizontal => (mid, self.across.1 as i32 + 6 + 16 * line),
            Orientation::Vertical => (PAD as i32 / 2, mid + 16 * line - 8 * (lines - 1)),
        }
    }
}
