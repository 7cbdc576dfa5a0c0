use yew::prelude::*;

use super::{dating_note, stated_value};
use crate::charts::registry;
use crate::data;
use crate::state::Action;
use crate::view::ChartId;

#[derive(Properties, PartialEq)]
pub struct DataTableProps {
    pub chart: ChartId,
    pub open: bool,
    /// Also receives `SetTable` when the reader opens or closes the table.
    pub on_action: Callback<Action>,
}

/// The chart's figures as a real table, one click away (a disclosure whose state is in the URL).
#[function_component(DataTable)]
pub fn data_table(props: &DataTableProps) -> Html {
    let on_toggle = {
        let (chart, on_action) = (props.chart, props.on_action.clone());
        Callback::from(move |event: Event| {
            if let Some(details) = event.target_dyn_into::<web_sys::HtmlDetailsElement>() {
                on_action.emit(Action::SetTable(chart, details.open()));
            }
        })
    };
    let rows = registry::figures(props.chart)
        .into_iter()
        .filter_map(data::figure)
        .map(|figure| {
            let on_action = props.on_action.clone();
            let id = figure.id;
            let when = match dating_note(figure) {
                Some(note) => format!("{} ({note})", figure.period.label()),
                None => figure.period.label(),
            };
            html! {
                <tr key={id} data-figure-id={id}>
                    <th scope="row">{ figure.label }</th>
                    <td class="num">{ stated_value(figure) }</td>
                    <td>{ when }</td>
                    <td>{ figure.place }</td>
                    <td>
                        <button type="button" class="link-button"
                            aria-label={format!("¶ {}: show source of {}", figure.paragraph, figure.label)}
                            onclick={move |_| on_action.emit(Action::ShowSource(id))}>
                            { "¶ " }{ figure.paragraph }
                        </button>
                    </td>
                </tr>
            }
        });
    html! {
        <details class="chart-table" open={props.open} ontoggle={on_toggle}>
            <summary>{ "Show the data as a table" }</summary>
            <div class="table-scroll" tabindex="0" role="region"
                aria-label={format!("{} (data table)", registry::title(props.chart))}>
                <table>
                    <caption>{ registry::title(props.chart) }</caption>
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
        </details>
    }
}
