//! The timeline's words stay inside the drawing: year labels, the zone's note and the events'
//! titles, left of the axis from 600 px up and right of the markers below.

use super::tests::{attr, css, LAYOUTS};
use super::*;
use crate::charts::palette::{hex, Role};

#[test]
fn text_stays_inside_the_width() {
    for &(width, orientation) in LAYOUTS {
        let out = css(width, orientation);
        let lines: Vec<&str> = out.svg.lines().collect();
        let (mut texts, mut titles) = (0, 0);
        // Wide, the time axis starts at the first year rule and titles stay left of it; narrow,
        // titles start right of every marker's hit box.
        let axis = out
            .svg
            .lines()
            .find(|l| {
                l.contains(&format!(
                    "stroke=\"{}\"",
                    hex(Theme::Css.colour(Role::Muted))
                ))
            })
            .and_then(|l| l.split("points=\"").nth(1))
            .and_then(|p| p.split(',').next())
            .and_then(|x| x.parse::<f64>().ok())
            .unwrap();
        let markers_end = out.marks.iter().map(|m| m.x + m.w).fold(0.0, f64::max);
        for (i, line) in lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.starts_with("<text"))
        {
            texts += 1;
            // As written, before the SVG's escaping of apostrophes and ampersands.
            let content = &lines[i + 1].replace("&apos;", "'").replace("&amp;", "&");
            if line.contains(&format!("fill=\"{}\"", hex(Theme::Css.colour(Role::Text)))) {
                titles += 1;
                let x = attr(line, "x").unwrap();
                let right = x + crate::charts::text::text_width(content, LABEL_PX, false);
                match orientation {
                    Orientation::Horizontal => assert!(
                        right <= axis,
                        "{width}: title {content:?} runs into the axis"
                    ),
                    Orientation::Vertical => assert!(
                        x >= markers_end && right <= f64::from(width),
                        "{width}: title {content:?} at {x}..{right}"
                    ),
                }
            }
            let (x, size) = (attr(line, "x").unwrap(), attr(line, "font-size").unwrap());
            // Generous estimate of sans-serif width: 0.62 em per character.
            let len = content.chars().count() as f64 * size * 0.62;
            let (left, right) = if line.contains("text-anchor=\"middle\"") {
                (x - len / 2.0, x + len / 2.0)
            } else {
                assert!(line.contains("text-anchor=\"start\""));
                (x, x + len)
            };
            assert!(
                left >= 0.0 && right <= f64::from(width),
                "{width}: {content} at {left}..{right}"
            );
            let y = attr(line, "y").unwrap();
            assert!(
                y >= size && y + size <= f64::from(out.height),
                "{content} at y {y}"
            );
        }
        assert_eq!(
            texts - titles,
            6,
            "'2011–2014', three years, 'by 2018' and 'undated'"
        );
        assert!(titles >= EVENTS.len(), "every event's title");
    }
}
