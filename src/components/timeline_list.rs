use yew::prelude::*;

use super::dating_phrase;
use super::timeline::area_name;
use crate::data::content::{self, fill_with};
use crate::data::Event;

/// Every visible event as text, in order: the timeline for screen readers, and for readers
/// without JavaScript, who get it from the pre-rendered page.
/// `events`: the visible events, in time order; `on_pick` gets the index of the one to show. A
/// plain function, as `timeline_detail`.
pub fn timeline_list(
    events: &[&'static Event],
    selected: Option<&'static str>,
    on_pick: &Callback<usize>,
) -> Html {
    if events.is_empty() {
        return html! {
            <p class="tl-empty">{ content::UI_TIMELINE_NO_EVENTS }</p>
        };
    }
    let items = events.iter().enumerate().map(|(i, event)| {
        let current = selected == Some(event.id);
        let on_pick = on_pick.clone();
        html! {
            <li key={event.id} class={classes!("tl-item", current.then_some("tl-item-current"))}
                data-event-id={event.id} aria-current={current.then_some("true")}>
                // What happened, then when and how sure, said inline, and the area.
                <h4 class="tl-item-title">{ event.title }</h4>
                <p class="tl-item-date">
                    <strong>{ event.period.label() }</strong>{ " (" }{ dating_phrase(&event.period) }{ ") · " }{ area_name(event.area) }
                </p>
                <p class="tl-item-summary">{ event.summary }</p>
                <button type="button" class="link-button tl-js" onclick={move |_| on_pick.emit(i)}
                    aria-label={fill_with(&content::UI_TIMELINE_SHOW_DETAILS_OF, &[("title", &event.title)])}>
                    { content::UI_TIMELINE_SHOW_DETAILS }
                </button>
            </li>
        }
    });
    // Folded away: the chart and its detail panel carry the same events, so the list is one
    // click away for readers who want them as text (it needs no script to open).
    html! {
        <details class="tl-all">
            <summary class="tl-list-title" id="tl-list-title">
                { fill_with(&content::UI_TIMELINE_LIST_SUMMARY, &[("total", &events.len().to_string())]) }
            </summary>
            <ol class="tl-list" aria-labelledby="tl-list-title">{ for items }</ol>
        </details>
    }
}
