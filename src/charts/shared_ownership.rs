//! The shared-ownership pilot as a pipeline: who took part, what had its ownership divided, what
//! was transferred, what was founded. The counts range from 20 to more than 600, so the bars are
//! on a logarithmic scale and every bar carries its number.

use super::bars::{self, Bars, Row, Scale};
use super::style::{mark_label, stated_value, value_label};
use super::{ChartOutput, Theme};
use crate::data::{self, Figure};

pub const FIGURES: &[&str] = &[
    "scitech-institutes",
    "scitech-universities",
    "shared-units",
    "shared-items",
    "shared-ip-rights",
    "shared-startups",
];

/// Shown as a note under the startups, not as a bar: it is money, not a count.
const INVESTMENT: &str = "shared-investment";

/// The pipeline's stages (our words) and the figures in each.
const STAGES: &[(&str, &[&str])] = &[
    (
        "1. In the pilot",
        &["scitech-institutes", "scitech-universities"],
    ),
    ("2. Ownership divided", &["shared-units", "shared-items"]),
    ("3. Rights transferred", &["shared-ip-rights"]),
    ("4. Companies founded", &["shared-startups"]),
];

const SCALE_WORDS: &str = "logarithmic scale, each gridline ten times the one before";

fn investment_note() -> Option<String> {
    data::figure(INVESTMENT).map(|f| format!("{}: {}", f.label, value_label(f)))
}

/// The chart's headline annotation: what the report counts (our arithmetic is in "Checking the numbers"). Its words are the content file's; a derived
/// figure is never a chart's headline (it lives in "Checking the numbers", with its caveat).
pub fn annotation() -> Option<String> {
    Some(crate::data::content::fill(
        &crate::data::content::ANNOTATIONS_SHARED_OWNERSHIP,
    ))
}

fn spec() -> Bars {
    let mut rows = Vec::new();
    for (heading, ids) in STAGES {
        for (i, f) in ids.iter().filter_map(|id| data::figure(id)).enumerate() {
            rows.push(Row {
                figure: f,
                heading: (i == 0).then(|| heading.to_string()),
                name: f.label.to_string(),
                value: f.value,
                value_label: value_label(f),
                mark_label: mark_label(f),
                note: (f.id == "shared-startups").then(investment_note).flatten(),
            });
        }
    }
    Bars {
        rows,
        scale: Scale::Log,
        axis_note: format!("Count, {SCALE_WORDS}"),
        annotation: annotation(),
    }
}

pub fn render(width: u32, theme: Theme) -> ChartOutput {
    bars::render(width, theme, &spec())
}

pub fn summary() -> String {
    let count = |f: &Figure| format!("{} {}", stated_value(f), f.noun);
    let stages: Vec<String> = STAGES
        .iter()
        .map(|(heading, ids)| {
            let figs: Vec<String> = ids
                .iter()
                .filter_map(|id| data::figure(id))
                .map(count)
                .collect();
            let name = heading.split_once(". ").map_or(*heading, |(_, n)| n);
            format!("{}: {}", name.to_lowercase(), figs.join(" and "))
        })
        .collect();
    let money = data::figure(INVESTMENT)
        .map(|f| format!(", bringing {} of investment", f.display_value()))
        .unwrap_or_default();
    format!(
        "Bar chart of the shared-ownership pilot on a {SCALE_WORDS}, stage by stage: {}{money}.",
        stages.join("; ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::testutil::{check, drawn_as_lower_bound, texts};

    #[test]
    fn stages_cover_the_figures_in_order() {
        let ids: Vec<_> = STAGES
            .iter()
            .flat_map(|(_, ids)| ids.iter().copied())
            .collect();
        assert_eq!(ids, FIGURES);
    }

    #[test]
    fn every_stage_is_drawn_with_its_number_and_qualifier() {
        for width in [288, 320, 1000] {
            let out = render(width, Theme::Light);
            check(&out, width, FIGURES);
            let t = texts(&out);
            for label in ["42", "32", "20", "≥ 400", "≥ 600", "≥ 60"] {
                assert_eq!(
                    t.iter().filter(|s| *s == label).count(),
                    1,
                    "{label} in {t:?}"
                );
            }
            assert!(t.iter().any(|s| s.contains("RMB 3 bn")), "{t:?}");
            for m in &out.marks {
                let lb = data::figure(m.figure_id)
                    .unwrap()
                    .qualifier
                    .is_lower_bound();
                assert_eq!(drawn_as_lower_bound(&out, Theme::Light, m), lb, "{m:?}");
            }
            // On a log scale 20 still gets a readable bar.
            assert!(out.marks[2].w > 0.3 * out.marks[4].w, "{:?}", out.marks);
        }
    }

    #[test]
    fn summary_says_log_scale_and_the_bounds() {
        let s = summary();
        assert!(s.contains("logarithmic"), "{s}");
        assert!(
            s.contains("more than 600 intellectual property rights"),
            "{s}"
        );
        assert!(s.contains("RMB 3 billion"), "{s}");
    }
}
