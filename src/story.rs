//! The explainer's own prose, in reading order: the lead, the figures at a glance, then one
//! section per part of the report. Figures in the prose are the report's; every one of them also
//! has its card (number, qualifier, place, period, and its source sentence one click away) in the
//! section it belongs to.

use crate::view::ChartId;

#[derive(PartialEq)]
pub struct StoryPart {
    /// Section id of the data (`data::SECTIONS`), or a story-only id; used as the DOM id.
    pub id: &'static str,
    pub title: &'static str,
    /// A few words for the table of contents.
    pub short: &'static str,
    pub chart: Option<ChartId>,
}

/// The line above the headline.
pub const KICKER: &str = "Explainer · Sichuan, 2015–2017";
/// The page's headline and the two or three sentences under it.
pub const HEADLINE: &str = "How Sichuan turned a reform pilot into results";
/// What the browser's title bar adds to the headline.
pub const TITLE_SUFFIX: &str = "an explainer in figures";
/// Who published the report all figures come from (the source footer and the structured data
/// of `share::head` both name it).
pub const PUBLISHER: &str = "Sichuan Provincial People's Government";
pub const LEAD: &str =
    "In 2015 China let eight regions, Sichuan among them, try out new rules for \
     innovation. Sichuan opened defence research and industry to civilian firms and let scientists \
     co-own what they invent. Three years on, its government reports that 8 of the 13 lessons the \
     first pilot zones offered the country came from Sichuan.";

/// The lead graphic: the report's own summary claim, drawn first. It belongs to the pilot
/// section (and shows in that section's embed) but stands above the figures at a glance.
pub const LEAD_CHART: ChartId = ChartId::Experiences;
/// DOM id of the lead graphic's section.
pub const LEAD_ID: &str = "lead";

/// Short labels for the figures at a glance (`data::headline_figures`), in our words: the
/// number and its qualifier come from the data, these say what it counts.
pub static GLANCE_LABELS: &[(&str, &str)] = &[
    (
        "experiences-from-sichuan",
        "of 13 national reform lessons from Sichuan",
    ),
    ("mci-revenue-2017", "military–civilian revenue, 2017"),
    ("mianyang-devices", "devices shared in Mianyang"),
    (
        "mianyang-output-share-2017",
        "of Mianyang's output from military–civilian firms",
    ),
    ("shared-ip-rights", "research rights transferred"),
    (
        "swjtu-patents-before",
        "patents a university licensed in 5 years before",
    ),
    (
        "swjtu-patents-confirmed",
        "inventions it co-owned in 1 year after",
    ),
    ("ip-patent-cases-2017", "patent cases handled, 2017"),
];

/// The glance label of a headline figure.
pub fn glance_label(figure_id: &str) -> Option<&'static str> {
    GLANCE_LABELS
        .iter()
        .find(|(id, _)| *id == figure_id)
        .map(|(_, label)| *label)
}

pub static STORY: &[StoryPart] = &[
    StoryPart {
        id: "pilot",
        title: "A pilot zone, three years on",
        short: "The pilot",
        chart: None,
    },
    StoryPart {
        id: "military",
        title: "Military and civilian sectors working together",
        short: "Military–civilian",
        chart: None,
    },
    StoryPart {
        id: "mianyang",
        title: "Mianyang: sharing equipment and growing industry",
        short: "Mianyang",
        chart: Some(ChartId::MianyangShare),
    },
    StoryPart {
        id: "shared-ownership",
        title: "Sharing ownership of research results",
        short: "Shared ownership",
        chart: Some(ChartId::SharedOwnership),
    },
    StoryPart {
        id: "swjtu",
        title: "One university before and after the reform",
        short: "One university",
        chart: Some(ChartId::Swjtu),
    },
    StoryPart {
        id: "ip",
        title: "Protecting intellectual property",
        short: "Intellectual property",
        chart: None,
    },
    StoryPart {
        id: "money",
        title: "The money, on one scale",
        short: "The money",
        chart: Some(ChartId::Money),
    },
];

/// Each part's prose, by id. Apart from `STORY`, which the islands read (ids and titles), so that
/// the prose stays out of the WebAssembly: only the pre-rendered page and the share step read it
/// (a static array is linked whole, whatever field the code reads).
static PROSE: &[(&str, &[&str])] = &[
    (
        "pilot",
        &[
            "Pilot zones may try rules before they apply nationwide. The report credits Sichuan \
             with 8 of the 13 experiences the first batch produced for others to copy. It names \
             seven of its eight reform areas; the eighth is the military–civilian integration it \
             puts first.",
        ],
    ),
    (
        "military",
        &[
            "Sichuan opened defence research and industry to civilian firms, and the other way \
             round, in agreements with the national defence science bureau, 12 central military \
             industrial groups and the Chinese Academy of Sciences. Ten high-tech clusters formed, \
             and in 2017 revenue from this integration passed RMB 310 billion.",
        ],
    ),
    (
        "mianyang",
        &[
            "Mianyang, a city built around defence research, opened more than 3,300 devices worth \
             over RMB 3.6 billion to more than 1,100 companies. In 2017 its more than 300 \
             military–civilian enterprises produced RMB 153 billion, more than half the city's \
             output; the report gives no exact share, so the chart leaves it open past 50%.",
        ],
    ),
    (
        "shared-ownership",
        &[
            "Publicly funded research used to belong to the state alone. From 2015 Sichuan had \
             researchers and their institutions co-own it: 42 institutes and 32 universities ran \
             pilots, 20 units divided ownership of more than 400 items, more than 600 rights were \
             transferred and more than 60 startups followed, with RMB 3 billion of investment.",
        ],
    ),
    (
        "swjtu",
        &[
            "At Southwest Jiaotong University inventors became co-owners. In the five years \
             before, it transferred or licensed 14 patents; in the first year after, it confirmed \
             shared ownership of 168 inventions and patents, 16 startups were founded and social \
             investment grew by more than RMB 1 billion. The counts are not quite alike, and the \
             years are our reading of the report's relative dates.",
        ],
    ),
    (
        "ip",
        &[
            "Sichuan merged the civil, criminal and administrative sides of intellectual-property \
             trials and set up an IP court in Chengdu. In 2017 it handled 167,500 “cases dealt \
             involving patent application”, the most in central and western China.",
        ],
    ),
    (
        "money",
        &[
            "Every renminbi figure of the report on one chart. Switch to the logarithmic scale to \
             compare the small sums.",
        ],
    ),
];

/// The prose of the part `id` (`StoryPart::id`), in paragraphs.
pub fn paragraphs(id: &str) -> &'static [&'static str] {
    PROSE
        .iter()
        .find(|(part, _)| *part == id)
        .map_or(&[], |(_, p)| p)
}

/// The timeline's heading, as the Embed button and the page's outline name it, and what the
/// section says under it.
pub const TIMELINE_TITLE: &str = "The reform, event by event";
pub const TIMELINE_INTRO: &str = "The report seldom names a year. We worked each relative date \
                                  out; a marker's shape says how sure that is.";

/// What the data downloads hold (the "Get the data" section, and the data set's description in
/// the structured data).
pub const DOWNLOADS_TITLE: &str = "Get the data";
pub const DOWNLOADS_TEXT: &str = "All figures of the report, one a row, with the qualifier, unit, \
                                  period, place and source paragraph of each; then the figures \
                                  that follow from them, with their inputs, operation and bounds.";

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
        for (id, _) in GLANCE_LABELS {
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
        assert!(part(LEAD_ID).is_none(), "the lead's id must not clash");
    }

    #[test]
    fn every_part_has_its_prose_and_all_prose_a_part() {
        for part in STORY {
            assert!(!paragraphs(part.id).is_empty(), "{} has no prose", part.id);
        }
        for (id, _) in PROSE {
            assert!(self::part(id).is_some(), "prose for no part: {id}");
        }
    }
}
