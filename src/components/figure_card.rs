use yew::prelude::*;

use super::{dating_note, figure_anchor, show_source_of};
use crate::data::content::{self, fill_with};
use crate::data::Figure;

#[derive(Properties, PartialEq)]
pub struct FigureCardProps {
    pub figure: &'static Figure,
}

/// The one full card of a figure on the page: its number with the qualifier, what it counts, place
/// and period, and, folded into a disclosure that works without script, the report's sentence,
/// how its year was worked out and "Show source". Everywhere else the figure appears (the glance
/// strip, the timeline) it is a number linking here (`figure_anchor`). Static: "Show source" is
/// served by the source island's listener (`SourceLayer`).
#[function_component(FigureCard)]
pub fn figure_card(props: &FigureCardProps) -> Html {
    let figure = props.figure;
    let qualifier = figure.qualifier;
    html! {
        <li id={figure_anchor(figure.id)} class={classes!("card", qualifier.is_lower_bound().then_some("card-bound"))}
            data-figure-id={figure.id}>
            // The heading first, so a listener moving by headings hears the value after it.
            <h3 class="card-label">{ figure.label }</h3>
            <p class="card-value">
                if qualifier.is_lower_bound() {
                    // The report's word, once: no ">" beside it.
                    <span class="card-qualifier">{ qualifier.as_stated() }</span>
                    { " " }
                }
                <span class="card-number">{ figure.display_value() }</span>
                if !figure.noun.is_empty() {
                    <span class="card-noun">{ " " }{ figure.noun }</span>
                }
            </p>
            <p class="card-meta">{ figure.place }{ " · " }{ figure.period.label() }</p>
            <details class="card-source">
                <summary aria-label={fill_with(&content::UI_SOURCE_OF, &[("label", &figure.label)])}>{ content::UI_SOURCE }</summary>
                if let Some(note) = dating_note(figure) {
                    <p class="card-dating">{ fill_with(&content::UI_DATE_NOTE, &[("note", &note)]) }</p>
                }
                <blockquote>
                    <p>{ "“" }{ figure.excerpt }{ "”" }</p>
                </blockquote>
                <p class="card-cite">
                    { fill_with(&content::UI_REPORT_PARAGRAPH, &[("paragraph", &figure.paragraph.to_string())]) }{ " · " }
                    <button type="button" class="link-button" data-show-source={figure.id}
                        aria-label={show_source_of(figure)}>
                        { content::UI_SHOW_SOURCE }
                    </button>
                </p>
            </details>
        </li>
    }
}
