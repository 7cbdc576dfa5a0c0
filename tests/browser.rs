//! In-browser tests (wasm-bindgen-test in headless Chromium): the app mounts, and rendering the
//! islands over the server-rendered HTML reproduces it: the browser replaces each island's
//! pre-rendered copy, so any difference would be a visible change.
#![cfg(target_arch = "wasm32")]

use sichuan_reform::story::{self, STORY};
use sichuan_reform::{browser, components, data, prerender, App};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;
use yew::Renderer;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_root() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

/// Lets yew's scheduler run the first render and its effects.
async fn settle() {
    for _ in 0..3 {
        yew::platform::time::sleep(std::time::Duration::from_millis(10)).await;
    }
}

fn card_ids(root: &Element) -> Vec<String> {
    // The cards a reader sees by default: not those folded under a part's prose (tables and
    // chart marks carry the attribute too, but are not `li.card`).
    let cards = root.query_selector_all("li.card[data-figure-id]").unwrap();
    (0..cards.length())
        .filter_map(|i| cards.item(i))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .filter(|el| el.closest("details.more-figures").ok().flatten().is_none())
        .filter_map(|el| el.get_attribute("data-figure-id"))
        .collect()
}

/// A copy of `root` without its SVG drawings: once started, the charts and the timeline are
/// redrawn at the width they actually get (the pre-render assumes a default width), which is
/// meant to change their SVG, and only their SVG.
fn without_drawings(root: &Element) -> Element {
    let copy: Element = root.clone_node_with_deep(true).unwrap().dyn_into().unwrap();
    let drawings = copy
        .query_selector_all(".chart-svg, .chart-hits, .tl-svg, svg")
        .unwrap();
    for i in 0..drawings.length() {
        if let Some(node) = drawings.item(i) {
            if let Some(parent) = node.parent_node() {
                let _ = parent.remove_child(&node);
            }
        }
    }
    copy
}

fn markup_outside_charts(root: &Element) -> String {
    without_drawings(root).inner_html()
}

/// Puts the page's words list in the document, as the pre-renderer does, and installs it as
/// start-up does (the islands' words are not in the WebAssembly; `data::words`).
fn install_words() {
    let document = web_sys::window().unwrap().document().unwrap();
    if document
        .get_element_by_id(data::words::ELEMENT_ID)
        .is_none()
    {
        let block = document.create_element("script").unwrap();
        block.set_attribute("type", "application/json").unwrap();
        block.set_id(data::words::ELEMENT_ID);
        block.set_text_content(Some(data::words::JSON));
        document.body().unwrap().append_child(&block).unwrap();
        assert!(browser::install_words(), "the words list installs");
    }
    assert!(!data::FIGURES[0].label.text().is_empty());
}

/// The report's headline figures that no chart draws (a drawn one is a mark, its card a row of
/// the chart's table), sorted: the page orders them by part, the province's after the city's.
fn expected_card_ids() -> Vec<String> {
    let mut ids: Vec<String> = data::headline_figures()
        .filter(|f| components::home_chart(f).is_none())
        .map(|f| f.id.to_string())
        .collect();
    ids.sort_unstable();
    ids
}

/// `card_ids`, sorted.
fn sorted(mut ids: Vec<String>) -> Vec<String> {
    ids.sort_unstable();
    ids
}

#[wasm_bindgen_test]
async fn app_mounts_with_every_card() {
    install_words();
    let root = fresh_root();
    let handle = Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    assert_eq!(sorted(card_ids(&root)), expected_card_ids());
    let h1 = root
        .query_selector("h1")
        .unwrap()
        .expect("the app renders a heading");
    assert!(!h1.text_content().unwrap_or_default().trim().is_empty());
    handle.destroy();
}

#[wasm_bindgen_test]
async fn rendering_the_islands_reproduces_the_server_rendered_page() {
    install_words();
    // The page exactly as the pre-renderer writes it into index.html, parsed as a browser would.
    let html = prerender::render_page().await;
    let root = fresh_root();
    root.set_inner_html(&html);
    let before = markup_outside_charts(&root);
    let islands_before = root.query_selector_all("[data-island] *").unwrap().length();
    assert!(islands_before > 100, "{islands_before} elements in islands");

    // Every element of every island is new after this, so the markup must match to the byte.
    let document_element = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap();
    document_element.remove_attribute("data-hydrated").unwrap();
    browser::start_islands(root.clone()).await;
    settle().await;

    let after = markup_outside_charts(&root);
    if after != before {
        let (before, after): (Vec<char>, Vec<char>) =
            (before.chars().collect(), after.chars().collect());
        let at = (before.iter().zip(&after))
            .position(|(a, b)| a != b)
            .unwrap_or(before.len().min(after.len()));
        let around = |text: &[char]| -> String {
            text[at.saturating_sub(120)..(at + 120).min(text.len())]
                .iter()
                .collect()
        };
        panic!(
            "the islands' markup changed at character {at}:\nbefore: {}\nafter:  {}",
            around(&before),
            around(&after)
        );
    }
    assert_eq!(sorted(card_ids(&root)), expected_card_ids());
    let marked = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap();
    assert_eq!(
        marked.get_attribute("data-hydrated").as_deref(),
        Some("true")
    );
    // The page has every island it should: each story chart and the lead graphic (whose action
    // row holds its part's Embed button), the Embed button of each part without a chart of its
    // own, the timeline and its Embed button, and the source dialog. (The downloads are plain
    // links.)
    let islands = root.query_selector_all("[data-island]").unwrap().length() as usize;
    let charts = STORY.iter().filter(|s| s.chart.is_some()).count();
    let ends = STORY.iter().filter(|s| story::embeds_at_end(s)).count();
    assert_eq!(islands, charts + 1 + ends + 3);
}
