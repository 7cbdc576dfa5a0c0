//! The words the islands show, by number: `W(n)` is the n-th string of the page's words list.
//!
//! `build.rs` numbers every string of ours that an island may render (chart titles, labels,
//! notes, control names, the data's labels and summaries) and writes the list as JSON. Natively
//! a `W` reads the generated table; the pre-rendered page carries the same list in
//! `<script type="application/json" id="words">`, and in the browser a `W` reads that, installed
//! once at start-up (`browser::start`). So the WebAssembly carries numbers, not prose, and a
//! second language is a second list that adds nothing to the first one's download.

use std::fmt;
use std::ops::Deref;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/words_en.rs"));
}
pub use generated::COUNT;

/// Id of the element that holds the page's words list.
pub const ELEMENT_ID: &str = "words";

/// The words list as the page carries it: a JSON array of strings, safe inside a `<script>`.
#[cfg(page_text)]
pub const JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/words_en.json"));

/// One of our words, by its number in the words list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct W(pub u16);

impl W {
    /// The text, for as long as the page lives (the list is installed once and never dropped).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn text(self) -> &'static str {
        generated::TEXT[usize::from(self.0)]
    }

    /// The text, or "" before the list is installed (start-up installs it before any island
    /// renders, and stops with the notice if it cannot).
    #[cfg(target_arch = "wasm32")]
    pub fn text(self) -> &'static str {
        LIST.get()
            .and_then(|list| list.get(usize::from(self.0)))
            .copied()
            .unwrap_or_default()
    }
}

impl Deref for W {
    type Target = str;
    fn deref(&self) -> &str {
        self.text()
    }
}

impl fmt::Display for W {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text())
    }
}

/// The page's words list, from its JSON (as `build/words.rs` writes it: an array of strings).
/// `None` if it is anything else. Parsed here rather than by the browser's `JSON.parse`, so one
/// string crosses from JavaScript rather than one per word.
pub fn parse(json: &str) -> Option<Vec<String>> {
    let mut list = Vec::new();
    let mut chars = json.trim().strip_prefix('[')?.strip_suffix(']')?.chars();
    loop {
        match chars.by_ref().find(|c| !c.is_whitespace()) {
            None => return Some(list),
            Some('"') => {}
            Some(_) => return None,
        }
        let mut word = String::new();
        loop {
            match chars.next()? {
                '"' => break,
                '\\' => match chars.next()? {
                    'n' => word.push('\n'),
                    'u' => {
                        let hex: String = chars.by_ref().take(4).collect();
                        word.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                    }
                    c => word.push(c),
                },
                c => word.push(c),
            }
        }
        list.push(word);
        match chars.by_ref().find(|c| !c.is_whitespace()) {
            None => return Some(list),
            Some(',') => {}
            Some(_) => return None,
        }
    }
}

#[cfg(target_arch = "wasm32")]
static LIST: std::sync::OnceLock<Box<[&'static str]>> = std::sync::OnceLock::new();

/// Installs the page's words list. `false` if it does not have exactly the strings this build
/// numbered (a page from another build), or if a list is installed already. (Natively the words
/// are built in; this only checks the list.)
pub fn install(list: Vec<String>) -> bool {
    if list.len() != COUNT {
        return false;
    }
    #[cfg(not(target_arch = "wasm32"))]
    return true;
    #[cfg(target_arch = "wasm32")]
    {
        let list: Box<[&'static str]> = list
            .into_iter()
            .map(|s| &*Box::leak(s.into_boxed_str()))
            .collect();
        LIST.set(list).is_ok()
    }
}

impl From<W> for String {
    fn from(w: W) -> String {
        w.text().to_string()
    }
}
