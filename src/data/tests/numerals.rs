//! Recognising numerals in the report: digit groups ("3,300", "3.6") and number words.

/// Words that spell a number; a word's value is its index (+ offset) in its list. "billion" is
/// left out: here it is only the scale of an "RMB ... billion" figure, checked by the value test.
const CARDINALS: &str = "zero one two three four five six seven eight nine ten eleven twelve \
    thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty";
const TENS: &str = "thirty forty fifty sixty seventy eighty ninety"; // 30, 40, ...
const ORDINALS: &str = "first second third fourth fifth sixth seventh eighth ninth tenth \
    eleventh twelfth thirteenth";
#[rustfmt::skip]
const OTHER_WORDS: &[(&str, f64)] = &[
    ("hundred", 100.0), ("thousand", 1e3), ("million", 1e6), ("dozen", 12.0), ("half", 0.5),
    ("once", 1.0), ("twice", 2.0), ("single", 1.0), ("double", 2.0), ("twentieth", 20.0),
];

fn word_value(word: &str) -> Option<f64> {
    let word = word.to_ascii_lowercase();
    let index = |list: &str| list.split_whitespace().position(|w| w == word);
    let value = (index(CARDINALS).map(|i| i as f64))
        .or_else(|| index(TENS).map(|i| 30.0 + 10.0 * i as f64))
        .or_else(|| index(ORDINALS).map(|i| 1.0 + i as f64));
    let other = || OTHER_WORDS.iter().find(|(w, _)| *w == word);
    value.or_else(|| other().map(|&(_, v)| v))
}

fn is_digits(token: &str) -> bool {
    token.starts_with(|c: char| c.is_ascii_digit())
}

/// "3,300" -> 3300, "3.6" -> 3.6, "eight" -> 8, "first" -> 1.
pub fn parse_value_text(text: &str) -> Option<f64> {
    if is_digits(text) {
        text.replace(',', "").parse().ok()
    } else {
        word_value(text)
    }
}

/// Whole-word tokens of `text` as (start, end) byte spans: runs of ASCII letters and digits, with
/// "," or "." kept inside a number when a digit follows ("3,300", "3.6"; not "2015, ").
pub fn tokens(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let (mut out, mut i) = (Vec::new(), 0);
    while i < b.len() {
        if !b[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() {
            let inner_sep = matches!(b[i], b',' | b'.')
                && b[i - 1].is_ascii_digit()
                && b.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !(b[i].is_ascii_alphanumeric() || inner_sep) {
                break;
            }
            i += 1;
        }
        out.push((start, i));
    }
    out
}

pub fn is_numeral(token: &str) -> bool {
    is_digits(token) || word_value(token).is_some()
}

#[test]
fn numerals_are_whole_words() {
    let text = "done, One 3,300 2015, 3.6% first-batch No. 13001288";
    let words = tokens(text).into_iter().map(|(s, e)| &text[s..e]);
    let found: Vec<_> = words.filter(|t| is_numeral(t)).collect();
    assert_eq!(found, ["One", "3,300", "2015", "3.6", "first", "13001288"]);
    assert_eq!(parse_value_text("167,500"), Some(167_500.0));
    assert_eq!(parse_value_text("ten"), Some(10.0));
    assert_eq!(parse_value_text("first"), Some(1.0));
}
