use yew::prelude::*;

use super::{
    HeadlineFigures, Island, IslandKind, Masthead, ReformAreas, SourceFooter, StorySection,
    TimelineSection,
};
use crate::story::STORY;
use crate::view::embed_views;

/// The whole explainer as the server renders it. Only its islands are hydrated in the browser
/// (`browser::start`); everything else stays the pre-rendered HTML.
#[function_component(App)]
pub fn app() -> Html {
    html! {
        <>
            <Masthead />
            <main id="main" class="page">
                // Shown by the stylesheet only for an `?embed=` view that does not exist.
                <section class="embed-unknown section" aria-labelledby="embed-unknown-title">
                    <h2 id="embed-unknown-title">{ "This view does not exist" }</h2>
                    <p>
                        { "The embed code asks for a view this explainer does not have. \
                           Use ?embed for the whole explainer, or ?embed= with one of:" }
                    </p>
                    <ul>
                        { for embed_views().map(|v| html! { <li><code>{ v }</code></li> }) }
                    </ul>
                </section>
                <HeadlineFigures />
                <ReformAreas />
                <TimelineSection />
                { for STORY.iter().map(|section| html! { <StorySection key={section.id} {section} /> }) }
                <Island kind={IslandKind::Downloads} />
            </main>
            <SourceFooter />
            <Island kind={IslandKind::Source} />
        </>
    }
}
