use yew::prelude::*;

use crate::browser;
use crate::export;
use crate::story::{DOWNLOADS_TEXT, DOWNLOADS_TITLE};

/// Every figure of the report as CSV or JSON, generated in the browser from the bundled data.
#[function_component(Downloads)]
pub fn downloads() -> Html {
    let csv = Callback::from(|_: MouseEvent| {
        browser::download_text(
            export::CSV_FILE,
            "text/csv;charset=utf-8",
            &export::figures_csv(),
        )
    });
    let json = Callback::from(|_: MouseEvent| {
        browser::download_text(
            export::JSON_FILE,
            "application/json",
            &export::figures_json(),
        )
    });
    html! {
        <section id="downloads" class="section" aria-labelledby="downloads-title">
            <h2 id="downloads-title">{ DOWNLOADS_TITLE }</h2>
            <p>{ DOWNLOADS_TEXT }</p>
            <p class="button-row">
                <button type="button" class="button" onclick={csv}>{ "Download CSV" }</button>
                <button type="button" class="button" onclick={json}>{ "Download JSON" }</button>
            </p>
        </section>
    }
}
