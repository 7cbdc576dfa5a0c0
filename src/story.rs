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
/// the provincial pilot it stands for, Mianyang, the military–civilian push around it, the
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
        chart: Some(ChartId::SharedOwnership),
    },
    StoryPart {
        id: "mianyang",
        chart: Some(ChartId::MianyangShare),
    },
    StoryPart {
        id: "military",
        chart: None,
    },
    StoryPart {
        id: "ip",
        chart: None,
    },
    StoryPart {
        id: "money",
        chart: Some(ChartId::Money),
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
}
