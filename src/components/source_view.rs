use yew::prelude::*;

use crate::browser;
use crate::data;
use crate::data::content::{self, fill_with};
use crate::state::Action;

/// The bundled report, as the cited original, with the figure's sentence highlighted and
/// scrolled into view. A modal dialog over the page, so closing it (or Back) leaves the reader
/// exactly where they were; `SourceLayer` opens it (`dialog` is its node) and closes it.
/// A plain function: a component type costs about 0.6 KB gzip of Yew's generic code.
pub fn source_view(
    figure_id: &'static str,
    dialog: &NodeRef,
    on_action: &Callback<Action>,
) -> Html {
    let close = {
        let on_action = on_action.clone();
        Callback::from(move |_| browser::back_or(|| on_action.emit(Action::CloseSource)))
    };
    // The native dialog closes itself on Escape; the view state must follow.
    let oncancel = {
        let close = close.clone();
        Callback::from(move |e: Event| {
            e.prevent_default();
            close.emit(());
        })
    };
    let figure = data::figure(figure_id);
    let paragraphs = data::report_paragraphs().into_iter().enumerate().map(|(i, text)| {
        let cited = figure.filter(|f| usize::from(f.paragraph) == i + 1);
        let body = match cited.and_then(|f| text.split_once(f.excerpt).map(|parts| (f, parts))) {
            Some((f, (before, after))) => html! {
                <>{ before }<mark id="source-highlight" tabindex="-1">{ f.excerpt }</mark>{ after }</>
            },
            None => html! { { text } },
        };
        html! { <p class={classes!(cited.is_some().then_some("cited"))}>{ body }</p> }
    });
    html! {
        <dialog class="source-view" ref={dialog.clone()} aria-labelledby="source-title" {oncancel}>
            <div class="source-bar">
                <button type="button" class="button" onclick={close.reform(|_: MouseEvent| ())}>
                    { content::UI_SOURCE_BACK }
                </button>
            </div>
            <article class="source-text">
                <p class="kicker">{ content::UI_SOURCE_TITLE }</p>
                <h2 id="source-title">{ data::report_title() }</h2>
                if let Some(f) = figure {
                    <p class="source-cue">
                        { fill_with(&content::UI_SOURCE_HIGHLIGHTED, &[
                            ("label", &f.label),
                            ("paragraph", &f.paragraph.to_string()),
                        ]) }
                    </p>
                }
                { for paragraphs }
                <p class="source-attribution">
                    { content::UI_SOURCE_ATTRIBUTION }
                </p>
            </article>
        </dialog>
    }
}
