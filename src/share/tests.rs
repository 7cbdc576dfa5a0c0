use super::head::{json_ld, tags, Site};
use super::page::{robots, sitemap};
use super::*;
use crate::charts::text::text_width;

fn site() -> Site {
    Site::parse("https://example.org/graphics/sichuan").unwrap()
}

#[test]
fn the_explainer_comes_first_then_every_embeddable_view_once() {
    let views = views();
    assert_eq!(views[0].id, None);
    assert_eq!(views[0].file(), "index.html");
    let ids: Vec<_> = views[1..].iter().filter_map(|v| v.id).collect();
    assert_eq!(ids, embed_views().collect::<Vec<_>>());
    let mut images: Vec<_> = views.iter().map(ShareView::image).collect();
    images.sort();
    images.dedup();
    assert_eq!(images.len(), views.len(), "every page has its own image");
}

#[test]
fn a_sections_view_says_what_the_section_says() {
    for view in views().iter().filter(|v| v.id.is_some()) {
        let id = view.id.unwrap();
        if let Some(part) = story::part(id) {
            assert_eq!(view.title, part.title());
            let first = crate::story::paragraphs(part.id)[0]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            assert!(
                first.starts_with(&view.description),
                "{id}: {}",
                view.description
            );
        }
        assert!(view.description.ends_with('.'), "{id}: whole sentences");
        assert!(view.document_title().starts_with(view.title));
        assert!(
            view.image_alt().len() > view.title.len() + 20,
            "{id}: alt says what the image shows"
        );
    }
}

#[test]
fn descriptions_keep_whole_sentences_and_decimal_points() {
    assert_eq!(
        sentences("It cost RMB 3.6 billion. Then more. And more.", 30),
        "It cost RMB 3.6 billion."
    );
    assert_eq!(
        sentences("It cost RMB 3.6 billion. Then more.", 40),
        "It cost RMB 3.6 billion. Then more."
    );
    // A first sentence longer than the limit is kept whole rather than cut.
    assert_eq!(
        sentences("A very long first sentence. B.", 5),
        "A very long first sentence."
    );
    assert_eq!(sentences("No full stop", 5), "No full stop");
}

#[test]
fn the_site_address_must_be_absolute_and_plain() {
    assert_eq!(
        site().url("swjtu.html"),
        "https://example.org/graphics/sichuan/swjtu.html"
    );
    assert_eq!(
        Site::parse("http://127.0.0.1:8080/").unwrap().url(""),
        "http://127.0.0.1:8080/"
    );
    for bad in [
        "",
        "example.org",
        "/graphics/",
        "ftp://x/",
        "https://",
        "https://x/?a=1",
        "https://x/#a",
        "https://x/a b",
    ] {
        assert!(Site::parse(bad).is_err(), "{bad:?} accepted");
    }
}

/// The attribute values of the tags `<meta {key}="{name}" content="…">` in `html`.
fn meta<'a>(html: &'a str, key: &str, name: &str) -> Vec<&'a str> {
    let start = format!(r#"<meta {key}="{name}" content=""#);
    html.match_indices(&start)
        .map(|(at, _)| {
            let rest = &html[at + start.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect()
}

#[test]
fn every_page_has_each_tag_once_with_absolute_addresses() {
    let site = site();
    for view in views() {
        let html = tags(&view, &site);
        let one = |key, name| {
            let found = meta(&html, key, name);
            assert_eq!(found.len(), 1, "{name} in {}", view.file());
            found[0].to_string()
        };
        let url = one("property", "og:url");
        assert_eq!(url, site.url(&view.path()));
        assert!(html.contains(&format!(r#"<link rel="canonical" href="{url}">"#)));
        assert_eq!(one("property", "og:image"), site.url(&view.image()));
        assert_eq!(one("property", "og:image:width"), "1200");
        assert_eq!(one("property", "og:image:height"), "630");
        assert_eq!(one("property", "og:title"), escape(view.title));
        assert_eq!(one("name", "description"), escape(&view.description));
        assert_eq!(one("name", "twitter:card"), "summary_large_image");
        for name in ["og:type", "og:site_name", "og:description", "og:image:alt"] {
            assert!(!one("property", name).is_empty(), "{name}");
        }
    }
}

#[test]
fn the_structured_data_is_an_article_with_its_data_set() {
    let site = site();
    for view in views() {
        let ld: serde_json::Value = serde_json::from_str(&json_ld(&view, &site)).unwrap();
        assert_eq!(ld["@context"], "https://schema.org");
        let graph = ld["@graph"].as_array().unwrap();
        let of = |t: &str| {
            graph
                .iter()
                .find(|n| n["@type"] == t)
                .unwrap_or_else(|| panic!("no {t}"))
        };
        let article = of("NewsArticle");
        assert_eq!(article["headline"], story::HEADLINE);
        assert_eq!(article["url"], site.url(""));
        assert_eq!(article["image"]["url"], site.url("share/explainer.png"));
        let dataset = of("Dataset");
        assert_eq!(article["hasPart"]["@id"], dataset["@id"]);
        let urls: Vec<_> = dataset["distribution"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["contentUrl"].as_str().unwrap())
            .collect();
        assert_eq!(
            urls,
            [
                site.url("sichuan-reform-figures.csv"),
                site.url("sichuan-reform-figures.json")
            ]
        );
        if view.id.is_some() {
            let page = of("WebPage");
            assert_eq!(page["url"], site.url(&view.path()));
            assert_eq!(page["isPartOf"]["@id"], article["@id"]);
        }
    }
}

#[test]
fn no_text_can_close_the_json_ld_script() {
    let site = Site::parse("https://example.org/</script>/").unwrap_err();
    assert!(site.contains("may not contain"));
    let ld = json_ld(&views()[0], &self::site());
    assert!(!ld.contains('<'));
}

#[test]
fn sitemap_and_robots_name_every_page_absolutely() {
    let views = views();
    let map = sitemap(&views, &site());
    assert_eq!(map.matches("<loc>").count(), views.len());
    assert!(map.contains("<loc>https://example.org/graphics/sichuan/swjtu.html</loc>"));
    assert!(robots(&site()).contains("Sitemap: https://example.org/graphics/sichuan/sitemap.xml\n"));
}

#[test]
fn the_cards_text_fits_the_image() {
    for view in views() {
        let svg = card::svg(&view);
        let (lines, px) = card::title_lines(view.title);
        assert!(lines.len() <= 2, "{}: {lines:?}", view.title);
        for line in &lines {
            assert!(text_width(line, px, true) <= 1080.0, "{line}");
            assert!(svg.contains(&format!(">{}</text>", escape(line))), "{line}");
        }
        assert!(svg.contains(&escape(&card::source_line())));
        assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>"));
        if let Visual::Chart(_) | Visual::Timeline = view.visual {
            assert_eq!(
                svg.matches("<svg").count(),
                2,
                "{}: the chart's own SVG",
                view.title
            );
        }
    }
}

#[test]
fn the_card_is_the_same_every_time() {
    for view in views() {
        assert_eq!(card::svg(&view), card::svg(&view));
    }
}

#[test]
fn a_loopback_site_url_is_recognised_and_a_public_one_is_not() {
    for url in [
        "http://127.0.0.1:8080/",
        "http://localhost/",
        "http://LOCALHOST:3000/x/",
        "http://[::1]:8080/",
        "http://0.0.0.0/",
        "http://127.1.2.3/",
        "http://user@localhost/",
    ] {
        assert!(Site::parse(url).unwrap().is_loopback(), "{url}");
    }
    for url in [
        "https://example.org/explainer/",
        "https://127.example.org/",
        "https://localhost.example.org/",
        "http://10.0.0.1/",
    ] {
        assert!(!Site::parse(url).unwrap().is_loopback(), "{url}");
    }
}
