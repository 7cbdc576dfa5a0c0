//! The explainer's timeline: every event of the report on a year axis, drawn as SVG by plotters.
//!
//! Markers, gridlines, year labels and each event's title are drawn (the title in a row of its
//! own beside its marker, at every width); summaries live in the HTML next to the chart. Marker
//! shape says how sure the date is (filled
//! diamond: year stated; hollow diamond: year worked out from relative wording; bar: several
//! years, filled or hollow likewise; hollow circle in the shaded "by 2018" zone: no date given).
//! Every marker has the figures' one colour; the reform area is said in words, not by hue.
//!
//! Text is placed only with `Text` at explicit coordinates and anchors: anything that asks
//! plotters to measure text (captions, legends, mesh label areas) inserts a styled `<span>` in
//! the browser, which the page's Content-Security-Policy forbids.

mod layout;
mod marker;
mod plan;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod text_tests;
#[cfg(test)]
mod zone_tests;

use crate::data::content::{self, fill_with};

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::palette::Role;
use super::{ChartOutput, Mark, Theme};
use crate::data::{self, Dating, Event, EVENTS};
use layout::{Geometry, Placed};
use marker::draw_marker;
use plan::Plan;

/// Which way time runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Orientation {
    /// Left to right, the titles in a column left of the axis: for wide screens.
    Horizontal,
    /// Top to bottom, a row per event under its year, its title right of its marker: narrow
    /// screens never scroll sideways.
    Vertical,
}

impl Orientation {
    /// Below this width (px) the timeline runs top to bottom.
    pub const VERTICAL_BELOW: u32 = 600;

    pub fn for_width(width: u32) -> Orientation {
        if width < Self::VERTICAL_BELOW {
            Orientation::Vertical
        } else {
            Orientation::Horizontal
        }
    }
}

/// Narrower requests are drawn at this width, so the layout never degenerates.
pub const MIN_WIDTH: u32 = 240;

/// The plan (bands, rows, gutters) of the events `visible` keeps: a few dozen comparisons for
/// the report's events, so it is worked out afresh for each drawing.
fn plan(visible: &dyn Fn(&Event) -> bool) -> Plan {
    Plan::new(EVENTS, visible)
}

/// What a screen reader announces for an event's mark: date, how sure it is, title and area, e.g.
/// "2015 (resolved from “Three years ago”): Sichuan becomes a pilot zone (whole pilot zone)".
pub fn event_label(event: &Event) -> String {
    let p = event.period;
    let certainty = match p.dating {
        Dating::Stated => String::new(),
        Dating::Resolved => {
            let note = fill_with(
                &content::CHARTS_TEXT_TIMELINE_RESOLVED,
                &[("wording", p.wording)],
            );
            format!(" {note}")
        }
        Dating::Undated => format!(" {}", content::CHARTS_TEXT_TIMELINE_UNDATED),
    };
    let area = data::area(event.area)
        .map_or(content::CHARTS_TEXT_TIMELINE_WHOLE_ZONE.text(), |a| {
            a.name.text()
        });
    fill_with(
        &content::CHARTS_TEXT_TIMELINE_EVENT,
        &[
            ("when", &p.label()),
            ("note", &certainty),
            ("title", &event.title),
            ("name", area),
        ],
    )
}

/// Draws the timeline `width` px wide. One marker per event that `visible` keeps, a row each in
/// time order (`EVENTS` is sorted); `selected` (an event id) gets a ring. A filter redraws the
/// rows for just the events it keeps (no blank rows); the axis stays the whole timeline's.
///
/// Each `Mark`'s `figure_id` is the EVENT id (the timeline's marks stand for events, not
/// figures); its box is the marker grown to at least 24 × 24 px.
pub fn render(
    width: u32,
    orientation: Orientation,
    theme: Theme,
    visible: &dyn Fn(&Event) -> bool,
    selected: Option<&str>,
) -> ChartOutput {
    let plan = &plan(visible);
    let geometry = Geometry::new(width.max(MIN_WIDTH), orientation, plan);
    let placed: Vec<Placed> = (plan.slots.iter())
        .map(|&slot| geometry.place(slot))
        .collect();
    let mut svg = String::new();
    let undated = undated_count(visible);
    let drawn = draw(&mut svg, &geometry, plan, &placed, theme, selected, undated);
    // The string backend has no failure path today; should one appear, an empty chart with no
    // hit targets is better than a panic that takes the page's interactivity with it.
    let marks = match drawn {
        Ok(()) => placed.iter().map(mark).collect(),
        Err(_) => {
            svg.clear();
            Vec::new()
        }
    };
    ChartOutput {
        svg: super::style::page_typeface(svg, theme),
        width: geometry.width,
        height: geometry.height,
        marks,
        // Its annotation (the undated count) is part of the axis labels and the group's name.
        annotations: Vec::new(),
    }
}

fn mark(p: &Placed) -> Mark {
    let (x0, y0, x1, y1) = p.hit_box();
    Mark {
        figure_id: p.slot.event.id,
        label: event_label(p.slot.event),
        x: f64::from(x0),
        y: f64::from(y0),
        w: f64::from(x1 - x0),
        h: f64::from(y1 - y0),
    }
}

/// How many of the events `visible` keeps have no date: the zone's annotation, also said in the
/// chart's accessible name.
pub fn undated_count(visible: &dyn Fn(&Event) -> bool) -> usize {
    EVENTS
        .iter()
        .filter(|e| visible(e) && e.period.dating == Dating::Undated)
        .count()
}

/// Year labels, the zone's note and the titles: the charts' one text size (13 px); plotters
/// writes `font-size` as the style's size / 1.24.
const LABEL_PX: f64 = 13.0;

type DrawResult = Result<(), Box<dyn std::error::Error>>;

fn draw(
    buf: &mut String,
    g: &Geometry,
    plan: &Plan,
    placed: &[Placed],
    theme: Theme,
    selected: Option<&str>,
    undated: usize,
) -> DrawResult {
    let root = SVGBackend::with_string(buf, (g.width, g.height)).into_drawing_area();
    // The CSS theme leaves the background to the page, so one SVG serves both colour schemes.
    if theme != Theme::Css {
        root.fill(&theme.colour(Role::Background))?;
    }
    let zone = plan.years;
    root.draw(&Rectangle::new(
        g.band_rect(zone),
        theme.colour(Role::Zone).filled(),
    ))?;
    for band in 0..=zone + 1 {
        root.draw(&PathElement::new(
            g.boundary(band),
            theme.colour(Role::Muted),
        ))?;
    }

    // Every text at the one chart size, built as the other charts build theirs
    // (`text::text_style`): plotters' parsing of a family name from a string ("sans-serif")
    // would link about 6.5 KB of WebAssembly for nothing.
    let size = super::text::backend_size(LABEL_PX);
    let style = |ink: &RGBColor, pos: Pos| {
        FontDesc::new(FontFamily::SansSerif, size, FontStyle::Normal)
            .color(ink)
            .pos(pos)
    };
    let axis = style(
        &theme.colour(Role::Label),
        match g.orientation {
            Orientation::Horizontal => Pos::new(HPos::Center, VPos::Top),
            Orientation::Vertical => Pos::new(HPos::Left, VPos::Center),
        },
    );
    for band in 0..zone {
        let year = plan.band_label(band);
        root.draw(&Text::new(year, g.label_at(band, 0), axis.clone()))?;
    }
    let by = EVENTS.iter().find(|e| e.period.dating == Dating::Undated);
    let by = by.map(|e| e.period.label()).unwrap_or_default();
    root.draw(&Text::new(by, g.label_at(zone, 0), axis.clone()))?;
    // The annotation of the zone: how many of the events shown have no date at all; none when a
    // filter keeps no undated event (its band then holds no row, only its label).
    if undated > 0 {
        root.draw(&Text::new(
            fill_with(
                &content::CHARTS_TEXT_TIMELINE_UNDATED_COUNT,
                &[("count", &undated.to_string())],
            ),
            g.label_at(zone, 1),
            axis,
        ))?;
    }

    // A table's hairlines between the events' rows, under the year rules.
    for pair in plan.slots.windows(2) {
        if let Some(rule) = g.rule_between(&pair[0], &pair[1]) {
            root.draw(&PathElement::new(rule, theme.colour(Role::Rule)))?;
        }
    }
    let title = style(
        &theme.colour(Role::Text),
        Pos::new(HPos::Left, VPos::Center),
    );
    for p in placed {
        for (i, line) in g.titles[p.slot.row].iter().enumerate() {
            // A `String`, as every other chart text: one monomorphisation of plotters' drawing.
            root.draw(&Text::new(line.clone(), g.title_at(p, i), title.clone()))?;
        }
    }
    for p in placed {
        draw_marker(&root, p, theme, selected == Some(p.slot.event.id))?;
    }
    root.present()?;
    Ok(())
}
