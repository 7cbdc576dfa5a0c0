//! Checks the data against the bundled report: every excerpt is verbatim, every number is read
//! correctly, and every numeral of the report is either a figure, a date, or explained below.

mod content;
mod derived;
mod interval;
// proptest is a native dev-dependency only.
#[cfg(not(target_arch = "wasm32"))]
mod interval_props;
mod numerals;
mod structure;
mod style;
mod wording;
mod words;

use super::*;
use numerals::{is_numeral, parse_value_text, tokens};

/// Numerals of the report that are neither figures nor dates: (verbatim context, numeral, why).
#[rustfmt::skip]
const ALLOWED: &[(&str, &str, &str)] = &[
    // "one of" here singles out a task; it counts nothing.
    ("one of the key experimental tasks", "one", "idiom, not a quantity"),
    // The name of the 2015 cohort of pilot areas, not a ranking.
    ("the first batch pilot areas", "first", "name of the pilot cohort"),
    // Footer boilerplate of the government website (see data/source/README.md).
    ("Website Identification Code: 5100000062", "5100000062", "site id"),
    ("Sichuan ICP No. 13001288", "13001288", "ICP licence number"),
    ("Security Record No. 51010402000507", "51010402000507", "security record number"),
];

/// What figures and events share: something cited from the report, with a date.
struct Cited {
    id: &'static str,
    period: Period,
    paragraph: u8,
    excerpt: &'static str,
    /// The figure's number as written; `None` for events.
    value_text: Option<&'static str>,
}

fn cited() -> Vec<Cited> {
    let figures = FIGURES.iter().map(|f| Cited {
        id: f.id,
        period: f.period,
        paragraph: f.paragraph,
        excerpt: f.excerpt,
        value_text: Some(f.value_text),
    });
    let events = EVENTS.iter().map(|e| Cited {
        id: e.id,
        period: e.period,
        paragraph: e.paragraph,
        excerpt: e.excerpt,
        value_text: None,
    });
    figures.chain(events).collect()
}

/// Absolute spans in `REPORT_TEXT` of every occurrence of `needle` in paragraph `n`.
fn spans_in_paragraph(n: u8, needle: &str) -> Vec<(usize, usize)> {
    let para = report_paragraph(n).unwrap_or_default();
    // Found by search, not pointer arithmetic: each use of a `const` may be a separate copy.
    let start = REPORT_TEXT
        .find(para)
        .expect("paragraphs come from the report");
    let spans = para.match_indices(needle);
    spans
        .map(|(i, _)| (start + i, start + i + needle.len()))
        .collect()
}

fn inside((s, e): (usize, usize), spans: &[(usize, usize)]) -> bool {
    spans.iter().any(|&(a, b)| a <= s && e <= b)
}

/// Collects failures so that a test reports every bad entry at once, then fails on drop.
#[derive(Default)]
struct Failures(Vec<String>);

impl Failures {
    fn check(&mut self, ok: bool, id: &str, what: impl std::fmt::Display) {
        if !ok {
            self.0.push(format!("{id}: {what}"));
        }
    }
}

impl Drop for Failures {
    fn drop(&mut self) {
        let list = self.0.join("\n");
        assert!(self.0.is_empty() || std::thread::panicking(), "\n{list}");
    }
}

/// The span of the figure's `value_text` as a whole word in its excerpt.
fn value_span(f: &Figure) -> Option<(usize, usize)> {
    let is_value = |&(s, e): &(usize, usize)| f.excerpt[s..e].eq_ignore_ascii_case(f.value_text);
    tokens(f.excerpt).into_iter().find(is_value)
}

#[test]
fn report_has_title_and_eight_paragraphs() {
    let title = "The Pilot Area for Innovation and Reform in Sichuan Has Achieved Win-Win Results";
    assert_eq!(report_title(), title);
    let paras = report_paragraphs();
    assert_eq!(paras.len(), 8);
    assert!(paras[0].starts_with("Three years ago"));
    assert!(paras[7].ends_with("central and western regions."));
}

#[test]
fn excerpts_are_verbatim_and_in_their_paragraph() {
    let mut fail = Failures::default();
    for c in cited() {
        let para = report_paragraph(c.paragraph).unwrap_or_default();
        fail.check(
            REPORT_TEXT.contains(c.excerpt),
            c.id,
            "excerpt not in report",
        );
        fail.check(
            para.contains(c.excerpt),
            c.id,
            "excerpt not in its paragraph",
        );
        let w = c.period.wording;
        fail.check(para.contains(w), c.id, "wording not in paragraph");
    }
}

#[test]
fn value_text_is_in_excerpt_and_parses_to_value() {
    let mut fail = Failures::default();
    for f in FIGURES {
        let Some((s, e)) = value_span(f) else {
            fail.check(false, f.id, "value_text not a word of excerpt");
            continue;
        };
        let parsed = parse_value_text(f.value_text);
        fail.check(parsed == Some(f.value), f.id, "value_text is not value");
        let (before, after) = (&f.excerpt[..s], &f.excerpt[e..]);
        let money = before.ends_with("RMB ") && after.starts_with(" billion");
        let percent = after.starts_with('%');
        let unit_ok = match f.unit {
            Unit::RmbBillion => money,
            Unit::Percent => percent,
            Unit::Count | Unit::Rank => !money && !percent,
        };
        fail.check(unit_ok, f.id, "unit does not match the excerpt");
    }
}

#[test]
fn qualifiers_match_the_word_before_the_number() {
    let mut fail = Failures::default();
    for f in FIGURES {
        let start = value_span(f).map_or(0, |(s, _)| s);
        let before = f.excerpt[..start].trim_end_matches("RMB ").to_lowercase();
        let lower_bounds = [Qualifier::MoreThan, Qualifier::Over, Qualifier::Exceeded];
        let found = (lower_bounds.into_iter())
            .find(|q| before.ends_with(&format!("{} ", q.as_stated())))
            .unwrap_or(Qualifier::Exact);
        fail.check(f.qualifier == found, f.id, format!("report says {found:?}"));
    }
}

#[test]
fn every_numeral_is_accounted_for() {
    let cited = cited();
    let mut fail = Failures::default();
    for span @ (s, e) in tokens(REPORT_TEXT) {
        let token = &REPORT_TEXT[s..e];
        if !is_numeral(token) {
            continue;
        }
        let in_excerpt = |c: &Cited| inside(span, &spans_in_paragraph(c.paragraph, c.excerpt));
        let is_figure = cited
            .iter()
            .any(|c| c.value_text.is_some_and(|v| v.eq_ignore_ascii_case(token)) && in_excerpt(c));
        // Relative dates ("Three years ago", "past one year") are period wordings ...
        let is_wording = cited.iter().any(|c| {
            c.period.dating == Dating::Resolved
                && inside(span, &spans_in_paragraph(c.paragraph, c.period.wording))
        });
        // ... and stated years ("In 2017") sit in the excerpt of something they date.
        let is_year = cited.iter().any(|c| {
            let p = c.period;
            let years = [p.start.to_string(), p.end.to_string()];
            p.dating == Dating::Stated && years.iter().any(|y| y == token) && in_excerpt(c)
        });
        let is_allowed = ALLOWED.iter().any(|&(context, numeral, _)| {
            let spans: Vec<_> = (REPORT_TEXT.match_indices(context))
                .map(|(i, _)| (i, i + context.len()))
                .collect();
            numeral.eq_ignore_ascii_case(token) && inside(span, &spans)
        });
        let ctx = &REPORT_TEXT[s.saturating_sub(30)..(e + 30).min(REPORT_TEXT.len())];
        let ok = is_figure || is_wording || is_year || is_allowed;
        fail.check(ok, token, format!("unaccounted numeral in {ctx:?}"));
    }
}

#[test]
fn allow_list_entries_are_in_the_report() {
    let mut fail = Failures::default();
    for (context, numeral, why) in ALLOWED {
        fail.check(REPORT_TEXT.contains(context), context, "not in report");
        let ok = context.contains(numeral) && !why.is_empty();
        fail.check(ok, context, "numeral missing or no reason");
    }
}

#[test]
fn periods_are_consistent() {
    let mut fail = Failures::default();
    for c in cited() {
        let p = c.period;
        fail.check(p.start <= p.end, c.id, "start after end");
        let years_ok = (2010..=2018).contains(&p.start) && (2010..=2018).contains(&p.end);
        fail.check(years_ok, c.id, "years outside 2010..=2018");
        // A figure's reasoning stays in the data file (build.rs checks it there): only an
        // event's is shown, so only an event's is in the tables.
        let event = EVENTS.iter().any(|e| e.id == c.id);
        let explained = !p.wording.is_empty() && (!event || !p.reasoning.is_empty());
        match p.dating {
            Dating::Resolved => fail.check(explained, c.id, "needs wording and reasoning"),
            _ => fail.check(p.wording.is_empty(), c.id, "wording on unresolved period"),
        }
    }
}
