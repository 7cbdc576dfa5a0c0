//! Every view state a reader can set, and its round trip through the URL, so any view can be
//! linked, bookmarked and embedded. Pure: no yew, no web-sys, tested natively.
//!
//! Format: `?tables=experiences,mianyang-share&source=<figure-id>&area=<area-id>`
//! `#event-<event-id>`.
//! Unknown keys and malformed values are ignored (they fall back to the default), never an error:
//! a link mangled by a messenger or a CMS must still open the explainer.

use crate::data::{self, ChartId};

mod embed;
mod filter;
pub use embed::{
    embed_view, embed_views, page_attributes, retired_view, retired_views, Embed, ThemeChoice,
};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct View {
    /// Charts whose data table is open, as a bit set over `ChartId`.
    pub(crate) tables: u8,
    /// The figure whose sentence the source view shows, if open.
    pub source: Option<&'static str>,
    /// The selected timeline event.
    pub event: Option<&'static str>,
    /// The reform area the timeline is filtered to (`data::AREAS` id); `None` shows all.
    pub area: Option<&'static str>,
    pub embed: Embed,
    pub theme: ThemeChoice,
    /// `?transparent`: no page background, for embeds on coloured pages.
    pub transparent: bool,
}

/// A chart's bit in `View::tables`.
fn bit(chart: ChartId) -> u8 {
    1 << (chart as u8)
}

impl View {
    pub fn table_open(&self, chart: ChartId) -> bool {
        self.tables & bit(chart) != 0
    }

    pub fn with_table(mut self, chart: ChartId, open: bool) -> View {
        if open {
            self.tables |= bit(chart);
        } else {
            self.tables &= !bit(chart);
        }
        self
    }

    /// Whether going from `self` to `next` is a move a reader expects Back to undo (opening the
    /// source, picking an event), rather than a setting tweak that should just replace the URL.
    pub fn is_navigation_to(&self, next: &View) -> bool {
        self.source != next.source || self.event != next.event
    }

    /// Reads a view from `location.search` and `location.hash` (with or without `?` / `#`).
    pub fn from_url(query: &str, hash: &str) -> View {
        let mut view = View::default();
        for (key, value) in pairs(query.trim_start_matches('?')) {
            match key.as_str() {
                "tables" => {
                    for chart in value.split(',').filter_map(ChartId::from_id) {
                        view = view.with_table(chart, true);
                    }
                }
                "source" => view.source = data::figure(&value).map(|f| f.id),
                // Only an area that holds events: a filter never shows nothing.
                "area" => view.area = data::area(&value).filter(|a| a.has_events()).map(|a| a.id),
                "embed" if value.is_empty() => view.embed = Embed::All,
                "embed" => view.embed = embed_view(&value).map_or(Embed::Unknown, Embed::View),
                "theme" => view.theme = param_value(THEME_PARAMS, &value),
                "transparent" => view.transparent = !matches!(value.as_str(), "0" | "false"),
                _ => {}
            }
        }
        view.event = hash
            .trim_start_matches('#')
            .strip_prefix("event-")
            .and_then(data::event)
            .map(|e| e.id);
        // The event the address names wins over a filter that would hide it: a shared link
        // must show what it points at.
        if !view.shows_event() {
            view.area = None;
        }
        view
    }

    /// The query string for this view, `""` for the default view, else starting with `?`.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        let tables: Vec<&str> = ChartId::ALL
            .into_iter()
            .filter(|c| self.table_open(*c))
            .map(ChartId::id)
            .collect();
        if !tables.is_empty() {
            parts.push(format!("tables={}", tables.join(",")));
        }
        if let Some(id) = self.source {
            parts.push(format!("source={id}"));
        }
        if let Some(id) = self.area {
            parts.push(format!("area={id}"));
        }
        match self.embed {
            Embed::No | Embed::Unknown => {}
            Embed::All => parts.push("embed".into()),
            Embed::View(v) => parts.push(format!("embed={v}")),
        }
        if self.theme != ThemeChoice::default() {
            parts.push(format!("theme={}", param_name(THEME_PARAMS, self.theme)));
        }
        if self.transparent {
            parts.push("transparent".into());
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }

    /// The query for this view, keeping the parameters of `current` that are not the view's own
    /// (a pym.js parent's `childId`, a newsletter's `utm_*`) as they were, after the view's.
    pub fn to_query_keeping(&self, current: &str) -> String {
        let foreign: Vec<&str> = current
            .trim_start_matches('?')
            .split('&')
            .filter(|pair| !pair.is_empty())
            .filter(|pair| {
                let key = pair.split_once('=').map_or(*pair, |(k, _)| k);
                !OWN_KEYS.contains(&percent_decode(key).unwrap_or_default().as_str())
            })
            .collect();
        let own = self.to_query();
        match (own.is_empty(), foreign.is_empty()) {
            (_, true) => own,
            (true, false) => format!("?{}", foreign.join("&")),
            (false, false) => format!("{own}&{}", foreign.join("&")),
        }
    }

    /// The fragment for this view: `#event-<id>` or `""`.
    pub fn to_hash(&self) -> String {
        self.event
            .map(|id| format!("#event-{id}"))
            .unwrap_or_default()
    }
}

/// The query parameters the view reads and writes; any other parameter belongs to someone else.
/// `money` and `swjtu` are retired (the money chart's scale, before the chart gave way to a table;
/// the university chart's totals or per-year switch, before its unlike counts stopped sharing a
/// scale): still ours, so an old link's `money=log` or `swjtu=per-year` is dropped rather than
/// carried along as someone else's.
const OWN_KEYS: [&str; 8] = [
    "swjtu",
    "money",
    "tables",
    "source",
    "area",
    "embed",
    "theme",
    "transparent",
];

const THEME_PARAMS: &[(ThemeChoice, &str)] = &[
    (ThemeChoice::Auto, "auto"),
    (ThemeChoice::Light, "light"),
    (ThemeChoice::Dark, "dark"),
];

fn param_value<T: Copy + Default>(table: &[(T, &str)], value: &str) -> T {
    table
        .iter()
        .find(|(_, name)| *name == value)
        .map(|(v, _)| *v)
        .unwrap_or_default()
}

fn param_name<T: PartialEq>(table: &[(T, &'static str)], value: T) -> &'static str {
    table
        .iter()
        .find(|(v, _)| *v == value)
        .map(|(_, name)| *name)
        .unwrap_or_default()
}

/// The decoded value of `key` in a query string (with or without `?`), if present.
pub fn query_param(query: &str, key: &str) -> Option<String> {
    pairs(query.trim_start_matches('?'))
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
}

/// `key=value` pairs of a query string, percent-decoded; pairs that do not decode are skipped.
fn pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .filter_map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            Some((percent_decode(key)?, percent_decode(value)?))
        })
}

/// Decodes `%XX` escapes and `+`; `None` when the result is not UTF-8 or an escape is broken.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                // Two hex digits exactly: `from_str_radix` alone would also take a sign ("%+1"),
                // which `decodeURIComponent` (static/early.js) rejects.
                let hex = bytes.get(i + 1..i + 3)?;
                if !hex.iter().all(u8::is_ascii_hexdigit) {
                    return None;
                }
                out.push(u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests;
