use yew::prelude::*;

use super::figure_anchor;
use crate::charts::style::{stated_value, value_label};
use crate::data;
use crate::data::content;
use crate::story::glance_label;

/// The report's headline figures as a compact strip under the lead graphic: each a number with
/// its qualifier and a few words, linking to the figure's one full card in its section, where
/// the source sentence is one click away.
#[function_component(Glance)]
pub fn glance() -> Html {
    html! {
        <section class="glance" aria-labelledby="glance-title">
            <h2 id="glance-title" class="glance-title">{ content::GLANCE_TITLE }</h2>
            <ul class="glance-list" role="list">
                { for data::headline_figures().map(|figure| {
                    let bound = figure.qualifier.is_lower_bound();
                    html! {
                        <li key={figure.id} class="glance-item" data-figure-id={figure.id}>
                            <a href={format!("#{}", figure_anchor(figure.id))}>
                                // The qualifier is heard once, in the report's words; the
                                // "≥" is for the eye.
                                <span class={classes!("glance-number", bound.then_some("glance-bound"))}>
                                    if bound {
                                        <span aria-hidden="true">{ value_label(figure) }</span>
                                        <span class="sr-only">{ stated_value(figure) }</span>
                                    } else {
                                        { value_label(figure) }
                                    }
                                </span>
                                <span class="glance-label">{ " " }{ glance_label(figure.id).unwrap_or_else(|| figure.label.into()) }</span>
                            </a>
                        </li>
                    }
                }) }
            </ul>
            // For the eye only: a screen reader hears each qualifier in words.
            <p class="glance-key" aria-hidden="true">{ content::GLANCE_KEY }</p>
        </section>
    }
}
