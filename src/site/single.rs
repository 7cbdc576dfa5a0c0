//! `dist/sichuan-reform-explainer.html`: the whole explainer in one file that works from
//! file:// with no network: the CSS in `<style>`, the glue and the WebAssembly (base64) in one
//! inline module script, the linked files (data downloads, accessibility report) as data: URLs,
//! and a CSP meta that allows exactly those inline blocks by their SHA-256.

use std::cell::{Cell, RefCell};
use std::path::Path;

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use lol_html::html_content::ContentType;
use sha2::{Digest, Sha256};

use super::assets::{located, logical_name};
use super::glue::{exports, ident};
use super::html::{attributes, on, rewrite};
use super::{read, text, write, GLUE, SINGLE, WASM};

fn sha256_base64(text: &str) -> String {
    BASE64.encode(Sha256::digest(text.as_bytes()))
}

/// The glue without its export statement, started synchronously from the embedded bytes (no
/// fetch) by initSync's local name; on any failure the pre-rendered page stays readable and the
/// notice says the interactive parts are unavailable (as loader.js does).
fn app_script(root: &Path, keep_names: bool) -> Result<String, String> {
    let mut glue = text(root, &located(root, GLUE)?)?;
    // wasm-bindgen's debug glue (make build-names) also exports its memory for debuggers.
    if keep_names {
        glue = glue.replace("export { wasm as __wasm };", "");
    }
    let found = exports(&glue)?;
    let init = found
        .local("initSync")
        .ok_or(format!("{GLUE} does not export initSync"))?;
    let glue = glue.replace(&found.statement, "");
    // Any other import or export statement: `import(` and `import.meta` are expressions.
    let statement = |kw: &str| {
        (glue.match_indices(kw)).any(|(at, _)| {
            // A statement starts the glue or a line, or follows `;`, `{` or `}`.
            let before = glue[..at].trim_end_matches([' ', '\t']);
            let after = glue[at + kw.len()..].trim_start();
            (before.is_empty() || before.ends_with([';', '{', '}', '\n', '\r']))
                && !after.starts_with(['.', '(', ':'])
                && !glue[at + kw.len()..].starts_with(ident)
        })
    };
    if statement("import") || statement("export") {
        return Err(format!(
            "{GLUE} has imports or exports the single file cannot inline"
        ));
    }
    if glue.to_lowercase().contains("</script") {
        return Err(format!("{GLUE} contains \"</script\""));
    }
    let wasm = BASE64.encode(read(root, &located(root, WASM)?)?);
    Ok(format!(
        r#"{glue}
// Single-file start: the WebAssembly is embedded below; on any failure the pre-rendered page
// stays readable and the notice says the interactive parts are unavailable (as loader.js does).
((initSync) => {{
  // The mark loader.js sets: early.js shows the notice at load on a page without it.
  document.documentElement.setAttribute('data-app', 'loading');
  try {{
    const text = atob("{wasm}");
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    initSync({{ module: bytes }});
  }} catch (err) {{
    console.warn('Interactive explainer unavailable:', err);
    const notice = document.getElementById('app-notice');
    if (notice) notice.hidden = false;
  }}
}})({init});
"#
    ))
}

pub fn write_single(root: &Path, keep_names: bool) -> Result<(), String> {
    let page = text(root, "index.html")?;
    let app = app_script(root, keep_names)?;
    let early = text(root, &located(root, "early.js")?)?;
    if early.to_lowercase().contains("</script") {
        return Err("early.js contains \"</script\"".into());
    }
    let styles = RefCell::new(Vec::new());
    let failure = RefCell::new(None::<String>);
    let scripts = Cell::new(0);
    let fail = |message: String| {
        failure.borrow_mut().get_or_insert(message);
    };
    // The stylesheets inline, every other link of the head dropped (preloads, the manifest, the
    // icon: nothing to fetch), the two scripts inline; links to files beside the page (the data
    // downloads, the accessibility report) as data: URLs, each a download (a browser will not
    // open a data: URL as a page), named as the file.
    let single = rewrite(
        &page,
        vec![
            (
                "link",
                on(|el| {
                    let rel = el.get_attribute("rel").unwrap_or_default();
                    if !rel
                        .split_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("stylesheet"))
                    {
                        el.remove();
                        return Ok(());
                    }
                    let file = el.get_attribute("href").unwrap_or_default();
                    match text(root, file.trim_start_matches("./")) {
                        Ok(css) if css.to_lowercase().contains("</style") => {
                            fail(format!("{file} contains \"</style\""))
                        }
                        Ok(css) if refers_elsewhere(&css) => {
                            fail(format!("{file} refers to another file with url()"))
                        }
                        Ok(css) => {
                            el.replace(&format!("<style>{css}</style>"), ContentType::Html);
                            styles.borrow_mut().push(css);
                        }
                        Err(err) => fail(err),
                    }
                    Ok(())
                }),
            ),
            (
                "script[src]",
                on(|el| {
                    let src = el.get_attribute("src").unwrap_or_default();
                    match &logical_name(&src)[..] {
                        "early.js" => {
                            el.replace(&format!("<script>{early}</script>"), ContentType::Html)
                        }
                        "loader.js" => {
                            scripts.set(scripts.get() + 1);
                            el.replace(
                                &format!(r#"<script type="module">{app}</script>"#),
                                ContentType::Html,
                            );
                        }
                        _ => fail(format!("unexpected script in index.html: {src}")),
                    }
                    Ok(())
                }),
            ),
            (
                "a[type][href]",
                on(|el| {
                    let href = el.get_attribute("href").unwrap_or_default();
                    if ["data:", "http:", "https:", "#"]
                        .iter()
                        .any(|p| href.starts_with(p))
                    {
                        return Ok(());
                    }
                    let file = href.trim_start_matches("./").to_string();
                    let kind = el.get_attribute("type").unwrap_or_default();
                    match read(root, &file) {
                        Ok(bytes) => {
                            el.set_attribute(
                                "href",
                                &format!("data:{kind};base64,{}", BASE64.encode(bytes)),
                            )?;
                            if !el.has_attribute("download") {
                                el.set_attribute("download", &file)?;
                            }
                        }
                        Err(err) => fail(err),
                    }
                    Ok(())
                }),
            ),
        ],
    )?;
    if let Some(message) = failure.into_inner() {
        return Err(message);
    }
    if scripts.get() != 1 {
        return Err(format!(
            "expected one loader.js script in index.html, found {}",
            scripts.get()
        ));
    }
    let csp = [
        "default-src 'none'".to_string(),
        format!(
            "script-src 'sha256-{}' 'sha256-{}' 'wasm-unsafe-eval'",
            sha256_base64(&early),
            sha256_base64(&app)
        ),
        format!(
            "style-src {}",
            (styles.borrow().iter())
                .map(|css| format!("'sha256-{}'", sha256_base64(css)))
                .collect::<Vec<_>>()
                .join(" ")
        ),
        // Chart PNG exports draw the SVG through a blob: image; downloads are data: and blob:.
        "img-src data: blob:".into(),
        "base-uri 'none'".into(),
        "form-action 'none'".into(),
    ]
    .join("; ");
    let metas = Cell::new(0);
    let single = rewrite(
        &single,
        vec![(
            r#"meta[http-equiv="Content-Security-Policy" i]"#,
            on(|el| {
                metas.set(metas.get() + 1);
                let meta =
                    format!(r#"<meta http-equiv="Content-Security-Policy" content="{csp}">"#);
                el.replace(&meta, ContentType::Html);
                Ok(())
            }),
        )],
    )?;
    if metas.get() != 1 {
        return Err(format!(
            "expected one CSP meta in index.html, found {}",
            metas.get()
        ));
    }
    // Nothing may be fetched: no src or href left but fragments, data: and absolute links (<a>),
    // and an embed's link back to the whole page ("?#view": this file, without its query).
    let mut refs = attributes(&single, "[src]", "src")?;
    refs.extend(attributes(&single, "[href]:not(a)", "href")?);
    refs.retain(|u| !u.starts_with('#') && !u.starts_with("data:"));
    let links = attributes(&single, "a[href]", "href")?;
    refs.extend(links.into_iter().filter(|u| {
        !["#", "data:", "http:", "https:", "?#"]
            .iter()
            .any(|p| u.starts_with(p))
    }));
    if !refs.is_empty() {
        return Err(format!(
            "the single file still refers to other files: {refs:?}"
        ));
    }
    write(root, SINGLE, single.as_bytes())?;
    println!("site: {SINGLE}: {:.1} KB raw", single.len() as f64 / 1024.0);
    Ok(())
}

/// Whether a stylesheet names another file (`url(` to anything but data: or a fragment).
fn refers_elsewhere(css: &str) -> bool {
    (css.to_ascii_lowercase().match_indices("url("))
        .map(|(at, _)| css[at + 4..].trim_start().trim_start_matches(['"', '\'']))
        .any(|target| !target.starts_with("data:") && !target.starts_with('#'))
}
