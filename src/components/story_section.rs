use yew::prelude::*;

use super::{chart_keys, embed_credit, home_chart, island, money_list, FigureCard, IslandKind};
use crate::data::content::{self, fill_with};
use crate::data::{self, Figure, FIGURES};
use crate::story::{
    self, StoryPart, MONEY_PART, PROVINCE_FIGURES, PROVINCE_PART, STAGED_PART, STAGES,
};

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
    let province = |f: &&Figure| section.id == PROVINCE_PART && PROVINCE_FIGURES.contains(&f.id);
    let cards = FIGURES
        .iter()
        .filter(|f| f.section == section.id && home_chart(f).is_none())
        .filter(|f| !province(f));
    let label = fill_with(content::CARDS_TITLE, &[("part", section.short())]);
    html! {
        <section id={section.id} class="section story" aria-labelledby={title_id.clone()}>
            <h2 id={title_id}>{ section.title() }</h2>
            { for story::paragraphs(section.id).into_iter().map(|p| html! { <p class="prose">{ p }</p> }) }
            { props.children.clone() }
            if let Some(chart) = section.chart {
                { island(IslandKind::Chart(chart)) }
                { chart_keys(chart) }
            }
            if section.id == MONEY_PART {
                { money_list() }
            }
            if section.id == STAGED_PART {
                // Labelled numbers per stage: each stage counts a different thing, in its unit.
                <ol class="stages" aria-label={content::STAGES_TITLE}>
                    { for STAGES.iter().zip(content::STAGES_NAMES).map(|(ids, name)| html! {
                        <li class="stage">
                            <p class="stage-name" aria-hidden="true">{ *name }</p>
                            { card_list(ids.iter().filter_map(|id| data::figure(id)), &format!("{label}, {}", name.to_lowercase())) }
                        </li>
                    }) }
                </ol>
            } else if cards.clone().next().is_some() {
                { card_list(cards, &label) }
            }
            if section.id == PROVINCE_PART {
                // The province's figures after the city's, under their own name: a group, not a
                // part, so no heading of its own (each card is one); its list carries the name.
                <div class="card-group" id={story::PROVINCE_GROUP_ID}>
                    <p class="group-name" aria-hidden="true">{ content::PROVINCE_TITLE }</p>
                    { card_list(FIGURES.iter().filter(province), &format!("{label}, {}", content::PROVINCE_TITLE.to_lowercase())) }
                </div>
            }
            if story::embeds_at_end(section) {
                <div class="section-actions">{ island(IslandKind::SectionEmbed(section.id)) }</div>
            }
            { embed_credit(section.id) }
        </section>
    }
}

/// A list of cards, named ("Figures: Mianyang"), not headed: each card is a heading of its own.
fn card_list(cards: impl Iterator<Item = &'static Figure>, label: &str) -> Html {
    html! {
        <ul class="cards" role="list" aria-label={label.to_string()}>
            { for cards.map(|figure| html! { <FigureCard key={figure.id} {figure} /> }) }
        </ul>
    }
}
