//! The timeline's colours: one per reform area, plus the few inks around the markers, each with a
//! CSS token and concrete light and dark values.

use plotters::style::RGBColor;

use crate::charts::Theme;

/// One area's colour. The same colour reaches the SVG (through its token and `static/timeline.css`)
/// and the HTML legend (through `css_var` or `class`), so chart and legend cannot disagree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AreaColour {
    /// Reform area id (`data::AREAS`); "" is the pilot zone as a whole.
    pub area: &'static str,
    /// Custom property defined by `static/timeline.css`, e.g. `--area-scitech`.
    pub css_var: &'static str,
    /// Class that sets `--tl-area` to this colour (`.tl-swatch` paints it).
    pub class: &'static str,
    /// Concrete colours, 0xRRGGBB, for light and dark backgrounds (`Theme::Light`, `Theme::Dark`).
    pub light: u32,
    pub dark: u32,
}

/// `area!("scitech", light, dark)`: the custom property and class names follow from the id, so
/// they cannot drift from `static/timeline.css` by a typo. `"" as "pilot"` names the pilot-wide
/// entry, whose id is empty.
macro_rules! area {
    ($id:literal as $name:literal, $light:literal, $dark:literal) => {
        AreaColour {
            area: $id,
            css_var: concat!("--area-", $name),
            class: concat!("tl-area-", $name),
            light: $light,
            dark: $dark,
        }
    };
    ($id:literal, $light:literal, $dark:literal) => {
        area!($id as $id, $light, $dark)
    };
}

/// Okabe–Ito hues (colour-blind safe), darkened on light and lightened on dark backgrounds to reach
/// 3:1 against the page and the zone shading (ratios in `static/timeline.css`). Okabe–Ito has
/// seven hues besides black; black (the page's ink) marks the pilot as a whole, and grey is the
/// eighth area. The three areas with events get the three most distinct hues.
pub const AREA_PALETTE: &[AreaColour] = &[
    area!("" as "pilot", 0x1a1a1a, 0xececec),
    area!("military-civilian", 0xc25400, 0xe8702a),
    area!("scitech", 0x0068a8, 0x3d9be0),
    area!("opening-up", 0x9a6a00, 0xe69f00),
    area!("finance", 0xb0508a, 0xcc79a7),
    area!("industry", 0x3a86ba, 0x56b4e9),
    area!("talent", 0x7c7400, 0xf0e442),
    area!("platforms", 0x6b6b6b, 0xa0a0a0),
    area!("governance", 0x00805d, 0x00a87a),
];

/// Index into `AREA_PALETTE`; unknown ids fall back to the pilot-wide colour rather than panic.
pub(super) fn area_index(area: &str) -> usize {
    AREA_PALETTE
        .iter()
        .position(|c| c.area == area)
        .unwrap_or(0)
}

/// The colour entry of an area id ("" for the pilot as a whole).
pub fn area_colour(area: &str) -> &'static AreaColour {
    &AREA_PALETTE[area_index(area)]
}

/// Everything the timeline paints with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Ink {
    Background,
    Text,
    Grid,
    Zone,
    Ring,
    Area(usize),
}

impl Ink {
    /// Under `Theme::Css` each ink is a token #0A0Bnn (blue channel = index; areas from 0x10) that
    /// `static/timeline.css` swaps for a custom property. The range is ours alone, so the
    /// attribute selectors cannot catch other charts' tokens.
    pub(super) fn colour(self, theme: Theme) -> RGBColor {
        let (token, light, dark) = match self {
            Ink::Background => (0x00, 0xffffff, 0x121416),
            Ink::Text => (0x01, 0x555555, 0xb4b4b4),
            // Year boundaries, also the edges of the "by 2018" zone: 3:1 against the page and zone.
            Ink::Grid => (0x02, 0x8a8a8a, 0x7e848a),
            Ink::Zone => (0x03, 0xf5f5f2, 0x1d2024),
            Ink::Ring => (0x04, 0x1a1a1a, 0xececec),
            Ink::Area(i) => {
                let c = AREA_PALETTE.get(i).unwrap_or(&AREA_PALETTE[0]);
                (0x10 + i as u32, c.light, c.dark)
            }
        };
        let rgb = match theme {
            Theme::Css => 0x0a0b00 | token,
            Theme::Light => light,
            Theme::Dark => dark,
        };
        RGBColor((rgb >> 16) as u8, (rgb >> 8) as u8, rgb as u8)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::AREAS;

    /// WCAG 2 contrast ratio of two sRGB colours.
    fn contrast(a: u32, b: u32) -> f64 {
        let lum = |c: u32| {
            let ch = |v: u32| {
                let v = f64::from(v & 0xff) / 255.0;
                if v <= 0.04045 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * ch(c >> 16) + 0.7152 * ch(c >> 8) + 0.0722 * ch(c)
        };
        let (x, y) = (lum(a), lum(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    /// The gridlines carry meaning the prose points to (the year bands, the edges of the
    /// undated zone): WCAG 1.4.11 asks 3:1 against what they sit on, in both schemes.
    #[test]
    fn gridlines_contrast_three_to_one_with_page_and_zone() {
        let rgb = |ink: Ink, theme| {
            let c = ink.colour(theme);
            (u32::from(c.0) << 16) | (u32::from(c.1) << 8) | u32::from(c.2)
        };
        for theme in [Theme::Light, Theme::Dark] {
            let grid = rgb(Ink::Grid, theme);
            for under in [Ink::Background, Ink::Zone] {
                let ratio = contrast(grid, rgb(under, theme));
                assert!(ratio >= 3.0, "{theme:?} grid on {under:?}: {ratio:.2}");
            }
        }
        let css = include_str!("../../../static/timeline.css");
        assert!(css.contains("--tl-grid: light-dark(#8a8a8a, #7e848a);"));
    }

    #[test]
    fn palette_covers_every_area_and_matches_the_stylesheet() {
        let ids: Vec<_> = AREA_PALETTE.iter().map(|c| c.area).collect();
        assert_eq!(ids[0], "");
        assert_eq!(ids[1..], AREAS.iter().map(|a| a.id).collect::<Vec<_>>()[..]);
        let css = include_str!("../../../static/timeline.css");
        for (i, c) in AREA_PALETTE.iter().enumerate() {
            assert_eq!(area_colour(c.area), c);
            for want in [
                format!(
                    "{}: light-dark(#{:06x}, #{:06x});",
                    c.css_var, c.light, c.dark
                ),
                format!("[fill=\"#0A0B{:02X}\"]", 0x10 + i),
                format!("[stroke=\"#0A0B{:02X}\"]", 0x10 + i),
                format!(".{} {{ --tl-area: var({}); }}", c.class, c.css_var),
            ] {
                assert!(css.contains(&want), "static/timeline.css lacks {want}");
            }
        }
        for token in [
            "fill=\"#0A0B01\"",
            "stroke=\"#0A0B02\"",
            "fill=\"#0A0B03\"",
            "stroke=\"#0A0B04\"",
        ] {
            assert!(css.contains(token), "static/timeline.css lacks {token}");
        }
    }
}
