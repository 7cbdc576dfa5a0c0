//! Text in charts without measuring it: plotters' SVG backend writes `text-anchor`, so text
//! is only ever placed at explicit points, and layouts wrap and reserve room by estimate.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::palette::Role;
use super::style::{Area, DrawResult, PAD};
use super::{Annotation, Theme};

/// Chart text is the page's small size, 13 px, at any width (STYLE.md's type scale: five sizes,
/// and a sixth for charts would break it); labels differ from notes and ticks by weight and
/// colour, not size. `backend_size` makes plotters print them exactly.
pub const LABEL_PX: f64 = 13.0;
pub const SMALL_PX: f64 = 13.0;

/// A text style that never makes plotters measure text (it only writes `text-anchor`).
/// plotters' SVG backend writes `font-size` as size / 1.24, so the size is scaled up to make the
/// SVG say `px`.
pub fn text_style(theme: Theme, font: Font, h: HPos) -> TextStyle<'static> {
    let style = if font.bold {
        FontStyle::Bold
    } else {
        FontStyle::Normal
    };
    FontDesc::new(FontFamily::SansSerif, backend_size(font.px), style)
        .color(&theme.colour(font.role))
        .pos(Pos::new(h, VPos::Center))
}

/// The size to give plotters so that size / 1.24 prints as exactly `px` ("13", not
/// "13.000000000000002"): px * 1.24 or one of its nearest neighbouring floats.
pub(crate) fn backend_size(px: f64) -> f64 {
    let s = px * 1.24;
    [0_i64, -1, 1, -2, 2, -3, 3]
        .iter()
        .map(|d| f64::from_bits(s.to_bits().wrapping_add_signed(*d)))
        .find(|c| c / 1.24 == px)
        .unwrap_or(s)
}

/// Letter and word spacing (em) a reader may set on all text (WCAG 1.4.12: 0.12 and 0.16).
pub const READER_LETTER_SPACING: f64 = 0.12;
pub const READER_WORD_SPACING: f64 = 0.16;

/// A generous estimate of the rendered width of `text` in a sans-serif face: we cannot measure
/// (that would need the DOM), so layouts reserve room for the widest plausible glyphs, plus the
/// letter and word spacing a reader's own stylesheet may add (WCAG 1.4.12). Without that room,
/// labels near an edge ran out of the drawing and were clipped under those overrides; we do not
/// set the chart text's spacing ourselves, since a reader's `!important` rule wins anyway.
pub fn text_width(text: &str, px: f64, bold: bool) -> f64 {
    let (mut em, mut spacing) = (0.0, 0.0);
    for c in text.chars() {
        // Sized for the widest common sans-serif faces (DejaVu Sans, Verdana): the charts are set
        // in the page's own typeface, whatever the reader's system makes of `system-ui`.
        em += match c {
            'i' | 'l' | 'j' | 't' | 'f' | 'r' | 'I' | '.' | ',' | '\'' | ' ' | '(' | ')' => 0.36,
            'm' | 'w' | 'M' | 'W' => 0.98,
            '%' => 1.0,
            c if c.is_ascii_uppercase() => 0.76,
            '–' | '≥' => 0.84,
            c if c.is_ascii_digit() => 0.64,
            _ => 0.62,
        };
        spacing += READER_LETTER_SPACING;
        if matches!(c, ' ' | '\u{a0}') {
            spacing += READER_WORD_SPACING;
        }
    }
    (em * if bold { 1.12 } else { 1.0 } + spacing) * px
}

/// Greedy word wrap by estimated width. A word longer than the line stays whole; a no-break
/// space joins what it separates ("RMB 153 bn").
pub fn wrap(text: &str, px: f64, bold: bool, max_width: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split([' ', '\n']).filter(|w| !w.is_empty()) {
        match lines.last_mut() {
            Some(line) if text_width(&format!("{line} {word}"), px, bold) <= max_width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

pub fn text(area: &Area, s: &str, at: (i32, i32), style: &TextStyle) -> DrawResult {
    area.draw(&Text::new(s, at, style.clone()))
}

/// Size, colour and weight of a text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Font {
    pub px: f64,
    pub role: Role,
    pub bold: bool,
}

impl Font {
    pub const HEADING: Font = Font {
        px: LABEL_PX,
        role: Role::Text,
        bold: true,
    };
    pub const NAME: Font = Font {
        px: LABEL_PX,
        role: Role::Text,
        bold: false,
    };
    /// What follows from the figures, drawn under them.
    pub const ANNOTATION: Font = Font {
        px: LABEL_PX,
        role: Role::Text,
        bold: true,
    };
    pub const NOTE: Font = Font {
        px: SMALL_PX,
        role: Role::Axis,
        bold: false,
    };

    /// The bold value label beside a mark (a lower bound's starts with "≥": form, not colour).
    pub const VALUE: Font = Font {
        px: LABEL_PX,
        role: Role::Text,
        bold: true,
    };

    pub fn line_height(self) -> i32 {
        (self.px * 1.3).round() as i32
    }
}

/// A text placed once by a layout and drawn from that placement; tests check the same
/// placements stay inside the chart.
#[derive(Clone)]
pub struct Placed {
    pub text: String,
    pub at: (i32, i32),
    pub font: Font,
    pub h: HPos,
}

impl Placed {
    pub fn left(texts: &mut Vec<Placed>, text: String, at: (i32, i32), font: Font) {
        texts.push(Placed {
            text,
            at,
            font,
            h: HPos::Left,
        });
    }

    /// Wraps `text` to `max_width` and places its lines at the left padding from `*y` down,
    /// moving `*y` past them.
    pub fn paragraph(texts: &mut Vec<Placed>, text: &str, y: &mut i32, max_width: f64, font: Font) {
        let lh = font.line_height();
        for line in wrap(text, font.px, font.bold, max_width) {
            Placed::left(texts, line, (PAD, *y + lh / 2), font);
            *y += lh;
        }
    }

    /// Places an annotation like a paragraph, in its own font, and returns its box.
    pub fn annotation(
        texts: &mut Vec<Placed>,
        text: &str,
        y: &mut i32,
        max_width: f64,
    ) -> Annotation {
        let font = Font::ANNOTATION;
        let top = *y;
        let first = texts.len();
        Placed::paragraph(texts, text, y, max_width, font);
        // Its box is as wide as its widest line, as just placed.
        let w = texts[first..]
            .iter()
            .map(|l| text_width(&l.text, font.px, font.bold))
            .fold(0.0, f64::max);
        Annotation {
            text: text.to_string(),
            x: f64::from(PAD),
            y: f64::from(top),
            w: w.ceil(),
            h: f64::from(*y - top),
        }
    }

    /// A tick label centred under `x`, moved in just enough to stay inside `0..width`.
    pub fn tick(text: String, x: i32, y: i32, width: i32) -> Placed {
        let half = (text_width(&text, SMALL_PX, false) / 2.0).ceil() as i32;
        Placed {
            text,
            at: (x.clamp(half, (width - half).max(half)), y),
            font: Font::NOTE,
            h: HPos::Center,
        }
    }
}

pub fn draw_texts(area: &Area, theme: Theme, texts: &[Placed]) -> DrawResult {
    for t in texts {
        text(area, &t.text, t.at, &text_style(theme, t.font, t.h))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::style::svg_string;

    #[test]
    fn font_sizes_are_written_in_whole_pixels() {
        for px in [LABEL_PX, SMALL_PX] {
            let out = svg_string(100, 20, Theme::Light, |a, _| {
                text(
                    a,
                    "x",
                    (1, 1),
                    &text_style(Theme::Light, Font { px, ..Font::NAME }, HPos::Left),
                )
            });
            assert!(
                out.svg.contains(&format!("font-size=\"{px}\"")),
                "{}",
                out.svg
            );
        }
    }

    #[test]
    fn wrap_keeps_every_word_within_the_width() {
        let lines = wrap(
            "Items whose ownership rights were divided",
            LABEL_PX,
            false,
            120.0,
        );
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), "Items whose ownership rights were divided");
    }
}
