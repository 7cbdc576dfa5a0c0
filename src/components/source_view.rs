use yew::prelude::*;

use crate::browser;
use crate::data;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct SourceViewProps {
    pub figure_id: &'static str,
    pub on_action: Callback<Action>,
}

/// The bundled report, as the cited original, with the figure's sentence highlighted and
/// scrolled into view. A modal dialog over the page, so closing it (or Back) leaves the reader
/// exactly where they were.
#[function_component(SourceView)]
pub fn source_view(props: &SourceViewProps) -> Html {
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with(props.figure_id, move |id| {
            let modal = browser::open_modal(&dialog, "#source-highlight");
            // Focus goes back to what opened the view, as a reader expects of a dialog; a view
            // opened by the address had no opener, so focus goes to the figure's card (its
            // source disclosure, or "Show source" in its table row).
            // (`figure_anchor` is `fig-<id>`.)
            let card = format!("#fig-{id} summary, #fig-{id} button");
            move || modal.map_or((), |m| m.close(&card))
        });
    }
    let close = {
        let on_action = props.on_action.clone();
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
    let figure = data::figure(props.figure_id);
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
        <dialog class="source-view" ref={dialog} aria-labelledby="source-title" {oncancel}>
            <div class="source-bar">
                <button type="button" class="button" onclick={close.reform(|_: MouseEvent| ())}>
                    { "← Back to the explainer" }
                </button>
            </div>
            <article class="source-text">
                <p class="kicker">{ "The source, as published" }</p>
                <h2 id="source-title">{ data::report_title() }</h2>
                if let Some(f) = figure {
                    <p class="source-cue">
                        { "Highlighted: the sentence behind “" }{ f.label }{ "” (paragraph " }
                        { f.paragraph }{ ")." }
                    </p>
                }
                { for paragraphs }
                <p class="source-attribution">
                    { "Sichuan Provincial People's Government, “Open Governance”. Unit in charge: \
                       General Office of Sichuan Provincial People's Government; organizer: \
                       Sichuan Big Data Center." }
                </p>
            </article>
        </dialog>
    }
}
