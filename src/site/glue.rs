//! Reading wasm-bindgen's glue as the single-file build and the names step need it: its one
//! export statement (`export { initSync, __wbg_init as default };`, or minified
//! `export{S as initSync,N as default};`).

use super::GLUE;

/// The glue's one export statement (`export { initSync, __wbg_init as default };` as
/// wasm-bindgen writes it, `export{S as initSync,N as default};` minified): the statement and
/// each exported name with the local name it exports.
pub struct Exports {
    pub statement: String,
    pub names: Vec<(String, String)>,
}

impl Exports {
    pub fn names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.names.iter().map(|(n, _)| &n[..]).collect();
        names.sort();
        names
    }

    pub fn local(&self, name: &str) -> Option<&str> {
        self.names
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, l)| &l[..])
    }
}

pub fn ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$'
}

pub fn exports(code: &str) -> Result<Exports, String> {
    let found: Vec<(usize, usize)> = (code.match_indices("export"))
        .filter(|(at, _)| !code[..*at].ends_with(ident))
        .filter_map(|(at, _)| {
            let brace = at + 6 + code[at + 6..].len() - code[at + 6..].trim_start().len();
            let close = code[brace..]
                .starts_with('{')
                .then(|| code[brace..].find('}'))??;
            let mut end = brace + close + 1;
            let rest = &code[end..];
            if rest.trim_start().starts_with(';') {
                end += rest.len() - rest.trim_start().len() + 1;
            }
            Some((at, end))
        })
        .collect();
    let [(start, end)] = found[..] else {
        return Err(format!(
            "{GLUE}: expected one export statement, found {}",
            found.len()
        ));
    };
    let statement = &code[start..end];
    let inner = (statement.split_once('{'))
        .and_then(|(_, rest)| rest.rsplit_once('}'))
        .map_or("", |(inner, _)| inner);
    let names = (inner.split(','))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|item| {
            let words: Vec<&str> = item.split_whitespace().collect();
            match words[..] {
                [local] => Ok((local.to_string(), local.to_string())),
                [local, "as", name] => Ok((name.to_string(), local.to_string())),
                _ => Err(format!("{GLUE}: cannot read the export {item:?}")),
            }
        })
        .collect::<Result<_, _>>()?;
    Ok(Exports {
        statement: statement.to_string(),
        names,
    })
}
