//! Turns a content file (`content/<lang>.toml`, our words) into Rust constants, and checks it.
//!
//! One constant per string, named by its path (`[page] headline` is `PAGE_HEADLINE`), rather than
//! one static table: a constant is linked only where the code uses it, so prose that only the
//! pre-rendered page prints stays out of the WebAssembly. Arrays of tables (`[[parts]]`) become
//! one `&[(id, value)]` table per field; tables of plain strings keyed by id (`[glance.labels]`)
//! become `&[(id, text)]`. A key the code does not use is caught by the native tests (every
//! generated name must appear in `src/`); a key the code uses but the file lacks is a compile
//! error. Every `{placeholder}` must name a figure, a derived figure or one of `NAMES`.

use std::cell::{Cell, RefCell};
use std::fmt::Write as _;
use toml::Value;

use super::build_data_words::{data_words, DATA_KINDS};
use super::build_words::Words;
use super::placeholder::{figure_field, segments, Segment};

/// Placeholders that are not a figure or a derived figure (src/data/content.rs fills them).
const NAMES: &[&str] = &[
    "report.year",
    "updated",
    "source.title",
    "part",
    "n",
    "page.headline",
    // What the islands fill in at run time (`fill_with`).
    "label",
    "title",
    "count",
    "total",
    "name",
    "event",
    "wording",
    "reasoning",
    "year",
    "paragraph",
    "note",
    "value",
    "when",
    "output",
    "bound",
    "noun",
    "span",
    "list",
    "low",
    "high",
];
/// Tables of strings keyed by id (a figure's or a chart's), generated as `&[(id, text)]`.
const MAPS: &[&str] = &["labels", "titles", "kinds"];
/// Tables that only the pre-rendered page prints. Their constants are plain strings that exist
/// only where the whole page is rendered (`cfg(page_text)`, see build.rs), not in the shipped
/// WebAssembly; every other string is a `W`, numbered in the page's words list, which the islands
/// read at start-up.
const STATIC: &[&str] = &[
    "page",
    "glance",
    "parts.short",
    "parts.prose",
    "limits",
    "checking",
    "downloads",
    "cards",
    "footer",
    "embed",
    "timeline.intro",
    "stages",
    "province",
    "money",
    "charts.bounds_sentence",
    "charts.keys_sentence",
    "charts.keys_sentence_one",
];

/// Makes what follows an island's (`W`s) or a static table's (plain strings, native only).
fn scope(out: &mut Out, known: &Known, key: &str) {
    let island = !STATIC
        .iter()
        .any(|s| key == *s || key.starts_with(&format!("{s}.")));
    known.island.set(island);
    out.cfg = if island { "" } else { "#[cfg(page_text)] " };
}

pub struct Known<'a> {
    pub figures: Vec<&'a str>,
    pub derived: Vec<&'a str>,
    /// The story's parts in order (`data/report.toml`'s `[[sections]]`): `[[parts]]` must match.
    pub sections: Vec<&'a str>,
    /// The islands' words, numbered.
    pub words: RefCell<Words>,
    /// Whether the table being generated is an island's (its strings are `W`s).
    pub island: Cell<bool>,
}

fn const_name(path: &[&str]) -> String {
    path.join("_").replace(['-', '.'], "_").to_uppercase()
}

/// Panics, naming the key, on a placeholder that names nothing or an unclosed brace.
fn check(key: &str, text: &str, known: &Known) {
    for segment in segments(text) {
        let name = match segment {
            Segment::Text(_) => continue,
            Segment::Unclosed(_) => panic!("content {key}: unclosed {{ in {text:?}"),
            Segment::Name { name, .. } => name,
        };
        let ok = NAMES.contains(&name)
            || name
                .strip_prefix('=')
                .is_some_and(|d| known.derived.contains(&d))
            || figure_field(name).is_some_and(|(id, _)| known.figures.contains(&id));
        assert!(
            ok,
            "content {key}: {{{name}}} names no figure, derived figure or name"
        );
    }
}

fn string(key: &str, v: &Value, known: &Known) -> String {
    let s = v
        .as_str()
        .unwrap_or_else(|| panic!("content {key}: expected a string, found {v:?}"));
    check(key, s, known);
    if known.island.get() {
        known.words.borrow_mut().add(s)
    } else {
        format!("{s:?}")
    }
}

/// The Rust type of one string: `&str` in a static table, `W` in an island's.
fn word(known: &Known) -> &'static str {
    if known.island.get() {
        "W"
    } else {
        "&str"
    }
}

fn strings(key: &str, v: &Value, known: &Known) -> String {
    let items = v
        .as_array()
        .unwrap_or_else(|| panic!("content {key}: expected an array"));
    let items: Vec<String> = items.iter().map(|s| string(key, s, known)).collect();
    format!("&[{}]", items.join(", "))
}

struct Out {
    code: String,
    /// `#[cfg(...)]` for the items of the table being generated, or "".
    cfg: &'static str,
    /// Every generated name with the strings under it, for the native tests.
    all: Vec<(String, Vec<String>)>,
}

impl Out {
    fn item(&mut self, name: String, ty: &str, literal: String, texts: Vec<String>) {
        writeln!(self.code, "{}pub const {name}: {ty} = {literal};", self.cfg).unwrap();
        self.all.push((name, texts));
    }
}

fn texts_of(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => vec![format!("{s:?}")],
        Value::Array(a) => a.iter().flat_map(texts_of).collect(),
        Value::Table(t) => t.values().flat_map(texts_of).collect(),
        _ => vec![],
    }
}

fn table(out: &mut Out, path: &[&str], t: &toml::Table, known: &Known) {
    for (k, v) in t {
        if path.is_empty() && DATA_KINDS.contains(&k.as_str()) {
            continue;
        }
        let mut p = path.to_vec();
        p.push(k);
        let key = p.join(".");
        let name = const_name(&p);
        scope(out, known, &key);
        let w = word(known);
        match v {
            Value::String(_) => out.item(name, w, string(&key, v, known), texts_of(v)),
            Value::Array(a) if a.iter().all(Value::is_str) => out.item(
                name,
                &format!("&[{w}]"),
                strings(&key, v, known),
                texts_of(v),
            ),
            Value::Array(rows) => parts(out, &p, rows, known),
            Value::Table(inner)
                if inner.values().all(Value::is_str) && MAPS.contains(&k.as_str()) =>
            {
                let rows: Vec<String> = inner
                    .iter()
                    .map(|(id, s)| format!("({id:?}, {})", string(&key, s, known)))
                    .collect();
                let literal = format!("&[{}]", rows.join(", "));
                out.item(name, &format!("&[(&str, {w})]"), literal, texts_of(v));
            }
            Value::Table(inner) => table(out, &p, inner, known),
            other => panic!("content {key}: unexpected {other:?}"),
        }
    }
}

/// `[[parts]]`: every row has an `id`; each other field becomes `&[(id, value)]`.
fn parts(out: &mut Out, path: &[&str], rows: &[Value], known: &Known) {
    let rows: Vec<&toml::Table> = rows
        .iter()
        .map(|r| r.as_table().expect("an array of tables"))
        .collect();
    let id = |r: &toml::Table| r["id"].as_str().expect("every row has an id").to_string();
    let first = rows.first().expect("at least one row");
    for field in first.keys().filter(|f| *f != "id") {
        let mut p = path.to_vec();
        p.push(field);
        let key = p.join(".");
        scope(out, known, &key);
        let mut ty = word(known).to_string();
        let mut cells = Vec::new();
        let mut texts = Vec::new();
        for r in &rows {
            let v = r
                .get(field)
                .unwrap_or_else(|| panic!("content {key}: missing in {}", id(r)));
            assert_eq!(r.len(), first.len(), "content {key}: rows differ in keys");
            let cell = if v.is_array() {
                ty = format!("&[{}]", word(known));
                strings(&key, v, known)
            } else {
                string(&key, v, known)
            };
            cells.push(format!("({:?}, {cell})", id(r)));
            texts.extend(texts_of(v));
        }
        let literal = format!("&[{}]", cells.join(", "));
        out.item(const_name(&p), &format!("&[(&str, {ty})]"), literal, texts);
    }
    scope(out, known, &path.join("."));
    if path == ["parts"] {
        let ids: Vec<String> = rows.iter().map(|r| id(r)).collect();
        assert_eq!(
            ids, known.sections,
            "content [[parts]]: the words must be for data/report.toml's [[sections]], in order"
        );
        // The code reads the parts' ids from the data (`data::SECTIONS`), never from here.
        return;
    }
    let ids: Vec<String> = rows.iter().map(|r| format!("{:?}", id(r))).collect();
    let name = const_name(&[path, &["ids"]].concat());
    out.item(name, "&[&str]", format!("&[{}]", ids.join(", ")), vec![]);
}

/// The Rust source of a content file's constants, with `ALL` (every name and its strings) for
/// the tests.
pub fn generate(text: &str, file: &str, known: &Known) -> String {
    let doc: toml::Table = toml::from_str(text).unwrap_or_else(|e| panic!("invalid {file}:\n{e}"));
    let mut out = Out {
        cfg: "",
        code: format!("// Generated by build.rs from {file}. Do not edit.\n\n"),
        all: Vec::new(),
    };
    table(&mut out, &[], &doc, known);
    writeln!(
        out.code,
        "\n#[cfg(test)]\npub static ALL: &[(&str, &[&str])] = &["
    )
    .unwrap();
    for (name, texts) in &out.all {
        writeln!(out.code, "    ({name:?}, &[{}]),", texts.join(", ")).unwrap();
    }
    writeln!(out.code, "];").unwrap();
    // The data's words too, for the numeral test (they live in the data's own tables).
    writeln!(
        out.code,
        "\n#[cfg(test)]\npub static DATA_WORDS: &[(&str, &str)] = &["
    )
    .unwrap();
    for ((kind, id, field), text) in data_words(text, file).0 {
        writeln!(out.code, "    (\"{kind}.{id}.{field}\", {text:?}),").unwrap();
    }
    writeln!(out.code, "];").unwrap();
    out.code
}
