//! The placeholder syntax of our words, parsed in one place: `build.rs` includes this file to
//! check every template of the content file, and `content::pieces` uses it to fill them. Self-
//! contained (no crate imports), so that the build script can compile it on its own.
//!
//! A placeholder is `{name}`: a figure (`{id}`, or `{id.<field>}` with a field of `FIELDS`), a
//! derived figure (`{=id}`) or a name the code fills (`{report.year}`, `{part}`).

/// What may follow a figure's id in a placeholder: its value as the report qualifies it, its
/// value as a count ("14 patents"), the bare number, its first year, its span of years.
pub const FIELDS: &[&str] = &["", "n", "bare", "year", "span"];

/// One piece of a template: words as written, or a placeholder's name (without braces).
#[derive(Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    /// `name` without braces, `raw` with them, as written.
    Name {
        name: &'a str,
        raw: &'a str,
    },
    /// A `{` with no `}` after it: the rest of the template, as written.
    Unclosed(&'a str),
}

/// `template` cut at its placeholders, in order.
pub fn segments(template: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        out.push(Segment::Text(&rest[..open]));
        out.push(Segment::Name {
            name: &rest[open + 1..open + close],
            raw: &rest[open..=open + close],
        });
        rest = &rest[open + close + 1..];
    }
    out.push(if rest.contains('{') {
        Segment::Unclosed(rest)
    } else {
        Segment::Text(rest)
    });
    out
}

/// A figure placeholder's id and field (`"mianyang-devices.n"` → `("mianyang-devices", "n")`),
/// if its field is one of `FIELDS`; any name splits so, so the caller still checks the id.
pub fn figure_field(name: &str) -> Option<(&str, &str)> {
    let (id, field) = name.split_once('.').unwrap_or((name, ""));
    FIELDS.contains(&field).then_some((id, field))
}

/// The fields whose placeholder stands for the figure's value (not its dates): the page links
/// these to the figure's card.
pub fn names_value(field: &str) -> bool {
    matches!(field, "" | "n" | "bare")
}
