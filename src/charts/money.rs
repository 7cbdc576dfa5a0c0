//! Every renminbi figure of the report on one bar chart, largest first, on a linear or a
//! logarithmic scale (the reader chooses: linear shows how far apart they are, log lets the
//! small ones be read).

pub use super::bars::Scale;
use super::bars::{self, Bars, Row};
use super::style::{mark_label, value_label};
use super::{ChartOutput, Theme};
use crate::data::{Figure, Unit, FIGURES as ALL};

/// The figures, largest first (ties keep report order).
pub const FIGURES: &[&str] = &[
    "mci-revenue-2017",
    "mianyang-output-2017",
    "mianyang-device-value",
    "shared-investment",
    "swjtu-social-investment",
];

/// Every RMB figure, sorted by value descending. Computed from the data; `FIGURES` is its
/// snapshot (a test keeps them equal) so the UI can know the ids without rendering.
fn rmb_figures() -> Vec<&'static Figure> {
    let mut figs: Vec<_> = ALL.iter().filter(|f| f.unit == Unit::RmbBillion).collect();
    figs.sort_by(|a, b| b.value.total_cmp(&a.value));
    figs
}

fn scale_words(scale: Scale) -> &'static str {
    match scale {
        Scale::Linear => "linear scale",
        Scale::Log => "logarithmic scale, each gridline ten times the one before",
    }
}

/// The chart's headline annotation: what kinds of money the report gives. Its words are the content file's; a derived
/// figure is never a chart's headline (it lives in "Checking the numbers", with its caveat).
pub fn annotation() -> Option<String> {
    Some(crate::data::content::fill(
        &crate::data::content::ANNOTATIONS_MONEY,
    ))
}

fn spec(scale: Scale) -> Bars {
    let rows = rmb_figures()
        .into_iter()
        .map(|f| Row {
            figure: f,
            heading: None,
            name: format!("{} ({}, {})", f.label, f.place, f.period.label()),
            value: f.value,
            value_label: value_label(f),
            mark_label: mark_label(f),
            note: None,
        })
        .collect();
    Bars {
        rows,
        scale,
        axis_note: format!("RMB billion, {}", scale_words(scale)),
        annotation: annotation(),
    }
}

/// The ids of the figures drawn, in reading order (the same as `FIGURES`).
pub fn figures() -> Vec<&'static str> {
    rmb_figures().iter().map(|f| f.id).collect()
}

pub fn render(width: u32, theme: Theme, scale: Scale) -> ChartOutput {
    bars::render(width, theme, &spec(scale))
}

pub fn summary(scale: Scale) -> String {
    let items: Vec<String> = rmb_figures().into_iter().map(mark_label).collect();
    format!(
        "Bar chart of every renminbi figure in the report, largest first, on a {}: {}.",
        scale_words(scale),
        items.join("; ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::style::OPEN_END;
    use crate::charts::testutil::{check, drawn_as_lower_bound, texts};

    #[test]
    fn figures_are_every_rmb_figure_largest_first() {
        assert_eq!(figures(), FIGURES);
    }

    #[test]
    fn draws_every_figure_with_its_label_and_qualifier() {
        for scale in [Scale::Linear, Scale::Log] {
            for width in [288, 320, 640, 1000] {
                let out = render(width, Theme::Light, scale);
                check(&out, width, FIGURES);
                let t = texts(&out);
                for label in [
                    "≥ RMB 310 bn",
                    "RMB 153 bn",
                    "≥ RMB 3.6 bn",
                    "RMB 3 bn",
                    "≥ RMB 1 bn",
                ] {
                    assert_eq!(t.iter().filter(|s| *s == label).count(), 1, "{label}");
                }
                for m in &out.marks {
                    let f = crate::data::figure(m.figure_id).unwrap();
                    let lb = f.qualifier.is_lower_bound();
                    assert_eq!(drawn_as_lower_bound(&out, Theme::Light, m), lb, "{m:?}");
                }
            }
        }
    }

    #[test]
    fn log_and_linear_differ_in_length_but_not_order() {
        let lin = render(640, Theme::Css, Scale::Linear);
        let log = render(640, Theme::Css, Scale::Log);
        let ids = |o: &ChartOutput| o.marks.iter().map(|m| m.figure_id).collect::<Vec<_>>();
        assert_eq!(ids(&lin), ids(&log));
        // The smallest bar is a sliver on the linear scale and clearly longer on the log one.
        let (a, b) = (&lin.marks[4], &log.marks[4]);
        assert!(b.w > a.w + 40.0, "{a:?} {b:?}");
        for o in [&lin, &log] {
            let solid: Vec<f64> = o
                .marks
                .iter()
                .map(|m| {
                    let f = crate::data::figure(m.figure_id).unwrap();
                    m.w - if f.qualifier.is_lower_bound() {
                        f64::from(OPEN_END)
                    } else {
                        0.0
                    }
                })
                .collect();
            assert!(solid.windows(2).all(|p| p[0] >= p[1]), "{solid:?}");
        }
    }

    #[test]
    fn summary_names_the_scale_and_the_figures() {
        assert!(summary(Scale::Log).contains("logarithmic"));
        assert!(summary(Scale::Linear).contains("exceeded RMB 310 billion"));
    }
}
