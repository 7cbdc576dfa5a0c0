use yew::prelude::*;

use crate::data::content::{self, fill};

/// One marker shape as a small picture; `solid` fills it like a stated date.
fn shape(path: Html, solid: bool, extra: &'static str) -> Html {
    let fill = if solid { "" } else { " tl-shape-hollow" };
    let class = format!("tl-shape{fill}{extra}");
    html! { <svg {class} viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">{ path }</svg> }
}

/// What the timeline's four shapes mean, in HTML: it wraps, translates and reads aloud, which
/// text inside the SVG would not. Four entries, no colour key: every marker has the figures' one
/// colour, and the area is said in words.
#[function_component(TimelineLegend)]
pub fn timeline_legend() -> Html {
    let diamond = || html! { <path d="M12 4 20 12 12 20 4 12Z" /> };
    let bar = || html! { <rect x="2" y="8" width="20" height="8" /> };
    html! {
        <div class="tl-legend">
            <div>
                <h3 class="tl-legend-title" id="tl-legend-shapes">{ content::PAGE_WORDS_LEGEND_SHAPES }</h3>
                <ul class="tl-legend-list" role="list" aria-labelledby="tl-legend-shapes">
                    <li>{ shape(diamond(), true, "") }{ content::PAGE_WORDS_LEGEND_STATED }</li>
                    <li>{ shape(diamond(), false, "") }{ content::PAGE_WORDS_LEGEND_RESOLVED }</li>
                    // Turned upright by CSS where the chart runs top to bottom, as its bars do.
                    <li>{ shape(bar(), false, " tl-shape-span") }{ content::PAGE_WORDS_LEGEND_SPAN }</li>
                    <li>
                        { shape(html! { <circle cx="12" cy="12" r="7" /> }, false, "") }
                        { fill(content::PAGE_WORDS_LEGEND_UNDATED) }
                    </li>
                </ul>
            </div>
        </div>
    }
}
