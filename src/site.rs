//! The site step: everything the site needs after Trunk, in one native pass (`site` binary,
//! `make build`). Trunk leaves `dist/` with its shell page, the WebAssembly and its glue, the
//! stylesheets and the static files; this step
//!
//! 1. renders the page into the shell, writes the early script's lists of views and the data
//!    downloads (`render`);
//! 2. writes each view's page and share image, the sitemap, robots.txt and the manifest's words
//!    (`share`), and `accessibility.txt`;
//! 3. gives the WebAssembly's imports and exports short names (binaryen's pass, `names`), and
//!    minifies the scripts (terser, `minify`: the one JavaScript step);
//! 4. gives the loaded files content-hashed names in `assets/` (`assets`);
//! 5. writes the service worker, the single-file build, the precompressed copies and `_headers`
//!    (`host`, `single`).
//!
//! Steps 3 to 5 (`finish`) may run again on their own output and change nothing but what
//! changed (the offline tests do). Every HTML edit goes through an HTML rewriter (`html`).

pub mod assets;
mod glue;
pub mod host;
pub mod html;
mod minify;
pub mod names;
mod single;

use std::fs;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::share::{self, card, head::Site, raster};

/// The single-file build: an offline download, which nothing fetches unasked.
pub const SINGLE: &str = "sichuan-reform-explainer.html";
/// The accessibility report beside the page, which the footer links to.
pub const ACCESSIBILITY: &str = "accessibility.txt";
/// Files a reader rarely needs: the host pages' script and the accessibility report.
const RARELY_NEEDED: [&str; 2] = ["embed.js", ACCESSIBILITY];
const GLUE: &str = "sichuan-reform.js";
const WASM: &str = "sichuan-reform_bg.wasm";

/// Steps 1 and 2, from Trunk's output.
pub fn render(root: &Path, site: &Site) -> Result<(), String> {
    let shell = text(root, "index.html")?;
    let body = crate::prerender::render_page_now();
    write(
        root,
        "index.html",
        html::with_app(&shell, &body)?.as_bytes(),
    )?;
    println!(
        "site: rendered {} bytes of HTML into index.html",
        body.len()
    );
    let early = crate::prerender::early_script(&text(root, "early.js")?)?;
    write(root, "early.js", early.as_bytes())?;
    for (name, contents) in crate::export::files() {
        write(root, name, contents.as_bytes())?;
    }
    let views = share::views();
    let shell = text(root, "index.html")?;
    // Every page from the one shell, index.html last since it is the shell.
    let pages = (views.iter())
        .map(|view| Ok((view.file(), html::with_head(&shell, view, site)?)))
        .collect::<Result<Vec<_>, String>>()?;
    for (file, page) in &pages {
        write(root, file, page.as_bytes())?;
    }
    // A retired view's old page (`military.html`) is the page of the view that now holds it, so
    // links shared before the change still open there; the sitemap lists only the new one.
    for (old, new) in crate::view::retired_views() {
        let (_, page) = (pages.iter())
            .find(|(file, _)| *file == format!("{new}.html"))
            .ok_or_else(|| format!("no page for {new}, which holds the retired {old}"))?;
        write(root, &format!("{old}.html"), page.as_bytes())?;
    }
    let fonts = raster::fonts()?;
    for view in &views {
        write(root, &view.image(), &raster::png(&card::svg(view), &fonts)?)?;
    }
    let manifest = share::manifest::with_words(&text(root, "manifest.webmanifest")?)?;
    write(root, "manifest.webmanifest", manifest.as_bytes())?;
    write(
        root,
        "sitemap.xml",
        share::page::sitemap(&views, site).as_bytes(),
    )?;
    write(root, "robots.txt", share::page::robots(site).as_bytes())?;
    let report = concat!(env!("CARGO_MANIFEST_DIR"), "/ACCESSIBILITY.md");
    write(
        root,
        ACCESSIBILITY,
        &fs::read(report).map_err(|e| format!("{report}: {e}"))?,
    )?;
    println!(
        "site: {} pages and share images for {}",
        views.len(),
        site.url("")
    );
    Ok(())
}

/// Steps 3 to 5. `keep_names`: the glue and the WebAssembly's names stay as wasm-bindgen wrote
/// them (`make build-names`, for the engine soak: a trap's stack can then be read).
pub fn finish(root: &Path, site: &Site, keep_names: bool) -> Result<(), String> {
    assets::merge_stylesheets(root)?;
    let glue = root.join(assets::located(root, GLUE)?);
    if keep_names {
        println!("site: KEEP_NAMES=1: glue not minified, wasm names kept");
    } else {
        let source = text(root, &assets::located(root, GLUE)?)?;
        // The renamed wasm goes in place only once the glue fits it: a failure leaves both as
        // they were, for the next run to rename together.
        let wasm = root.join(assets::located(root, WASM)?);
        let renamed = root.join(".names.wasm");
        let glue_code = names::minify_wasm(&wasm, &renamed)
            .and_then(|renames| Ok((names::rename_glue(&source, &renames)?, renames)));
        let (glue_code, renames) = glue_code.inspect_err(|_| {
            let _ = fs::remove_file(&renamed);
        })?;
        fs::write(&glue, glue_code).map_err(|e| e.to_string())?;
        fs::rename(&renamed, &wasm).map_err(|e| e.to_string())?;
        minify::minify(&[&glue], minify::Kind::Module)?;
        let after = text(root, &assets::located(root, GLUE)?)?;
        if glue::exports(&after)?.names() != glue::exports(&source)?.names() {
            return Err(format!("{GLUE}: minifying changed its exports"));
        }
        let renamed = renames.iter().filter(|r| r.from != r.to).count();
        println!("site: {renamed} wasm import, module and export names shortened (binaryen)");
    }
    // The start-up scripts too (their comments are for us): early.js classic, loader.js a module.
    minify::minify(
        &[&root.join(assets::located(root, "early.js")?)],
        minify::Kind::Classic,
    )?;
    minify::minify(
        &[&root.join(assets::located(root, "loader.js")?)],
        minify::Kind::Module,
    )?;
    assets::hash_names(root, &[SINGLE])?;
    host::service_worker(root)?;
    single::write_single(root, keep_names)?;
    host::precompress(root)?;
    host::headers(root, site)?;
    Ok(())
}

/// Every file of `root` (relative, with `/`), sorted, each folder's in name order; not the
/// precompressed copies nor `_headers`, which are the host's, not the site's.
pub fn files(root: &Path) -> Result<Vec<String>, String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        for name in names {
            let path = dir.join(&name);
            if path.is_dir() {
                walk(root, &path, out)?;
            } else if !host::is_precompressed(&name) && name != "_headers" {
                let rel = path.strip_prefix(root).map_err(|e| e.to_string())?;
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(root, root, &mut out)?;
    Ok(out)
}

/// A view's page: an .html file beside index.html other than the explainer's own two.
pub fn is_view_page(file: &str) -> bool {
    file.ends_with(".html") && !file.contains('/') && file != "index.html" && file != SINGLE
}

/// A file only link previews and crawlers fetch: the view pages, the share images, sitemap.xml
/// and robots.txt. No visit fetches them: not precached, and not in the size budget.
pub fn is_crawler_only(file: &str) -> bool {
    is_view_page(file)
        || file.starts_with("share/")
        || file == "sitemap.xml"
        || file == "robots.txt"
}

/// Files a first visit does not fetch: the single-file build, the data downloads (the page's
/// `download` links), the rarely needed files and the crawlers' files.
pub fn on_demand(root: &Path) -> Result<Vec<String>, String> {
    let page = text(root, "index.html")?;
    let downloads = html::attributes(&page, "a[download][href]", "href")?;
    let mut out: Vec<String> = [SINGLE]
        .iter()
        .chain(&RARELY_NEEDED)
        .map(|s| s.to_string())
        .collect();
    out.extend(
        (downloads.iter())
            .filter(|h| !h.starts_with("data:") && !h.starts_with("http") && !h.starts_with('#'))
            .map(|h| h.trim_start_matches("./").to_string()),
    );
    out.extend(files(root)?.into_iter().filter(|f| is_crawler_only(f)));
    Ok(out)
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub fn read(root: &Path, file: &str) -> Result<Vec<u8>, String> {
    fs::read(root.join(file)).map_err(|e| format!("{}: {e}", root.join(file).display()))
}

pub fn text(root: &Path, file: &str) -> Result<String, String> {
    String::from_utf8(read(root, file)?).map_err(|e| format!("{file}: {e}"))
}

pub fn write(root: &Path, file: &str, bytes: &[u8]) -> Result<(), String> {
    let path = root.join(file);
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}
