use yew::prelude::*;

use super::{HeadlineFigures, Masthead, ReformAreas, SourceFooter};

/// The whole explainer.
#[function_component(App)]
pub fn app() -> Html {
    // Effects run only in the browser, after hydration has attached to the pre-rendered DOM; the
    // attribute lets tests (and CSS, if ever needed) tell the static page from the live one.
    use_effect_with((), |_| {
        #[cfg(feature = "csr")]
        crate::browser::mark_hydrated();
    });

    html! {
        <>
            <Masthead />
            <main id="main" class="page">
                <HeadlineFigures />
                <ReformAreas />
            </main>
            <SourceFooter />
        </>
    }
}
