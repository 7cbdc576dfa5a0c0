//! Short names for everything the WebAssembly imports and exports, from binaryen's own pass.
//!
//! wasm-bindgen names each import after the JS it calls plus a 16-digit hash
//! (`__wbg_addEventListener_f2d27251d333a631`) and each closure export after its full Rust types
//! (up to 300 characters); every name is written twice, in the wasm and in the glue, and the
//! hashes do not compress: about 4 KB gzip (BENCHMARKS.md). binaryen's
//! `--minify-imports-and-exports-and-modules` renames them all in the wasm and prints the map,
//! by which the glue is rewritten: an import is a key of the glue's imports object, the module
//! its name in quotes, an export a property of `wasm`. A name the glue does not hold as expected
//! stops the build rather than guess. Run on the glue as wasm-bindgen wrote it, before terser.
//!
//! Running it again changes nothing: binaryen names by position, so a second pass maps every
//! name to itself.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

/// The WebAssembly features the shipped module uses (Trunk's wasm-opt strips the features
/// section, so binaryen must be told), exactly those: enabling more could let it write more.
const FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-mutable-globals",
    "--enable-multivalue",
    "--enable-nontrapping-float-to-int",
    "--enable-reference-types",
    "--enable-sign-ext",
];

/// One renaming of the map: `kind` is "import", "module" or "export".
#[derive(Debug, PartialEq, Eq)]
pub struct Rename {
    pub kind: &'static str,
    pub from: String,
    pub to: String,
}

/// Writes `wasm` with binaryen's short names to `out` (the caller puts it in place only once the
/// glue fits it, so a failure leaves the two as they were); returns binaryen's map.
pub fn minify_wasm(wasm: &Path, out: &Path) -> Result<Vec<Rename>, String> {
    let run = Command::new("wasm-opt")
        .arg(wasm)
        .args(FEATURES)
        .arg("--minify-imports-and-exports-and-modules")
        .arg("-o")
        .arg(out)
        .output()
        .map_err(|err| format!("wasm-opt (npm binaryen, on PATH through make): {err}"))?;
    if !run.status.success() {
        return Err(format!(
            "wasm-opt failed: {}",
            String::from_utf8_lossy(&run.stderr)
        ));
    }
    parse_map(&String::from_utf8_lossy(&run.stdout))
}

/// binaryen's map: `{"imports": [[module, name, new], …], "exports": [[name, new], …]}`; the
/// modules all become one new name.
pub fn parse_map(text: &str) -> Result<Vec<Rename>, String> {
    let map: Value = serde_json::from_str(text).map_err(|err| format!("wasm-opt's map: {err}"))?;
    let rows = |key: &str| -> Result<Vec<Vec<String>>, String> {
        let rows = map[key]
            .as_array()
            .ok_or(format!("wasm-opt's map: no {key}"))?;
        rows.iter()
            .map(|row| {
                (row.as_array().into_iter().flatten())
                    .map(|s| s.as_str().map(String::from))
                    .collect::<Option<Vec<_>>>()
                    .ok_or(format!("wasm-opt's map: a {key} row is not strings"))
            })
            .collect()
    };
    let mut renames = Vec::new();
    let mut modules = Vec::new();
    for row in rows("imports")? {
        let [module, name, to] = &row[..] else {
            return Err(format!("wasm-opt's map: import row {row:?}"));
        };
        if !modules.contains(module) {
            modules.push(module.clone());
        }
        renames.push(rename("import", name, to));
    }
    // binaryen gives every module one name: "a". (It prints no row for them.)
    for module in modules {
        renames.push(rename("module", &module, "a"));
    }
    for row in rows("exports")? {
        let [name, to] = &row[..] else {
            return Err(format!("wasm-opt's map: export row {row:?}"));
        };
        renames.push(rename("export", name, to));
    }
    Ok(renames)
}

fn rename(kind: &'static str, from: &str, to: &str) -> Rename {
    Rename {
        kind,
        from: from.into(),
        to: to.into(),
    }
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$'
}

/// Where `word` stands in `text` as a whole identifier, with the character before it.
fn occurrences<'t>(text: &'t str, word: &'t str) -> impl Iterator<Item = usize> + 't {
    text.match_indices(word)
        .map(|(at, _)| at)
        .filter(move |&at| {
            let before = text[..at].chars().next_back();
            let after = text[at + word.len()..].chars().next();
            !before.is_some_and(is_ident) && !after.is_some_and(is_ident)
        })
}

/// Where `name` stands as a key of an object literal: after `{` or `,`, before `:` (spaces
/// allowed), so that a ternary's `?name:` or a use elsewhere is not taken for it.
fn keys<'t>(text: &'t str, name: &'t str) -> impl Iterator<Item = usize> + 't {
    occurrences(text, name).filter(move |&at| {
        let before = text[..at].trim_end();
        let after = text[at + name.len()..].trim_start();
        (before.ends_with('{') || before.ends_with(',')) && after.starts_with(':')
    })
}

/// `glue` (as wasm-bindgen wrote it) with the names of `renames`.
pub fn rename_glue(glue: &str, renames: &[Rename]) -> Result<String, String> {
    let mut code = glue.to_string();
    for r in renames.iter().filter(|r| r.from != r.to) {
        // Each kind as the glue writes it: a key of the imports object (`name: function`), the
        // module's quoted key (`"module": import0`), a property of `wasm` (`wasm.name`).
        let (pattern, replacement, once) = match r.kind {
            "import" => (r.from.clone(), r.to.clone(), true),
            "module" => (format!("{:?}", r.from), format!("{:?}", r.to), true),
            _ => (format!("wasm.{}", r.from), format!("wasm.{}", r.to), false),
        };
        let at: Vec<usize> = if r.kind == "import" {
            keys(&code, &pattern).collect()
        } else {
            occurrences(&code, &pattern).collect()
        };
        // An export used otherwise than as `wasm.name` would be left with its old name.
        let uses = occurrences(&code, &r.from)
            .filter(|&i| code[..i].ends_with('.'))
            .count();
        // An export the glue never calls (`main`) may keep no use at all.
        let expected = if once {
            at.len() == 1
        } else {
            uses == at.len()
        };
        if !expected {
            return Err(format!(
                "the glue holds the {} {} as `{pattern}` {} times ({uses} as a property)",
                r.kind,
                r.from,
                at.len()
            ));
        }
        for i in at.into_iter().rev() {
            code.replace_range(i..i + pattern.len(), &replacement);
        }
    }
    Ok(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAP: &str = r#"{"imports": [["./m_bg.js", "__wbg_log_0123456789abcdef", "$"],
        ["./m_bg.js", "__wbg_warn_fedcba9876543210", "$a"]],
        "exports": [["memory", "b"], ["wasm_bindgen__convert__closures_____invoke_x", "c"], ["main", "d"]]}"#;
    const GLUE: &str = r#"const import0 = { __proto__: null, __wbg_log_0123456789abcdef: function() {},
        __wbg_warn_fedcba9876543210: function() {} };
function wasm_bindgen__convert__closures_____invoke_x(a) { wasm.wasm_bindgen__convert__closures_____invoke_x(a); }
const imports = { "./m_bg.js": import0 }; wasm.memory.buffer; wasm.memory.grow(1);"#;

    #[test]
    fn the_glue_follows_binaryens_map() {
        let renames = parse_map(MAP).unwrap();
        assert!(renames.contains(&rename("module", "./m_bg.js", "a")));
        let glue = rename_glue(GLUE, &renames).unwrap();
        assert!(glue.contains("$: function") && glue.contains("$a: function"));
        // Not a ternary's `?name:`, nor a key written without a space.
        let tight = GLUE.replace(
            "__wbg_log_0123456789abcdef: function",
            "__wbg_log_0123456789abcdef:function",
        );
        let ternary = format!("{tight} y = c ? __wbg_log_0123456789abcdef : 0;");
        assert!(rename_glue(&ternary, &renames)
            .unwrap()
            .contains("$:function"));
        assert!(glue.contains(r#"{ "a": import0 }"#));
        assert!(glue.contains("wasm.b.buffer") && glue.contains("wasm.b.grow"));
        // The JS wrapper keeps its (module-local) name; its call of the export is renamed.
        assert!(glue
            .contains("function wasm_bindgen__convert__closures_____invoke_x(a) { wasm.c(a); }"));
        // Running again with binaryen's second map (every name to itself) changes nothing.
        let again: Vec<Rename> = (renames.iter())
            .map(|r| rename(r.kind, &r.to, &r.to))
            .collect();
        assert_eq!(rename_glue(&glue, &again).unwrap(), glue);
    }

    #[test]
    fn a_name_the_glue_does_not_hold_as_expected_stops_the_step() {
        let renames = parse_map(MAP).unwrap();
        let missing = GLUE.replace("__wbg_warn_fedcba9876543210: function() {}", "");
        assert!(rename_glue(&missing, &renames)
            .unwrap_err()
            .contains("__wbg_warn"));
        let twice = format!("{GLUE} x = {{ __wbg_log_0123456789abcdef:1 }};");
        assert!(rename_glue(&twice, &renames)
            .unwrap_err()
            .contains("__wbg_log"));
        let other_use = format!("{GLUE} other.memory;");
        assert!(rename_glue(&other_use, &renames)
            .unwrap_err()
            .contains("memory"));
        let no_module = GLUE.replace(r#""./m_bg.js""#, "x");
        assert!(rename_glue(&no_module, &renames)
            .unwrap_err()
            .contains("module"));
        assert!(parse_map("not json").is_err());
    }
}
