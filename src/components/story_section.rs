use yew::prelude::*;

use super::{FigureCard, Island, IslandKind};
use crate::charts::registry;
use crate::data::FIGURES;
use crate::story::StoryPart;

#[derive(Properties, PartialEq)]
pub struct StorySectionProps {
    pub section: &'static StoryPart,
}

/// One section of the story: our prose, its chart, and cards for the section's figures that the
/// chart does not show, so that every figure of the report appears with its source. Static in
/// the browser but for its Embed button and chart, which are islands.
#[function_component(StorySection)]
pub fn story_section(props: &StorySectionProps) -> Html {
    let section = props.section;
    let charted = section.chart.map(registry::figures).unwrap_or_default();
    let title_id = format!("{}-title", section.id);
    let cards = FIGURES
        .iter()
        .filter(|f| f.section == section.id && !charted.contains(&f.id));
    html! {
        <section id={section.id} class="section story" aria-labelledby={title_id.clone()}>
            <h2 id={title_id}>{ section.title }</h2>
            <Island kind={IslandKind::SectionEmbed(section.id)} />
            { for section.paragraphs.iter().map(|p| html! { <p class="prose">{ *p }</p> }) }
            if let Some(chart) = section.chart {
                <Island kind={IslandKind::Chart(chart)} />
            }
            <ul class="cards cards-compact" role="list">
                { for cards.map(|figure| html! {
                    <FigureCard key={figure.id} {figure} />
                }) }
            </ul>
        </section>
    }
}
