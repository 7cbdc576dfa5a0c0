use yew::prelude::*;

use super::{chart_keys, embed_credit, figure_anchor, home_chart, island, FigureCard, IslandKind};
use crate::data::content::{self, fill_with, pieces, Piece};
use crate::data::{Figure, FIGURES};
use crate::story::{self, StoryPart, PROVINCE_FIGURES, PROVINCE_PART};

#[derive(Properties, PartialEq)]
pub struct StorySectionProps {
    pub section: &'static StoryPart,
    /// What the section shows between its prose and its chart (the pilot's list of areas).
    #[prop_or_default]
    pub children: Html,
}

/// One section of the story: our prose, which tells its figures, each a link to its source; its
/// chart (whose data table holds the full card of each figure it draws); the cards of the figures
/// that carry the argument (`story::is_card`); and, folded, the full card of every figure the
/// prose tells, with its source sentence. Static in the browser but for its Embed button and
/// chart, which are islands.
#[function_component(StorySection)]
pub fn story_section(props: &StorySectionProps) -> Html {
    let section = props.section;
    let title_id = format!("{}-title", section.id);
    let province = |f: &&Figure| section.id == PROVINCE_PART && PROVINCE_FIGURES.contains(&f.id);
    let own = || {
        FIGURES
            .iter()
            .filter(|f| f.section == section.id && home_chart(f).is_none())
    };
    let cards = own().filter(|f| story::is_card(f) && !province(f));
    let province_cards = own().filter(|f| story::is_card(f) && province(f));
    let told: Vec<&'static Figure> = own().filter(|f| !story::is_card(f)).collect();
    let label = fill_with(content::CARDS_TITLE, &[("part", section.short())]);
    html! {
        <section id={section.id} class="section story" aria-labelledby={title_id.clone()}>
            <h2 id={title_id}>{ section.title() }</h2>
            { for story::prose(section.id).iter().map(|p| prose(p)) }
            { props.children.clone() }
            if let Some(chart) = section.chart {
                { island(IslandKind::Chart(chart)) }
                { chart_keys(chart) }
            }
            if cards.clone().next().is_some() {
                { card_list(cards, &label) }
            }
            if province_cards.clone().next().is_some() {
                // The province's figures after the city's, under their own name: a group, not a
                // part, so no heading of its own (each card is one); its list carries the name.
                <div class="card-group" id={story::PROVINCE_GROUP_ID}>
                    <p class="group-name" aria-hidden="true">{ content::PROVINCE_TITLE }</p>
                    { card_list(province_cards, &format!("{label}, {}", content::PROVINCE_TITLE.to_lowercase())) }
                </div>
            }
            if !told.is_empty() {
                // Folded: the prose tells these figures; each link in it opens this list at the
                // figure's card (a fragment opens a closed disclosure), with or without script.
                <details class="more-figures">
                    <summary>{ fill_with(content::CARDS_MORE, &[("n", &told.len().to_string())]) }</summary>
                    { card_list(told.into_iter(), &label) }
                </details>
            }
            if story::embeds_at_end(section) {
                <div class="section-actions">{ island(IslandKind::SectionEmbed(section.id)) }</div>
            }
            { embed_credit(section.id) }
        </section>
    }
}

/// A paragraph of our prose, each figure it names a link to that figure's one full card.
fn prose(template: &str) -> Html {
    html! {
        <p class="prose">
            { for pieces(template, &[]).into_iter().map(|piece| match piece {
                Piece::Text(text) => html! { { text.to_string() } },
                Piece::Value { text, figure: Some(id) } => html! {
                    <a class="fig-ref" href={format!("#{}", figure_anchor(id))}>{ text }</a>
                },
                Piece::Value { text, figure: None } => html! { { text } },
            }) }
        </p>
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
