use yew::prelude::*;

use crate::data;
use crate::story::PUBLISHER;

/// Attribution of the single source all figures come from, and the accessibility statement.
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
            // Static HTML, so it costs no WebAssembly. Short, as the page's length and words
            // have budgets (reading.test.mjs); the full report is not shipped, since all of
            // dist/ is precached on a first visit (ACCESSIBILITY.md, "Where this report lives").
            <p id="accessibility">
                <strong>{ "Accessibility: " }</strong>
                { "partly meets WCAG 2.2 AA; not yet tried with a screen reader. Full report: \
                   ACCESSIBILITY.md in the source repository, where problems can be reported." }
            </p>
        </footer>
    }
}
