use yew::prelude::*;

use crate::data::content::{self, fill, updated_text};
use crate::data::UPDATED;
use crate::story::{self, HEADLINE, KICKER};

/// Headline, standfirst and credit line: within the first screen a reader learns whose account
/// this is (the Sichuan government's own, of its own pilot), that its key claim is second-hand,
/// what the explainer adds, where the report was published and when the explainer was last
/// updated (a date from the data, so the build stays deterministic). The lead graphic follows.
#[function_component(Masthead)]
pub fn masthead() -> Html {
    let (year, month, day) = UPDATED;
    html! {
        <header class="masthead">
            <p class="kicker">{ KICKER }</p>
            <h1>{ HEADLINE }</h1>
            <p class="lead">{ story::standfirst() }</p>
            <p class="credit" id="credit">
                { fill(content::PAGE_CREDIT) }{ " " }
                <span class="credit-date">
                    { content::PAGE_UPDATED }{ " " }
                    <time datetime={format!("{year:04}-{month:02}-{day:02}")}>{ updated_text() }</time>
                    { "." }
                </span>
            </p>
            // The one explanation of the mark on every year we worked out, before the first one
            // the page prints outside the standfirst and credit.
            <p class="credit credit-note">{ content::NUMBERS_INFERRED_NOTE }</p>
        </header>
    }
}
