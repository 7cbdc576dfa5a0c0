use yew::prelude::*;

use super::{embed_credit, island, IslandKind, TimelineLegend};
use crate::story::TIMELINE_INTRO;
use crate::story::TIMELINE_TITLE;

/// The timeline section: its heading, how to read it and the legend, static, around two islands
/// (the timeline itself, and the Embed button at the end).
#[function_component(TimelineSection)]
pub fn timeline_section() -> Html {
    html! {
        <section id="timeline" class="section timeline" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{ TIMELINE_TITLE }</h2>
            <p class="prose">{ TIMELINE_INTRO }</p>
            <TimelineLegend />
            { island(IslandKind::Timeline) }
            <div class="section-actions">{ island(IslandKind::SectionEmbed("timeline")) }</div>
            { embed_credit("timeline") }
        </section>
    }
}
