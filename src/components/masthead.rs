use yew::prelude::*;

use crate::story::{HEADLINE, KICKER, LEAD};

/// Headline and lead, in our own words; the lead graphic follows right under it, and every
/// figure the lead mentions has its card further down.
#[function_component(Masthead)]
pub fn masthead() -> Html {
    html! {
        <header class="masthead">
            <p class="kicker">{ KICKER }</p>
            <h1>{ HEADLINE }</h1>
            <p class="lead">{ LEAD }</p>
        </header>
    }
}
