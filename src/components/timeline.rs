use yew::prelude::*;

use super::{timeline_detail, timeline_list, TimelineChart, TimelineControls};
use crate::browser;
use crate::charts::timeline::event_label;
use crate::data::content::{self, fill_with};
use crate::data::{self, Event, EVENTS};
use crate::state::Action;
use crate::view::View;

/// The events the filter keeps, in time order: the order of the markers, the list and navigation.
pub fn visible(area: Option<&str>) -> Vec<&'static Event> {
    EVENTS.iter().filter(|e| e.in_area(area)).collect()
}

/// The index `by` steps from `index` among `count` events; `None` past either end. Stepping
/// forward from no selection starts at the first event.
pub fn step(index: Option<usize>, count: usize, by: isize) -> Option<usize> {
    let next = match index {
        Some(i) => i.checked_add_signed(by)?,
        None if by > 0 => by as usize - 1,
        None => return None,
    };
    (next < count).then_some(next)
}

/// The reform area's name; events of the pilot as a whole have none.
pub fn area_name(area: &str) -> &'static str {
    data::area(area).map_or(content::UI_TIMELINE_WHOLE_ZONE.text(), |a| a.name.text())
}

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub view: View,
    pub on_action: Callback<Action>,
}

/// The timeline's island: the chart with its controls, the selected event's details, and every
/// event as an ordered list (what screen readers and no-JS readers use). `TimelineSection`
/// around it is static.
#[function_component(Timeline)]
pub fn timeline(props: &TimelineProps) -> Html {
    let (view, on_action) = (props.view, props.on_action.clone());
    let events = visible(view.area);
    // An event the filter hides stays in the URL but is shown nowhere, so clearing the filter
    // brings it back.
    let index = view
        .event
        .and_then(|id| events.iter().position(|e| e.id == id));
    let selected = index.map(|i| events[i]);
    // A shared `#event-…` link should land on the event, not at the top of a long page.
    let linked = use_mut_ref(|| None::<&'static str>);
    {
        let linked = linked.clone();
        use_effect_with((), move |_| {
            *linked.borrow_mut() = browser::read_view().event
        });
    }
    let to_detail = use_mut_ref(|| false);
    let to_detail_now = to_detail.clone();
    use_effect_with(selected.map(|e| (e.id, e.section)), move |now| {
        let doc = browser::document();
        let find = |id: &str| doc.as_ref().and_then(|d| d.get_element_by_id(id));
        let linked_here = now.is_some_and(|(id, _)| linked.borrow_mut().take() == Some(id));
        let from_list = std::mem::take(&mut *to_detail_now.borrow_mut()) && now.is_some();
        if let Some(detail) = find("timeline-detail").filter(|_| linked_here || from_list) {
            detail.scroll_into_view();
        }
        if let Some(root) = doc
            .as_ref()
            .and_then(|d| d.document_element())
            .filter(|_| from_list)
        {
            // The panel is focusable (tabindex -1), so its heading and figures are read next.
            browser::focus_first(&root, "#timeline-detail");
        }
        // The story section the event belongs to is marked while the event is open.
        let related = now.and_then(|(_, section)| find(section));
        if let Some(section) = &related {
            let _ = section.class_list().add_1("tl-related");
        }
        move || {
            if let Some(section) = related {
                let _ = section.class_list().remove_1("tl-related");
            }
        }
    });
    // Callbacks from a position among the visible events to an action on that event.
    let pick_with = |action: fn(&'static str) -> Action| {
        let on_action = on_action.clone();
        let ids: Vec<&'static str> = events.iter().map(|e| e.id).collect();
        Callback::from(move |i: usize| {
            if let Some(id) = ids.get(i) {
                on_action.emit(action(id));
            }
        })
    };
    let on_pick = pick_with(|id| Action::SelectEvent(Some(id)));
    let on_play_step = pick_with(Action::PlayEvent);
    // What the filter leaves, said whenever it changes (WCAG 4.1.3). A live region speaks only
    // changes, so it is in the pre-rendered page from the start, holding the unfiltered count.
    let filtered = match view.area {
        Some(area) => fill_with(
            &content::UI_TIMELINE_SHOWING_SOME,
            &[
                ("count", &events.len().to_string()),
                ("total", &EVENTS.len().to_string()),
                ("name", area_name(area)),
            ],
        ),
        None => fill_with(
            &content::UI_TIMELINE_SHOWING_ALL,
            &[("total", &EVENTS.len().to_string())],
        ),
    };
    let announce = selected.map(|e| {
        let (n, count) = (index.unwrap_or(0) + 1, events.len());
        fill_with(
            &content::UI_TIMELINE_EVENT_N,
            &[
                ("n", &n.to_string()),
                ("total", &count.to_string()),
                ("event", &event_label(e)),
            ],
        )
    });
    // "Show details" in the list takes the reader (and focus) to the detail panel; picking on
    // the chart keeps focus on the marker.
    let on_list_pick = {
        let (on_pick, to_detail) = (on_pick.clone(), to_detail.clone());
        Callback::from(move |i: usize| {
            *to_detail.borrow_mut() = true;
            on_pick.emit(i);
        })
    };
    html! {
        <>
            <TimelineControls area={view.area} {index} count={events.len()} on_pick={on_pick.clone()} {on_play_step}
                on_area={on_action.reform(Action::SetAreaFilter)} />
            // The chart and, right under it, the selected event: picking one never takes the
            // reader away from the axis.
            <div class="tl-stage">
                <TimelineChart area={view.area} selected={selected.map(|e| e.id)} {index}
                    count={events.len()} {on_pick} />
                <div class="tl-side">
                    <p class="sr-only" aria-live="polite">{ announce.unwrap_or_default() }</p>
                    <p class="sr-only" id="tl-filter-status" role="status">{ filtered }</p>
                    if let Some(event) = selected {
                        { timeline_detail(event, &on_action) }
                    } else {
                        <p class="tl-hint">{ content::UI_TIMELINE_PICK_HINT }</p>
                    }
                </div>
            </div>
            { timeline_list(&events, selected.map(|e| e.id), &on_list_pick) }
        </>
    }
}

#[cfg(test)]
mod tests;
