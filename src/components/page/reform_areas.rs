use yew::prelude::*;

use crate::data::{content, AREAS};

/// The reform areas exactly as the report lists them: one featured, seven named after it. Part
/// of the pilot section.
#[function_component(ReformAreas)]
pub fn reform_areas() -> Html {
    html! {
        <ul class="areas" role="list" aria-label={content::PAGE_WORDS_AREAS_LABEL}>
            { for AREAS.iter().map(|area| html! {
                <li key={area.id} class={classes!("area", area.featured.then_some("area-featured"))}>
                    { area.name }
                    if area.featured {
                        <span class="area-note">{ " " }{ content::PAGE_WORDS_AREAS_FEATURED }</span>
                    }
                </li>
            }) }
        </ul>
    }
}
