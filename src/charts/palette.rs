//! Every chart's colours, the timeline's included: one token per role for `Theme::Css` (swapped
//! by `static/charts.css`) and concrete light and dark colours for exported files. The one
//! palette of the drawings: a colour is written here and in that stylesheet only, and a test
//! keeps the two in step.

use plotters::style::RGBColor;

use super::Theme;

/// What a colour is for. Each role has one token colour (for `Theme::Css`) and a concrete light
/// and dark colour; `static/charts.css` maps the tokens to the same light and dark colours.
///
/// Contrast against the background (WCAG), text >= 4.5, marks >= 3:
///
/// | role      | light   | vs #ffffff | dark    | vs #121416 |
/// |-----------|---------|-----------:|---------|-----------:|
/// | text      | #1a1a1a | 17.40      | #ececec | 15.63      |
/// | axis      | #6b6b6b |  5.33      | #9a9fa5 |  6.93      |
/// | primary   | #0b5f8a |  6.96      | #56b4e9 |  8.00      |
/// | muted     | #8a8a8a |  3.45      | #7e848a |  4.88      |
/// | label     | #555555 |  7.46      | #b4b4b4 |  8.90      |
///
/// The timeline's own (below the table's): label is its year labels' ink (the page's `--muted`),
/// zone the shading of the "undated" zone (the page's `--card`: it only repeats what its edges,
/// in muted at 3:1, and its label say), rule the hairlines between its rows (decoration).
///
/// One meaning per colour, on the whole page (STYLE.md): primary (Okabe–Ito blue, darkened for
/// light backgrounds) is a figure the report states, exact or a lower bound alike; muted grey is
/// context that is not a figure. A lower bound differs by form, never by hue: a dashed open end
/// with a chevron, and "≥" before its label. Axis is also used for text (tick labels), hence
/// >= 4.5.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Text = 0,
    /// Axis lines, ticks, tick labels and grid lines.
    Axis = 1,
    /// Marks of the report's figures, exact or lower bounds (which differ by form).
    Primary = 2,
    /// Context that is not itself a figure (the rest of a whole). (Tokens 3 and 4 were the
    /// retired bound and secondary colours; the numbers stay, so each token keeps its meaning.)
    Muted = 5,
    Background = 6,
    /// The timeline's year labels (the page's muted text colour).
    Label = 13,
    /// The shading of the timeline's "undated" zone.
    Zone = 14,
    /// The hairlines between the timeline's rows.
    Rule = 15,
}

impl Role {
    pub const ALL: [Role; 8] = [
        Role::Text,
        Role::Axis,
        Role::Primary,
        Role::Muted,
        Role::Background,
        Role::Label,
        Role::Zone,
        Role::Rule,
    ];

    /// Unlikely colours that nothing else on the page uses, so CSS attribute selectors can find
    /// them. All digits (the discriminants keep the blue channel's hex free of letters), so the
    /// case plotters writes hex in does not matter.
    pub const fn token(self) -> RGBColor {
        RGBColor(1, 2, 3 + self as u8)
    }

    pub const fn light(self) -> RGBColor {
        match self {
            Role::Text => RGBColor(0x1a, 0x1a, 0x1a),
            Role::Axis => RGBColor(0x6b, 0x6b, 0x6b),
            Role::Primary => RGBColor(0x0b, 0x5f, 0x8a),
            Role::Muted => RGBColor(0x8a, 0x8a, 0x8a),
            Role::Background => RGBColor(0xff, 0xff, 0xff),
            Role::Label => RGBColor(0x55, 0x55, 0x55),
            Role::Zone => RGBColor(0xf5, 0xf5, 0xf2),
            Role::Rule => RGBColor(0xd0, 0xd0, 0xd0),
        }
    }

    pub const fn dark(self) -> RGBColor {
        match self {
            Role::Text => RGBColor(0xec, 0xec, 0xec),
            Role::Axis => RGBColor(0x9a, 0x9f, 0xa5),
            Role::Primary => RGBColor(0x56, 0xb4, 0xe9),
            Role::Muted => RGBColor(0x7e, 0x84, 0x8a),
            Role::Background => RGBColor(0x12, 0x14, 0x16),
            Role::Label => RGBColor(0xb4, 0xb4, 0xb4),
            Role::Zone => RGBColor(0x1d, 0x20, 0x24),
            Role::Rule => RGBColor(0x3a, 0x3d, 0x40),
        }
    }

    /// The custom property `static/charts.css` defines for the role.
    pub const fn css_var(self) -> &'static str {
        match self {
            Role::Text => "--chart-text",
            Role::Axis => "--chart-axis",
            Role::Primary => "--chart-primary",
            Role::Muted => "--chart-muted",
            Role::Background => "--chart-bg",
            Role::Label => "--chart-label",
            Role::Zone => "--chart-zone",
            Role::Rule => "--chart-rule",
        }
    }
}

impl Theme {
    pub fn colour(self, role: Role) -> RGBColor {
        match self {
            Theme::Css => role.token(),
            Theme::Light => role.light(),
            Theme::Dark => role.dark(),
        }
    }
}

/// A colour as plotters writes it into `fill`/`stroke` attributes ("#0B5F8A").
pub fn hex(c: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2 contrast ratio of two colours.
    fn contrast(a: RGBColor, b: RGBColor) -> f64 {
        let lum = |c: RGBColor| {
            let ch = |v: u8| {
                let v = f64::from(v) / 255.0;
                if v <= 0.04045 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * ch(c.0) + 0.7152 * ch(c.1) + 0.0722 * ch(c.2)
        };
        let (x, y) = (lum(a), lum(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    /// Text (and the axis, whose tick labels are text) 4.5:1, marks and the timeline's gridlines
    /// (muted: they bound the year bands and the undated zone, which the prose points to) 3:1,
    /// against the page and the zone, in both schemes (WCAG 1.4.3, 1.4.11).
    #[test]
    fn roles_contrast_as_the_table_says() {
        for theme in [Theme::Light, Theme::Dark] {
            for under in [Role::Background, Role::Zone] {
                let on = |role| contrast(theme.colour(role), theme.colour(under));
                for (role, least) in [
                    (Role::Text, 4.5),
                    (Role::Axis, 4.5),
                    (Role::Label, 4.5),
                    (Role::Primary, 3.0),
                    (Role::Muted, 3.0),
                ] {
                    assert!(
                        on(role) >= least,
                        "{theme:?} {role:?} on {under:?}: {:.2}",
                        on(role)
                    );
                }
            }
        }
    }

    #[test]
    fn tokens_are_distinct_and_charts_css_maps_each_to_its_colours() {
        let css = include_str!("../../static/charts.css");
        for role in Role::ALL {
            let token = hex(role.token());
            assert_eq!(
                Role::ALL.iter().filter(|r| hex(r.token()) == token).count(),
                1
            );
            for attr in ["fill", "stroke"] {
                let rule = format!(
                    "[{attr}=\"{token}\"] {{ {attr}: var({}); }}",
                    role.css_var()
                );
                assert!(css.contains(&rule), "charts.css lacks {rule}");
            }
            let decl = format!(
                "{}: light-dark({}, {});",
                role.css_var(),
                hex(role.light()).to_lowercase(),
                hex(role.dark()).to_lowercase()
            );
            assert!(css.contains(&decl), "charts.css lacks {decl}");
        }
    }
}
