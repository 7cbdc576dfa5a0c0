//! The content file: complete (every generated name used by the code, every placeholder filled)
//! and free of typed numbers.

use super::numerals::{is_numeral, tokens};
use crate::data::content::{self, ALL};

/// Numerals our words may type, each with why: "first batch" is the report's name for the
/// pilot zones named in 2015, not a count.
const ALLOWED: &[(&str, &str)] = &[
    ("first", "batch"),
    // The name of a standard's version (WCAG 2.2), not a figure.
    ("2.2", "AA"),
    // "Second-hand" (told to someone who told the report), not an ordinal.
    ("second", "hand"),
];

/// Every name an island fills in at run time, with a stand-in value.
const RUNTIME: &[(&str, &str)] = &[
    ("part", "X"),
    ("n", "3"),
    ("label", "X"),
    ("title", "X"),
    ("count", "1"),
    ("total", "2"),
    ("name", "X"),
    ("event", "X"),
    ("wording", "X"),
    ("reasoning", "X"),
    ("year", "2018"),
    ("paragraph", "1"),
    ("note", "X"),
    ("value", "3"),
    ("when", "2017"),
    ("output", "X"),
    ("bound", "X"),
    ("noun", "X"),
    ("span", "X"),
    ("list", "X"),
    ("low", "X"),
    ("high", "X"),
];

/// The text with every `{placeholder}` removed.
fn without_placeholders(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Numerals typed into `text`, outside placeholders and the allowed phrases.
fn typed_numerals(text: &str) -> Vec<String> {
    // A scale word right after a placeholder is the unit of the number the data writes there
    // ("RMB {value} billion"), not a number of its own.
    let text = without_placeholders(&text.replace("} million", "}").replace("} billion", "}"));
    let words: Vec<&str> = tokens(&text)
        .into_iter()
        .map(|(s, e)| &text[s..e])
        .collect();
    words
        .iter()
        .enumerate()
        .filter(|(_, w)| is_numeral(w))
        .filter(|(i, w)| {
            let next = words.get(i + 1).copied().unwrap_or_default();
            !ALLOWED
                .iter()
                .any(|(a, b)| w.eq_ignore_ascii_case(a) && next.eq_ignore_ascii_case(b))
        })
        .map(|(_, w)| (*w).to_string())
        .collect()
}

#[test]
fn no_numeral_is_typed_into_our_words() {
    for (name, texts) in ALL {
        for text in *texts {
            let found = typed_numerals(text);
            assert!(
                found.is_empty(),
                "{name}: typed numerals {found:?} in {text:?}"
            );
        }
    }
}

#[test]
fn the_numeral_check_sees_digits_and_number_words() {
    assert_eq!(
        typed_numerals("in 2015 {x.year}, seven of {y}"),
        ["2015", "seven"]
    );
    assert!(typed_numerals("the first batch, {a} and {=b}").is_empty());
    assert_eq!(typed_numerals("the first year"), ["first"]);
    assert!(typed_numerals("RMB {value} billion").is_empty());
    assert_eq!(typed_numerals("RMB 3 million"), ["3", "million"]);
}

#[test]
fn every_placeholder_is_filled() {
    for (name, texts) in ALL {
        for text in *texts {
            let filled = content::fill_with(text, RUNTIME);
            assert!(!filled.contains('{'), "{name}: unfilled in {filled:?}");
        }
    }
}

#[test]
fn placeholders_come_from_the_data() {
    let filled = content::fill("{mianyang-devices.n}, {mci-revenue-2017}, {ip-rank-2017}");
    assert_eq!(
        filled,
        "more than 3,300 devices, more than RMB 310 billion, first"
    );
    assert_eq!(
        content::fill("{swjtu-patents-before.span} from {swjtu-patents-before.year}"),
        "5 years from 2012*"
    );
    assert_eq!(content::fill("{ip-patent-cases-2017.year}"), "2017");
    assert_eq!(content::fill("{report.year}"), "2018*");
    assert!(content::updated_text().ends_with("2026"));
}

/// Every generated name is read somewhere in `src/` outside the generated file, so the content
/// file holds no word the page has lost.
#[test]
fn every_key_of_the_content_file_is_used() {
    let mut sources = String::new();
    let mut dirs = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs")
                && !path.ends_with("tests/content.rs")
            {
                sources.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    for (name, _) in ALL {
        let used = sources.match_indices(name).any(|(at, _)| {
            let after = sources[at + name.len()..].chars().next().unwrap_or(' ');
            let before = sources[..at].chars().last().unwrap_or(' ');
            !(after.is_alphanumeric() || after == '_' || before.is_alphanumeric() || before == '_')
        });
        assert!(used, "content key {name} is used nowhere in src/");
    }
}

/// The data's words (figure labels, event titles and summaries, derived figures' words) follow
/// the same rule: the numbers are the data's own, shown beside them, never typed into them.
#[test]
fn no_numeral_is_typed_into_the_datas_words() {
    let mut typed = Vec::new();
    for (key, text) in content::DATA_WORDS {
        let found = typed_numerals(text);
        if !found.is_empty() {
            typed.push(format!("{key}: {found:?} in {text:?}"));
        }
    }
    assert!(typed.is_empty(), "typed numerals:\n{}", typed.join("\n"));
}
