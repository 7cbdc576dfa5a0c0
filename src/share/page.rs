//! A view's page: the built `index.html` with that view's title and tags in its head. The body
//! stays the pre-rendered explainer, byte for byte, so the page reads with JavaScript off,
//! starts like the original and keeps its CSP; `static/early.js` scrolls it to the view its
//! file is named after.

use super::head::Site;
use super::{escape, ShareView};

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
