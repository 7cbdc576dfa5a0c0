//! Every edit the site step makes to a page, through lol_html, a streaming HTML rewriter that
//! parses the markup as a browser does (minified, unquoted attributes included), so no edit
//! depends on how Trunk happened to write a tag.

use std::cell::{Cell, RefCell};

use std::borrow::Cow;

use lol_html::html_content::{ContentType, Element};
use lol_html::{rewrite_str, ElementContentHandlers, RewriteStrSettings, Selector};

use crate::data::{content, words};
use crate::share::head::{tags, Site};
use crate::share::{escape, ShareView};

type Handler<'h> = Box<dyn FnMut(&mut Element) -> lol_html::HandlerResult + 'h>;

/// `html` with `handlers` (selector, handler) applied.
pub fn rewrite(html: &str, handlers: Vec<(&str, Handler)>) -> Result<String, String> {
    let mut settings = RewriteStrSettings::new();
    for (selector, mut handler) in handlers {
        let parsed: Selector =
            (selector.parse()).map_err(|e| format!("selector {selector}: {e}"))?;
        let handlers =
            ElementContentHandlers::default().element(move |el: &mut Element| handler(el));
        settings = settings.append_element_content_handler((Cow::Owned(parsed), handlers));
    }
    rewrite_str(html, settings).map_err(|err| format!("rewriting HTML: {err}"))
}

/// A handler from a closure (the box and its lifetime, written once).
pub fn on<'h>(f: impl FnMut(&mut Element) -> lol_html::HandlerResult + 'h) -> Handler<'h> {
    Box::new(f)
}

/// The values of `attribute` on the elements `selector` matches, in document order.
pub fn attributes(html: &str, selector: &str, attribute: &str) -> Result<Vec<String>, String> {
    let found = RefCell::new(Vec::new());
    rewrite(
        html,
        vec![(
            selector,
            on(|el| {
                found.borrow_mut().extend(el.get_attribute(attribute));
                Ok(())
            }),
        )],
    )?;
    Ok(found.into_inner())
}

/// Trunk's output made the page: its `<link data-trunk>` build instructions removed, the skip
/// link's and the notice's words written in from the content file, and the rendered app put in
/// the empty root element, followed by the islands' words (a data block,
/// never run, so the strict CSP has nothing to say about it). Fails unless there is exactly
/// one root and the page is not rendered already (its words list is there): a second render
/// would leave the islands over something else.
pub fn with_app(shell: &str, body: &str) -> Result<String, String> {
    let roots = Cell::new(0);
    let words_in = Cell::new(0);
    let filled = Cell::new(false);
    let words = format!(
        r#"<script type="application/json" id="{}">{}</script>"#,
        words::ELEMENT_ID,
        words::JSON
    );
    let page = rewrite(
        shell,
        vec![
            (
                "link[data-trunk]",
                on(|el| {
                    el.remove();
                    Ok(())
                }),
            ),
            (
                &format!("#{}", words::ELEMENT_ID),
                on(|_| {
                    filled.set(true);
                    Ok(())
                }),
            ),
            (
                "a.skip-link",
                on(|el| {
                    words_in.set(words_in.get() + 1);
                    el.set_inner_content(content::PAGE_WORDS_SKIP_LINK, ContentType::Text);
                    Ok(())
                }),
            ),
            (
                "#app-notice",
                on(|el| {
                    words_in.set(words_in.get() + 1);
                    let notice = format!(
                        r#"{} <button type="button">{}</button>"#,
                        escape(content::PAGE_WORDS_NOTICE),
                        escape(content::PAGE_WORDS_NOTICE_DISMISS)
                    );
                    el.set_inner_content(&notice, ContentType::Html);
                    Ok(())
                }),
            ),
            (
                "#app",
                on(|el| {
                    roots.set(roots.get() + 1);
                    el.set_inner_content(body, ContentType::Html);
                    el.after(&words, ContentType::Html);
                    Ok(())
                }),
            ),
        ],
    )?;
    if filled.get() {
        return Err("the page is rendered already: build it again from scratch".into());
    }
    if words_in.get() != 2 {
        return Err("expected one a.skip-link and one #app-notice for the shell's words".into());
    }
    match roots.get() {
        1 => Ok(page),
        n => Err(format!("expected one root element (#app), found {n}")),
    }
}

/// The page for `view`: its title, then the share tags of `share::head` (description, canonical
/// link, Open Graph, Twitter card, JSON-LD). Fails on a page that has them already, or that
/// has no single title.
pub fn with_head(shell: &str, view: &ShareView, site: &Site) -> Result<String, String> {
    let titles = Cell::new(0);
    let tagged = Cell::new(false);
    let head = format!(
        "<title>{}</title>{}",
        escape(&view.document_title()),
        tags(view, site)
    );
    let page = rewrite(
        shell,
        vec![
            (
                r#"meta[property="og:title"], meta[name="description"]"#,
                on(|_| {
                    tagged.set(true);
                    Ok(())
                }),
            ),
            (
                "title",
                on(|el| {
                    titles.set(titles.get() + 1);
                    el.replace(&head, ContentType::Html);
                    Ok(())
                }),
            ),
        ],
    )?;
    if tagged.get() {
        return Err("the page has share tags or a description already: build it again".into());
    }
    match titles.get() {
        1 => Ok(page),
        n => Err(format!(
            "expected exactly one <title> in the page, found {n}"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share::views;

    fn site() -> Site {
        Site::parse("https://example.org/explainer/").unwrap()
    }

    #[test]
    fn a_views_page_is_the_shell_with_its_own_head_once() {
        let shell = "<html><head><meta charset=utf-8><title>Old</title><link rel=stylesheet href=style.css></head><body><div id=app>Body</div></body></html>";
        let view = &views()[5];
        let page = with_head(shell, view, &site()).unwrap();
        assert!(page.contains(&format!(
            "<title>{}</title>",
            escape(&view.document_title())
        )));
        assert!(!page.contains("Old"));
        assert!(page.ends_with(
            "<link rel=stylesheet href=style.css></head><body><div id=app>Body</div></body></html>"
        ));
        assert!(
            with_head(&page, view, &site()).is_err(),
            "a second run would stack the tags"
        );
        assert!(with_head("<head></head>", view, &site()).is_err());
        let described = shell.replace("<title>", r#"<meta name="description" content="x"><title>"#);
        assert!(with_head(&described, view, &site()).is_err());
    }

    #[test]
    fn the_app_goes_into_the_one_root_with_its_words_and_trunks_links_go() {
        // As Trunk's minifier writes it: unquoted attributes.
        let shell = r#"<head><link data-trunk rel=rust href=x><link rel=manifest href=m></head><body><a class=skip-link href=#main></a><p id=app-notice hidden></p><div id=app></div></body>"#;
        let page = with_app(shell, "<main>Story</main>").unwrap();
        assert!(page.contains(
            "<div id=app><main>Story</main></div><script type=\"application/json\" id=\"words\">"
        ));
        assert!(!page.contains("data-trunk") && page.contains("<link rel=manifest href=m>"));
        assert!(
            with_app(&page, "<main>Again</main>").is_err(),
            "rendered twice"
        );
        assert!(page.contains(&format!(">{}</a>", content::PAGE_WORDS_SKIP_LINK)));
        assert!(page.contains(&format!("{} <button", escape(content::PAGE_WORDS_NOTICE))));
        let words = "<a class=skip-link></a><p id=app-notice></p>";
        assert!(with_app(&format!("{words}<body></body>"), "x").is_err());
        assert!(with_app(&format!("{words}<div id=app></div><div id=app></div>"), "x").is_err());
        assert!(
            with_app("<div id=app></div>", "x").is_err(),
            "no place for the words"
        );
    }
}
