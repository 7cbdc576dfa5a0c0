//! The time axis's bands: the "by 2018" zone's annotation (the count of undated events shown),
//! and the quiet years folded into one band.
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

/// Years that hold no event and end no span share one band, labelled with its years, so the
/// four empty years before the pilot do not take half the axis; every year an event is dated
/// in keeps a band of its own.
#[test]
fn quiet_years_share_a_band_and_dated_years_keep_their_own() {
    let plan = super::plan();
    let labels: Vec<String> = (0..plan.years).map(|b| plan.band_label(b)).collect();
    assert_eq!(labels, ["2011–2014", "2015", "2016", "2017"]);
    for e in EVENTS.iter().filter(|e| e.period.dating != Dating::Undated) {
        let slot = plan.slots.iter().find(|s| s.event.id == e.id).unwrap();
        let (first, _) = plan.bands[usize::from(slot.band0)];
        let (_, last) = plan.bands[usize::from(slot.band1 - 1)];
        assert!(first <= e.period.start && e.period.end <= last, "{}", e.id);
        if e.period.start == e.period.end {
            assert_eq!(first, last, "{}: a dated year has a band of its own", e.id);
        }
    }
}
