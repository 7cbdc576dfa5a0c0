use yew::prelude::*;

use super::{dating_note, stated_value};
use crate::data::Figure;

#[derive(Properties, PartialEq)]
pub struct FigureDetailsProps {
    pub figure: &'static Figure,
}

/// The exact figure as the report states it, with period, place and source: the body of a
/// chart's tooltip.
#[function_component(FigureDetails)]
pub fn figure_details(props: &FigureDetailsProps) -> Html {
    let figure = props.figure;
    html! {
        <>
            <p class="tip-label">{ figure.label }</p>
            <p class="tip-value">{ stated_value(figure) }</p>
            <p class="tip-meta">
                { figure.place }{ " · " }{ figure.period.label() }
                if let Some(note) = dating_note(figure) {
                    { " (" }{ note }{ ")" }
                }
            </p>
            <blockquote class="tip-source">
                { "“" }{ figure.excerpt }{ "” — report, paragraph " }{ figure.paragraph }
            </blockquote>
        </>
    }
}
