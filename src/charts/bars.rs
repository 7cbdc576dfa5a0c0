//! Horizontal bars, one row per figure, with the row's name above its bar and the value after
//! it, on a linear axis that starts at zero (a bar's length is its value: no log axis, where
//! length means nothing). Used by the SWJTU chart.
//! Names sit above the bars (not in a left gutter) so long names wrap instead of squeezing the
//! bars at 288 px.

use plotters::prelude::*;

use super::style::{
    draw_texts, fit_plot_width, fmt_number, line, svg_string, value_bar, Area, DrawResult, Font,
    Placed, Px, Role, PAD,
};
use super::{Annotation, ChartOutput, Mark, Theme};
use crate::data::Figure;

pub struct Row {
    pub figure: &'static Figure,
    /// Bold line that starts a group of rows (a stage of a pipeline).
    pub heading: Option<String>,
    pub name: String,
    pub value: f64,
    pub value_label: String,
    pub mark_label: String,
    /// Small text under the bar.
    pub note: Option<String>,
}

pub struct Bars {
    pub rows: Vec<Row>,
    /// Under the axis: the unit.
    pub axis_note: String,
    /// What follows from the figures, drawn last, under everything else.
    pub annotation: Option<String>,
}

const BAR_H: i32 = 18;
const ROW_GAP: i32 = 14;
const GROUP_GAP: i32 = 8;
/// Room for a tick label ("1,000") and a gap.
const MIN_TICK_SPACING: f64 = 40.0;

/// The value range the plot's width maps, from zero.
#[derive(Clone, Copy, Debug)]
struct Domain {
    hi: f64,
}

impl Domain {
    fn new(values: impl Iterator<Item = f64>) -> Domain {
        let hi = values.fold(0.0_f64, f64::max).max(f64::MIN_POSITIVE);
        Domain { hi }
    }

    /// Where `v` falls between the ends of the plot, 0 to 1.
    fn fraction(&self, v: f64) -> f64 {
        (v / self.hi).clamp(0.0, 1.0)
    }

    fn ticks(&self, plot_w: f64) -> Vec<f64> {
        // The finest round step whose ticks are still MIN_TICK_SPACING apart, and no more than
        // about eight of them however wide the chart.
        let raw = (MIN_TICK_SPACING * self.hi / plot_w.max(1.0)).max(self.hi / 8.0);
        let mag = 10f64.powf(raw.log10().floor());
        let step = [1.0, 2.0, 5.0, 10.0]
            .iter()
            .map(|m| m * mag)
            .find(|s| *s >= raw)
            .unwrap_or(10.0 * mag);
        let n = (self.hi / step + 1e-9).floor() as i32;
        (0..=n).map(|i| f64::from(i) * step).collect()
    }
}

pub struct Layout {
    pub height: u32,
    /// Solid part of each bar (the open end of a lower bound follows it).
    pub bars: Vec<Px>,
    pub texts: Vec<Placed>,
    pub annotations: Vec<Annotation>,
    /// x of each grid line / tick.
    grid: Vec<i32>,
    axis_y: i32,
    plot: (i32, i32),
}

pub fn layout(width: u32, bars: &Bars) -> Layout {
    let w = i32::try_from(width).unwrap_or(i32::MAX / 2);
    let avail = f64::from(w - 2 * PAD);
    let domain = Domain::new(bars.rows.iter().map(|r| r.value));
    let plot_w = fit_plot_width(
        avail,
        bars.rows.iter().map(|r| {
            let lower = r.figure.qualifier.is_lower_bound();
            (domain.fraction(r.value), r.value_label.as_str(), lower)
        }),
    );
    let (x0, x1) = (PAD, PAD + plot_w.floor() as i32);
    let x_of = |v: f64| x0 + (domain.fraction(v) * plot_w).round() as i32;

    let mut texts = Vec::new();
    let mut out_bars = Vec::new();
    let mut y = PAD;
    for (i, row) in bars.rows.iter().enumerate() {
        if let Some(heading) = &row.heading {
            y += if i > 0 { GROUP_GAP } else { 0 };
            Placed::paragraph(&mut texts, heading, &mut y, avail, Font::HEADING);
        }
        Placed::paragraph(&mut texts, &row.name, &mut y, avail, Font::NAME);
        y += 3;
        let bar = Px {
            x0,
            y0: y,
            x1: x_of(row.value).max(x0 + 1),
            y1: y + BAR_H,
        };
        let lower = row.figure.qualifier.is_lower_bound();
        let label_at = bar.label_at(lower);
        Placed::left(&mut texts, row.value_label.clone(), label_at, Font::VALUE);
        out_bars.push(bar);
        y += BAR_H + 2;
        if let Some(note) = &row.note {
            Placed::paragraph(&mut texts, note, &mut y, avail, Font::NOTE);
        }
        y += ROW_GAP;
    }

    let axis_y = y - ROW_GAP + 6;
    let mut grid = Vec::new();
    for t in domain.ticks(plot_w) {
        let x = x_of(t);
        texts.push(Placed::tick(fmt_number(t), x, axis_y + 14, w));
        grid.push(x);
    }
    let mut y = axis_y + 24;
    Placed::paragraph(&mut texts, &bars.axis_note, &mut y, avail, Font::NOTE);
    let annotations = bars
        .annotation
        .iter()
        .map(|text| {
            y += 8;
            Placed::annotation(&mut texts, text, &mut y, avail)
        })
        .collect();
    Layout {
        height: u32::try_from(y + PAD).unwrap_or(0),
        bars: out_bars,
        texts,
        grid,
        axis_y,
        plot: (x0, x1),
        annotations,
    }
}

fn draw(area: &Area, theme: Theme, l: &Layout, bars: &Bars, marks: &mut Vec<Mark>) -> DrawResult {
    // Grid lines and the baseline run only beside the bars, never through the names above them.
    let grid_style = theme.colour(Role::Axis).mix(0.35);
    let (x0, x1) = l.plot;
    for bar in &l.bars {
        let (y0, y1) = (bar.y0 - 4, bar.y1 + 4);
        for &x in &l.grid {
            area.draw(&PathElement::new(vec![(x, y0), (x, y1)], grid_style))?;
        }
        line(area, theme, Role::Axis, vec![(x0, y0), (x0, y1)])?;
    }
    for &x in &l.grid {
        line(
            area,
            theme,
            Role::Axis,
            vec![(x, l.axis_y), (x, l.axis_y + 4)],
        )?;
    }
    line(
        area,
        theme,
        Role::Axis,
        vec![(x0, l.axis_y), (x1, l.axis_y)],
    )?;
    for (row, bar) in bars.rows.iter().zip(&l.bars) {
        let lower = row.figure.qualifier.is_lower_bound();
        value_bar(area, theme, *bar, lower)?;
        marks.push(
            bar.with_open_end(lower)
                .mark(row.figure, row.mark_label.clone()),
        );
    }
    draw_texts(area, theme, &l.texts)
}

pub fn render(width: u32, theme: Theme, bars: &Bars) -> ChartOutput {
    let l = layout(width, bars);
    let out = svg_string(width, l.height, theme, |area, marks| {
        draw(area, theme, &l, bars, marks)
    });
    ChartOutput {
        annotations: l.annotations,
        ..out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linear_ticks_are_round_and_within_the_data() {
        let d = Domain::new([310.0, 3.0].into_iter());
        assert_eq!(d.ticks(140.0), vec![0.0, 100.0, 200.0, 300.0]);
        assert_eq!(d.ticks(100.0), vec![0.0, 200.0]);
        assert_eq!(
            d.ticks(700.0),
            vec![0.0, 50.0, 100.0, 150.0, 200.0, 250.0, 300.0]
        );
    }
}
