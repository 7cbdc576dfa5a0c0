//! The components' hooks, in one place: the state an island keeps beyond one render.

use yew::prelude::*;

use crate::browser;
use crate::state::{Action, AppState};
use crate::view::View;

/// The view, synchronised with the URL both ways, and the callback that changes it.
#[hook]
pub fn use_url_view() -> (View, Callback<Action>) {
    // The first render always uses the default view, exactly like the pre-rendered HTML, so that
    // rendering over it changes nothing; the URL's view is adopted right after, in an effect,
    // within the same microtask, so no frame shows the default where the URL says otherwise.
    let state = use_reducer_eq(AppState::default);
    // The same callback for the island's life, so that it never makes props unequal.
    let on_action = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };
    {
        let on_action = on_action.clone();
        use_effect_with((), move |_| {
            on_action.emit(Action::FromUrl(browser::read_view()));
            let listener =
                browser::listen_view_changes(move |view| on_action.emit(Action::FromUrl(view)));
            // Owned by this destructor: the island's life.
            move || drop(listener)
        });
    }
    {
        // The view last written, to tell a navigation (pushed) from a tweak (replaced). `None`
        // until the first run, which must not write: it sees the default view of the first
        // render, not yet the URL's. The next run adopts the URL's view, which looks like a
        // navigation from the default; `write_view` replaces it, as the URL already shows it.
        let written = use_mut_ref(|| None::<View>);
        let replace = state.replace_history;
        use_effect_with((state.view, replace), move |&(view, replace)| {
            let previous = written.borrow_mut().replace(view);
            if let Some(previous) = previous {
                browser::write_view(&view, !replace && previous.is_navigation_to(&view));
            }
        });
    }
    (state.view, on_action)
}
