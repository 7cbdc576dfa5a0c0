use yew::prelude::*;

use crate::data::content::{self, fill};

/// ACCESSIBILITY.md as the site step (`src/site.rs`) copies it beside the page: plain text, which
/// every host serves with a type browsers show.
pub const ACCESSIBILITY_FILE: &str = "accessibility.txt";

/// Attribution of the single source all figures come from, and the accessibility statement.
#[function_component(SourceFooter)]
pub fn source_footer() -> Html {
    html! {
        <footer class="source-footer">
            <h2>{ content::FOOTER_TITLE }</h2>
            <p>{ fill(content::FOOTER_TEXT) }</p>
            // Static HTML, so it costs no WebAssembly; short, as the page's length and words have
            // budgets (reading.test.mjs). The report is a file beside the page that the service
            // worker caches only when asked for (ACCESSIBILITY.md, "Where this report lives").
            <p id="accessibility">
                <strong>{ content::PAGE_WORDS_ACCESSIBILITY }</strong>{ " " }
                { content::PAGE_WORDS_ACCESSIBILITY_STATUS }{ " " }
                <a href={ACCESSIBILITY_FILE} type="text/plain">{ content::PAGE_WORDS_ACCESSIBILITY_LINK }</a>
                { content::PAGE_WORDS_ACCESSIBILITY_AFTER }
            </p>
        </footer>
    }
}
