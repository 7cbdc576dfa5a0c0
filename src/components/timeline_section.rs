use yew::prelude::*;

use super::{embed_credit, island, IslandKind, TimelineLegend};
use crate::story::TIMELINE_INTRO;
use crate::story::TIMELINE_TITLE;

/// The timeline section: its heading, how to read it and the legend, static, around two islands
/// (the Embed button and the timeline itself).
#[function_component(TimelineSection)]
pub fn timeline_section() -> Html {
    html! {
        <section id="timeline" class="section timeline" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{ TIMELINE_TITLE }</h2>
            { island(IslandKind::SectionEmbed("timeline")) }
            <p class="prose">{ TIMELINE_INTRO }</p>
            <TimelineLegend />
            { island(IslandKind::Timeline) }
            { embed_credit("timeline") }
        </section>
    }
}
