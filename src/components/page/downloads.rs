use yew::prelude::*;

use crate::export::{CSV_FILE, JSON_FILE};
use crate::story::{DOWNLOADS_TEXT, DOWNLOADS_TITLE};

/// Every figure of the report as CSV or JSON. Plain links to files the native site step writes
/// next to the page from the same data (`export`), so they work with JavaScript off, and the
/// WebAssembly carries none of the export code. The single-file build inlines them as data: URLs.
pub fn downloads() -> Html {
    html! {
        <section id="downloads" class="section" aria-labelledby="downloads-title">
            <h2 id="downloads-title">{ DOWNLOADS_TITLE }</h2>
            <p>{ DOWNLOADS_TEXT }</p>
            <p class="button-row">
                <a class="button" href={CSV_FILE} download={CSV_FILE} type="text/csv">{ "Download CSV" }</a>
                <a class="button" href={JSON_FILE} download={JSON_FILE} type="application/json">{ "Download JSON" }</a>
            </p>
        </section>
    }
}
