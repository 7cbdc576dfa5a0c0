use yew::prelude::*;

use crate::data::{Dating, Figure};

#[derive(Properties, PartialEq)]
pub struct FigureCardProps {
    pub figure: &'static Figure,
}

/// One figure with its qualifier, label, place and period, and the report's own words.
#[function_component(FigureCard)]
pub fn figure_card(props: &FigureCardProps) -> Html {
    let figure = props.figure;
    let qualifier = figure.qualifier;
    let period = &figure.period;
    // A resolved or undated period is flagged on the card itself: readers should not mistake
    // an inferred year for one the report states.
    let dating_note = match period.dating {
        Dating::Stated => None,
        Dating::Resolved => Some(format!("year inferred from “{}”", period.wording)),
        Dating::Undated => Some("the report gives no year".to_string()),
    };
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
            </p>
            <h3 class="card-label">{ figure.label }</h3>
            <p class="card-meta">
                { figure.place }{ " · " }{ period.label() }
                if let Some(note) = dating_note {
                    <span class="card-dating">{ " (" }{ note }{ ")" }</span>
                }
            </p>
            <blockquote class="card-source">
                <p>{ "“" }{ figure.excerpt }{ "”" }</p>
                <footer>{ "Report, paragraph " }{ figure.paragraph }</footer>
            </blockquote>
        </li>
    }
}
