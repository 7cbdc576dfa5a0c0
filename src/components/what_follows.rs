//! "What follows from these figures": each section's derived figures as arithmetic, every input
//! with its qualifier and a link to its card, then the result with its qualifier; and the
//! combinations we refuse, with why. Static HTML (a plain function, not a component): nothing
//! here changes once the page is written, so it costs the WebAssembly nothing.

use yew::prelude::*;

use super::figure_anchor;
use crate::data::{self, input_text, Derived, Figure, Refused};

/// `text` (an arithmetic over `inputs`, each written as `input_text`) with every input made a
/// link to its figure's card, in operand order.
fn linked(text: &str, inputs: impl Iterator<Item = &'static Figure>) -> Html {
    let mut parts = Vec::new();
    let mut rest = text;
    for figure in inputs {
        let wording = input_text(figure);
        let Some(at) = rest.find(&wording) else {
            continue;
        };
        parts.push(html! { { &rest[..at] } });
        parts.push(html! {
            <a href={format!("#{}", figure_anchor(figure.id))}>{ wording.clone() }</a>
        });
        rest = &rest[at + wording.len()..];
    }
    parts.push(html! { { rest } });
    parts.into_iter().collect()
}

/// DOM id of a derived figure or a refusal.
pub fn derived_anchor(id: &str) -> String {
    format!("derived-{id}")
}

fn derived_item(d: &'static Derived) -> Html {
    html! {
        // The arithmetic says what it computes; the label heads the folded explanation.
        <li id={derived_anchor(d.id)} class="derived" data-derived-id={d.id}>
            <span class="derived-math">{ linked(&d.arithmetic_text(), d.input_figures()) }</span>
            <details class="derived-why">
                <summary aria-label={format!("Why: {}", d.label)}>{ "Why" }</summary>
                <p><strong>{ d.label }{ ". " }</strong>{ d.meaning() }</p>
                if !d.caveat().is_empty() {
                    <p>{ d.caveat() }</p>
                }
            </details>
        </li>
    }
}

fn refused_item(r: &'static Refused) -> Html {
    html! {
        <li id={derived_anchor(r.id)} class="refused" data-refused-id={r.id}>
            <span class="derived-label">{ "Not computed: " }{ r.label }{ " " }</span>
            <details class="derived-why">
                <summary aria-label={format!("Why not: {}", r.label)}>{ "Why not" }</summary>
                <p>{ linked(&r.arithmetic_text(), r.input_figures()) }{ " is not worked out." }</p>
                <p>{ r.reason }</p>
            </details>
        </li>
    }
}

/// The section's "What follows" part, or nothing when no derived figure belongs to it.
pub fn what_follows(section: &str) -> Html {
    let derived: Vec<&'static Derived> = data::derived_in_section(section).collect();
    let refused: Vec<&'static Refused> = data::refused_in_section(section).collect();
    if derived.is_empty() && refused.is_empty() {
        return Html::default();
    }
    let title_id = format!("{section}-follows");
    html! {
        <div class="follows" role="group" aria-labelledby={title_id.clone()}>
            <h3 id={title_id}>{ "What follows from these figures" }</h3>
            <ul class="follows-list" role="list">
                { for derived.into_iter().map(derived_item) }
                { for refused.into_iter().map(refused_item) }
            </ul>
        </div>
    }
}
