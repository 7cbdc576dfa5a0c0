//! What every chart draws with: text, the SVG frame, pixel boxes and the open end that marks a
//! lower bound. Charts call these instead of repeating layout or colour decisions.

pub use super::labels::{fmt_number, mark_label, stated_value, value_label};
pub use super::palette::{hex, Role};
pub use super::text::{
    draw_texts, text, text_style, text_width, wrap, Font, Placed, LABEL_PX, SMALL_PX,
};
use super::{ChartOutput, Mark, Theme};
use crate::data::Figure;
use plotters::backend::SVGBackend;
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;

pub type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
pub type DrawResult = Result<(), DrawingAreaErrorKind<std::io::Error>>;

/// Outer padding of every chart, so strokes and text never touch the viewBox edge.
pub const PAD: i32 = 8;
/// Length of the dashed open end that says "the value goes on past here".
pub const OPEN_END: i32 = 22;

/// Room a mark's open end takes after its value: none for an exact figure.
pub fn open_end(lower_bound: bool) -> i32 {
    if lower_bound {
        OPEN_END
    } else {
        0
    }
}

/// Gap between the end of a bar (or its open end) and its value label.
pub const LABEL_GAP: i32 = 6;

/// The widest plot, at most `avail`, in which every bar (its `fraction` of the plot), its open
/// end and its value label still fit inside `avail`.
pub fn fit_plot_width<'a>(avail: f64, bars: impl IntoIterator<Item = (f64, &'a str, bool)>) -> f64 {
    bars.into_iter()
        .map(|(fraction, label, lower_bound)| {
            let room =
                f64::from(open_end(lower_bound) + LABEL_GAP) + text_width(label, LABEL_PX, true);
            (avail - room) / fraction.max(1e-6)
        })
        .fold(avail, f64::min)
        .max(avail * 0.25)
}

/// An integer pixel box: what is drawn and what is reported as the mark are the same numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Px {
    pub x0: i32,
    pub y0: i32,
    pub x1: i32,
    pub y1: i32,
}

impl Px {
    pub fn mark(self, figure: &Figure, label: String) -> Mark {
        Mark {
            figure_id: figure.id,
            label,
            x: f64::from(self.x0),
            y: f64::from(self.y0),
            w: f64::from(self.x1 - self.x0),
            h: f64::from(self.y1 - self.y0),
        }
    }

    pub fn mid_y(self) -> i32 {
        (self.y0 + self.y1) / 2
    }

    /// Where the bar's value label starts: after its open end, if any.
    pub fn label_at(self, lower_bound: bool) -> (i32, i32) {
        (self.with_open_end(lower_bound).x1 + LABEL_GAP, self.mid_y())
    }

    /// The box extended on the right by the open end of a lower bound.
    pub fn with_open_end(self, lower_bound: bool) -> Px {
        Px {
            x1: self.x1 + open_end(lower_bound),
            ..self
        }
    }
}

/// Draws into a fresh SVG of the given size. Errors stop the drawing but never panic: the SVG
/// drawn so far and the marks pushed so far are returned (the string backend cannot fail in
/// practice; this only keeps the browser safe).
pub fn svg_string(
    width: u32,
    height: u32,
    theme: Theme,
    draw: impl FnOnce(&Area, &mut Vec<Mark>) -> DrawResult,
) -> ChartOutput {
    let mut svg = String::new();
    let mut marks = Vec::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        let background = match theme {
            Theme::Css => Ok(()),
            Theme::Light | Theme::Dark => root.fill(&theme.colour(Role::Background)),
        };
        let _ = background.and_then(|()| draw(&root, &mut marks));
        let _ = root.present();
    }
    ChartOutput {
        svg: page_typeface(svg, theme),
        width,
        height,
        marks,
        annotations: Vec::new(),
    }
}

/// In the page (`Theme::Css`), chart text takes the page's own typeface: plotters always writes
/// a family, which would be a second face beside the page's on many systems, so it is taken out
/// and the text inherits it. Exported files keep it, since they stand alone.
pub fn page_typeface(svg: String, theme: Theme) -> String {
    if theme == Theme::Css {
        svg.replace(" font-family=\"sans-serif\"", "")
    } else {
        svg
    }
}

pub fn fill(area: &Area, theme: Theme, role: Role, b: Px) -> DrawResult {
    area.draw(&Rectangle::new(
        [(b.x0, b.y0), (b.x1, b.y1)],
        theme.colour(role).filled(),
    ))
}

pub fn outline(area: &Area, theme: Theme, role: Role, b: Px) -> DrawResult {
    area.draw(&Rectangle::new(
        [(b.x0, b.y0), (b.x1, b.y1)],
        theme.colour(role),
    ))
}

pub fn line(area: &Area, theme: Theme, role: Role, points: Vec<(i32, i32)>) -> DrawResult {
    area.draw(&PathElement::new(points, theme.colour(role)))
}

/// The bar of a figure: solid to its value; for a lower bound, followed by a dashed open end with
/// a chevron, so it reads "at least this much, maybe more". Same colour either way: a bound is
/// told by its form, not its hue (STYLE.md).
/// `bar` is the solid part; the open end is drawn right of it (see `Px::with_open_end`).
pub fn value_bar(area: &Area, theme: Theme, bar: Px, lower_bound: bool) -> DrawResult {
    if !lower_bound {
        return fill(area, theme, Role::Primary, bar);
    }
    fill(area, theme, Role::Primary, bar)?;
    let end = bar.x1 + OPEN_END;
    let style = theme.colour(Role::Primary).stroke_width(2);
    for y in [bar.y0 + 1, bar.y1 - 1] {
        area.draw(&DashedPathElement::new(
            vec![(bar.x1, y), (end - 6, y)],
            4,
            3,
            style,
        ))?;
    }
    let (mid, arm) = (bar.mid_y(), ((bar.y1 - bar.y0) / 3).max(3));
    area.draw(&PathElement::new(
        vec![(end - 6, mid - arm), (end, mid), (end - 6, mid + arm)],
        style,
    ))
}
