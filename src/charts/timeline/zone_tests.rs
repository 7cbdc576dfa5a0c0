//! The time axis's bands and rows: the "by 2018" zone's annotation (the count of undated events
//! shown), the quiet years folded into one band, and the phone layout's rows.
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
        // A filter that keeps no undated event says no count: its band holds no row to say it
        // beside, and "0 undated" ran out of the drawing on a phone.
        let dated = |e: &Event| e.area == "governance";
        assert_eq!(undated_count(&dated), 0);
        let out = render(width, orientation, Theme::Css, &dated, None);
        assert!(!out.svg.contains(" undated"), "{width}");
    }
}

/// Years that hold no event and end no span share one band, labelled with its years, so the
/// empty years before the pilot do not take half the axis; every year an event is dated in keeps
/// a band of its own. A band that only years we worked out put on the axis is marked, as those
/// years are (2015 and 2017 hold events the report dates itself).
#[test]
fn quiet_years_share_a_band_and_dated_years_keep_their_own() {
    let plan = super::plan(&|_| true);
    let labels: Vec<String> = (0..plan.years).map(|b| plan.band_label(b)).collect();
    assert_eq!(labels, ["2012–2014*", "2015", "2016*", "2017"]);
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

/// On a phone each event has a row of its own, in time order down the screen, and a span's bar
/// runs in its gutter, left of every single-year marker, so it never covers one.
#[test]
fn narrow_rows_run_down_in_time_order_with_spans_in_a_gutter() {
    for width in [288, 358, 599] {
        let out = render(width, Orientation::Vertical, Theme::Css, &|_| true, None);
        let span = |m: &Mark| {
            let p = data::event(m.figure_id).unwrap().period;
            p.dating != Dating::Undated && p.start != p.end
        };
        let (spans, points): (Vec<&Mark>, Vec<&Mark>) = out.marks.iter().partition(|m| span(m));
        assert!(!spans.is_empty() && points.len() > 1);
        for pair in points.windows(2) {
            assert!(pair[0].y + pair[0].h <= pair[1].y, "{width}: {pair:?}");
        }
        let gutter = spans.iter().map(|m| m.x + m.w).fold(0.0, f64::max);
        assert!(points.iter().all(|m| m.x >= gutter), "{width}");
    }
}
