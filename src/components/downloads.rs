use yew::prelude::*;

use crate::browser;
use crate::export;

/// Every figure of the report as CSV or JSON, generated in the browser from the bundled data.
#[function_component(Downloads)]
pub fn downloads() -> Html {
    let csv = Callback::from(|_: MouseEvent| {
        browser::download_text(
            "sichuan-reform-figures.csv",
            "text/csv;charset=utf-8",
            &export::figures_csv(),
        )
    });
    let json = Callback::from(|_: MouseEvent| {
        browser::download_text(
            "sichuan-reform-figures.json",
            "application/json",
            &export::figures_json(),
        )
    });
    html! {
        <section id="downloads" class="section" aria-labelledby="downloads-title">
            <h2 id="downloads-title">{ "Get the data" }</h2>
            <p>
                { "All figures of the report, one a row, with the qualifier, unit, period, place \
                   and source paragraph of each; then the figures that follow from them, with \
                   their inputs, operation and bounds." }
            </p>
            <p class="button-row">
                <button type="button" class="button" onclick={csv}>{ "Download CSV" }</button>
                <button type="button" class="button" onclick={json}>{ "Download JSON" }</button>
            </p>
        </section>
    }
}
