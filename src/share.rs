//! What a shared link shows: one page per view (the whole explainer, opening at that view) with
//! its own title, description, image and canonical address, so a chat, a social network or a
//! CMS previews the view that was linked. Pure and deterministic like the rest of the render;
//! the site step (`src/site.rs`) writes it all into `dist/` (docs/sharing.md).
//!
//! Every word comes from the story and the data: a view's title is its section's, its
//! description the section's first sentences, its image's alt text the chart's own summary.

pub mod card;
pub mod head;
#[cfg(feature = "share")]
pub mod manifest;
pub mod page;
#[cfg(feature = "share")]
pub mod raster;

// Native only: they parse the JSON-LD with serde_json, a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

use crate::charts::registry;
use crate::data::content::{self, fill_with};
use crate::data::ChartId;
use crate::data::{self, EVENTS, FIGURES};
use crate::story::{self, HEADLINE, LEAD_CHART, STORY, TIMELINE_INTRO, TIMELINE_TITLE};
use crate::view::embed_views;

/// The share image's size: the 1.91:1 card that Open Graph and `summary_large_image` show.
pub const IMAGE_WIDTH: u32 = 1200;
pub const IMAGE_HEIGHT: u32 = 630;
/// Where the share images go, under the site's root.
pub const IMAGE_DIR: &str = "share";
/// Descriptions keep whole sentences up to about this length: previews cut longer ones.
const DESCRIPTION_CHARS: usize = 220;

/// What a view's share image draws under its title.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Visual {
    Chart(ChartId),
    Timeline,
    /// The cards of a section that has no chart of its own (by section id).
    Figures(&'static str),
}

#[derive(Clone, Debug, PartialEq)]
pub struct ShareView {
    /// `None` for the whole explainer (`index.html`), else the view's id (`embed_views`).
    pub id: Option<&'static str>,
    pub title: &'static str,
    pub description: String,
    pub visual: Visual,
}

impl ShareView {
    /// The page's file in `dist/`. Views sit beside `index.html` (`swjtu.html`), so every
    /// relative address in the page, and the service worker's scope, stay exactly as they are.
    pub fn file(&self) -> String {
        self.id
            .map_or_else(|| "index.html".into(), |id| format!("{id}.html"))
    }

    /// The page's address relative to the site's root: `""` for the explainer itself.
    pub fn path(&self) -> String {
        self.id.map_or_else(String::new, |id| format!("{id}.html"))
    }

    /// The share image's file, relative to the site's root.
    pub fn image(&self) -> String {
        format!("{IMAGE_DIR}/{}.png", self.id.unwrap_or("explainer"))
    }

    /// The browser's title: the explainer's, or the view's followed by the headline.
    pub fn document_title(&self) -> String {
        match self.id {
            None => format!("{HEADLINE} — {}", story::TITLE_SUFFIX),
            Some(_) => format!("{} — {HEADLINE}", self.title),
        }
    }

    /// What the share image shows, for those who cannot see it: the summary a screen reader
    /// gets for the same chart, or the cards' values.
    pub fn image_alt(&self) -> String {
        let what = match self.visual {
            Visual::Chart(chart) => registry::summary(chart),
            Visual::Timeline => timeline_alt(),
            Visual::Figures(section) => section_figures(section)
                .map(|f| format!("{}: {}", f.label, f.display_value()))
                .collect::<Vec<_>>()
                .join("; "),
        };
        format!("{}. {what}", self.title)
    }
}

/// The explainer first, then every view in the order of `embed_views`: the story's sections and
/// the timeline.
pub fn views() -> Vec<ShareView> {
    let page = ShareView {
        id: None,
        title: HEADLINE,
        description: sentences(&story::standfirst(), DESCRIPTION_CHARS),
        visual: Visual::Chart(LEAD_CHART),
    };
    let parts = embed_views().filter_map(|id| {
        if id == "timeline" {
            let count = EVENTS.len();
            return Some(ShareView {
                id: Some(id),
                title: &TIMELINE_TITLE,
                description: fill_with(
                    content::PAGE_WORDS_SHARE_TIMELINE,
                    &[("count", &count.to_string()), ("note", TIMELINE_INTRO)],
                ),
                visual: Visual::Timeline,
            });
        }
        let part = story::part(id)?;
        // The lead graphic belongs to the first section, and shows in that section's embed.
        let visual = match part.chart {
            Some(chart) => Visual::Chart(chart),
            None if std::ptr::eq(part, &STORY[0]) => Visual::Chart(LEAD_CHART),
            None => Visual::Figures(part.id),
        };
        Some(ShareView {
            id: Some(id),
            title: part.title(),
            description: sentences(
                &story::paragraphs(part.id)
                    .into_iter()
                    .next()
                    .unwrap_or_else(story::standfirst),
                DESCRIPTION_CHARS,
            ),
            visual,
        })
    });
    std::iter::once(page).chain(parts).collect()
}

/// The figures of a section, in report order.
pub fn section_figures(section: &str) -> impl Iterator<Item = &'static data::Figure> + '_ {
    FIGURES.iter().filter(move |f| f.section == section)
}

fn timeline_alt() -> String {
    // The first and last years, each marked if we worked it out.
    let first = EVENTS.iter().min_by_key(|e| e.period.start);
    let last = EVENTS.iter().max_by_key(|e| e.period.end);
    fill_with(
        content::PAGE_WORDS_SHARE_TIMELINE_ALT,
        &[
            ("count", &EVENTS.len().to_string()),
            (
                "year",
                &first.map(|e| e.period.start_label()).unwrap_or_default(),
            ),
            (
                "when",
                &last.map(|e| e.period.end_label()).unwrap_or_default(),
            ),
        ],
    )
}

/// The first sentences of `text` that fit in `max` characters (at least one, whole): a
/// sentence ends at ". ", "? " or "! ", so "RMB 3.6 billion" stays whole.
pub fn sentences(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut end = 0;
    for (i, c) in text.char_indices() {
        let after = i + c.len_utf8();
        let at_end =
            matches!(c, '.' | '?' | '!') && (after == text.len() || text[after..].starts_with(' '));
        if !at_end {
            continue;
        }
        if text[..after].chars().count() > max && end > 0 {
            break;
        }
        end = after;
    }
    if end == 0 {
        text
    } else {
        text[..end].to_string()
    }
}

/// `text` for HTML or SVG text and attribute values (both quoted with `"`).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}
