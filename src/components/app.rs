use yew::prelude::*;

use super::{
    Downloads, HeadlineFigures, Masthead, ReformAreas, SourceFooter, SourceView, StorySection,
    Timeline,
};
use crate::browser;
use crate::state::{Action, AppState};
use crate::story::STORY;

/// The whole explainer. Owns the one reducer; children get the view and a callback for actions.
#[function_component(App)]
pub fn app() -> Html {
    // The first render always uses the default view, exactly like the pre-rendered HTML, so that
    // hydration matches; the URL's view is adopted right after, in an effect.
    let state = use_reducer_eq(AppState::default);
    let view = state.view;
    let on_action = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action: Action| dispatcher.dispatch(action))
    };

    {
        let on_action = on_action.clone();
        use_effect_with((), move |_| {
            on_action.emit(Action::FromUrl(browser::read_view()));
            browser::mark_hydrated();
            let listener =
                browser::listen_popstate(move |view| on_action.emit(Action::FromUrl(view)));
            move || drop(listener)
        });
    }
    {
        // Remembers the view last written, to tell a navigation (pushed) from a tweak (replaced).
        let written = use_mut_ref(|| view);
        use_effect_with(view, move |view| {
            browser::write_view(view, written.borrow().is_navigation_to(view));
            *written.borrow_mut() = *view;
        });
    }

    html! {
        <>
            <Masthead />
            <main id="main" class="page">
                <HeadlineFigures on_action={on_action.clone()} />
                <ReformAreas />
                <Timeline {view} on_action={on_action.clone()} />
                { for STORY.iter().map(|section| html! {
                    <StorySection key={section.id} {section} {view} on_action={on_action.clone()} />
                }) }
                <Downloads />
            </main>
            <SourceFooter />
            if let Some(figure_id) = view.source {
                <SourceView {figure_id} on_action={on_action.clone()} />
            }
        </>
    }
}
