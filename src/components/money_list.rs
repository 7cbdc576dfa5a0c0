use yew::prelude::*;

use super::{figure_anchor, stated_value};
use crate::data::{self, content};
use crate::story::MONEY_FIGURES;

/// Every sum of money in the report, each under the kind of money it is, in the money part: no
/// two sums are of the same kind, place and period, so a chart would invite a comparison the
/// report does not support. A labelled list rather than a table, so it reads at 320 px without
/// sideways scrolling; each item links to the figure's card, where its source is. Static HTML,
/// so it costs the WebAssembly nothing.
pub fn money_list() -> Html {
    let kind = |id: &str| {
        (content::MONEY_KINDS.iter())
            .find(|(k, _)| *k == id)
            .map_or("", |(_, v)| *v)
    };
    let items = MONEY_FIGURES
        .iter()
        .filter_map(|id| data::figure(id))
        .map(|f| {
            html! {
                <li key={f.id} class="money-item">
                    <p class="money-kind">{ kind(f.id) }</p>
                    <p class="money-value">{ stated_value(f) }</p>
                    <p class="money-what">
                        // In `?embed=money` the cards are hidden, so there the link opens the
                        // whole explainer at the card, in a new tab (the stylesheet shows one).
                        <a class="in-page" href={format!("#{}", figure_anchor(f.id))}>{ f.label }</a>
                        <a class="in-embed" href={format!("?#{}", figure_anchor(f.id))} target="_blank" rel="noopener">
                            { f.label }<span class="sr-only">{ " " }{ content::EMBED_NEW_TAB }</span>
                        </a>
                        { " · " }{ f.place }{ ", " }{ f.period.label() }
                    </p>
                </li>
            }
        });
    html! {
        <>
            <h3 id="money-list-title" class="money-title">{ content::MONEY_TITLE }</h3>
            <ul class="money-list" role="list" aria-labelledby="money-list-title">{ for items }</ul>
        </>
    }
}
