//! The line that ends every single-view embed: the source and the explainer, with a link that
//! opens the whole explainer at the same view in a new tab. Static HTML in every section; the
//! stylesheet shows it only inside a single-view embed (`?embed=<view>`), where the page's own
//! credit line and footer are hidden.

use yew::prelude::*;

use crate::data::content::{self, fill};

pub fn embed_credit(view: &str) -> Html {
    html! {
        <p class="embed-credit">
            { fill(content::EMBED_CREDIT) }{ " " }
            // The page's explanation of the inferred-year mark is hidden in an embed: here it is.
            { content::NUMBERS_INFERRED_NOTE }{ " " }
            // "?#view": the explainer's own address without `?embed` (an empty query), at the
            // view's section; it stays this file's address in the single-file build too.
            <a href={format!("?#{view}")} target="_blank" rel="noopener">
                { content::EMBED_LINK }
                <span class="sr-only">{ " " }{ content::EMBED_NEW_TAB }</span>
                <span aria-hidden="true">{ " ↗" }</span>
            </a>
        </p>
    }
}
