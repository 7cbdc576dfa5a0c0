//! Checks every chart's tests share: a minimal reader of the SVG plotters writes (one element a
//! line, attributes in double quotes) and the invariants every chart must keep.

use std::collections::BTreeMap;

use super::style::{hex, text_width, Role};
use super::{ChartOutput, Mark, Theme};

mod annotations;
use annotations::check_annotations;

pub struct Element {
    pub tag: String,
    pub attrs: BTreeMap<String, String>,
    /// Text content for `<text>`.
    pub content: String,
}

impl Element {
    pub fn num(&self, key: &str) -> f64 {
        self.attrs
            .get(key)
            .and_then(|v| v.parse().ok())
            .unwrap_or(f64::NAN)
    }

    pub fn attr(&self, key: &str) -> &str {
        self.attrs.get(key).map_or("", String::as_str)
    }

    /// Every point the element touches.
    fn points(&self) -> Vec<(f64, f64)> {
        match self.tag.as_str() {
            "rect" => {
                let (x, y) = (self.num("x"), self.num("y"));
                vec![(x, y), (x + self.num("width"), y + self.num("height"))]
            }
            "polyline" | "polygon" => self
                .attr("points")
                .split_whitespace()
                .filter_map(|p| p.split_once(','))
                .map(|(x, y)| (x.parse().unwrap_or(f64::NAN), y.parse().unwrap_or(f64::NAN)))
                .collect(),
            _ => vec![],
        }
    }
}

pub fn elements(svg: &str) -> Vec<Element> {
    let mut out = Vec::new();
    let mut lines = svg.lines();
    while let Some(l) = lines.next() {
        let Some(rest) = l.strip_prefix('<').filter(|r| !r.starts_with('/')) else {
            continue;
        };
        let tag: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        let mut attrs = BTreeMap::new();
        for part in rest[tag.len()..].split("\" ") {
            if let Some((k, v)) = part.trim().split_once("=\"") {
                let v = v.trim_end_matches(['/', '>']).trim_end_matches('"');
                attrs.insert(k.to_string(), v.to_string());
            }
        }
        let content = if tag == "text" {
            let raw = lines.next().unwrap_or("");
            raw.replace("&apos;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
        } else {
            String::new()
        };
        out.push(Element {
            tag,
            attrs,
            content,
        });
    }
    out
}

pub fn texts(out: &ChartOutput) -> Vec<String> {
    elements(&out.svg)
        .into_iter()
        .filter(|e| e.tag == "text")
        .map(|e| e.content)
        .collect()
}

fn inside(m: &Mark, (x, y): (f64, f64)) -> bool {
    x >= m.x && x <= m.x + m.w && y >= m.y && y <= m.y + m.h
}

/// Whether the mark is drawn as a lower bound: by form, since a bound has the colour of any
/// figure. A bar is a filled shape; a lower bound's box also holds its open end, stroked lines
/// in the marks' colour: two dashed edges and a chevron (a bracket is one line, not three).
pub fn drawn_as_lower_bound(out: &ChartOutput, theme: Theme, m: &Mark) -> bool {
    let ink = hex(theme.colour(Role::Primary));
    let strokes = elements(&out.svg).into_iter().filter(|e| {
        let pts = e.points();
        e.attr("stroke") == ink
            && e.attr("fill") != ink
            && pts.len() >= 2
            && pts.iter().all(|p| inside(m, *p))
    });
    strokes.count() >= 3
}

/// The invariants of every chart at one width.
pub fn check(out: &ChartOutput, width: u32, figures: &[&str]) {
    let (w, h) = (f64::from(width), f64::from(out.height));
    let svg = &out.svg;
    let head = format!(
        "<svg width=\"{width}\" height=\"{}\" viewBox=\"0 0 {width} {}\"",
        out.height, out.height
    );
    assert!(svg.starts_with(&head), "{}", &svg[..svg.len().min(120)]);
    assert!(svg.trim_end().ends_with("</svg>"));
    assert_eq!(out.width, width);
    // A wordless unit chart (the lead's squares, in the page) is one row high.
    assert!((40..=2000).contains(&out.height), "height {}", out.height);
    assert!(!svg.contains("style="), "style attribute in SVG");
    assert!(!svg.contains("<span"));

    let ids: Vec<_> = out.marks.iter().map(|m| m.figure_id).collect();
    assert_eq!(ids, figures, "marks in FIGURES order");
    for (i, m) in out.marks.iter().enumerate() {
        assert!(
            m.x >= 0.0 && m.y >= 0.0 && m.x + m.w <= w && m.y + m.h <= h,
            "{m:?}"
        );
        assert!(m.w >= 1.0 && m.h >= 1.0, "{m:?}");
        assert!(!m.label.is_empty());
        for n in &out.marks[i + 1..] {
            let apart =
                m.x + m.w <= n.x || n.x + n.w <= m.x || m.y + m.h <= n.y || n.y + n.h <= m.y;
            assert!(apart, "marks overlap: {m:?} {n:?}");
        }
    }
    check_annotations(out);
    for e in elements(svg).iter().filter(|e| e.tag == "text") {
        let (x, y) = (e.num("x"), e.num("y"));
        let tw = text_width(
            &e.content,
            e.num("font-size"),
            e.attr("font-weight") == "bold",
        );
        let (left, right) = match e.attr("text-anchor") {
            "start" => (x, x + tw),
            "end" => (x - tw, x),
            _ => (x - tw / 2.0, x + tw / 2.0),
        };
        assert!(
            left >= 0.0 && right <= w,
            "text {:?} at {x} outside 0..{w}",
            e.content
        );
        assert!(y >= 0.0 && y <= h, "text {:?} at y {y}", e.content);
    }
}

/// Every chart in every option, with the figures it must mark.
fn all_charts(
    width: u32,
    theme: Theme,
) -> Vec<(&'static str, ChartOutput, &'static [&'static str])> {
    use super::{experiences, mianyang_share};
    vec![
        (
            "experiences",
            experiences::render(width, theme),
            experiences::FIGURES,
        ),
        (
            "mianyang_share",
            mianyang_share::render(width, theme),
            mianyang_share::FIGURES,
        ),
    ]
}

#[test]
fn every_chart_keeps_the_invariants_from_240_to_1000_px() {
    for theme in [Theme::Css, Theme::Light, Theme::Dark] {
        for width in [240, 288, 320, 480, 768, 1000] {
            for (name, out, figures) in all_charts(width, theme) {
                eprintln!("{name} at {width}");
                check(&out, width, figures);
            }
        }
    }
}

#[test]
fn css_theme_uses_only_tokens_and_the_others_only_their_colours() {
    let allowed = |theme: Theme| -> Vec<String> {
        let mut v: Vec<String> = Role::ALL.iter().map(|r| hex(theme.colour(*r))).collect();
        v.push("none".into());
        v
    };
    for theme in [Theme::Css, Theme::Light, Theme::Dark] {
        for (name, out, _) in all_charts(320, theme) {
            for e in elements(&out.svg) {
                for attr in ["fill", "stroke"] {
                    let c = e.attr(attr);
                    assert!(
                        c.is_empty() || allowed(theme).iter().any(|a| a == c),
                        "{name}: {c}"
                    );
                }
            }
            // Css charts are transparent: the page paints the background.
            let bg = format!("fill=\"{}\"", hex(theme.colour(Role::Background)));
            assert_eq!(out.svg.contains(&bg), theme != Theme::Css, "{name}");
        }
    }
}

#[test]
fn rendering_is_deterministic() {
    let a: Vec<_> = all_charts(500, Theme::Css)
        .into_iter()
        .map(|c| c.1)
        .collect();
    let b: Vec<_> = all_charts(500, Theme::Css)
        .into_iter()
        .map(|c| c.1)
        .collect();
    assert_eq!(a, b);
}

/// Writes every chart to /tmp/charts/<name>-<width>-<theme>.svg to look at:
/// `cargo test --features ssr --lib charts::testutil -- --ignored`.
#[test]
#[ignore]
fn write_examples() {
    let dir = std::path::Path::new("/tmp/charts");
    std::fs::create_dir_all(dir).unwrap();
    for (theme, t) in [(Theme::Light, "light"), (Theme::Dark, "dark")] {
        for width in [240, 320, 1000] {
            for (name, out, _) in all_charts(width, theme) {
                let path = dir.join(format!("{name}-{width}-{t}.svg"));
                std::fs::write(path, &out.svg).unwrap();
            }
        }
    }
}
