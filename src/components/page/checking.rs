//! "Our arithmetic": our own arithmetic on the report's figures, in one part of its own
//! after the story, never as a chart's headline. Each result is printed with its caveat beside
//! it; the arithmetic (every input linked to its card) and what the result means are one click
//! away. Then the combinations we refuse, with why. Static HTML (a plain function, not a
//! component): nothing here changes once the page is written, so it costs the WebAssembly nothing.

use yew::prelude::*;

use super::figure_anchor;
use crate::data::content;
use crate::data::{self, input_text, Derived, Figure, Refused};
use crate::story::{CHECKING_ID, STORY};

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
        <li id={derived_anchor(d.id)} class="derived" data-derived-id={d.id}>
            <p class="derived-result">
                <span class="derived-label">{ d.label }{ ": " }</span>
                <span class="derived-value">{ d.result_text() }</span>{ "." }
                if !d.caveat().is_empty() {
                    { " " }<span class="derived-caveat">{ content::CHECKING_CAVEAT }{ " " }{ d.caveat() }</span>
                }
            </p>
            <details class="derived-why">
                <summary aria-label={format!("{}: {}", content::CHECKING_HOW, d.label)}>{ content::CHECKING_HOW }</summary>
                <p class="derived-math">{ linked(&d.arithmetic_text(), d.input_figures()) }</p>
                <p>{ d.meaning() }</p>
            </details>
        </li>
    }
}

fn refused_item(r: &'static Refused) -> Html {
    html! {
        <li id={derived_anchor(r.id)} class="refused" data-refused-id={r.id}>
            <span class="derived-label">{ r.label }</span>{ " " }
            <details class="derived-why">
                <summary aria-label={format!("{}: {}", content::CHECKING_REFUSED_WHY, r.label)}>{ content::CHECKING_REFUSED_WHY }</summary>
                <p class="derived-math">{ linked(&r.arithmetic_text(), r.input_figures()) }</p>
                <p>{ r.reason }</p>
            </details>
        </li>
    }
}

/// The whole part: the results in story order, then the refusals.
pub fn checking() -> Html {
    let derived: Vec<&'static Derived> = STORY
        .iter()
        .flat_map(|s| data::derived_in_section(s.id))
        .collect();
    let refused: Vec<&'static Refused> = STORY
        .iter()
        .flat_map(|s| data::refused_in_section(s.id))
        .collect();
    let title_id = format!("{CHECKING_ID}-title");
    html! {
        <section id={CHECKING_ID} class="section checking" aria-labelledby={title_id.clone()}>
            <h2 id={title_id}>{ content::CHECKING_TITLE }</h2>
            <p class="prose">{ content::CHECKING_INTRO }</p>
            <ul class="follows-list" role="list">{ for derived.into_iter().map(derived_item) }</ul>
            if !refused.is_empty() {
                <div class="checking-part" role="group" aria-labelledby="refused-title">
                    <h3 id="refused-title">{ content::CHECKING_REFUSED_TITLE }</h3>
                    <ul class="follows-list" role="list">{ for refused.into_iter().map(refused_item) }</ul>
                </div>
            }
        </section>
    }
}
