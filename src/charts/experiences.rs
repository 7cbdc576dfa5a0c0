//! Unit chart: one square per reform experience of the first pilot batch, Sichuan's filled.
//! Counting squares makes "8 of 13" concrete in a way a percentage would not.
//!
//! In the page (`Theme::Css`) it is drawn without words and scaled to its column: its labels and
//! the report's claim are HTML around it (`components::chart_panel`), in the page's type scale,
//! so the squares can take the column's whole width at any size while the text stays the size
//! of text. Exported files and the share card (`Theme::Light`) draw the words in.

use super::style::{
    draw_texts, fill, line, mark_label, svg_string, value_label, Area, DrawResult, Font, Placed,
    Px, Role, PAD,
};
use super::{Annotation, ChartOutput, Mark, Theme};
use crate::data::content::{
    fill_with, CHARTS_TEXT_EXPERIENCES_PART, CHARTS_TEXT_EXPERIENCES_SUMMARY,
    CHARTS_TEXT_EXPERIENCES_WHOLE,
};
use crate::data::{self, Figure};

pub const FIGURES: &[&str] = &["experiences-from-sichuan", "experiences-total"];

const MAX_CELL: i32 = 44;
const BRACKET: i32 = 6;

fn figures() -> Option<(&'static Figure, &'static Figure)> {
    Some((data::figure(FIGURES[0])?, data::figure(FIGURES[1])?))
}

/// Squares are counts; the cap only guards the layout against absurd data.
fn count(f: &Figure) -> i32 {
    f.value.round().clamp(0.0, 200.0) as i32
}

struct Layout {
    height: u32,
    squares: Vec<Px>,
    /// Over the part, open downwards; under the whole, open upwards.
    brackets: [(Role, Vec<(i32, i32)>); 2],
    texts: Vec<Placed>,
    annotations: Vec<Annotation>,
    /// Mark boxes: the part (label, bracket, its squares); the whole (the other squares, and the
    /// bracket and label under the row), so every group of squares is a target of its own and
    /// the two never overlap although the whole contains the part.
    part: Px,
    whole: Px,
}

fn layout(width: u32, part: &Figure, whole: &Figure, words: bool) -> Layout {
    let (n, k) = (count(whole).max(1), count(part));
    let avail = i32::try_from(width).unwrap_or(i32::MAX / 2) - 2 * PAD;
    let cell = (avail / n).clamp(4, MAX_CELL);
    let gap = (cell / 6).max(2);
    let mut texts = Vec::new();
    let label = part_label(part);
    let font = Font {
        role: Role::Primary,
        ..Font::HEADING
    };
    let top = if words {
        Placed::left(&mut texts, label, (PAD, PAD + font.line_height() / 2), font);
        PAD + font.line_height() + 2
    } else {
        PAD
    };
    let y0 = top + BRACKET + 3;
    let squares: Vec<Px> = (0..n)
        .map(|i| Px {
            x0: PAD + i * cell,
            y0,
            x1: PAD + i * cell + cell - gap,
            y1: y0 + cell - gap,
        })
        .collect();
    let row_end = PAD + n * cell - gap;
    let part_end = squares.get((k - 1).max(0) as usize).map_or(PAD, |s| s.x1);
    let rest_start = squares.get(k.max(0) as usize).map_or(PAD, |s| s.x0);
    let sq_bottom = y0 + cell - gap;
    let under = sq_bottom + 3 + BRACKET;
    let mut y = under + 2;
    let mut annotations: Vec<Annotation> = Vec::new();
    if words {
        Placed::paragraph(
            &mut texts,
            &whole_label(whole),
            &mut y,
            f64::from(avail),
            Font::NAME,
        );
    }
    let whole_bottom = y;
    if let Some(text) = annotation().filter(|_| words) {
        y += 6;
        annotations.push(Placed::annotation(
            &mut texts,
            &text,
            &mut y,
            f64::from(avail),
        ));
    }
    let bracket = |x1: i32, y: i32, dy: i32| vec![(PAD, y + dy), (PAD, y), (x1, y), (x1, y + dy)];
    Layout {
        height: u32::try_from(y + PAD).unwrap_or(0),
        squares,
        brackets: [
            (Role::Primary, bracket(part_end, top, BRACKET)),
            (Role::Text, bracket(row_end, under, -BRACKET)),
        ],
        texts,
        annotations,
        part: Px {
            x0: PAD,
            y0: PAD,
            x1: part_end,
            y1: sq_bottom,
        },
        whole: Px {
            x0: rest_start,
            y0,
            x1: row_end,
            y1: whole_bottom,
        },
    }
}

fn draw(
    area: &Area,
    theme: Theme,
    l: &Layout,
    (part, whole): (&'static Figure, &'static Figure),
    marks: &mut Vec<Mark>,
) -> DrawResult {
    let k = usize::try_from(count(part)).unwrap_or(0);
    for (i, sq) in l.squares.iter().enumerate() {
        fill(
            area,
            theme,
            if i < k { Role::Primary } else { Role::Muted },
            *sq,
        )?;
    }
    for (role, points) in &l.brackets {
        line(area, theme, *role, points.clone())?;
    }
    draw_texts(area, theme, &l.texts)?;
    marks.push(l.part.mark(part, mark_label(part)));
    marks.push(l.whole.mark(whole, mark_label(whole)));
    Ok(())
}

/// The label of the part: "8 from Sichuan".
pub fn part_label(part: &Figure) -> String {
    fill_with(
        &CHARTS_TEXT_EXPERIENCES_PART,
        &[("value", &value_label(part))],
    )
}

/// The label of the whole: "13 experiences in the first batch of pilot zones".
pub fn whole_label(whole: &Figure) -> String {
    fill_with(
        &CHARTS_TEXT_EXPERIENCES_WHOLE,
        &[("value", &value_label(whole))],
    )
}

/// The labels the page prints around the wordless drawing: the part's and the whole's.
pub fn labels() -> Option<(String, String)> {
    let (part, whole) = figures()?;
    Some((part_label(part), whole_label(whole)))
}

/// The chart's headline annotation: the report's claim, attributed as the report attributes it. Its words are the content file's; a derived
/// figure is never a chart's headline (it lives in "Our arithmetic", with its caveat).
pub fn annotation() -> Option<String> {
    Some(crate::data::content::fill(
        &crate::data::content::ANNOTATIONS_EXPERIENCES,
    ))
}

pub fn render(width: u32, theme: Theme) -> ChartOutput {
    let Some(figs) = figures() else {
        return svg_string(width, 2 * PAD as u32, theme, |_, _| Ok(()));
    };
    let l = layout(width, figs.0, figs.1, theme != Theme::Css);
    let out = svg_string(width, l.height, theme, |area, marks| {
        draw(area, theme, &l, figs, marks)
    });
    ChartOutput {
        annotations: l.annotations.clone(),
        ..out
    }
}

pub fn summary() -> String {
    let Some((part, whole)) = figures() else {
        return String::new();
    };
    fill_with(
        &CHARTS_TEXT_EXPERIENCES_SUMMARY,
        &[
            ("total", &whole.display_value()),
            ("count", &part.display_value()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::style::hex;
    use crate::charts::testutil::{check, drawn_as_lower_bound, elements, texts};

    #[test]
    fn thirteen_squares_are_drawn_and_eight_filled() {
        for width in [288, 320, 1000] {
            let out = render(width, Theme::Light);
            check(&out, width, FIGURES);
            let rects: Vec<_> = elements(&out.svg)
                .into_iter()
                .filter(|e| e.tag == "rect")
                .collect();
            let with = |role: Role| {
                rects
                    .iter()
                    .filter(|e| e.attr("fill") == hex(Role::light(role)))
                    .count()
            };
            assert_eq!((with(Role::Primary), with(Role::Muted)), (8, 5));
            let t = texts(&out);
            assert!(t.contains(&"8 from Sichuan".to_string()), "{t:?}");
            assert!(t.join(" ").contains("13 experiences"), "{t:?}");
            for m in &out.marks {
                assert!(!drawn_as_lower_bound(&out, Theme::Light, m));
            }
            // The part's box spans exactly its 8 squares.
            let sq: Vec<_> = rects
                .iter()
                .filter(|e| e.attr("fill") == hex(Role::light(Role::Primary)))
                .collect();
            let last = sq[7].num("x") + sq[7].num("width");
            assert_eq!(out.marks[0].x + out.marks[0].w, last);
            // The grey squares are the whole's target: it starts at the first of them, at the
            // squares' top, and reaches the row's end.
            let grey: Vec<_> = rects
                .iter()
                .filter(|e| e.attr("fill") == hex(Role::light(Role::Muted)))
                .collect();
            let whole = &out.marks[1];
            assert_eq!(whole.x, grey[0].num("x"));
            assert_eq!(whole.y, grey[0].num("y"));
            assert_eq!(whole.x + whole.w, grey[4].num("x") + grey[4].num("width"));
        }
        assert!(summary().contains("13 squares") && summary().contains("8 filled"));
    }
}
