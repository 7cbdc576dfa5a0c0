//! The timeline's pure helpers, and (with `ssr`) its server-rendered HTML.

use super::*;
use crate::components::dating_phrase;
use crate::data::{Dating, AREAS};

#[test]
fn no_filter_shows_every_event_in_time_order() {
    let all = visible(None);
    assert_eq!(all.len(), EVENTS.len());
    assert!(all
        .windows(2)
        .all(|w| (w[0].period.start, w[0].period.end) <= (w[1].period.start, w[1].period.end)));
}

#[test]
fn an_area_filter_keeps_that_area_only_in_the_same_order() {
    for area in AREAS {
        let kept = visible(Some(area.id));
        assert!(kept.iter().all(|e| e.area == area.id), "{}", area.id);
        let expected: Vec<_> = EVENTS.iter().filter(|e| e.area == area.id).collect();
        assert_eq!(kept, expected, "{}", area.id);
    }
    // The pilot-wide events belong to no area, so any area filter hides them.
    assert!(!visible(Some("scitech")).iter().any(|e| e.area.is_empty()));
    assert!(!visible(Some("scitech")).is_empty());
    assert!(visible(Some("finance")).is_empty());
}

#[test]
fn steps_stop_at_the_ends_and_forward_from_nothing_starts_at_the_first() {
    assert_eq!(step(Some(0), 3, 1), Some(1));
    assert_eq!(step(Some(1), 3, -1), Some(0));
    assert_eq!(step(Some(2), 3, 1), None);
    assert_eq!(step(Some(0), 3, -1), None);
    assert_eq!(step(None, 3, 1), Some(0));
    assert_eq!(step(None, 3, -1), None);
    assert_eq!(step(None, 0, 1), None);
}

#[test]
fn dating_phrases_quote_the_report_for_worked_out_years() {
    let resolved = EVENTS.iter().find(|e| e.period.dating == Dating::Resolved);
    let resolved = resolved.expect("a resolved event");
    assert!(dating_phrase(&resolved.period).contains(resolved.period.wording));
    for e in EVENTS {
        assert!(!dating_phrase(&e.period).is_empty());
    }
}

#[cfg(feature = "ssr")]
#[test]
fn the_server_rendered_timeline_lists_every_event_with_an_empty_live_region() {
    let props = TimelineProps {
        view: View::default(),
        on_action: Callback::noop(),
    };
    let renderer = yew::LocalServerRenderer::<Timeline>::with_props(props).hydratable(false);
    let html = futures::executor::block_on(renderer.render());
    assert!(html.contains("<ol"));
    for e in EVENTS {
        assert!(
            html.contains(&format!("data-event-id=\"{}\"", e.id)),
            "{}",
            e.id
        );
        let summary = e.summary.replace('&', "&amp;");
        assert!(html.contains(&summary), "{} summary", e.id);
    }
    let live = &html[html.find("aria-live=\"polite\"").expect("a live region")..];
    let inside = &live[live.find('>').unwrap() + 1..];
    assert!(inside.starts_with("</p>"), "live region not empty");
    assert!(!html.contains("style="));
    // Nothing is selected before the URL is read, so no detail is rendered.
    assert!(!html.contains("timeline-detail"));
}
