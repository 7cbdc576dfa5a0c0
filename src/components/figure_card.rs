use yew::prelude::*;

use super::dating_note;
use crate::data::Figure;

#[derive(Properties, PartialEq)]
pub struct FigureCardProps {
    pub figure: &'static Figure,
}

/// One figure with its qualifier, label, place and period, and the report's own words. Static:
/// its "Show source" button is served by the source island's listener (`SourceLayer`).
#[function_component(FigureCard)]
pub fn figure_card(props: &FigureCardProps) -> Html {
    let figure = props.figure;
    let qualifier = figure.qualifier;
    html! {
        <li class={classes!("card", qualifier.is_lower_bound().then_some("card-bound"))}
            data-figure-id={figure.id}>
            <p class="card-value">
                if qualifier.is_lower_bound() {
                    <span class="card-qualifier">
                        <span class="legend-mark" aria-hidden="true">{ qualifier.symbol() }</span>
                        { qualifier.as_stated() }
                    </span>
                    { " " }
                }
                <span class="card-number">{ figure.display_value() }</span>
                if !figure.noun.is_empty() {
                    <span class="card-noun">{ " " }{ figure.noun }</span>
                }
            </p>
            <h3 class="card-label">{ figure.label }</h3>
            <p class="card-meta">
                { figure.place }{ " · " }{ figure.period.label() }
                if let Some(note) = dating_note(figure) {
                    <span class="card-dating">{ " (" }{ note }{ ")" }</span>
                }
            </p>
            <blockquote class="card-source">
                <p>{ "“" }{ figure.excerpt }{ "”" }</p>
                <footer>
                    { "Report, paragraph " }{ figure.paragraph }{ " · " }
                    <button type="button" class="link-button" data-show-source={figure.id}
                        aria-label={format!("Show source: {}", figure.label)}>
                        { "Show source" }
                    </button>
                </footer>
            </blockquote>
        </li>
    }
}
