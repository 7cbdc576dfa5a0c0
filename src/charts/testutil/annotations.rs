//! The annotation invariants every chart's tests check (`testutil::check`).

use super::{elements, Element};
use crate::charts::style::text_width;
use crate::charts::ChartOutput;

/// The estimated box of a `<text>` (x0, y0, x1, y1), as the layouts reserve room for it.
fn text_box(e: &Element) -> (f64, f64, f64, f64) {
    let (x, y, size) = (e.num("x"), e.num("y"), e.num("font-size"));
    let tw = text_width(&e.content, size, e.attr("font-weight") == "bold");
    let (left, right) = match e.attr("text-anchor") {
        "start" => (x, x + tw),
        "end" => (x - tw, x),
        _ => (x - tw / 2.0, x + tw / 2.0),
    };
    // Texts are centred vertically on y (VPos::Center).
    (left, y - size / 2.0, right, y + size / 2.0)
}

fn apart(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)) -> bool {
    a.2 <= b.0 || b.2 <= a.0 || a.3 <= b.1 || b.3 <= a.1
}

/// An annotation sits inside the chart and overlaps no mark and no other label.
pub(super) fn check_annotations(out: &ChartOutput) {
    let texts: Vec<Element> = elements(&out.svg)
        .into_iter()
        .filter(|e| e.tag == "text")
        .collect();
    for a in &out.annotations {
        let area = (a.x, a.y, a.x + a.w, a.y + a.h);
        assert!(
            area.0 >= 0.0 && area.2 <= f64::from(out.width) && area.3 <= f64::from(out.height),
            "annotation {:?} outside the chart",
            a.text
        );
        for m in &out.marks {
            assert!(
                apart(area, (m.x, m.y, m.x + m.w, m.y + m.h)),
                "annotation {:?} overlaps {m:?}",
                a.text
            );
        }
        // Its own lines are the texts whose anchor lies within its box.
        let own = |e: &Element| {
            let (x, y) = (e.num("x"), e.num("y"));
            x >= area.0 && x <= area.2 && y >= area.1 && y <= area.3
        };
        let mut drawn = Vec::new();
        for e in &texts {
            if own(e) {
                drawn.push(e.content.clone());
            } else {
                assert!(
                    apart(area, text_box(e)),
                    "annotation {:?} overlaps label {:?}",
                    a.text,
                    e.content
                );
            }
        }
        assert_eq!(
            drawn.join(" "),
            a.text,
            "the annotation is drawn as its lines"
        );
    }
}
