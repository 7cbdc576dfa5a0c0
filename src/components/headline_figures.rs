use yew::prelude::*;

use super::FigureCard;
use crate::data;

/// The first view: the report's most telling numbers as cards.
#[function_component(HeadlineFigures)]
pub fn headline_figures() -> Html {
    html! {
        <section class="section" aria-labelledby="headline-title">
            <h2 id="headline-title">{ "The pilot in numbers" }</h2>
            <p class="legend">
                <span class="legend-mark" aria-hidden="true">{ "≥" }</span>
                { " marks a lower bound: the report says “more than”, “over” or “exceeded”, so \
                   the true figure is at least this large." }
            </p>
            <ul class="cards" role="list">
                { for data::headline_figures().map(|figure| html! {
                    <FigureCard key={figure.id} {figure} />
                }) }
            </ul>
        </section>
    }
}
