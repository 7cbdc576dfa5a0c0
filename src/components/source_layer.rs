use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::SourceView;
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
    match props.source {
        Some(figure_id) => html! { <SourceView {figure_id} on_action={props.on_action.clone()} /> },
        None => Html::default(),
    }
}
