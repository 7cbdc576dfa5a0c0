use yew::prelude::*;

use crate::data;

/// Attribution of the single source all figures come from.
#[function_component(SourceFooter)]
pub fn source_footer() -> Html {
    html! {
        <footer class="source-footer">
            <h2>{ "Source" }</h2>
            <p>
                { "All figures: “" }{ data::report_title() }{ "”, a report published under “Open \
                   Governance” on the website of the Sichuan Provincial People's Government \
                   (General Office of the Sichuan Provincial People's Government; organizer: \
                   Sichuan Big Data Center). It names no date; its wording places it in 2018. \
                   The prose of this explainer is our own; quotations are the report's." }
            </p>
        </footer>
    }
}
