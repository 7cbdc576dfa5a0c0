use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::source_view;
use crate::browser;
use crate::data;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct SourceLayerProps {
    /// The figure whose source is open (`?source=`), if any.
    pub source: Option<&'static str>,
    pub on_action: Callback<Action>,
}

/// The source dialog when one is open, and the "Show source" buttons of the figure cards: the
/// cards are static HTML (no WebAssembly of their own), so one listener on the document serves
/// every `data-show-source` button.
#[function_component(SourceLayer)]
pub fn source_layer(props: &SourceLayerProps) -> Html {
    {
        let on_action = props.on_action.clone();
        // The effect's destructor owns the listener: unmounting removes it, then frees it.
        use_effect_with((), move |_| {
            let listener = browser::document().map(|doc| {
                EventListener::new(&doc, "click", move |event| {
                    let id = event
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .and_then(|el| el.closest("[data-show-source]").ok().flatten())
                        .and_then(|el| el.get_attribute("data-show-source"));
                    if let Some(figure) = id.as_deref().and_then(data::figure) {
                        on_action.emit(Action::ShowSource(figure.id));
                    }
                })
            });
            move || drop(listener)
        });
    }
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with(props.source, move |source| {
            let modal = source.and_then(|_| browser::open_modal(&dialog, "#source-highlight"));
            // Focus goes back to what opened the view, as a reader expects of a dialog; a view
            // opened by the address had no opener, so focus goes to the figure's card (its
            // source disclosure, or "Show source" in its table row).
            // (`figure_anchor` is `fig-<id>`.)
            let card = source.map(|id| format!("#fig-{id} summary, #fig-{id} button"));
            move || {
                if let (Some(modal), Some(card)) = (modal, card) {
                    modal.close(&card);
                }
            }
        });
    }
    match props.source {
        Some(figure_id) => source_view(figure_id, &dialog, &props.on_action),
        None => Html::default(),
    }
}
