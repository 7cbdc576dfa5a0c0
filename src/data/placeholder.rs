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

/// `template` cut at its placeholders, in order (an iterator: the islands fill templates too,
/// and a collected list would cost the WebAssembly an allocation per template).
pub fn segments(template: &str) -> Segments<'_> {
    Segments {
        rest: Some(template),
        name: None,
    }
}

pub struct Segments<'a> {
    /// What is left to cut; `None` once the end was given.
    rest: Option<&'a str>,
    /// A placeholder found after the text just given.
    name: Option<Segment<'a>>,
}

impl<'a> Iterator for Segments<'a> {
    type Item = Segment<'a>;

    fn next(&mut self) -> Option<Segment<'a>> {
        if let Some(name) = self.name.take() {
            return Some(name);
        }
        let rest = self.rest?;
        let found = rest
            .find('{')
            .and_then(|open| Some((open, open + rest[open..].find('}')?)));
        let Some((open, close)) = found else {
            self.rest = None;
            return Some(if rest.contains('{') {
                Segment::Unclosed(rest)
            } else {
                Segment::Text(rest)
            });
        };
        self.name = Some(Segment::Name {
            name: &rest[open + 1..close],
            raw: &rest[open..=close],
        });
        self.rest = Some(&rest[close + 1..]);
        Some(Segment::Text(&rest[..open]))
    }
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
