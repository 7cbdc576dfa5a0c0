use yew::prelude::*;

use super::{Island, IslandKind, TimelineLegend};

/// The timeline's heading, as the Embed button and the page's outline name it.
pub const TIMELINE_TITLE: &str = "The reform, event by event";

/// The timeline section: its heading, how to read it and the legend, static, around two islands
/// (the Embed button and the timeline itself).
#[function_component(TimelineSection)]
pub fn timeline_section() -> Html {
    html! {
        <section id="timeline" class="section timeline" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{ TIMELINE_TITLE }</h2>
            <Island kind={IslandKind::SectionEmbed("timeline")} />
            <p class="prose">
                { "The report seldom names a year. We worked each relative date out; a marker's \
                   shape says how sure that is." }
            </p>
            <TimelineLegend />
            <Island kind={IslandKind::Timeline} />
        </section>
    }
}
