//! Turns `data/report.toml` into static Rust tables (`$OUT_DIR/report_data.rs`), with our words
//! for the data joined in from `content/en.toml`, and the content file into constants
//! (`$OUT_DIR/content_en.rs`, see `build/content.rs`).
//!
//! Generating the tables at build time keeps serde and toml out of the wasm bundle and makes a
//! malformed data file a compile error instead of a blank page. The data file's shape is in
//! `build/model.rs`.

use std::fmt::Write as _;
use std::{env, fs, path::Path};

// The derived figures are computed with the app's own interval arithmetic (both files are
// self-contained for this), so the results are never written twice or typed by hand. The build
// uses only part of it.
#[allow(dead_code)]
#[path = "src/data/interval.rs"]
mod interval;
#[allow(dead_code)]
#[path = "src/data/operation.rs"]
mod operation;

// The placeholder syntax, parsed by the same code the app fills templates with.
#[allow(dead_code)]
#[path = "src/data/placeholder.rs"]
mod placeholder;

#[path = "build/derived.rs"]
mod build_derived;

#[path = "build/content.rs"]
mod build_content;

#[path = "build/data_words.rs"]
mod build_data_words;

#[path = "build/words.rs"]
mod build_words;

// Much of the model is read only through its `Debug`, the tables' literals, which the dead-code
// lint does not count.
#[allow(dead_code)]
#[path = "build/model.rs"]
mod model;
use model::*;

const DATA: &str = "data/report.toml";
/// Our words, one file per language (`src/data/content.rs`).
const CONTENT: &[(&str, &str)] = &[("en", "content/en.toml")];

/// Writes `pub static NAME: &[TYPE] = &[...];`, one element per line for readable output.
fn table(out: &mut String, name: &str, ty: &str, rows: impl Iterator<Item = String>) {
    writeln!(out, "pub static {name}: &[{ty}] = &[").unwrap();
    for row in rows {
        writeln!(out, "    {row},").unwrap();
    }
    writeln!(out, "];\n").unwrap();
}

fn main() {
    // `page_text`: this build renders the whole page (natively, or in the browser tests with
    // `ssr`), so it has the words only the pre-rendered page prints. The shipped WebAssembly
    // (`csr` alone) renders islands only and leaves them out: an island that used one would not
    // compile.
    println!("cargo::rustc-check-cfg=cfg(page_text)");
    let wasm = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    if !wasm || env::var_os("CARGO_FEATURE_SSR").is_some() {
        println!("cargo:rustc-cfg=page_text");
    }
    println!("cargo:rerun-if-changed={DATA}");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build/derived.rs");
    println!("cargo:rerun-if-changed=build/data_words.rs");
    println!("cargo:rerun-if-changed=build/model.rs");
    println!("cargo:rerun-if-changed=build/words.rs");
    println!("cargo:rerun-if-changed=src/data/interval.rs");
    println!("cargo:rerun-if-changed=src/data/operation.rs");
    println!("cargo:rerun-if-changed=src/data/placeholder.rs");

    let text = fs::read_to_string(DATA).unwrap_or_else(|e| panic!("cannot read {DATA}: {e}"));
    let mut report: Report =
        toml::from_str(&text).unwrap_or_else(|e| panic!("invalid {DATA}:\n{e}"));

    // Our words for the data (labels, titles, summaries, names, meanings, caveats, reasons) are
    // the first language's content file's, joined by id.
    let (_, content_file) = CONTENT[0];
    let content_text = fs::read_to_string(content_file)
        .unwrap_or_else(|e| panic!("cannot read {content_file}: {e}"));
    // The words the islands show become numbers (`W(n)`, build/words.rs); the rest stay strings.
    let mut words = build_data_words::data_words(&content_text, content_file);
    let mut island = build_words::Words::default();
    // A period worked out from the report's words says which words and why; the tables keep only
    // an event's reasoning, so the data file is checked for it here.
    let periods = (report.figures.iter().map(|f| (&f.id, &f.period)))
        .chain(report.events.iter().map(|e| (&e.id, &e.period)));
    for (id, p) in periods {
        let resolved = p.dating == Dating::Resolved;
        assert!(
            !resolved || (!p.wording.is_empty() && !p.reasoning.0.is_empty()),
            "{DATA}: {id}: a resolved period needs wording and reasoning"
        );
    }
    for f in &mut report.figures {
        f.label = Lit(island.add(&words.take("figures", &f.id, "label", true)));
        f.noun = Lit(island.add(&words.take("figures", &f.id, "noun", false)));
        // A figure's dating reasoning documents the data file; only an event's is shown (in the
        // timeline's detail), so only those travel in the page's words list.
        f.period.reasoning = Lit(island.add(""));
    }
    for e in &mut report.events {
        e.period.reasoning = Lit(island.add(&e.period.reasoning.0));
        e.title = Lit(island.add(&words.take("events", &e.id, "title", true)));
        e.summary = Lit(island.add(&words.take("events", &e.id, "summary", true)));
    }
    for a in &mut report.areas {
        a.name = Lit(island.add(&words.take("areas", &a.id, "name", true)));
    }
    for d in &mut report.derived {
        d.label = island.add(&words.take("derived", &d.id, "label", true));
        d.noun = island.add(&words.take("derived", &d.id, "noun", false));
        d.per = island.add(&words.take("derived", &d.id, "per", false));
        d.meaning = words.take("derived", &d.id, "meaning", true);
        d.caveat = words.take("derived", &d.id, "caveat", false);
    }
    for r in &mut report.refused {
        r.label = words.take("refused", &r.id, "label", true);
        r.reason = words.take("refused", &r.id, "reason", true);
    }
    words.finish();

    // The timeline reads in date order; a stable sort keeps file order for equal periods.
    report
        .events
        .sort_by_key(|e| (e.period.start, e.period.end));

    let mut out = String::from("// Generated by build.rs from data/report.toml. Do not edit.\n\n");
    // Each row is its struct's `Debug`, which build/model.rs makes the Rust literal.
    let literal = |row: &dyn std::fmt::Debug| format!("{row:?}");
    table(
        &mut out,
        "FIGURES",
        "Figure",
        report.figures.iter().map(|f| literal(f)),
    );
    table(
        &mut out,
        "EVENTS",
        "Event",
        report.events.iter().map(|e| literal(e)),
    );
    table(
        &mut out,
        "AREAS",
        "Area",
        report.areas.iter().map(|a| literal(a)),
    );
    table(
        &mut out,
        "SECTIONS",
        "Section",
        report.sections.iter().map(|s| literal(s)),
    );
    let operand = |id: &str, owner: &str| {
        let f = (report.figures.iter().find(|f| f.id == id))
            .unwrap_or_else(|| panic!("{owner}: no figure {id:?} in {DATA}"));
        build_derived::operand(
            f.value,
            f.qualifier != Qualifier::Exact,
            f.unit == Unit::Percent,
            (f.period.start, f.period.end),
        )
    };
    table(
        &mut out,
        "DERIVED",
        "Derived",
        report.derived.iter().map(|d| d.literal(&operand)),
    );
    // Apart from `DERIVED`, which the charts read: a static table is linked whole, so the prose
    // would otherwise be in the WebAssembly, while only the pre-rendered page shows it.
    table(
        &mut out,
        "DERIVED_TEXT",
        "(&str, &str, &str)",
        report.derived.iter().map(|d| d.text_literal()),
    );
    table(
        &mut out,
        "REFUSED",
        "Refused",
        report.refused.iter().map(|r| r.literal(&operand)),
    );

    writeln!(out, "pub const REPORT_YEAR: u16 = {};", report.report.year).unwrap();
    let date: Vec<u16> = (report.explainer.updated.split('-'))
        .map(|p| p.parse().expect("explainer.updated is YYYY-MM-DD"))
        .collect();
    assert!(
        date.len() == 3 && (1..=12).contains(&date[1]) && (1..=31).contains(&date[2]),
        "explainer.updated is YYYY-MM-DD"
    );
    writeln!(
        out,
        "pub const UPDATED: (u16, u16, u16) = ({}, {}, {});",
        date[0], date[1], date[2]
    )
    .unwrap();

    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let dest = Path::new(&out_dir).join("report_data.rs");
    fs::write(&dest, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));

    let known = build_content::Known {
        figures: report.figures.iter().map(|f| f.id.as_str()).collect(),
        derived: report.derived.iter().map(|d| d.id.as_str()).collect(),
        sections: report.sections.iter().map(|s| s.id.as_str()).collect(),
        words: island.into(),
        island: false.into(),
    };
    for (lang, file) in CONTENT {
        println!("cargo:rerun-if-changed={file}");
        println!("cargo:rerun-if-changed=build/content.rs");
        let text = fs::read_to_string(file).unwrap_or_else(|e| panic!("cannot read {file}: {e}"));
        let code = build_content::generate(&text, file, &known);
        let dest = Path::new(&out_dir).join(format!("content_{lang}.rs"));
        fs::write(&dest, code).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
        // One language so far: the numbering is the first file's. A second language must number
        // the same keys alike (its words list in the same order), which its generator will check.
        let words = known.words.borrow();
        for (name, text) in [
            (format!("words_{lang}.rs"), words.rust()),
            (format!("words_{lang}.json"), words.json()),
        ] {
            let dest = Path::new(&out_dir).join(name);
            fs::write(&dest, text)
                .unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
        }
    }
}
