use yew::prelude::*;

use super::figure_anchor;
use crate::charts::style::value_label;
use crate::data;
use crate::story::glance_label;

/// The report's headline figures as a compact strip under the lead graphic: each a number with
/// its qualifier and a few words, linking to the figure's one full card in its section, where
/// the source sentence is one click away.
#[function_component(Glance)]
pub fn glance() -> Html {
    html! {
        <section class="glance" aria-labelledby="glance-title">
            <h2 id="glance-title" class="glance-title">{ "The report's claims at a glance" }</h2>
            <ul class="glance-list" role="list">
                { for data::headline_figures().map(|figure| {
                    let bound = figure.qualifier.is_lower_bound();
                    html! {
                        <li key={figure.id} class="glance-item" data-figure-id={figure.id}>
                            <a href={format!("#{}", figure_anchor(figure.id))}>
                                <span class={classes!("glance-number", bound.then_some("glance-bound"))}>
                                    { value_label(figure) }
                                </span>
                                if bound {
                                    <span class="sr-only">{ " (" }{ figure.qualifier.as_stated() }{ ")" }</span>
                                }
                                <span class="glance-label">{ " " }{ glance_label(figure.id).unwrap_or(figure.label) }</span>
                            </a>
                        </li>
                    }
                }) }
            </ul>
            <p class="glance-key">
                <span class="legend-mark" aria-hidden="true">{ "≥" }</span>
                { " at least: the report says “more than”, “over” or “exceeded”." }
            </p>
        </section>
    }
}
