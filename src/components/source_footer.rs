use yew::prelude::*;

use crate::data;
use crate::story::PUBLISHER;

/// Attribution of the single source all figures come from.
#[function_component(SourceFooter)]
pub fn source_footer() -> Html {
    html! {
        <footer class="source-footer">
            <h2>{ "Source" }</h2>
            <p>
                { "All figures: “" }{ data::report_title() }{ "”, published under “Open \
                   Governance” by the " }{ PUBLISHER }{ " (General Office; organizer: Sichuan \
                   Big Data Center). It is undated; its wording places it in 2018. Our prose is \
                   our own; quotations are the report's." }
            </p>
        </footer>
    }
}
