use yew::prelude::*;

use crate::data::AREAS;

/// The reform areas exactly as the report lists them: one featured, seven named after it.
#[function_component(ReformAreas)]
pub fn reform_areas() -> Html {
    let named = AREAS.iter().filter(|area| !area.featured).count();
    html! {
        <section class="section" aria-labelledby="areas-title">
            <h2 id="areas-title">{ "Eight areas of reform" }</h2>
            <p>
                { "The report speaks of innovation in “eight areas” but lists " }{ named }
                { " by name; the eighth is the military–civilian integration that the same \
                   sentence puts first. We show the list as written rather than invent a name." }
            </p>
            <ul class="areas" role="list">
                { for AREAS.iter().map(|area| html! {
                    <li key={area.id} class={classes!("area", area.featured.then_some("area-featured"))}>
                        { area.name }
                        if area.featured {
                            <span class="area-note">{ " — featured" }</span>
                        }
                    </li>
                }) }
            </ul>
        </section>
    }
}
