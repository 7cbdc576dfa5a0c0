use yew::prelude::*;

use super::TIMELINE_TITLE;
use crate::data::content;
use crate::story::{CHECKING_ID, DOWNLOADS_TITLE, LIMITS_ID, STORY};

/// The table of contents: one step to any section, the timeline and the data. Static HTML
/// written before the first paint, so it never shifts the page; single-view embeds hide it with
/// the rest of the page (`static/style.css`).
#[function_component(Toc)]
pub fn toc() -> Html {
    let link = |id: &'static str, title: &'static str, short: &'static str| {
        html! {
            <li key={id}><a href={format!("#{id}")} title={title}>{ short }</a></li>
        }
    };
    html! {
        <nav class="toc" aria-labelledby="toc-title">
            <h2 id="toc-title" class="toc-title">{ content::PAGE_WORDS_TOC_TITLE }</h2>
            <ol class="toc-list">
                { link(LIMITS_ID, content::LIMITS_TITLE, content::LIMITS_SHORT) }
                { for STORY.iter().map(|s| link(s.id, s.title(), s.short())) }
                { link(CHECKING_ID, content::CHECKING_TITLE, content::CHECKING_SHORT) }
                { link("timeline", &TIMELINE_TITLE, content::PAGE_WORDS_TOC_TIMELINE) }
                { link("downloads", DOWNLOADS_TITLE, content::PAGE_WORDS_TOC_DATA) }
            </ol>
        </nav>
    }
}
