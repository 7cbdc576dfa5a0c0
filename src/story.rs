//! The story's structure, in reading order: which parts there are, what each draws, and where
//! the lead graphic stands. Every word lives in the content file (`crate::data::content`,
//! `content/en.toml`); this module only says what goes where.

use crate::data::content;
#[cfg(page_text)]
use crate::data::content::fill;
use crate::data::W;
use crate::view::ChartId;

#[derive(PartialEq)]
pub struct StoryPart {
    /// Section id of the data (`data::SECTIONS`), or a story-only id; used as the DOM id and in
    /// `?embed=<id>`.
    pub id: &'static str,
    pub chart: Option<ChartId>,
}

impl StoryPart {
    pub fn title(&self) -> &'static str {
        content::part_title(self.id)
    }

    /// A few words for the table of contents.
    #[cfg(page_text)]
    pub fn short(&self) -> &'static str {
        content::part_short(self.id)
    }
}

/// The line above the headline, the headline and what the browser's title bar adds to it (these,
/// like every `cfg(page_text)` item, only the pre-rendered page prints).
#[cfg(page_text)]
pub const KICKER: &str = content::PAGE_KICKER;
#[cfg(page_text)]
pub const HEADLINE: &str = content::PAGE_HEADLINE;
#[cfg(page_text)]
pub const TITLE_SUFFIX: &str = content::PAGE_TITLE_SUFFIX;
/// Who published the report all figures come from (the credit line, the source footer and the
/// structured data of `share::head` name it).
#[cfg(page_text)]
pub const PUBLISHER: &str = content::PAGE_PUBLISHER;

/// The sentences under the headline: whose account this is, whose claim, what we add.
#[cfg(page_text)]
pub fn standfirst() -> String {
    fill(content::PAGE_STANDFIRST)
}

/// The lead graphic: the report's own summary claim, drawn first. It belongs to the pilot
/// section (and shows in that section's embed) but stands above the figures at a glance.
pub const LEAD_CHART: ChartId = ChartId::Experiences;
/// DOM id of the lead graphic's section.
pub const LEAD_ID: &str = "lead";
/// DOM ids of our own parts after the story: what the report does not show, and our checking
/// of its numbers.
pub const LIMITS_ID: &str = "limits";
pub const CHECKING_ID: &str = "checking";

/// The glance label of a headline figure, with the data's numbers in.
#[cfg(page_text)]
pub fn glance_label(figure_id: &str) -> Option<String> {
    content::glance_label(figure_id).map(fill)
}

/// The story's parts in reading order: the claim, the best-documented case (the university),
/// the provincial pilot it stands for, Mianyang with the military–civilian push around it, the
/// courts, and the money. Their words are the content file's `[[parts]]`.
pub static STORY: &[StoryPart] = &[
    StoryPart {
        id: "pilot",
        chart: None,
    },
    StoryPart {
        id: "swjtu",
        chart: Some(ChartId::Swjtu),
    },
    StoryPart {
        id: "shared-ownership",
        chart: None,
    },
    StoryPart {
        id: "mianyang",
        chart: Some(ChartId::MianyangShare),
    },
    StoryPart {
        id: "ip",
        chart: None,
    },
    StoryPart {
        id: "money",
        chart: None,
    },
];

/// The prose of the part `id` (`StoryPart::id`), in paragraphs, with the data's numbers in.
#[cfg(page_text)]
pub fn paragraphs(id: &str) -> Vec<String> {
    content::part_prose(id).iter().map(|p| fill(p)).collect()
}

/// The timeline's heading, as the Embed button and the page's outline name it, and what the
/// section says under it.
pub const TIMELINE_TITLE: W = content::TIMELINE_TITLE;
#[cfg(page_text)]
pub const TIMELINE_INTRO: &str = content::TIMELINE_INTRO;

/// What the data downloads hold (the "Get the data" section, and the data set's description in
/// the structured data).
#[cfg(page_text)]
pub const DOWNLOADS_TITLE: &str = content::DOWNLOADS_TITLE;
#[cfg(page_text)]
pub const DOWNLOADS_TEXT: &str = content::DOWNLOADS_TEXT;

/// The part whose cards stand grouped by stage (the content file's `[stages] names`, in order),
/// and each stage's figures: the report counts a different thing at each stage, in its own unit,
/// so they are labelled numbers side by side rather than bars on one axis.
pub const STAGED_PART: &str = "shared-ownership";
pub const STAGES: [&[&str]; 4] = [
    &["scitech-institutes", "scitech-universities"],
    &["shared-units", "shared-items"],
    &["shared-ip-rights"],
    &["shared-startups", "shared-investment"],
];

/// The part whose cards end with the province's military–civilian figures, under their own name
/// (the content file's `[province] title`): too thin for a part of their own, they follow the
/// city the report makes their example. The group's DOM id is the retired part's, so that old
/// `#military` links land on it.
pub const PROVINCE_PART: &str = "mianyang";
pub const PROVINCE_GROUP_ID: &str = "military";
pub const PROVINCE_FIGURES: [&str; 3] = ["mci-central-groups", "mci-clusters", "mci-revenue-2017"];

/// The part that lists every sum of money in the report under its kind (the content file's
/// `[money.kinds]`), in a list: no two are of the same kind, place and period, so no chart
/// compares them. Each keeps its card in its own part.
pub const MONEY_PART: &str = "money";
pub const MONEY_FIGURES: [&str; 5] = [
    "mci-revenue-2017",
    "mianyang-output-2017",
    "mianyang-device-value",
    "shared-investment",
    "swjtu-social-investment",
];

/// The part a chart belongs to, which its Embed button embeds: the part that draws it, or for
/// the lead graphic the first part (whose embed shows it).
pub fn chart_part(chart: ChartId) -> &'static StoryPart {
    STORY
        .iter()
        .find(|s| s.chart == Some(chart))
        .unwrap_or(&STORY[0])
}

/// Whether a part's Embed button stands at its end: the parts that draw no chart, and not the
/// first, whose lead graphic carries it. A chart's Embed button is in the chart's action row.
pub fn embeds_at_end(part: &StoryPart) -> bool {
    part.chart.is_none() && !std::ptr::eq(part, &STORY[0])
}

/// The story part with this id.
pub fn part(id: &str) -> Option<&'static StoryPart> {
    STORY.iter().find(|s| s.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data;

    #[test]
    fn every_headline_figure_has_a_glance_label_and_every_label_a_headline_figure() {
        for figure in data::headline_figures() {
            assert!(glance_label(figure.id).is_some(), "{}", figure.id);
        }
        for (id, _) in content::GLANCE_LABELS {
            assert!(
                data::figure(id).is_some_and(|f| f.headline),
                "{id} is not a headline figure"
            );
        }
    }

    #[test]
    fn the_lead_chart_belongs_to_the_first_section_and_no_section_draws_it_again() {
        assert_eq!(STORY[0].id, "pilot");
        assert!(STORY.iter().all(|s| s.chart != Some(LEAD_CHART)));
        for id in [LEAD_ID, LIMITS_ID, CHECKING_ID] {
            assert!(part(id).is_none(), "{id} must not clash with a part");
        }
    }

    #[test]
    fn the_content_file_has_the_story_parts_and_no_other() {
        let ids: Vec<&str> = STORY.iter().map(|s| s.id).collect();
        assert_eq!(content::PARTS_IDS, ids.as_slice(), "same parts, same order");
        for part in STORY {
            assert!(!part.title().is_empty() && !part.short().is_empty());
            assert!(!paragraphs(part.id).is_empty(), "{} has no prose", part.id);
        }
    }

    #[test]
    fn words_used_as_they_are_hold_no_placeholder() {
        for text in [
            KICKER,
            HEADLINE,
            TITLE_SUFFIX,
            PUBLISHER,
            &TIMELINE_TITLE,
            TIMELINE_INTRO,
            DOWNLOADS_TITLE,
            DOWNLOADS_TEXT,
        ] {
            assert!(!text.contains('{'), "{text}");
        }
        for part in STORY {
            assert!(!part.title().contains('{') && !part.short().contains('{'));
        }
    }

    #[test]
    fn the_stages_hold_exactly_the_staged_parts_figures_once_each() {
        assert_eq!(
            content::STAGES_NAMES.len(),
            STAGES.len(),
            "a name per stage"
        );
        let mut staged: Vec<&str> = STAGES.iter().flat_map(|s| s.iter().copied()).collect();
        let mut part: Vec<&str> = (data::FIGURES.iter())
            .filter(|f| f.section == STAGED_PART)
            .map(|f| f.id)
            .collect();
        staged.sort_unstable();
        part.sort_unstable();
        assert_eq!(staged, part);
    }

    #[test]
    fn the_province_group_holds_figures_of_its_part_and_its_id_clashes_with_no_part() {
        for id in PROVINCE_FIGURES {
            assert_eq!(
                data::figure(id).map(|f| f.section),
                Some(PROVINCE_PART),
                "{id}"
            );
        }
        assert!(part(PROVINCE_GROUP_ID).is_none());
        assert_eq!(
            crate::view::retired_view(PROVINCE_GROUP_ID),
            Some(PROVINCE_PART),
            "an old embed of the retired part opens the part that holds its figures"
        );
    }

    #[test]
    fn every_part_has_one_embed_button_in_its_chart_row_or_at_its_end() {
        for part in STORY {
            let in_a_chart_row = ChartId::ALL
                .into_iter()
                .filter(|c| std::ptr::eq(chart_part(*c), part))
                .count();
            let at_end = usize::from(embeds_at_end(part));
            assert_eq!(in_a_chart_row + at_end, 1, "{}", part.id);
        }
    }

    #[test]
    fn the_money_list_names_every_sum_of_money_with_its_kind() {
        let mut sums: Vec<&str> = (data::FIGURES.iter())
            .filter(|f| f.unit == data::Unit::RmbBillion)
            .map(|f| f.id)
            .collect();
        let mut listed = MONEY_FIGURES.to_vec();
        sums.sort_unstable();
        listed.sort_unstable();
        assert_eq!(listed, sums);
        let kinds: Vec<&str> = content::MONEY_KINDS.iter().map(|(id, _)| *id).collect();
        let mut kinds_sorted = kinds.clone();
        kinds_sorted.sort_unstable();
        assert_eq!(
            kinds_sorted, sums,
            "a kind for each sum, and for nothing else"
        );
    }
}
