//! Each fact written once (issue "One source per fact"): these fail if a duplicate that was
//! removed comes back. They read the sources as text, since a second copy is exactly what no
//! type can see.

use std::{fs, path::Path};

/// Every Rust file of `src/` and `build/`, and `build.rs`, with its path.
fn rust_files() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
        let mut entries: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push((
                    path.display().to_string(),
                    fs::read_to_string(&path).unwrap(),
                ));
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = vec![(
        "build.rs".to_string(),
        fs::read_to_string(root.join("build.rs")).unwrap(),
    )];
    walk(&root.join("src"), &mut out);
    walk(&root.join("build"), &mut out);
    out
}

fn read(path: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

/// The files of `rust_files` whose code (comments aside) holds `needle`.
fn holding(needle: &str) -> Vec<String> {
    rust_files()
        .into_iter()
        .filter(|(_, text)| {
            text.lines()
                .any(|l| !l.trim_start().starts_with("//") && l.contains(needle))
        })
        .map(|(path, _)| path)
        .collect()
}

#[test]
fn the_placeholder_syntax_is_parsed_in_one_file() {
    let parsers = holding(".find('{')");
    assert_eq!(parsers.len(), 1, "{parsers:?}");
    assert!(
        parsers[0].ends_with("src/data/placeholder.rs"),
        "{parsers:?}"
    );
}

#[test]
fn numbers_are_formatted_in_one_file() {
    for needle in ["fn fmt_number", "fn fmt_decimal", "fn group_thousands"] {
        let found = holding(needle);
        assert!(
            found.iter().all(|p| p.ends_with("src/data/format.rs")),
            "{needle}: {found:?}"
        );
    }
}

#[test]
fn the_story_parts_are_listed_once_in_the_data() {
    // No hand-written list of parts in Rust (they are data/report.toml's [[sections]]) ...
    let listed: Vec<String> = (rust_files().into_iter())
        .filter(|(_, text)| {
            text.lines().any(|l| {
                ["StoryPart {", "Section {"].contains(&l.trim()) || l.contains("Section { id:")
            })
        })
        .map(|(path, _)| path)
        .collect();
    assert!(listed.is_empty(), "{listed:?}");
    // ... nor in the early script, whose lists the prerender writes in.
    let early = read("static/early.js");
    assert!(early.contains("/*@views*/[]") && early.contains("/*@retired*/{}"));
    assert!(!early.contains("'pilot'") && !early.contains("\"pilot\""));
}

#[test]
fn figure_literals_are_written_from_the_models_debug_not_spelled_again() {
    let build = read("build.rs");
    for ty in [
        "Figure {{",
        "Event {{",
        "Period {{",
        "Area {{",
        "Section {{",
    ] {
        assert!(!build.contains(ty), "build.rs spells {ty} out again");
    }
}

#[test]
fn the_manifest_takes_its_words_from_the_content_file() {
    let manifest = read("static/manifest.webmanifest");
    for field in ["name", "short_name", "description"] {
        assert!(
            manifest.contains(&format!("\"{field}\": \"\"")),
            "static/manifest.webmanifest types its {field}"
        );
    }
}

#[test]
fn json_is_written_by_serde_json_only() {
    // A hand-written JSON string escaper: the sign of a JSON writer of our own.
    let escapers = holding(r#"push_str("\\\"")"#);
    assert!(escapers.is_empty(), "{escapers:?}");
}

#[test]
fn the_shell_page_holds_no_words_of_its_own() {
    // index.html's title, skip link and notice are written in from the content file.
    let shell = read("index.html");
    for empty in [
        "<title></title>",
        r##"<a class="skip-link" href="#main"></a>"##,
        r#"<p id="app-notice" class="notice" role="status" hidden></p>"#,
    ] {
        assert!(
            shell.contains(empty),
            "index.html types words where {empty} stands"
        );
    }
}
