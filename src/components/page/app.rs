use yew::prelude::*;

use super::{
    chart_keys, checking, downloads, island, limits, IslandKind, Masthead, ReformAreas,
    SourceFooter, StorySection, TimelineSection, Toc,
};
use crate::story::{LEAD_CHART, LEAD_ID, STORY};
use crate::view::embed_views;

/// The whole explainer as the server renders it, in reading order: headline and standfirst, the
/// lead graphic, what the report does not show (the limits come before the figures), the table
/// of contents, the story, the checking of its arithmetic, the timeline, the data.
/// Only its islands are rendered again in the browser (`browser::start`); everything else stays the
/// pre-rendered HTML.
#[function_component(App)]
pub fn app() -> Html {
    let (first, rest) = STORY
        .split_first()
        .map_or((None, STORY), |(f, r)| (Some(f), r));
    html! {
        <>
            <Masthead />
            <main id="main" class="page">
                // Shown by the stylesheet only for an `?embed=` view that does not exist.
                <section class="embed-unknown section" aria-labelledby="embed-unknown-title">
                    <h2 id="embed-unknown-title">{ crate::data::content::PAGE_WORDS_UNKNOWN_VIEW }</h2>
                    <p>
                        { crate::data::content::PAGE_WORDS_UNKNOWN_VIEW_TEXT }
                    </p>
                    <ul>
                        { for embed_views().map(|v| html! { <li><code>{ v }</code></li> }) }
                    </ul>
                </section>
                <section id={LEAD_ID} class="lead-graphic" aria-label={crate::data::content::PAGE_LEAD_LABEL}>
                    { island(IslandKind::Chart(LEAD_CHART)) }
                    { chart_keys(LEAD_CHART) }
                </section>
                { limits() }
                <Toc />
                if let Some(section) = first {
                    <StorySection key={section.id} {section}><ReformAreas /></StorySection>
                }
                { for rest.iter().map(|section| html! { <StorySection key={section.id} {section} /> }) }
                { checking() }
                <TimelineSection />
                { downloads() }
            </main>
            <SourceFooter />
            { island(IslandKind::Source) }
        </>
    }
}
