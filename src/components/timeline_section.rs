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
                { "The report seldom gives a year. It says “three years ago”, “last year” or “in the \
                   past one year since the initiation of such reform”, and counts from 2018, when it \
                   was written. We worked each phrase out to a year and show how sure that is: a \
                   filled marker means the report names the year, an outline means we worked it \
                   out (the details say how), a bar spans several years, and a circle in the shaded \
                   column means the report gives no date, only that it held by 2018. Colours are \
                   reform areas." }
            </p>
            <TimelineLegend />
            <Island kind={IslandKind::Timeline} />
        </section>
    }
}
