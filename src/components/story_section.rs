use yew::prelude::*;

use super::{chart_keys, embed_credit, home_chart, island, FigureCard, IslandKind};
use crate::data::content::{self, fill_with};
use crate::data::FIGURES;
use crate::story::{self, StoryPart};

#[derive(Properties, PartialEq)]
pub struct StorySectionProps {
    pub section: &'static StoryPart,
    /// What the section shows between its prose and its chart (the pilot's list of areas).
    #[prop_or_default]
    pub children: Html,
}

/// One section of the story: our prose, its chart (whose data table holds the full card of each
/// figure it draws), and the cards of the section's other figures. Static in the browser but for its Embed button and chart, which are
/// islands.
#[function_component(StorySection)]
pub fn story_section(props: &StorySectionProps) -> Html {
    let section = props.section;
    let title_id = format!("{}-title", section.id);
    // Figures the section's chart draws have their card in its data table.
    let cards = FIGURES
        .iter()
        .filter(|f| f.section == section.id && home_chart(f).is_none());
    html! {
        <section id={section.id} class="section story" aria-labelledby={title_id.clone()}>
            <h2 id={title_id}>{ section.title() }</h2>
            { island(IslandKind::SectionEmbed(section.id)) }
            { for story::paragraphs(section.id).into_iter().map(|p| html! { <p class="prose">{ p }</p> }) }
            { props.children.clone() }
            if let Some(chart) = section.chart {
                { island(IslandKind::Chart(chart)) }
                { chart_keys(chart) }
            }
            if cards.clone().next().is_some() {
                // Named, not headed: each card is a heading of its own.
                <ul class="cards" role="list" aria-label={fill_with(content::CARDS_TITLE, &[("part", section.short())])}>
                    { for cards.map(|figure| html! {
                        <FigureCard key={figure.id} {figure} />
                    }) }
                </ul>
            }
            { embed_credit(section.id) }
        </section>
    }
}
