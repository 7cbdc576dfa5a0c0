use yew::prelude::*;

use super::{
    Downloads, HeadlineFigures, Masthead, ReformAreas, SourceFooter, SourceView, StorySection,
    Timeline,
};
use crate::browser;
use crate::state::{Action, AppState};
use crate::story::STORY;
use crate::view::{embed_views, Embed, ThemeChoice, View};

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
        // The view last written, to tell a navigation (pushed) from a tweak (replaced). `None`
        // until the first run, which must not write: it sees the default view of the first
        // render, not yet the URL's.
        let written = use_mut_ref(|| None::<View>);
        let replace = state.replace_history;
        use_effect_with((view, replace), move |&(view, replace)| {
            let previous = written.borrow_mut().replace(view);
            if let Some(previous) = previous {
                browser::write_view(&view, !replace && previous.is_navigation_to(&view));
            }
        });
    }
    {
        // Embedding: page attributes for the stylesheets, and height reports to the host.
        let (embed, theme, transparent) = (view.embed, view.theme, view.transparent);
        use_effect_with(
            (embed, theme, transparent),
            move |&(embed, theme, transparent)| {
                let name = match embed {
                    Embed::No => None,
                    Embed::All => Some("all"),
                    Embed::View(v) => Some(v),
                    Embed::Unknown => Some("unknown"),
                };
                let theme = match theme {
                    ThemeChoice::Auto => None,
                    ThemeChoice::Light => Some("light"),
                    ThemeChoice::Dark => Some("dark"),
                };
                browser::apply_page_attributes(name, theme, transparent);
                let reporter = name.and_then(browser::report_height);
                move || drop(reporter)
            },
        );
    }

    html! {
        <>
            <Masthead />
            <main id="main" class="page">
                if view.embed == Embed::Unknown {
                    <section class="embed-unknown section" aria-labelledby="embed-unknown-title">
                        <h2 id="embed-unknown-title">{ "This view does not exist" }</h2>
                        <p>
                            { "The embed code asks for a view this explainer does not have. \
                               Use ?embed for the whole explainer, or ?embed= with one of:" }
                        </p>
                        <ul>
                            { for embed_views().map(|v| html! { <li><code>{ v }</code></li> }) }
                        </ul>
                    </section>
                }
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
