//! What an embedding page can ask of the explainer through the URL.

/// What an embedding page asked for with `?embed[=<view>]`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Embed {
    /// Not embedded: the full page.
    #[default]
    No,
    /// `?embed`: the whole explainer without page chrome.
    All,
    /// `?embed=<view>`: one story section, or the timeline.
    View(&'static str),
    /// `?embed=<something else>`: a friendly list of the valid views instead.
    Unknown,
}

/// Views that `?embed=<view>` accepts: the story's parts (`data::SECTIONS`, the one list of
/// them) and the timeline. The early script's copy is written from this at build time
/// (`prerender::early_script`).
pub fn embed_views() -> impl Iterator<Item = &'static str> {
    (crate::data::SECTIONS.iter().map(|s| s.id)).chain(std::iter::once("timeline"))
}

/// Views that were parts of their own and now live inside another: an old `?embed=<old>` opens
/// the new one (the early script's copy is written from this at build time). The military–civilian figures joined
/// Mianyang's part; the sums of money went back to their own parts, three of the five to
/// Mianyang's.
const RETIRED_VIEWS: [(&str, &str); 2] = [("military", "mianyang"), ("money", "mianyang")];

/// The view an old view id now opens, if it was retired.
pub fn retired_view(id: &str) -> Option<&'static str> {
    RETIRED_VIEWS
        .iter()
        .find(|(old, _)| *old == id)
        .map(|(_, new)| *new)
}

/// Every retired view with the view that now holds it (the site step keeps a page under each old
/// name, so that links to `military.html` still open).
pub fn retired_views() -> impl Iterator<Item = (&'static str, &'static str)> {
    RETIRED_VIEWS.into_iter()
}

/// The view `?embed=<value>` asks for, old names included; `None` for an unknown one.
pub fn embed_view(value: &str) -> Option<&'static str> {
    embed_views()
        .find(|v| *v == value)
        .or_else(|| retired_view(value))
}

/// `?theme=`: the embedding page may force a colour scheme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ThemeChoice {
    #[default]
    Auto,
    Light,
    Dark,
}

/// The embed options of `view` as the page attributes the stylesheets read: `data-embed`,
/// `data-theme`, `data-transparent` (set by `browser::follow_page_view`, and before the first
/// paint by `static/early.js`, which must agree: `tests/e2e/fixtures/url-cases.json`).
pub fn page_attributes(view: &super::View) -> (Option<&'static str>, Option<&'static str>, bool) {
    let embed = match view.embed {
        Embed::No => None,
        Embed::All => Some("all"),
        Embed::View(v) => Some(v),
        Embed::Unknown => Some("unknown"),
    };
    let theme = match view.theme {
        ThemeChoice::Auto => None,
        ThemeChoice::Light => Some("light"),
        ThemeChoice::Dark => Some("dark"),
    };
    (embed, theme, view.transparent)
}
