//! The timeline's inks, each with a CSS token and concrete light and dark values. Every marker
//! is in the figures' one colour (the page's blue: an event the report gives, STYLE.md); the
//! shape says how sure its date is, and the reform area is said in words (the detail, the list,
//! the filter), not by hue.

use plotters::style::RGBColor;

use crate::charts::Theme;

/// Everything the timeline paints with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Ink {
    Background,
    Text,
    Grid,
    Zone,
    Ring,
    /// The events' titles, in the page's ink.
    Title,
    /// The hairlines between the events' rows (decoration: the titles and markers carry the
    /// meaning, so it needs no 3:1).
    Rule,
    /// Every event's marker: the report's figures' blue (`--accent`).
    Mark,
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
            Ink::Title => (0x05, 0x1a1a1a, 0xececec),
            Ink::Rule => (0x06, 0xd0d0d0, 0x3a3d40),
            Ink::Mark => (0x10, 0x0b5f8a, 0x56b4e9),
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
    fn markers_wear_the_figures_one_colour_and_the_stylesheet_maps_every_token() {
        let css = include_str!("../../../static/timeline.css");
        let page = include_str!("../../../static/style.css");
        assert!(page.contains("--accent: light-dark(#0b5f8a, #56b4e9);"));
        for token in [
            "fill=\"#0A0B01\"",
            "stroke=\"#0A0B02\"",
            "fill=\"#0A0B03\"",
            "stroke=\"#0A0B04\"",
            "[fill=\"#0A0B05\"] { fill: var(--fg); }",
            "[stroke=\"#0A0B06\"] { stroke: var(--rule); }",
            "[fill=\"#0A0B10\"] { fill: var(--accent); }",
            "[stroke=\"#0A0B10\"] { stroke: var(--accent); }",
        ] {
            assert!(css.contains(token), "static/timeline.css lacks {token}");
        }
        assert!(!css.contains("--area-"), "no colour per area");
    }
}
