use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{figure_anchor, stated_value, timeline::area_name};
use crate::browser;
use crate::data::content::{self, fill_with};
use crate::data::{self, Dating, Event};
use crate::state::Action;
use crate::story::STORY;

/// How the event's date was arrived at, in full: the report's words and our reasoning.
fn dating_explained(event: &Event) -> String {
    let p = event.period;
    match p.dating {
        Dating::Stated => content::UI_TIMELINE_STATED.to_string(),
        Dating::Resolved => fill_with(
            &content::UI_TIMELINE_RESOLVED,
            &[("wording", p.wording), ("reasoning", &p.reasoning)],
        ),
        Dating::Undated => fill_with(
            &content::UI_TIMELINE_UNDATED,
            // The year the report's wording implies: ours, so marked.
            &[("year", &p.end_label())],
        ),
    }
}

/// Takes the reader to an element of the page (a story section, a figure's card) without
/// touching the URL: following the `#…` link natively would replace `#event-…` and so close the
/// event. Focus follows, so keyboard and screen-reader users land where sighted readers look.
fn go_to(id: String) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        let Some(target) = browser::document().and_then(|d| d.get_element_by_id(&id)) else {
            return;
        };
        e.prevent_default();
        let _ = target.set_attribute("tabindex", "-1");
        if let Ok(target) = target.dyn_into::<web_sys::HtmlElement>() {
            let _ = target.focus();
        }
    })
}

/// The selected event: its date and how we know it, what happened, and its figures, each citing
/// the report like the story's charts do.
/// A plain function: the timeline island re-renders it with the selection, and a component type
/// costs about 0.6 KB gzip of Yew's generic code.
pub fn timeline_detail(event: &'static Event, on_action: &Callback<Action>) -> Html {
    let story = STORY.iter().find(|s| s.id == event.section);
    let figures = event.figures.iter().filter_map(|id| data::figure(id));
    // Each figure as its number, linking to its one full card, where the source is.
    let figure_items = figures.map(|figure| {
        let anchor = figure_anchor(figure.id);
        html! {
            <li key={figure.id} class="tl-figure" data-figure-id={figure.id}>
                <a href={format!("#{anchor}")} onclick={go_to(anchor.clone())}>
                    <strong>{ stated_value(figure) }</strong>
                </a>
                { " " }{ figure.label }{ " (" }{ figure.period.label() }{ ")" }
            </li>
        }
    });
    let close = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| {
            // The button goes away with the card; focus returns to the timeline's tab stop.
            if let Some(root) = browser::document().and_then(|d| d.document_element()) {
                browser::focus_first(&root, "#timeline .hit-event[tabindex=\"0\"]");
            }
            on_action.emit(Action::SelectEvent(None));
        })
    };
    html! {
        <article id="timeline-detail" class="tl-detail" aria-labelledby="tl-detail-title" tabindex="-1"
            data-event-id={event.id}>
            <p class="tl-detail-date">
                <strong>{ event.period.label() }</strong>{ " · " }{ area_name(event.area) }
            </p>
            <h3 id="tl-detail-title" class="tl-detail-title">{ event.title }</h3>
            <p class="tl-dating">{ dating_explained(event) }</p>
            <p>{ event.summary }</p>
            if !event.figures.is_empty() {
                <h4 class="tl-figures-title">{ content::UI_TIMELINE_ITS_FIGURES }</h4>
                <ul class="tl-figures" role="list">{ for figure_items }</ul>
            }
            <p class="button-row tl-detail-actions">
                if let Some(story) = story {
                    <a class="tl-story-link" href={format!("#{}", story.id)} onclick={go_to(story.id.to_string())}>
                        { content::UI_TIMELINE_SEE_IN_STORY }{ " " }{ story.title() }
                    </a>
                }
                <button type="button" class="button" onclick={close}>{ content::UI_TIMELINE_CLOSE }</button>
            </p>
        </article>
    }
}
