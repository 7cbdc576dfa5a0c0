//! Part to whole, with one bound: Mianyang's total output as a 0–100% track, and the share of
//! its military–civilian integrated enterprises, which the report gives only as "more than
//! 50%". A single lower bound allows every share above it, up to the whole; so the chart draws
//! that range (dashed, unfilled: no value in it is known) from an open circle at the bound (the
//! bound itself excluded), not a bar whose length would pose as the value. An exact share would
//! be a filled bar to its value.

use plotters::element::DashedPathElement;
use plotters::prelude::*;

use super::style::{
    draw_texts, fill, line, mark_label, outline, stated_value, svg_string, value_label, Area,
    DrawResult, Font, Placed, Px, Role, PAD,
};
use super::{Annotation, ChartOutput, Mark, Theme};
use crate::data::content::{self, fill_with};
use crate::data::{self, Figure};

pub const FIGURES: &[&str] = &["mianyang-output-share-2017"];

/// Shown as text: the output in money that the share is a share of.
const OUTPUT: &str = "mianyang-output-2017";

const BAR_H: i32 = 22;
/// The whole (the track) stands out around the part so their edges never coincide.
const INSET: i32 = 4;
/// The open circle at the bound.
const RADIUS: i32 = 6;

struct Layout {
    height: u32,
    track: Px,
    /// What the report allows: from the bound to the whole (a lower bound), or to the value.
    range: Px,
    /// Whether `range` is an open range from a lower bound rather than a known value.
    open: bool,
    ticks: Vec<(i32, i32)>,
    texts: Vec<Placed>,
    annotations: Vec<Annotation>,
}

/// The chart's headline annotation: the report's claim: the share, as it states it. Its words are the content file's; a derived
/// figure is never a chart's headline (it lives in "Our arithmetic", with its caveat).
pub fn annotation() -> Option<String> {
    Some(crate::data::content::fill(
        &crate::data::content::ANNOTATIONS_MIANYANG_SHARE,
    ))
}

/// `words`: whether the drawing carries its own title and the output in money. An exported file
/// stands alone, so it does; in the page the heading above says the title and the prose the money.
fn layout(width: u32, share: &Figure, words: bool) -> Layout {
    let w = i32::try_from(width).unwrap_or(i32::MAX / 2);
    let avail = f64::from(w - 2 * PAD);
    let open = share.qualifier.is_lower_bound();
    // The circle's radius stays inside the plot at either end.
    let plot_w = avail - f64::from(2 * RADIUS);
    let x_of = |pct: f64| PAD + RADIUS + (pct.clamp(0.0, 100.0) / 100.0 * plot_w).round() as i32;

    let mut texts = Vec::new();
    let mut y = PAD;
    let when = share.period.label();
    if words {
        let title = fill_with(&content::CHARTS_TEXT_MIANYANG_TITLE, &[("when", &when)]);
        Placed::paragraph(&mut texts, &title, &mut y, avail, Font::HEADING);
        y += 4;
    }
    // The value's label stands above where the known part ends: the bound, or the value.
    let at = x_of(share.value);
    let label_y = y + Font::VALUE.line_height() / 2;
    Placed::left(
        &mut texts,
        value_label(share),
        (at - RADIUS, label_y),
        Font::VALUE,
    );
    y += Font::VALUE.line_height() + 2;
    let track = Px {
        x0: PAD,
        y0: y,
        x1: x_of(100.0) + RADIUS,
        y1: y + BAR_H + 2 * INSET,
    };
    let range = Px {
        x0: if open { at } else { PAD },
        y0: y + INSET,
        x1: if open { x_of(100.0) } else { at },
        y1: y + INSET + BAR_H,
    };
    y = track.y1;

    let ticks: Vec<(i32, i32)> = [0.0, 50.0, 100.0].iter().map(|p| (x_of(*p), y)).collect();
    for (p, (x, _)) in [0, 50, 100].iter().zip(&ticks) {
        texts.push(Placed::tick(format!("{p}%"), *x, y + 14, w));
    }
    y += 26;
    let mut notes = vec![fill_with(
        &content::CHARTS_TEXT_MIANYANG_WHOLE,
        &[("when", &when)],
    )];
    if let Some(out) = data::figure(OUTPUT).filter(|_| words) {
        let value = value_label(out);
        notes.push(fill_with(
            &content::CHARTS_TEXT_MIANYANG_OUTPUT,
            &[("value", &value)],
        ));
    }
    if open {
        // The label above already says the number; the note says what the dashed range means.
        notes.push(fill_with(
            &content::CHARTS_TEXT_MIANYANG_DASHED,
            &[("wording", share.qualifier.as_stated())],
        ));
    }
    for note in notes {
        Placed::paragraph(&mut texts, &note, &mut y, avail, Font::NOTE);
    }
    let annotations = annotation()
        .map(|text| {
            y += 8;
            Placed::annotation(&mut texts, &text, &mut y, avail)
        })
        .into_iter()
        .collect();
    Layout {
        height: u32::try_from(y + PAD).unwrap_or(0),
        track,
        range,
        open,
        ticks,
        texts,
        annotations,
    }
}

fn draw(
    area: &Area,
    theme: Theme,
    l: &Layout,
    share: &'static Figure,
    marks: &mut Vec<Mark>,
) -> DrawResult {
    outline(area, theme, Role::Muted, l.track)?;
    let r = l.range;
    if l.open {
        // Every share the bound allows: a dashed outline, no fill, since none of it is known.
        let style = theme.colour(Role::Primary).stroke_width(2);
        let edges = [
            vec![(r.x0, r.y0), (r.x1, r.y0)],
            vec![(r.x1, r.y0), (r.x1, r.y1)],
            vec![(r.x0, r.y1), (r.x1, r.y1)],
        ];
        for edge in edges {
            area.draw(&DashedPathElement::new(edge, 5, 4, style))?;
        }
        // The bound itself is not in the range: an open circle at the range's start (no edge
        // of the range crosses it, so it needs no fill and the chart stays transparent).
        area.draw(&Circle::new((r.x0, r.mid_y()), RADIUS, style))?;
    } else {
        fill(area, theme, Role::Primary, r)?;
    }
    // The target covers the circle too.
    let target = Px {
        x0: r.x0 - RADIUS,
        ..r
    };
    marks.push(target.mark(share, mark_label(share)));
    for &(x, y) in &l.ticks {
        line(area, theme, Role::Axis, vec![(x, y), (x, y + 4)])?;
    }
    draw_texts(area, theme, &l.texts)
}

pub fn render(width: u32, theme: Theme) -> ChartOutput {
    let Some(share) = data::figure(FIGURES[0]) else {
        return svg_string(width, 2 * PAD as u32, theme, |_, _| Ok(()));
    };
    let l = layout(width, share, theme != Theme::Css);
    let out = svg_string(width, l.height, theme, |area, marks| {
        draw(area, theme, &l, share, marks)
    });
    ChartOutput {
        annotations: l.annotations,
        ..out
    }
}

pub fn summary() -> String {
    let Some(share) = data::figure(FIGURES[0]) else {
        return String::new();
    };
    let output = data::figure(OUTPUT)
        .map(|f| {
            let value = f.display_value();
            fill_with(
                &content::CHARTS_TEXT_MIANYANG_SUMMARY_OUTPUT,
                &[("value", &value)],
            )
        })
        .unwrap_or_default();
    let bound = if share.qualifier.is_lower_bound() {
        content::CHARTS_TEXT_MIANYANG_SUMMARY_BOUND.text()
    } else {
        ""
    };
    fill_with(
        &content::CHARTS_TEXT_MIANYANG_SUMMARY,
        &[
            ("when", &share.period.label()),
            ("value", &stated_value(share)),
            ("output", &output),
            ("bound", bound),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::testutil::{check, drawn_as_lower_bound, texts};

    #[test]
    fn share_is_drawn_as_an_open_lower_bound() {
        for width in [288, 320, 1000] {
            let out = render(width, Theme::Light);
            check(&out, width, FIGURES);
            assert!(drawn_as_lower_bound(&out, Theme::Light, &out.marks[0]));
            let t = texts(&out);
            for label in [">\u{a0}50%", "0%", "50%", "100%"] {
                assert!(t.contains(&label.to_string()), "{label} in {t:?}");
            }
            assert!(
                t.iter().any(|s| s.contains("RMB\u{a0}153\u{a0}bn")),
                "{t:?}"
            );
            // No solid bar poses as the value: the range runs from the bound to the whole, and
            // nothing is filled in the figures' colour.
            let l = layout(width, data::figure(FIGURES[0]).unwrap(), true);
            assert!(l.open);
            let half = f64::from(l.track.x0 + l.track.x1) / 2.0;
            assert!((f64::from(l.range.x0) - half).abs() <= 1.0);
            assert!(l.range.x1 + RADIUS == l.track.x1);
            let ink = crate::charts::style::hex(Theme::Light.colour(Role::Primary));
            assert!(
                !out.svg.contains(&format!("fill=\"{ink}\"")),
                "a filled mark"
            );
        }
        assert!(summary().contains("more than 50%"));
    }
}
