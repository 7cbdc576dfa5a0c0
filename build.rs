//! Turns `data/report.toml` into static Rust tables (`$OUT_DIR/report_data.rs`).
//!
//! Generating the tables at build time keeps serde and toml out of the wasm bundle and makes a
//! malformed data file a compile error instead of a blank page. The structs here mirror
//! `src/data/model.rs` but own their strings, because they only live for the build.

use serde::Deserialize;
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

#[path = "build/derived.rs"]
mod build_derived;

#[path = "build/content.rs"]
mod build_content;

const DATA: &str = "data/report.toml";
/// Our words, one file per language (`src/data/content.rs`).
const CONTENT: &[(&str, &str)] = &[("en", "content/en.toml")];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Report {
    report: ReportMeta,
    explainer: Explainer,
    sections: Vec<Section>,
    areas: Vec<Area>,
    figures: Vec<Figure>,
    events: Vec<Event>,
    #[serde(default)]
    derived: Vec<build_derived::Derived>,
    #[serde(default)]
    refused: Vec<build_derived::Refused>,
}

/// Facts about the report itself.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReportMeta {
    /// The year the report dates from (its wording places it; see the data file's header).
    year: u16,
}

/// Facts about this explainer: its date is data, so the build stays deterministic.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Explainer {
    /// "YYYY-MM-DD".
    updated: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Section {
    id: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Area {
    id: String,
    #[serde(default)]
    name: String,
    featured: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Figure {
    id: String,
    // Our words (label, title, summary, name) come from the content file, joined by id.
    #[serde(default)]
    label: String,
    value: f64,
    value_text: String,
    unit: Unit,
    noun: String,
    qualifier: Qualifier,
    period: Period,
    place: String,
    area: String,
    section: String,
    paragraph: u8,
    excerpt: String,
    headline: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Event {
    id: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    summary: String,
    period: Period,
    area: String,
    section: String,
    figures: Vec<String>,
    paragraph: u8,
    excerpt: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Period {
    start: u16,
    end: u16,
    dating: Dating,
    // Stated and undated periods have nothing to explain, so the file may leave these out.
    #[serde(default)]
    wording: String,
    #[serde(default)]
    reasoning: String,
}

// The enums validate the kebab-case strings of the data file: serde rejects any other spelling
// with an error naming the accepted ones. Debug prints the variant name, which is exactly the
// variant name in model.rs.
#[derive(Deserialize, Debug, Clone, Copy, PartialEq)]
#[serde(rename_all = "kebab-case")]
enum Unit {
    RmbBillion,
    Count,
    Percent,
    Rank,
}

#[derive(Deserialize, Debug, Clone, Copy, PartialEq)]
#[serde(rename_all = "kebab-case")]
enum Qualifier {
    Exact,
    MoreThan,
    Over,
    Exceeded,
}

#[derive(Deserialize, Debug, Clone, Copy)]
#[serde(rename_all = "kebab-case")]
enum Dating {
    Stated,
    Resolved,
    Undated,
}

fn period(p: &Period) -> String {
    format!(
        "Period {{ start: {}, end: {}, dating: Dating::{:?}, wording: {:?}, reasoning: {:?} }}",
        p.start, p.end, p.dating, p.wording, p.reasoning
    )
}

/// `{:?}` on f64 always keeps a decimal point or exponent, so the literal is a valid f64.
fn figure(f: &Figure) -> String {
    format!(
        "Figure {{ id: {:?}, label: {:?}, value: {:?}, value_text: {:?}, unit: Unit::{:?}, \
         noun: {:?}, qualifier: Qualifier::{:?}, period: {}, place: {:?}, area: {:?}, \
         section: {:?}, paragraph: {}, excerpt: {:?}, headline: {} }}",
        f.id,
        f.label,
        f.value,
        f.value_text,
        f.unit,
        f.noun,
        f.qualifier,
        period(&f.period),
        f.place,
        f.area,
        f.section,
        f.paragraph,
        f.excerpt,
        f.headline
    )
}

fn event(e: &Event) -> String {
    format!(
        "Event {{ id: {:?}, title: {:?}, summary: {:?}, period: {}, area: {:?}, section: {:?}, \
         figures: &{:?}, paragraph: {}, excerpt: {:?} }}",
        e.id,
        e.title,
        e.summary,
        period(&e.period),
        e.area,
        e.section,
        e.figures,
        e.paragraph,
        e.excerpt
    )
}

/// Writes `pub static NAME: &[TYPE] = &[...];`, one element per line for readable output.
fn table(out: &mut String, name: &str, ty: &str, rows: impl Iterator<Item = String>) {
    writeln!(out, "pub static {name}: &[{ty}] = &[").unwrap();
    for row in rows {
        writeln!(out, "    {row},").unwrap();
    }
    writeln!(out, "];\n").unwrap();
}

fn main() {
    println!("cargo:rerun-if-changed={DATA}");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build/derived.rs");
    println!("cargo:rerun-if-changed=src/data/interval.rs");
    println!("cargo:rerun-if-changed=src/data/operation.rs");

    let text = fs::read_to_string(DATA).unwrap_or_else(|e| panic!("cannot read {DATA}: {e}"));
    let mut report: Report =
        toml::from_str(&text).unwrap_or_else(|e| panic!("invalid {DATA}:\n{e}"));

    // Our words for the data (labels, titles, summaries, names, meanings, caveats, reasons) are
    // the first language's content file's, joined by id.
    let (_, content_file) = CONTENT[0];
    let content_text = fs::read_to_string(content_file)
        .unwrap_or_else(|e| panic!("cannot read {content_file}: {e}"));
    let mut words = build_content::data_words(&content_text, content_file);
    for f in &mut report.figures {
        f.label = words.take("figures", &f.id, "label", true);
    }
    for e in &mut report.events {
        e.title = words.take("events", &e.id, "title", true);
        e.summary = words.take("events", &e.id, "summary", true);
    }
    for a in &mut report.areas {
        a.name = words.take("areas", &a.id, "name", true);
    }
    for d in &mut report.derived {
        d.label = words.take("derived", &d.id, "label", true);
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
    table(
        &mut out,
        "FIGURES",
        "Figure",
        report.figures.iter().map(figure),
    );
    table(&mut out, "EVENTS", "Event", report.events.iter().map(event));
    table(
        &mut out,
        "AREAS",
        "Area",
        report.areas.iter().map(|a| {
            format!(
                "Area {{ id: {:?}, name: {:?}, featured: {} }}",
                a.id, a.name, a.featured
            )
        }),
    );
    table(
        &mut out,
        "SECTIONS",
        "Section",
        report
            .sections
            .iter()
            .map(|s| format!("Section {{ id: {:?} }}", s.id)),
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
    };
    for (lang, file) in CONTENT {
        println!("cargo:rerun-if-changed={file}");
        println!("cargo:rerun-if-changed=build/content.rs");
        let text = fs::read_to_string(file).unwrap_or_else(|e| panic!("cannot read {file}: {e}"));
        let code = build_content::generate(&text, file, &known);
        let dest = Path::new(&out_dir).join(format!("content_{lang}.rs"));
        fs::write(&dest, code).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
    }
}
