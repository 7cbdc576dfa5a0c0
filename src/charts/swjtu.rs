//! Southwest Jiaotong University before and after the shared-ownership reform, as totals or per
//! year. The periods differ (five years against one), so the per-year view is the fair one; the
//! totals view is what the report says.

use super::bars::{self, Bars, Row};
use super::style::{fmt_number, mark_label, value_label};
use super::{ChartOutput, Theme};
use crate::data::content::{self, fill_with};
use crate::data::{self, Figure};

pub const FIGURES: &[&str] = &["swjtu-patents-before", "swjtu-patents-confirmed"];

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SwjtuMode {
    /// The numbers as the report gives them: 14 in five years, 168 in one.
    #[default]
    Totals,
    /// Each total divided by the years of its period.
    PerYear,
}

/// Years a figure's period covers, both ends included.
fn years(f: &Figure) -> u16 {
    f.period.end.saturating_sub(f.period.start) + 1
}

fn per_year(f: &Figure) -> f64 {
    f.value / f64::from(years(f))
}

fn figures() -> Vec<&'static Figure> {
    FIGURES.iter().filter_map(|id| data::figure(id)).collect()
}

/// "5 years", "1 year": how long the figure's period is.
fn span(f: &Figure) -> String {
    let n = years(f);
    let template = if n == 1 {
        &content::CHARTS_TEXT_YEAR
    } else {
        &content::CHARTS_TEXT_YEARS
    };
    fill_with(template, &[("n", &n.to_string())])
}

fn row(f: &'static Figure, mode: SwjtuMode) -> Row {
    let span = span(f);
    let name = fill_with(
        &content::CHARTS_TEXT_SWJTU_NAME,
        &[
            ("label", &f.label),
            ("when", &f.period.label()),
            ("span", &span),
        ],
    );
    let (value, value_label, mark_label) = match mode {
        SwjtuMode::Totals => (f.value, value_label(f), mark_label(f)),
        SwjtuMode::PerYear => {
            let rate = fill_with(
                &content::CHARTS_TEXT_SWJTU_RATE,
                &[("value", &fmt_number(per_year(f)))],
            );
            let label = fill_with(
                &content::CHARTS_TEXT_SWJTU_RATE_LABEL,
                &[("label", &mark_label(f)), ("value", &rate), ("span", &span)],
            );
            (per_year(f), rate, label)
        }
    };
    Row {
        figure: f,
        heading: None,
        name,
        value,
        value_label,
        mark_label,
        note: None,
    }
}

/// The chart's headline annotation: the report's two counts, as it states them. Its words are the content file's; a derived
/// figure is never a chart's headline (it lives in "Checking the numbers", with its caveat).
pub fn annotation() -> Option<String> {
    Some(crate::data::content::fill(
        &crate::data::content::ANNOTATIONS_SWJTU,
    ))
}

pub fn render(width: u32, theme: Theme, mode: SwjtuMode) -> ChartOutput {
    let axis_note = match mode {
        SwjtuMode::Totals => content::CHARTS_TEXT_SWJTU_AXIS_TOTALS,
        SwjtuMode::PerYear => content::CHARTS_TEXT_SWJTU_AXIS_PER_YEAR,
    };
    let spec = Bars {
        rows: figures().into_iter().map(|f| row(f, mode)).collect(),
        axis_note: axis_note.to_string(),
        annotation: annotation(),
    };
    bars::render(width, theme, &spec)
}

pub fn summary(mode: SwjtuMode) -> String {
    let parts: Vec<String> = figures()
        .into_iter()
        .map(|f| {
            let (span, when) = (span(f), f.period.label());
            match mode {
                SwjtuMode::Totals => fill_with(
                    &content::CHARTS_TEXT_SWJTU_PART_TOTALS,
                    &[
                        ("value", &value_label(f)),
                        ("noun", &f.noun),
                        ("when", &when),
                        ("span", &span),
                    ],
                ),
                SwjtuMode::PerYear => fill_with(
                    &content::CHARTS_TEXT_SWJTU_PART_PER_YEAR,
                    &[
                        ("value", &fmt_number(per_year(f))),
                        ("noun", &f.noun),
                        ("when", &when),
                        ("total", &value_label(f)),
                        ("span", &span),
                    ],
                ),
            }
        })
        .collect();
    let list = parts.join(&format!(" {} ", content::CHARTS_TEXT_SWJTU_AGAINST));
    fill_with(&content::CHARTS_TEXT_SWJTU_SUMMARY, &[("list", &list)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::testutil::{check, drawn_as_lower_bound, texts};

    #[test]
    fn totals_show_the_report_numbers() {
        for width in [288, 1000] {
            let out = render(width, Theme::Light, SwjtuMode::Totals);
            check(&out, width, FIGURES);
            let t = texts(&out);
            assert!(
                t.contains(&"14".to_string()) && t.contains(&"168".to_string()),
                "{t:?}"
            );
            for m in &out.marks {
                assert!(!drawn_as_lower_bound(&out, Theme::Light, m));
            }
            assert!(!t.iter().any(|s| s.contains('≥')));
        }
    }

    #[test]
    fn per_year_divides_by_the_years_of_each_period() {
        for width in [288, 320, 1000] {
            let out = render(width, Theme::Css, SwjtuMode::PerYear);
            check(&out, width, FIGURES);
            let t = texts(&out);
            assert!(t.contains(&"2.8 a year".to_string()), "{t:?}");
            assert!(t.contains(&"168 a year".to_string()), "{t:?}");
        }
        assert!(summary(SwjtuMode::PerYear).contains("2.8 patents a year in 2011–2015"));
        assert!(summary(SwjtuMode::Totals).contains("14 patents in 2011–2015 (5 years)"));
    }

    #[test]
    fn the_modes_draw_different_bars() {
        let a = render(640, Theme::Css, SwjtuMode::Totals);
        let b = render(640, Theme::Css, SwjtuMode::PerYear);
        let ratio = |o: &ChartOutput| o.marks[0].w / o.marks[1].w;
        assert!(ratio(&b) < ratio(&a) / 3.0, "{:?} {:?}", a.marks, b.marks);
    }
}
