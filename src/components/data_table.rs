use yew::prelude::*;

use super::{dating_note, figure_anchor, home_chart, stated_value};
use crate::charts::registry;
use crate::data::{self, Figure};
use crate::state::Action;
use crate::view::ChartId;

/// Marks of the dating notes under a table, in order of first use: letters, not numbers, in a
/// table of numbers.
const MARKS: &[&str] = &["a", "b", "c", "d", "e", "f", "g", "h"];

/// "year stated…" as a sentence of its own: "Year stated….".
fn sentence(phrase: &str) -> String {
    let mut chars = phrase.chars();
    chars.next().map_or_else(String::new, |first| {
        format!("{}{}.", first.to_uppercase(), chars.as_str())
    })
}

/// The source cell of a figure whose one full card this row is: the report's sentence, its
/// paragraph and "Show source".
fn source_cell(figure: &'static Figure, on_action: Callback<Action>) -> Html {
    let id = figure.id;
    html! {
        <td class="table-source">
            <q>{ figure.excerpt }</q>{ " (paragraph " }{ figure.paragraph }{ ") " }
            <button type="button" class="link-button"
                aria-label={format!("Show source: {}", figure.label)}
                onclick={move |_| on_action.emit(Action::ShowSource(id))}>
                { "Show source" }
            </button>
        </td>
    }
}

/// The chart's figures as a real table, one click away (a disclosure whose state is in the URL).
/// For the figures of the chart's own section each row is the figure's one full card (with its
/// source sentence); a figure of another section (the money chart's) links to its card there.
/// `on_action` also receives `SetTable` when the reader opens or closes the table. A plain
/// function, not a component: it keeps no state of its own (a component type costs about
/// 0.6 KB gzip of Yew's generic code).
pub fn data_table(chart: ChartId, open: bool, on_action: &Callback<Action>) -> Html {
    let on_toggle = {
        let on_action = on_action.clone();
        Callback::from(move |event: Event| {
            if let Some(details) = event.target_dyn_into::<web_sys::HtmlDetailsElement>() {
                on_action.emit(Action::SetTable(chart, details.open()));
            }
        })
    };
    let figures: Vec<&'static Figure> = registry::figures(chart)
        .into_iter()
        .filter_map(data::figure)
        .collect();
    // How each date is known, said once under the table: a row carries the note's mark and is
    // described by it, so the phrase is not stacked into every "When" cell.
    let mut notes: Vec<String> = Vec::new();
    for note in figures.iter().filter_map(|f| dating_note(f)) {
        if !notes.contains(&note) {
            notes.push(note);
        }
    }
    let note_id = |i: usize| format!("table-{}-note-{i}", chart.id());
    let rows = figures.iter().map(|&figure| {
            let id = figure.id;
            let home = home_chart(figure) == Some(chart);
            let note = dating_note(figure).and_then(|n| notes.iter().position(|m| *m == n));
            let when = html! {
                <td class="table-when" aria-describedby={note.map(note_id)}>
                    { figure.period.label() }
                    if let Some(i) = note {
                        <sup class="table-mark" aria-hidden="true">{ MARKS.get(i).copied().unwrap_or("") }</sup>
                    }
                </td>
            };
            let source = if home {
                source_cell(figure, on_action.clone())
            } else {
                html! {
                    <td><a href={format!("#{}", figure_anchor(id))}>{ "its card" }</a></td>
                }
            };
            html! {
                <tr key={id} id={home.then(|| figure_anchor(id))} data-figure-id={id}>
                    <th scope="row">{ figure.label }</th>
                    <td class="num">{ stated_value(figure) }</td>
                    { when }
                    <td>{ figure.place }</td>
                    { source }
                </tr>
            }
        });
    html! {
        <details class="chart-table" {open} ontoggle={on_toggle}>
            <summary>{ "The data and its sources, as a table" }</summary>
            <div class="table-scroll" tabindex="0" role="region"
                aria-label={format!("{} (data table)", registry::title(chart))}>
                <table>
                    <caption>{ registry::title(chart) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Figure" }</th>
                            <th scope="col">{ "As the report states it" }</th>
                            <th scope="col">{ "When" }</th>
                            <th scope="col">{ "Where" }</th>
                            <th scope="col">{ "Source" }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            if !notes.is_empty() {
                <ul class="table-notes" role="list">
                    { for notes.iter().enumerate().map(|(i, note)| html! {
                        <li id={note_id(i)}>
                            <span aria-hidden="true">{ MARKS.get(i).copied().unwrap_or("") }{ " " }</span>
                            { sentence(note) }
                        </li>
                    }) }
                </ul>
            }
        </details>
    }
}
