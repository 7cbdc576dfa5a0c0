//! The story's structure, in reading order: which parts there are, what each draws, and where
//! the lead graphic stands. Every word lives in the content file (`crate::data::content`,
//! `content/en.toml`); this module only says what goes where.

use crate::data::content;
use crate::data::{ChartId, W};

/// A part of the story: `data/report.toml`'s `[[sections]]`, the one list of them.
pub use crate::data::Section as StoryPart;
/// The story's parts in reading order: the pilot, its one before-and-after (the university), the
/// provincial pilot the university belongs to, Mianyang with the province around it, and
/// intellectual property. Their words are the content file's `[[parts]]` (the build checks that
/// they follow this list); the sums of money are told in their own parts, and the point that they
/// are of different kinds is made once, among the limits.
pub use crate::data::SECTIONS as STORY;

// The words of a part (an inherent impl may stand anywhere in the crate: the data stays free of
// the story's words).
impl StoryPart {
    /// A part's title, as its heading, the contents and its Embed button name it.
    pub fn title(&self) -> &'static str {
        content::part_title(self.id)
    }
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

/// Whether a figure stands as a card on the page by default: the report's headline figures that
/// no chart draws (at most eight cards carry the argument). Every other figure is told in its
/// part's prose, its card folded beside it, or drawn by a chart, its card a row of the chart's
/// table.
pub fn is_card(figure: &crate::data::Figure) -> bool {
    figure.headline
}

/// The timeline's heading, as the Embed button and the page's outline name it, and what the
/// section says under it.
pub const TIMELINE_TITLE: W = content::TIMELINE_TITLE;

/// The part whose cards end with the province's military–civilian figures, under their own name
/// (the content file's `[province] title`): too thin for a part of their own, they follow the
/// city the report makes their example. The group's DOM id is the retired part's, so that old
/// `#military` links land on it.
pub const PROVINCE_PART: &str = "mianyang";
pub const PROVINCE_GROUP_ID: &str = "military";
pub const PROVINCE_FIGURES: [&str; 3] = ["mci-central-groups", "mci-clusters", "mci-revenue-2017"];

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

/// The words only the pre-rendered page prints, in one module under one `cfg` (`page_text`,
/// build.rs): the shipped WebAssembly renders islands only and has none of them.
#[cfg(page_text)]
mod page_words {
    use super::StoryPart;
    use crate::data::content::{self, fill};

    impl StoryPart {
        /// A few words for the table of contents.
        pub fn short(&self) -> &'static str {
            content::part_short(self.id)
        }
    }

    /// The line above the headline, the headline and what the browser's title bar adds to it.
    pub const KICKER: &str = content::PAGE_KICKER;
    pub const HEADLINE: &str = content::PAGE_HEADLINE;
    pub const TITLE_SUFFIX: &str = content::PAGE_TITLE_SUFFIX;
    /// Who published the report all figures come from (the credit line, the source footer and the
    /// structured data of `share::head` name it).
    pub const PUBLISHER: &str = content::PAGE_PUBLISHER;

    /// The sentences under the headline: whose account this is, whose claim, what we add.
    pub fn standfirst() -> String {
        fill(content::PAGE_STANDFIRST)
    }

    /// The prose of the part `id` (`StoryPart::id`), in paragraphs, with the data's numbers in.
    pub fn paragraphs(id: &str) -> Vec<String> {
        prose(id).iter().map(|p| fill(p)).collect()
    }

    /// The prose of the part `id` as written, placeholders in: the page links each figure it names.
    pub fn prose(id: &str) -> &'static [&'static str] {
        content::part_prose(id)
    }

    pub const TIMELINE_INTRO: &str = content::TIMELINE_INTRO;

    /// What the data downloads hold (the "Get the data" section, and the data set's description in
    /// the structured data).
    pub const DOWNLOADS_TITLE: &str = content::DOWNLOADS_TITLE;
    pub const DOWNLOADS_TEXT: &str = content::DOWNLOADS_TEXT;
}
#[cfg(page_text)]
pub use page_words::*;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data;

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
        // The build checks that `[[parts]]` follows the data's sections; this, that each has words.
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

    /// Every figure of the report is on the page by default as a card, a chart's mark or a
    /// link in its part's prose; and at most eight cards stand by default.
    #[test]
    fn every_figure_is_a_card_a_mark_or_told_in_its_part() {
        let mut cards = 0;
        for f in data::FIGURES {
            let drawn = ChartId::ALL
                .into_iter()
                .any(|c| crate::charts::registry::figures(c).contains(&f.id));
            let told = prose(f.section).iter().any(|p| {
                data::placeholder::segments(p).any(|s| {
                    matches!(s, data::placeholder::Segment::Name { name, .. }
                        if data::placeholder::figure_field(name).is_some_and(|(id, _)| id == f.id))
                })
            });
            cards += usize::from(is_card(f) && !drawn);
            assert!(
                drawn || is_card(f) || told,
                "{} is nowhere by default",
                f.id
            );
        }
        assert!(cards <= 8, "{cards} cards");
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
}
