//! The house style of our words (issue "not one word beyond the evidence"): one way to write
//! everything of ours, in the content file and in the data's words, so that a reader never
//! meets two spellings of one thing, a qualifier printed twice, or a name the report does not use.
//! The report's own words, quoted between “ and ”, are left as they are.

use crate::data::content::{ALL, DATA_WORDS};
use crate::data::{Qualifier, EVENTS};

/// The text outside “…” quotations: what is ours.
fn ours(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0u32;
    for c in text.chars() {
        match c {
            '“' => depth += 1,
            '”' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// What breaks the style in `text`, each with why.
fn faults(text: &str) -> Vec<&'static str> {
    let own = ours(text);
    let lower = own.to_lowercase();
    let mut found = Vec::new();
    let mut rule = |bad: bool, why: &'static str| {
        if bad {
            found.push(why);
        }
    };
    rule(text.contains('\''), "a straight apostrophe (’)");
    rule(text.contains('"'), "a straight quotation mark (“ ”)");
    rule(
        lower.contains("military-civilian") || lower.contains("military—civilian"),
        "“military–civilian” takes an en dash",
    );
    let bytes: Vec<char> = own.chars().collect();
    let year_hyphen = bytes.windows(9).any(|w| {
        w[..4].iter().all(char::is_ascii_digit)
            && w[4] == '-'
            && w[5..].iter().all(char::is_ascii_digit)
    });
    rule(year_hyphen, "a range of years takes an en dash");
    let ordinal_digits = own.split(|c: char| !c.is_alphanumeric()).any(|w| {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &w[digits.len()..];
        !digits.is_empty()
            && digits.chars().all(|c| c.is_ascii_digit())
            && ["st", "nd", "rd", "th"].contains(&suffix)
    });
    rule(ordinal_digits, "an ordinal in digits (“first”, not “1st”)");
    for doubled in [
        "≥ more",
        "≥ over",
        "≥ exceeded",
        "> more",
        "> over",
        "> exceeded",
        "≥ at least",
        "more than more",
        "at least more",
    ] {
        rule(lower.contains(doubled), "a qualifier printed twice");
    }
    rule(
        own.contains('≥'),
        "“≥” for the report’s “more than” (it excludes the number: “>”)",
    );
    rule(
        lower.contains("lesson"),
        "the report’s “experiences”, not “lessons”",
    );
    rule(
        lower.contains("pilot area") || lower.contains("pilot region"),
        "one name: “pilot zones”",
    );
    rule(lower.contains("1st"), "an ordinal in digits");
    rule(
        lower.contains("patent cases") || lower.contains("research rights"),
        "a name the report does not use",
    );
    rule(
        lower.contains("courts"),
        "the report ties no figure to “courts”",
    );
    rule(
        lower.contains("equipment sharing"),
        "a compound modifier takes its hyphen (“equipment-sharing”)",
    );
    found
}

#[test]
fn our_words_keep_the_house_style() {
    let mut bad = Vec::new();
    let mut check = |name: &str, text: &str| {
        for why in faults(text) {
            bad.push(format!("{name}: {why} in {text:?}"));
        }
    };
    for (name, texts) in ALL {
        for text in *texts {
            check(name, text);
        }
    }
    for (key, text) in DATA_WORDS {
        check(key, text);
    }
    // Why a date was worked out is ours too, though it lives in the data file.
    for e in EVENTS {
        check(e.id, &e.period.reasoning);
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn the_linter_sees_each_fault_and_leaves_quotations_alone() {
    for (text, expected) in [
        ("Mianyang's output", "a straight apostrophe (’)"),
        (
            "military-civilian firms",
            "“military–civilian” takes an en dash",
        ),
        ("in 2011-2015", "a range of years takes an en dash"),
        ("ranked 1st", "an ordinal in digits (“first”, not “1st”)"),
        ("≥ more than 300", "a qualifier printed twice"),
        (
            "the lessons drawn",
            "the report’s “experiences”, not “lessons”",
        ),
        ("patent cases handled", "a name the report does not use"),
        (
            "an equipment sharing platform",
            "a compound modifier takes its hyphen (“equipment-sharing”)",
        ),
    ] {
        assert!(
            faults(text).contains(&expected),
            "{text}: {:?}",
            faults(text)
        );
    }
    assert!(faults("the report’s “first batch pilot areas” and “military-civilian”").is_empty());
    assert!(faults("Mianyang’s military–civilian firms, 2011–2015*, ranked first").is_empty());
}

#[test]
fn the_mark_for_the_reports_lower_bounds_reads_more_than() {
    for q in [Qualifier::MoreThan, Qualifier::Over, Qualifier::Exceeded] {
        assert_eq!(q.symbol().trim(), ">");
    }
    assert_eq!(Qualifier::Exact.symbol(), "");
}
