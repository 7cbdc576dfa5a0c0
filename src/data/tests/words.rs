//! The islands' words list: what the page carries is what the build numbered, and reads back.

use crate::data::words::{self, parse, COUNT, JSON, W};
use crate::data::{AREAS, DERIVED, EVENTS, FIGURES};

#[test]
fn the_page_list_reads_back_as_the_numbered_words() {
    let list = parse(JSON).expect("the list parses");
    assert_eq!(list.len(), COUNT);
    for (n, text) in list.iter().enumerate() {
        assert_eq!(text, W(n as u16).text(), "word {n}");
    }
    assert!(words::install(list), "a list of the right length installs");
}

#[test]
fn the_list_cannot_close_its_script_element() {
    assert!(!JSON.contains('<'), "a raw < could end the <script> early");
    assert!(JSON.starts_with('[') && JSON.ends_with(']'));
}

#[test]
fn parse_refuses_what_is_not_a_list_of_strings() {
    assert_eq!(parse("[]"), Some(vec![]));
    assert_eq!(
        parse(r#"[ "a\"b" , "c\u003cd\\e\n" ]"#),
        Some(vec!["a\"b".to_string(), "c<d\\e\n".to_string()])
    );
    for bad in [
        "",
        "{}",
        "[1]",
        r#"["a""#,
        r#"["a" "b"]"#,
        r#"["\u00"]"#,
        r#"["a",]x"#,
    ] {
        assert_eq!(parse(bad), None, "{bad:?}");
    }
    assert!(!words::install(vec!["too short".into()]));
}

#[test]
fn every_word_the_data_names_has_text() {
    let data = (FIGURES.iter().map(|f| f.label))
        .chain(EVENTS.iter().flat_map(|e| [e.title, e.summary]))
        .chain(AREAS.iter().map(|a| a.name))
        .chain(DERIVED.iter().map(|d| d.label));
    for w in data {
        assert!(usize::from(w.0) < COUNT);
        assert!(!w.text().trim().is_empty(), "{w:?}");
    }
}
