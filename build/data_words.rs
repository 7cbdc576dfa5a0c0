//! Our words for the data (`[figures.<id>] label = "…"` and the like in a content file), which
//! `build.rs` joins into the data's tables by id: read, checked and handed out here.

use std::collections::BTreeMap;

/// Tables of our words for the data, by kind and id (`[figures.<id>] label = "…"`): joined into
/// the data's tables by `build.rs`, not made constants of their own.
pub const DATA_KINDS: &[&str] = &["figures", "events", "areas", "derived", "refused"];

/// Our words for the data, by (kind, id, field).
pub struct DataWords(pub BTreeMap<(String, String, String), String>);

/// The content file's words for the data; they hold no placeholder, since the data's tables
/// print them as they are.
pub fn data_words(text: &str, file: &str) -> DataWords {
    let doc: toml::Table = toml::from_str(text).unwrap_or_else(|e| panic!("invalid {file}:\n{e}"));
    let mut words = BTreeMap::new();
    for kind in DATA_KINDS {
        let Some(rows) = doc.get(*kind) else { continue };
        let rows = rows
            .as_table()
            .unwrap_or_else(|| panic!("{file}: [{kind}] is a table of ids"));
        for (id, fields) in rows {
            let fields = fields
                .as_table()
                .unwrap_or_else(|| panic!("{file}: [{kind}.{id}] is a table"));
            for (field, v) in fields {
                let key = format!("{kind}.{id}.{field}");
                let s = v
                    .as_str()
                    .unwrap_or_else(|| panic!("{file} {key}: expected a string"));
                assert!(
                    !s.contains('{'),
                    "{file} {key}: no placeholders in the data's words"
                );
                words.insert((kind.to_string(), id.clone(), field.clone()), s.to_string());
            }
        }
    }
    DataWords(words)
}

impl DataWords {
    /// The words for `kind.id.field`, taken out; a missing required one is a build error.
    pub fn take(&mut self, kind: &str, id: &str, field: &str, required: bool) -> String {
        let key = (kind.to_string(), id.to_string(), field.to_string());
        match self.0.remove(&key) {
            Some(s) => s,
            None if required => panic!("content: no words for {kind}.{id}.{field}"),
            None => String::new(),
        }
    }

    /// Panics on words left over: an id or field the data does not have.
    pub fn finish(self) {
        let left: Vec<String> = (self.0.keys())
            .map(|(k, i, f)| format!("{k}.{i}.{f}"))
            .collect();
        assert!(
            left.is_empty(),
            "content: words for nothing in the data: {left:?}"
        );
    }
}
