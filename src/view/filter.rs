//! The timeline's area filter and the selected event: a view never hides its own event.

use super::View;
use crate::data;

impl View {
    /// Whether the area filter keeps the selected event (or no event is selected). A view that
    /// hides its own event cannot live in the URL (`from_url` drops the filter), so no view of
    /// the app's may be one.
    pub fn shows_event(&self) -> bool {
        let event = self.event.and_then(data::event);
        event.is_none_or(|e| e.in_area(self.area))
    }

    /// The view filtered to `area`: the reader's new filter wins over the selected event it
    /// would hide, which is deselected.
    pub fn with_area(self, area: Option<&'static str>) -> View {
        let view = View { area, ..self };
        if view.shows_event() {
            view
        } else {
            View {
                event: None,
                ..view
            }
        }
    }
}
