//! What every chart draws with: text, the SVG frame and pixel boxes. Charts call these instead
//! of repeating layout or colour decisions.

pub use super::labels::{mark_label, stated_value, value_label};
pub use super::palette::{hex, Role};
pub use super::text::{
    draw_texts, text, text_style, text_width, wrap, Font, Placed, LABEL_PX, SMALL_PX,
};
use super::{ChartOutput, Mark, Theme};
use crate::data::Figure;
use plotters::backend::SVGBackend;
use plotters::coord::Shift;
use plotters::prelude::*;

pub type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
pub type DrawResult = Result<(), DrawingAreaErrorKind<std::io::Error>>;

/// Outer padding of every chart, so strokes and text never touch the viewBox edge.
pub const PAD: i32 = 8;

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
