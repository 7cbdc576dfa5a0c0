//! Part to whole: Mianyang's total output as a 0–100% bar, and the share of its
//! military–civilian integrated enterprises, which the report gives only as "more than 50%":
//! solid to 50%, then an open dashed end, so the bar reads "at least half, exact share unknown".

use super::style::{
    draw_texts, fit_plot_width, line, mark_label, outline, stated_value, svg_string, value_bar,
    value_label, Area, DrawResult, Font, Placed, Px, Role, PAD,
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

struct Layout {
    height: u32,
    track: Px,
    bar: Px,
    ticks: Vec<(i32, i32)>,
    texts: Vec<Placed>,
    annotations: Vec<Annotation>,
}

/// The chart's headline annotation: the report's claim: the share, as it states it. Its words are the content file's; a derived
/// figure is never a chart's headline (it lives in "Checking the numbers", with its caveat).
pub fn annotation() -> Option<String> {
    Some(crate::data::content::fill(
        &crate::data::content::ANNOTATIONS_MIANYANG_SHARE,
    ))
}

fn layout(width: u32, share: &Figure) -> Layout {
    let w = i32::try_from(width).unwrap_or(i32::MAX / 2);
    let avail = f64::from(w - 2 * PAD);
    let label = value_label(share);
    let lower = share.qualifier.is_lower_bound();
    let fraction = (share.value / 100.0).clamp(0.0, 1.0);
    let plot_w = fit_plot_width(avail, [(fraction, label.as_str(), lower)]);
    let x_of = |pct: f64| PAD + (pct / 100.0 * plot_w).round() as i32;

    let mut texts = Vec::new();
    let mut y = PAD;
    let when = share.period.label();
    let title = fill_with(&content::CHARTS_TEXT_MIANYANG_TITLE, &[("when", &when)]);
    Placed::paragraph(&mut texts, &title, &mut y, avail, Font::HEADING);
    y += 4;
    let track = Px {
        x0: PAD,
        y0: y,
        x1: x_of(100.0),
        y1: y + BAR_H + 2 * INSET,
    };
    let bar = Px {
        x0: PAD,
        y0: y + INSET,
        x1: x_of(share.value),
        y1: y + INSET + BAR_H,
    };
    Placed::left(&mut texts, label, bar.label_at(lower), Font::VALUE);
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
    if let Some(out) = data::figure(OUTPUT) {
        let value = value_label(out);
        notes.push(fill_with(
            &content::CHARTS_TEXT_MIANYANG_OUTPUT,
            &[("value", &value)],
        ));
    }
    if lower {
        // The label beside the bar already says the number; the note says what the dash means.
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
        bar,
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
    let lower = share.qualifier.is_lower_bound();
    value_bar(area, theme, l.bar, lower)?;
    marks.push(l.bar.with_open_end(lower).mark(share, mark_label(share)));
    for &(x, y) in &l.ticks {
        line(area, theme, Role::Axis, vec![(x, y), (x, y + 4)])?;
    }
    draw_texts(area, theme, &l.texts)
}

pub fn render(width: u32, theme: Theme) -> ChartOutput {
    let Some(share) = data::figure(FIGURES[0]) else {
        return svg_string(width, 2 * PAD as u32, theme, |_, _| Ok(()));
    };
    let l = layout(width, share);
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
            // The solid part ends halfway along the whole.
            let l = layout(width, data::figure(FIGURES[0]).unwrap());
            let half = f64::from(l.track.x0 + l.track.x1) / 2.0;
            assert!((f64::from(l.bar.x1) - half).abs() <= 1.0);
        }
        assert!(summary().contains("more than 50%"));
    }
}
