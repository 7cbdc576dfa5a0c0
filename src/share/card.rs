//! A view's share image as SVG, 1200 × 630: the kicker, the view's title, its chart (the same
//! plotters SVG the page shows, in the light palette) and the source line. The text around the
//! chart is ours, placed at explicit points and wrapped by estimate like the charts' own text
//! (nothing is measured); `raster` turns the SVG into the PNG.

use super::{escape, section_figures, ShareView, Visual, IMAGE_HEIGHT, IMAGE_WIDTH};
use crate::charts::palette::{hex, Role};
use crate::charts::text::{text_width, wrap};
use crate::charts::timeline::{self, Orientation};
use crate::charts::{registry, ChartOutput, Theme};
use crate::data;
use crate::story::{KICKER, PUBLISHER};

const MARGIN: f64 = 60.0;
const TITLE_PX: f64 = 46.0;
const SMALL_TITLE_PX: f64 = 38.0;
/// Top of the title's first line box.
const TITLE_TOP: f64 = 92.0;
const SOURCE_PX: f64 = 18.0;
/// Baseline of the source line.
const SOURCE_Y: f64 = 600.0;
/// The visual's box ends this far above the source line.
const VISUAL_GAP: f64 = 34.0;
/// Charts are drawn this wide and scaled to their box: their 14 px labels come out about
/// 20 px, legible in a preview.
const CHART_WIDTH: u32 = 760;
const CARD_VALUE_PX: f64 = 52.0;
const CARD_LABEL_PX: f64 = 24.0;
/// At most this many figure cards side by side.
const MAX_CARDS: usize = 3;

/// The title's lines and their size: two lines at most, smaller type before a third.
pub fn title_lines(title: &str) -> (Vec<String>, f64) {
    let width = f64::from(IMAGE_WIDTH) - 2.0 * MARGIN;
    let lines = wrap(title, TITLE_PX, true, width);
    if lines.len() <= 2 {
        (lines, TITLE_PX)
    } else {
        (wrap(title, SMALL_TITLE_PX, true, width), SMALL_TITLE_PX)
    }
}

/// Where the title's text ends (its last line box's bottom), for tests and the visual's box.
pub fn title_bottom(title: &str) -> f64 {
    let (lines, px) = title_lines(title);
    TITLE_TOP + lines.len() as f64 * line_height(px)
}

fn line_height(px: f64) -> f64 {
    (px * 1.2).round()
}

/// The source line under every image: the report's title and its publisher, from the data.
pub fn source_line() -> String {
    format!("Source: “{}”, {PUBLISHER}", data::report_title())
}

/// The whole image as SVG.
pub fn svg(view: &ShareView) -> String {
    let (w, h) = (f64::from(IMAGE_WIDTH), f64::from(IMAGE_HEIGHT));
    let colour = |role| hex(Theme::Light.colour(role));
    let mut out = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="sans-serif">"#
    );
    out.push_str(&format!(
        r#"<rect width="{w}" height="{h}" fill="{}"/>"#,
        colour(Role::Background)
    ));
    // An accent rule along the top, in the charts' primary colour.
    out.push_str(&format!(
        r#"<rect width="{w}" height="10" fill="{}"/>"#,
        colour(Role::Primary)
    ));
    out.push_str(&text(
        MARGIN,
        62.0,
        22.0,
        false,
        &colour(Role::Axis),
        KICKER,
    ));
    let (lines, px) = title_lines(view.title);
    for (i, line) in lines.iter().enumerate() {
        // Baseline at about four fifths of the line box.
        let y = TITLE_TOP + i as f64 * line_height(px) + (px * 0.95).round();
        out.push_str(&text(MARGIN, y, px, true, &colour(Role::Text), line));
    }
    let top = title_bottom(view.title) + 24.0;
    let bottom = SOURCE_Y - SOURCE_PX - VISUAL_GAP + 20.0;
    let frame = Frame {
        x: MARGIN,
        y: top,
        w: w - 2.0 * MARGIN,
        h: bottom - top,
    };
    match view.visual {
        Visual::Chart(chart) => {
            let width = registry::fixed_width(chart).unwrap_or(CHART_WIDTH);
            out.push_str(&fit(&registry::render(chart, width, Theme::Light), frame));
        }
        Visual::Timeline => {
            let chart = timeline::render(
                CHART_WIDTH,
                Orientation::Horizontal,
                Theme::Light,
                &|_| true,
                None,
            );
            out.push_str(&fit(&chart, frame));
        }
        Visual::Figures(section) => out.push_str(&cards(section, frame)),
    }
    let source = source_line();
    let px = fitting(&source, SOURCE_PX, false, frame.w);
    out.push_str(&text(
        MARGIN,
        SOURCE_Y,
        px,
        false,
        &colour(Role::Axis),
        &source,
    ));
    out.push_str("</svg>");
    out
}

/// The box the visual is drawn in.
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

/// The size at most `px` at which `line` fits in `width`, by the charts' own estimate.
fn fitting(line: &str, px: f64, bold: bool, width: f64) -> f64 {
    let at_one = text_width(line, 1.0, bold);
    if at_one > 0.0 {
        px.min((width / at_one).floor())
    } else {
        px
    }
}

/// The chart's own SVG scaled to fit `frame` (never enlarged past twice its size), centred in
/// it.
fn fit(chart: &ChartOutput, frame: Frame) -> String {
    let (cw, ch) = (
        f64::from(chart.width.max(1)),
        f64::from(chart.height.max(1)),
    );
    let scale = (frame.w / cw).min(frame.h / ch).min(2.0);
    let x = frame.x + (frame.w - cw * scale) / 2.0;
    let y = frame.y + (frame.h - ch * scale) / 2.0;
    format!(
        r#"<g transform="translate({} {}) scale({})">{}</g>"#,
        num(x),
        num(y),
        num(scale),
        chart.svg
    )
}

/// The section's first figures as cards: the value big, its label under it.
fn cards(section: &str, frame: Frame) -> String {
    let figures: Vec<_> = section_figures(section).take(MAX_CARDS).collect();
    let Some(count) = std::num::NonZeroUsize::new(figures.len()) else {
        return String::new();
    };
    let column = frame.w / count.get() as f64;
    let mut out = String::new();
    for (i, figure) in figures.iter().enumerate() {
        let x = frame.x + i as f64 * column;
        let value_y = frame.y + 60.0;
        let primary = hex(Theme::Light.colour(Role::Primary));
        let value = figure.display_value();
        let px = fitting(&value, CARD_VALUE_PX, true, column - 30.0);
        out.push_str(&text(x, value_y, px, true, &primary, &value));
        let text_colour = hex(Theme::Light.colour(Role::Text));
        for (j, line) in wrap(&figure.label, CARD_LABEL_PX, false, column - 40.0)
            .iter()
            .take(4)
            .enumerate()
        {
            let y = value_y + 44.0 + j as f64 * line_height(CARD_LABEL_PX);
            out.push_str(&text(x, y, CARD_LABEL_PX, false, &text_colour, line));
        }
    }
    out
}

/// One line of text with its baseline at `y`.
fn text(x: f64, y: f64, px: f64, bold: bool, fill: &str, content: &str) -> String {
    let weight = if bold { r#" font-weight="bold""# } else { "" };
    format!(
        r#"<text x="{}" y="{}" font-size="{}"{weight} fill="{fill}">{}</text>"#,
        num(x),
        num(y),
        num(px),
        escape(content)
    )
}

/// A coordinate with at most three decimals, the same on every machine.
fn num(v: f64) -> String {
    let s = format!("{v:.3}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}
