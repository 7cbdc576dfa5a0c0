//! A view's page: the built `index.html` with that view's title and tags in its head. The body
//! stays the pre-rendered explainer, byte for byte, so the page reads with JavaScript off,
//! starts like the original and keeps its CSP; `static/early.js` scrolls it to the view its
//! file is named after.

use super::head::{tags, Site};
use super::{escape, ShareView};

/// `shell` (the built `index.html`, pre-rendered) with `view`'s `<title>` and share tags.
/// Fails unless the shell has exactly one `<title>` and no share tags yet, so a second run on
/// the same `dist/` cannot stack them.
pub fn with_head(shell: &str, view: &ShareView, site: &Site) -> Result<String, String> {
    const OPEN: &str = "<title>";
    const CLOSE: &str = "</title>";
    if shell.contains("og:title") {
        return Err("the page has share tags already: build it again from scratch".into());
    }
    if shell.matches(OPEN).count() != 1 || shell.matches(CLOSE).count() != 1 {
        return Err("expected exactly one <title> in the page".into());
    }
    let start = shell.find(OPEN).ok_or("no <title>")?;
    let end = shell.find(CLOSE).ok_or("no </title>")? + CLOSE.len();
    if end < start {
        return Err("</title> before <title>".into());
    }
    if shell[..start].contains("name=description")
        || shell[..start].contains(r#"name="description""#)
    {
        return Err("the page has a description of its own: the build writes it".into());
    }
    Ok(format!(
        "{}<title>{}</title>{}{}",
        &shell[..start],
        escape(&view.document_title()),
        tags(view, site),
        &shell[end..]
    ))
}

/// `sitemap.xml`: every page's canonical address (no dates: the build reads no clock).
pub fn sitemap(views: &[ShareView], site: &Site) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for view in views {
        out.push_str(&format!(
            "  <url><loc>{}</loc></url>\n",
            escape(&site.url(&view.path()))
        ));
    }
    out.push_str("</urlset>\n");
    out
}

/// `robots.txt`: everything may be crawled; the sitemap's absolute address.
pub fn robots(site: &Site) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        site.url("sitemap.xml")
    )
}
