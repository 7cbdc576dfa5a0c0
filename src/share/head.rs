//! The tags a crawler reads: Open Graph, the Twitter card, the canonical link and schema.org
//! JSON-LD (the explainer as a `NewsArticle`, its downloads as a `Dataset`). Open Graph wants
//! absolute addresses, so they are built from the site's address (`SITE_URL`).

use super::{escape, ShareView, IMAGE_HEIGHT, IMAGE_WIDTH};
use crate::data;
use crate::export::{CSV_FILE, JSON_FILE};
use crate::story::{DOWNLOADS_TEXT, DOWNLOADS_TITLE, HEADLINE, PUBLISHER};

/// The address the site is served at, ending in `/`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Site(String);

/// `make serve`'s address: the default, so that a local build previews correctly.
pub const DEFAULT_SITE_URL: &str = "http://127.0.0.1:8080/";

impl Site {
    /// An absolute http(s) address without query or fragment; a missing final `/` is added,
    /// since every page's address is relative to the site's folder.
    pub fn parse(url: &str) -> Result<Site, String> {
        let url = url.trim();
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))
            .ok_or_else(|| format!("SITE_URL must start with https:// or http://, not {url:?}"))?;
        let host = rest.split('/').next().unwrap_or("");
        if host.is_empty() {
            return Err(format!("SITE_URL has no host: {url:?}"));
        }
        if let Some(bad) = url.chars().find(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '?' | '#' | '"' | '<' | '>' | '\\')
        }) {
            return Err(format!("SITE_URL may not contain {bad:?}: {url:?}"));
        }
        let mut site = url.to_string();
        if !site.ends_with('/') {
            site.push('/');
        }
        Ok(Site(site))
    }

    /// Whether the site's host is this machine (localhost, 127.0.0.0/8, [::1], 0.0.0.0): share
    /// tags built for it break on every other machine, so the site step warns.
    pub fn is_loopback(&self) -> bool {
        let rest = self.0.split_once("://").map_or("", |(_, r)| r);
        let host = rest.split('/').next().unwrap_or("");
        let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
        let name = if host.starts_with('[') {
            host.split(']').next().unwrap_or("").trim_start_matches('[')
        } else {
            host.split(':').next().unwrap_or("")
        };
        let name = name.to_ascii_lowercase();
        name == "localhost"
            || name.ends_with(".localhost")
            || (name.starts_with("127.")
                && name
                    .split('.')
                    .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())))
            || name == "::1"
            || name == "0.0.0.0"
    }

    /// The site's path on its host, from `/` to the final `/` (what `_headers` rules start with).
    pub fn path(&self) -> String {
        let rest = self.0.split_once("://").map_or("", |(_, r)| r);
        rest.find('/')
            .map_or("/".into(), |at| rest[at..].to_string())
    }

    /// The absolute address of `path`, relative to the site's folder.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.0)
    }
}

/// Every tag of `view`'s head that previews and search engines read (the title and the
/// description included), in one block for `page::with_head`.
pub fn tags(view: &ShareView, site: &Site) -> String {
    let canonical = site.url(&view.path());
    let image = site.url(&view.image());
    let mut out = String::new();
    let meta = |out: &mut String, key: &str, name: &str, content: &str| {
        out.push_str(&format!(
            r#"<meta {key}="{name}" content="{}">"#,
            escape(content)
        ));
    };
    meta(&mut out, "name", "description", &view.description);
    out.push_str(&format!(
        r#"<link rel="canonical" href="{}">"#,
        escape(&canonical)
    ));
    let og = [
        ("og:type", "article".to_string()),
        ("og:site_name", HEADLINE.to_string()),
        ("og:title", view.title.to_string()),
        ("og:description", view.description.clone()),
        ("og:url", canonical.clone()),
        ("og:image", image.clone()),
        ("og:image:type", "image/png".into()),
        ("og:image:width", IMAGE_WIDTH.to_string()),
        ("og:image:height", IMAGE_HEIGHT.to_string()),
        ("og:image:alt", view.image_alt()),
    ];
    for (name, content) in og {
        meta(&mut out, "property", name, &content);
    }
    meta(&mut out, "name", "twitter:card", "summary_large_image");
    // A data block, not a script: the CSP's script-src does not apply to it.
    out.push_str(r#"<script type="application/ld+json">"#);
    out.push_str(&json_ld(view, site));
    out.push_str("</script>");
    out
}

/// The structured data: the explainer as a `NewsArticle` whose data is a `Dataset` with the
/// two downloads (the files the site step writes beside the page) as its distribution; a view's
/// page adds itself as a `WebPage` of the article.
pub fn json_ld(view: &ShareView, site: &Site) -> String {
    use serde_json::json;
    let article_id = site.url("#article");
    let dataset_id = site.url("#data");
    let image = |path: &str| json!({"@type": "ImageObject", "url": site.url(path), "width": IMAGE_WIDTH, "height": IMAGE_HEIGHT});
    let source = json!({
        "@type": "CreativeWork",
        "name": data::report_title(),
        "publisher": {"@type": "Organization", "name": PUBLISHER},
    });
    let article = json!({
        "@type": "NewsArticle",
        "@id": article_id,
        "headline": HEADLINE,
        "description": crate::story::standfirst(),
        "url": site.url(""),
        "mainEntityOfPage": site.url(""),
        "inLanguage": "en",
        "image": image(&super::views()[0].image()),
        "isBasedOn": source,
        "hasPart": {"@id": dataset_id},
    });
    let download = |file: &str, format: &str| json!({"@type": "DataDownload", "name": file, "encodingFormat": format, "contentUrl": site.url(file)});
    let dataset = json!({
        "@type": "Dataset",
        "@id": dataset_id,
        "name": format!("{DOWNLOADS_TITLE}: {}", data::report_title()),
        "description": DOWNLOADS_TEXT,
        "url": site.url("#downloads"),
        "isPartOf": {"@id": article_id},
        "isBasedOn": source,
        "distribution": [download(CSV_FILE, "text/csv"), download(JSON_FILE, "application/json")],
    });
    let mut graph = Vec::new();
    if view.id.is_some() {
        let url = site.url(&view.path());
        graph.push(json!({
            "@type": "WebPage",
            "@id": url,
            "url": url,
            "name": view.title,
            "description": view.description,
            "primaryImageOfPage": image(&view.image()),
            "isPartOf": {"@id": article_id},
        }));
    }
    graph.push(article);
    graph.push(dataset);
    let ld = json!({"@context": "https://schema.org", "@graph": graph});
    // `<` only occurs inside strings, where `\u003c` means the same: no string can end the
    // `<script>` element the data sits in.
    ld.to_string().replace('<', "\\u003c")
}
