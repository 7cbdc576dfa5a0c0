//! Native tests of the timeline on its SVG string and marks. Markers are found by their token
//! colour under `Theme::Css`: the figures' one colour (`Role::Primary`), which nothing else in
//! the timeline wears.

use super::*;
use crate::charts::palette::{hex, Role};

fn all(_: &Event) -> bool {
    true
}

pub(super) fn css(width: u32, orientation: Orientation) -> ChartOutput {
    render(width, orientation, Theme::Css, &all, None)
}

/// SVG elements drawn in an area colour: one per marker.
fn markers(svg: &str) -> Vec<&str> {
    let primary = format!("=\"{}\"", hex(Theme::Css.colour(Role::Primary)));
    svg.lines().filter(|l| l.contains(&primary)).collect()
}

fn rings(svg: &str) -> usize {
    svg.lines()
        .filter(|l| {
            l.contains(&format!(
                "stroke=\"{}\"",
                hex(Theme::Css.colour(Role::Text))
            ))
        })
        .count()
}

pub(super) fn attr(line: &str, name: &str) -> Option<f64> {
    let start = line.find(&format!(" {name}=\""))? + name.len() + 3;
    line[start..].split('"').next()?.parse().ok()
}

/// Every combination the page uses: vertical below 600 px, horizontal from there.
pub(super) const LAYOUTS: &[(u32, Orientation)] = &[
    (288, Orientation::Vertical),
    (320, Orientation::Vertical),
    (599, Orientation::Vertical),
    (600, Orientation::Horizontal),
    (1000, Orientation::Horizontal),
    (1280, Orientation::Horizontal),
];

#[test]
fn marks_follow_events_in_time_order() {
    let keys: Vec<_> = EVENTS
        .iter()
        .map(|e| {
            (
                e.period.dating == Dating::Undated,
                e.period.start,
                e.period.end,
            )
        })
        .collect();
    assert!(keys.is_sorted(), "events out of time order: {keys:?}");
    for &(width, orientation) in LAYOUTS {
        let ids: Vec<_> = css(width, orientation)
            .marks
            .iter()
            .map(|m| m.figure_id)
            .collect();
        let events: Vec<_> = EVENTS.iter().map(|e| e.id).collect();
        assert_eq!(ids, events, "{width} {orientation:?}");
    }
}

#[test]
fn one_marker_per_visible_event() {
    for &(width, orientation) in LAYOUTS {
        let out = css(width, orientation);
        assert_eq!(
            markers(&out.svg).len(),
            EVENTS.len(),
            "{width} {orientation:?}"
        );
        assert_eq!(out.marks.len(), EVENTS.len());
    }
}

#[test]
fn filtering_removes_markers_and_marks() {
    let scitech = |e: &Event| e.area == "scitech";
    let expected = EVENTS.iter().filter(|e| scitech(e)).count();
    assert!(expected > 0 && expected < EVENTS.len());
    let out = render(1000, Orientation::Horizontal, Theme::Css, &scitech, None);
    assert_eq!(markers(&out.svg).len(), expected);
    assert_eq!(out.marks.len(), expected);
    assert!(out
        .marks
        .iter()
        .all(|m| data::event(m.figure_id).is_some_and(scitech)));
    // The rows are redrawn for the events kept: no blank rows, so the chart is shorter, and the
    // markers keep their order, one row apart, while the axis stays where it was.
    let full = css(1000, Orientation::Horizontal);
    assert!(out.height < full.height, "{} < {}", out.height, full.height);
    let rows: Vec<f64> = out.marks.iter().map(|m| m.y + m.h / 2.0).collect();
    let step = rows[1] - rows[0];
    assert!(
        step > 0.0 && rows.windows(2).all(|w| (w[1] - w[0] - step).abs() < 0.5),
        "{rows:?}"
    );
    let first = full
        .marks
        .iter()
        .find(|m| m.figure_id == out.marks[0].figure_id)
        .unwrap();
    assert_eq!(
        (out.marks[0].x, out.marks[0].w),
        (first.x, first.w),
        "the axis stays"
    );
    let none = render(1000, Orientation::Horizontal, Theme::Css, &|_| false, None);
    assert!(markers(&none.svg).is_empty() && none.marks.is_empty());
}

#[test]
fn marks_lie_inside_and_apart() {
    for &(width, orientation) in LAYOUTS {
        let out = css(width, orientation);
        assert!(out
            .svg
            .contains(&format!("viewBox=\"0 0 {} {}\"", out.width, out.height)));
        let (w, h) = (f64::from(out.width), f64::from(out.height));
        for m in &out.marks {
            assert!(
                m.x >= 0.0 && m.y >= 0.0 && m.x + m.w <= w && m.y + m.h <= h,
                "{m:?} {w}x{h}"
            );
            assert!(m.w >= 24.0 && m.h >= 24.0, "target too small: {m:?}");
        }
        for (i, a) in out.marks.iter().enumerate() {
            for b in &out.marks[i + 1..] {
                let apart =
                    a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
                assert!(apart, "{width} {orientation:?}: {a:?} overlaps {b:?}");
            }
        }
    }
}

#[test]
fn undated_events_come_after_dated_ones() {
    for &(width, orientation) in LAYOUTS {
        let out = css(width, orientation);
        let along = |m: &Mark| match orientation {
            Orientation::Horizontal => (m.x, m.x + m.w),
            Orientation::Vertical => (m.y, m.y + m.h),
        };
        let undated =
            |m: &&Mark| data::event(m.figure_id).unwrap().period.dating == Dating::Undated;
        let (late, dated): (Vec<&Mark>, Vec<&Mark>) = out.marks.iter().partition(undated);
        assert!(!late.is_empty() && !dated.is_empty());
        let dated_end = dated.iter().map(|m| along(m).1).fold(0.0, f64::max);
        assert!(
            late.iter().all(|m| along(m).0 > dated_end),
            "{width} {orientation:?}"
        );
    }
}

#[test]
fn resolved_and_stated_markers_differ() {
    // Both single years in 2015, in the pilot-wide and scitech colours: only certainty differs.
    let tag = |id: &str| {
        let out = render(
            1000,
            Orientation::Horizontal,
            Theme::Css,
            &|e: &Event| e.id == id,
            None,
        );
        let line = markers(&out.svg)[0].to_string();
        (
            line.split(' ').next().unwrap().to_string(),
            line.contains("fill=\"none\""),
        )
    };
    assert_eq!(
        data::event("pilot-designation").unwrap().period.dating,
        Dating::Resolved
    );
    assert_eq!(
        data::event("bridge-channels-measure")
            .unwrap()
            .period
            .dating,
        Dating::Stated
    );
    assert_eq!(tag("pilot-designation"), ("<polyline".to_string(), true));
    assert_eq!(
        tag("bridge-channels-measure"),
        ("<polygon".to_string(), false)
    );
    assert_eq!(tag("report-2018"), ("<circle".to_string(), true));
}

#[test]
fn selected_event_gets_a_ring() {
    assert_eq!(rings(&css(1000, Orientation::Horizontal).svg), 0);
    for id in [
        "mianyang-results-2017",
        "swjtu-before-reform",
        "report-2018",
    ] {
        for &(width, orientation) in LAYOUTS {
            let out = render(width, orientation, Theme::Css, &all, Some(id));
            assert_eq!(rings(&out.svg), 1, "{id} {width}");
            assert_eq!(markers(&out.svg).len(), EVENTS.len());
        }
    }
    let hidden = render(
        1000,
        Orientation::Horizontal,
        Theme::Css,
        &|_| false,
        Some("report-2018"),
    );
    assert_eq!(rings(&hidden.svg), 0, "no ring for a hidden event");
}

#[test]
fn labels_say_date_certainty_and_title() {
    let out = css(1000, Orientation::Horizontal);
    let label = |id: &str| {
        out.marks
            .iter()
            .find(|m| m.figure_id == id)
            .unwrap()
            .label
            .clone()
    };
    assert_eq!(
        label("pilot-designation"),
        "2015* (year worked out from “Three years ago”): Sichuan is identified as a pilot zone (whole pilot zone)"
    );
    assert!(label("ip-results-2017")
        .starts_with("2017: The province’s cases dealt involving patent application"));
    assert!(label("report-2018").starts_with("by 2018* (undated): "));
}

#[test]
fn output_is_csp_safe_themed_and_deterministic() {
    for theme in [Theme::Css, Theme::Light, Theme::Dark] {
        let a = render(320, Orientation::Vertical, theme, &all, Some("report-2018"));
        assert_eq!(
            a,
            render(320, Orientation::Vertical, theme, &all, Some("report-2018"))
        );
        assert!(!a.svg.contains("<span") && !a.svg.contains("style="));
        assert_eq!(a.svg.contains("#0102"), theme == Theme::Css, "{theme:?}");
    }
    assert_eq!(
        render(10, Orientation::Vertical, Theme::Css, &all, None).width,
        MIN_WIDTH
    );
}

/// Writes example renderings for a look: `cargo test --features ssr timeline -- --ignored`.
#[test]
#[ignore]
fn write_examples() {
    let dir = std::path::Path::new("/tmp/timeline");
    std::fs::create_dir_all(dir).unwrap();
    let sel = Some("swjtu-first-year");
    for (name, width, orientation, theme) in [
        ("h", 1000, Orientation::Horizontal, Theme::Light),
        ("h1280", 1280, Orientation::Horizontal, Theme::Light),
        ("h600-dark", 600, Orientation::Horizontal, Theme::Dark),
        ("v", 320, Orientation::Vertical, Theme::Light),
        ("v358", 358, Orientation::Vertical, Theme::Light),
        ("v288-dark", 288, Orientation::Vertical, Theme::Dark),
    ] {
        let out = render(width, orientation, theme, &all, sel);
        std::fs::write(dir.join(format!("{name}.svg")), &out.svg).unwrap();
    }
}
