//! "What the report does not show": our part, in our words, built only from what the report
//! itself lacks (no outside facts). Static HTML.

use yew::prelude::*;

use crate::data::content;
use crate::story::LIMITS_ID;

pub fn limits() -> Html {
    let title_id = format!("{LIMITS_ID}-title");
    html! {
        <section id={LIMITS_ID} class="section limits" aria-labelledby={title_id.clone()}>
            <h2 id={title_id}>{ content::LIMITS_TITLE }</h2>
            <p class="prose">{ content::LIMITS_INTRO }</p>
            <ul class="limits-list prose">
                { for content::LIMITS_POINTS.iter().map(|point| {
                    // Each point opens with its name, up to the first full stop.
                    let (name, rest) = point.split_once(". ").unwrap_or((point, ""));
                    html! { <li><strong>{ name }{ "." }</strong>{ " " }{ rest }</li> }
                }) }
            </ul>
        </section>
    }
}
