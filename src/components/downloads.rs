use yew::prelude::*;

use crate::export::{CSV_FILE, JSON_FILE};

/// Every figure of the report as CSV or JSON. Plain links to files the native `prerender` writes
/// next to the page from the same data (`export`), so they work with JavaScript off, and the
/// WebAssembly carries none of the export code. The single-file build inlines them as data: URLs.
pub fn downloads() -> Html {
    html! {
        <section id="downloads" class="section" aria-labelledby="downloads-title">
            <h2 id="downloads-title">{ "Get the data" }</h2>
            <p>
                { "All figures of the report, one a row, with the qualifier, unit, period, place \
                   and source paragraph of each; then the figures that follow from them, with \
                   their inputs, operation and bounds." }
            </p>
            <p class="button-row">
                <a class="button" href={CSV_FILE} download={CSV_FILE} type="text/csv">{ "Download CSV" }</a>
                <a class="button" href={JSON_FILE} download={JSON_FILE} type="application/json">{ "Download JSON" }</a>
            </p>
        </section>
    }
}
