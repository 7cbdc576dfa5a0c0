//! The app's one reducer, which each island runs (`components::island`: the URL keeps their
//! copies in step). It holds the view (everything that lives in the URL); transient UI such as
//! an open tooltip stays local to the component that shows it.

use std::rc::Rc;

use yew::Reducible;

use crate::data::ChartId;
use crate::view::View;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    pub view: View,
    /// The last change should replace the history entry even if it is a navigation (steps of the
    /// timeline's Play: Back should leave the played sequence, not walk through it).
    pub replace_history: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The URL changed under us (first load, Back/Forward): adopt the view it describes.
    FromUrl(View),
    SetTable(ChartId, bool),
    ShowSource(&'static str),
    CloseSource,
    SelectEvent(Option<&'static str>),
    /// Selects an event as one step of Play.
    PlayEvent(&'static str),
    /// Shows only the timeline events of one reform area (`None`: all).
    SetAreaFilter(Option<&'static str>),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let view = self.view;
        // A filter change is a setting, even when it deselects the event it hides.
        let replace_history = matches!(action, Action::PlayEvent(_) | Action::SetAreaFilter(_));
        let next = match action {
            Action::FromUrl(view) => view,
            Action::SetTable(chart, open) => view.with_table(chart, open),
            Action::ShowSource(id) => View {
                source: Some(id),
                ..view
            },
            Action::CloseSource => View {
                source: None,
                ..view
            },
            Action::SelectEvent(event) => View { event, ..view },
            Action::PlayEvent(id) => View {
                event: Some(id),
                ..view
            },
            Action::SetAreaFilter(area) => view.with_area(area),
        };
        // Returning the same Rc tells yew nothing changed, so nothing re-renders.
        if next == view {
            self
        } else {
            Rc::new(AppState {
                view: next,
                replace_history,
            })
        }
    }
}
