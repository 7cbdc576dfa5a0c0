//! The "by 2018" zone's annotation: the count of undated events shown.
use super::*;

#[test]
fn the_zone_is_annotated_with_the_count_of_undated_events_shown() {
    let all = EVENTS
        .iter()
        .filter(|e| e.period.dating == Dating::Undated)
        .count();
    assert!(all >= 2);
    for width in [288, 1000] {
        let orientation = Orientation::for_width(width);
        let out = render(width, orientation, Theme::Css, &|_| true, None);
        assert!(out.svg.contains(&format!("{all} undated")), "{all}");
        // Filtered to one area, only that area's undated events are counted.
        let area = |e: &Event| e.area == "scitech";
        let some = undated_count(&area);
        assert!(some < all);
        let out = render(width, orientation, Theme::Css, &area, None);
        assert!(out.svg.contains(&format!("{some} undated")), "{some}");
    }
}
