use yew::prelude::*;

use super::{dating_note, stated_value};
use crate::data::content::{self, fill_with};
use crate::data::Figure;

/// The exact figure as the report states it, with period, place and source: the body of a
/// chart's popup. A plain function: it keeps no state, and a component type costs about 0.6 KB
/// gzip of Yew's generic code.
pub fn figure_details(figure: &'static Figure) -> Html {
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
                { "“" }{ figure.excerpt }{ "” " }{ fill_with(&content::UI_QUOTE_CITE, &[("paragraph", &figure.paragraph.to_string())]) }
            </blockquote>
        </>
    }
}
