//! Pure chart functions: data (+ width, theme, options) → SVG drawn by plotters' `SVGBackend`,
//! plus the position of every mark so the UI can lay focusable hit targets over it.
//!
//! No yew, no web-sys: charts are tested natively on their SVG strings and pre-rendered into the
//! page at build time like the rest of it.

pub mod timeline;

/// Colours a chart is drawn with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Token colours that `static/charts.css` maps to the page's light or dark palette, so one
    /// pre-rendered SVG follows `prefers-color-scheme` without being redrawn.
    Css,
    /// Concrete colours, for exported files.
    Light,
    Dark,
}

/// A drawn mark standing for one figure, in the chart's own pixel coordinates (the SVG's
/// `viewBox` is `0 0 width height`).
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub figure_id: &'static str,
    /// What a screen reader announces for the mark, e.g. "Devices pooled: more than 3,300".
    pub label: String,
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

/// A note drawn in the chart that says what follows from its figures ("60 times the yearly
/// count before"): computed from the data, never typed, and with the qualifiers kept. Its box
/// is where its lines are drawn; tests keep marks and other labels out of it, and the chart's
/// accessible description repeats its text.
#[derive(Clone, Debug, PartialEq)]
pub struct Annotation {
    pub text: String,
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChartOutput {
    pub svg: String,
    pub width: u32,
    pub height: u32,
    /// In reading order (the order arrow keys move through).
    pub marks: Vec<Mark>,
    pub annotations: Vec<Annotation>,
}

pub mod experiences;
pub mod mianyang_share;
pub mod palette;
pub mod registry;
pub mod style;

mod labels;
#[cfg(test)]
mod testutil;
pub(crate) mod text;
