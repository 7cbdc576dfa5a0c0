use yew::prelude::*;

use super::{dating_note, figure_anchor, home_chart, paragraph_note, show_source_of, stated_value};
use crate::charts::registry;
use crate::data::content::{self, fill_with};
use crate::data::ChartId;
use crate::data::{self, Figure};
use crate::state::Action;

/// Marks that tie a row's date to its note under the table, in order of first use ("*" is the
/// page's mark of a year we worked out, so it is not among them).
const MARKERS: [&str; 4] = ["†", "‡", "§", "‖"];

/// A dating phrase as the start of a sentence. ASCII only: `char::to_uppercase` would link
/// Unicode's case tables into the WebAssembly, and a script without case has no use for it.
fn capitalised(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// The source cell of a figure whose one full card this row is: the report's sentence, its
/// paragraph and "Show source".
fn source_cell(figure: &'static Figure, on_action: Callback<Action>) -> Html {
    let id = figure.id;
    html! {
        <td class="table-source">
            <q>{ figure.excerpt }</q>{ " " }{ paragraph_note(figure) }{ " " }
            <button type="button" class="link-button"
                aria-label={show_source_of(figure)}
                onclick={move |_| on_action.emit(Action::ShowSource(id))}>
                { content::UI_SHOW_SOURCE }
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
    // How each date is known, said once under the table and marked in the rows it concerns (in
    // every row it stacked a sentence into a narrow column).
    let mut notes: Vec<String> = Vec::new();
    for note in figures.iter().filter_map(|f| dating_note(f)) {
        if !notes.contains(&note) {
            notes.push(note);
        }
    }
    let marker = |figure: &Figure| {
        let note = dating_note(figure)?;
        let i = notes.iter().position(|n| *n == note)?;
        MARKERS.get(i).copied()
    };
    let rows = figures.iter().copied().map(|figure| {
        let id = figure.id;
        let home = home_chart(figure) == Some(chart);
        let when = html! {
            <>
                { figure.period.label() }
                if let Some(m) = marker(figure) {
                    <sup class="note-ref">{ m }</sup>
                }
            </>
        };
        let source = if home {
            source_cell(figure, on_action.clone())
        } else {
            html! {
                <td><a href={format!("#{}", figure_anchor(id))}>{ content::UI_ITS_CARD }</a></td>
            }
        };
        html! {
            <tr key={id} id={home.then(|| figure_anchor(id))} data-figure-id={id}>
                <th scope="row">{ figure.label }</th>
                <td class="num">{ stated_value(figure) }</td>
                <td class="when">{ when }</td>
                <td>{ figure.place }</td>
                { source }
            </tr>
        }
    });
    html! {
        <details class="chart-table" {open} ontoggle={on_toggle}>
            <summary>{ content::UI_TABLE_SUMMARY }</summary>
            <div class="table-scroll" tabindex="0" role="region"
                aria-label={fill_with(&content::UI_TABLE_LABEL, &[("title", &registry::title(chart))])}>
                <table>
                    <caption>{ registry::title(chart) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ content::UI_COL_FIGURE }</th>
                            <th scope="col">{ content::UI_COL_STATED }</th>
                            <th scope="col">{ content::UI_COL_WHEN }</th>
                            <th scope="col">{ content::UI_COL_WHERE }</th>
                            <th scope="col">{ content::UI_COL_SOURCE }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
                if !notes.is_empty() {
                    <ul class="table-notes" role="list">
                        { for notes.iter().zip(MARKERS).map(|(note, m)| html! {
                            <li><sup class="note-ref">{ m }</sup>{ " " }{ capitalised(note) }{ "." }</li>
                        }) }
                    </ul>
                }
            </div>
        </details>
    }
}
