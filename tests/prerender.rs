//! The pre-rendered HTML carries every headline figure, so the page reads with JavaScript off.
#![cfg(feature = "ssr")]

use sichuan_reform::{data, prerender};

#[test]
fn prerendered_html_contains_every_headline_figure() {
    let html = prerender::render_page_now();
    let mut count = 0;
    for figure in data::headline_figures() {
        count += 1;
        assert!(
            html.contains(&format!("data-figure-id=\"{}\"", figure.id)),
            "{} has no card",
            figure.id
        );
        assert!(
            html.contains(&figure.display_value()),
            "{} value missing",
            figure.id
        );
        assert!(
            html.contains(figure.label.text()),
            "{} label missing",
            figure.id
        );
        if figure.qualifier.is_lower_bound() {
            assert!(
                html.contains(figure.qualifier.as_stated()),
                "{} qualifier missing",
                figure.id
            );
        }
    }
    assert!(
        count >= 6,
        "expected at least six headline figures, found {count}"
    );
}

#[test]
fn prerendered_html_has_no_inline_styles_or_scripts() {
    let html = prerender::render_page_now();
    assert!(
        !html.contains("style="),
        "inline style attributes break the strict CSP"
    );
    assert!(
        !html.contains("<script"),
        "inline scripts break the strict CSP"
    );
}

#[test]
fn the_page_carries_no_hydration_markers_and_every_island_its_content() {
    let html = prerender::render_page_now();
    // The browser renders the islands afresh (`browser::start_islands`): markers would be bytes
    // that nothing reads.
    assert!(!html.contains("<!--<["), "a hydration marker");
    let islands: Vec<&str> = html.split("data-island=\"").skip(1).collect();
    assert!(islands.len() >= 8, "found {} islands", islands.len());
    for island in &islands {
        // Every island but the closed source dialog shows something before the WebAssembly.
        let key = &island[..island.find('"').unwrap()];
        let body = &island[island.find('>').unwrap() + 1..];
        assert_eq!(
            body.starts_with("</div>"),
            key == "source",
            "island {key}: {body:.80}"
        );
    }
}
