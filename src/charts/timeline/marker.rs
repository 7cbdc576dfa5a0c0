//! One event's marker: its shape says how sure the date is (filled when the report states the
//! year, outlined when we worked it out, a circle when there is none), and the selected one
//! gets a ring.

use plotters::prelude::*;

use super::layout::Placed;
use super::plan::Shape;
use super::DrawResult;
use crate::charts::palette::Role;
use crate::charts::Theme;
use crate::data::Dating;

pub(super) fn draw_marker(
    root: &DrawingArea<SVGBackend, plotters::coord::Shift>,
    p: &Placed,
    theme: Theme,
    ring: bool,
) -> DrawResult {
    let event = p.slot.event;
    let colour = theme.colour(Role::Primary);
    // Stated dates are solid; worked-out dates are outlines, so certainty shows without colour.
    let solid = event.period.dating == Dating::Stated;
    let (cx, cy, hx, hy) = (p.cx, p.cy, p.hx, p.hy);
    let outline = colour.stroke_width(2);
    match p.slot.shape {
        Shape::Point => {
            let corners = [(cx, cy - hy), (cx + hx, cy), (cx, cy + hy), (cx - hx, cy)];
            if solid {
                root.draw(&Polygon::new(corners.to_vec(), colour.filled()))?;
            } else {
                root.draw(&PathElement::new(closed(&corners), outline))?;
            }
        }
        Shape::Span => {
            let (a, z) = ((cx - hx, cy - hy), (cx + hx, cy + hy));
            if solid {
                root.draw(&Rectangle::new([a, z], colour.filled()))?;
            } else {
                root.draw(&PathElement::new(
                    closed(&[a, (z.0, a.1), z, (a.0, z.1)]),
                    outline,
                ))?;
            }
        }
        Shape::Undated => root.draw(&Circle::new((cx, cy), hx, outline))?,
    }
    if ring {
        let ink = theme.colour(Role::Text).stroke_width(2);
        match p.slot.shape {
            Shape::Span => {
                let (a, z) = ((cx - hx - 5, cy - hy - 5), (cx + hx + 5, cy + hy + 5));
                root.draw(&PathElement::new(
                    closed(&[a, (z.0, a.1), z, (a.0, z.1)]),
                    ink,
                ))?;
            }
            _ => root.draw(&Circle::new((cx, cy), hx.max(hy) + 5, ink))?,
        }
    }
    Ok(())
}

/// A polygon's outline as a polyline back to its first corner (plotters' polygons are fill-only).
fn closed(corners: &[(i32, i32)]) -> Vec<(i32, i32)> {
    corners.iter().chain(corners.first()).copied().collect()
}
