//! What the host serves beside the pages: the service worker, the precompressed copies and
//! `_headers` (docs/hosting.md).

use std::fs;
use std::io::Write as _;
use std::path::Path;

use super::{assets::ASSETS, minify, SINGLE};
use super::{files, html, is_crawler_only, is_view_page, on_demand, read, sha256_hex, text, write};
use crate::share::head::Site;

const SW: &str = "sw.js";
/// The worker's code; `service_worker` fills in the build's lists (src/site/sw.js says why).
const WORKER: &str = include_str!("sw.js");

/// What the precompression writes: never an input of any step, so running it again changes
/// nothing.
pub fn is_precompressed(name: &str) -> bool {
    name.ends_with(".br") || name.ends_with(".gz")
}

/// A path as a relative URL, each segment escaped as `encodeURIComponent` does.
fn url(file: &str) -> String {
    let keep = |b: u8| b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b);
    (file.split('/'))
        .map(|seg| {
            seg.bytes()
                .map(|b| {
                    if keep(b) {
                        (b as char).to_string()
                    } else {
                        format!("%{b:02X}")
                    }
                })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// `dist/sw.js`: a service worker that precaches every file a visit uses under a cache named
/// after the hash of their contents, so each deploy with a change gets a new cache, and checks
/// every entry against its file's SHA-256, refetching what is damaged or missing.
pub fn service_worker(root: &Path) -> Result<(), String> {
    let all = files(root)?;
    let later_files = on_demand(root)?;
    let precached: Vec<&String> = (all.iter())
        .filter(|f| *f != SW && *f != SINGLE && !is_crawler_only(f))
        .collect();
    let mut version = Vec::new();
    for file in &precached {
        version.extend_from_slice(file.as_bytes());
        version.push(0);
        version.extend(read(root, file)?);
        version.push(0);
    }
    let version = &sha256_hex(&version)[..16];
    // './' is the page as the static host serves the folder; every file by its relative URL, and
    // each URL's content hash (SHA-256, hex): './' is index.html's bytes.
    let urls: Vec<String> = std::iter::once("./".into())
        .chain(precached.iter().map(|f| url(f)))
        .collect();
    let hashes = std::iter::once(&"index.html".to_string())
        .chain(precached.iter().copied())
        .map(|f| Ok(sha256_hex(&read(root, f)?)))
        .collect::<Result<Vec<_>, String>>()?;
    // The data downloads and the host pages' embed.js: cached (and checked) when first asked
    // for, not at install, so a first visit does not fetch them.
    let later: Vec<String> = (later_files.iter())
        .filter(|f| *f != SINGLE && !is_crawler_only(f))
        .map(|f| url(f))
        .collect();
    let view_pages: Vec<&String> = all.iter().filter(|f| is_view_page(f)).collect();
    let code = WORKER
        .replace("__VERSION__", &json(version))
        .replace("__URLS__", &json(&urls))
        .replace("__HASHES__", &json(&hashes))
        .replace("__LATER__", &json(&later))
        .replace("__VIEWPAGES__", &json(&view_pages));
    write(root, SW, code.as_bytes())?;
    minify::minify(&[&root.join(SW)], minify::Kind::Classic)?;
    println!("site: {SW}: {} URLs, cache version {version}", urls.len());
    Ok(())
}

fn json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).expect("strings serialise")
}

/// Files worth compressing: text and WebAssembly (PNG and the like are compressed already).
fn compressible(file: &str) -> bool {
    let ext = file.rsplit('.').next().unwrap_or("");
    [
        "html",
        "js",
        "mjs",
        "css",
        "wasm",
        "svg",
        "json",
        "webmanifest",
        "txt",
        "xml",
        "csv",
    ]
    .contains(&ext)
}

/// `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip, level 9) next to every text and
/// wasm file, for hosts that serve them as they are (nginx gzip_static, Caddy precompressed).
pub fn precompress(root: &Path) -> Result<(), String> {
    // Copies of an earlier run first go: their files may have been renamed (a new hash) since.
    fn clean(dir: &Path) -> Result<(), String> {
        for entry in fs::read_dir(dir).map_err(|e| e.to_string())?.flatten() {
            let path = entry.path();
            if path.is_dir() {
                clean(&path)?;
            } else if is_precompressed(&entry.file_name().to_string_lossy()) {
                fs::remove_file(&path).map_err(|e| e.to_string())?;
            }
        }
        Ok(())
    }
    clean(root)?;
    let list: Vec<String> = files(root)?
        .into_iter()
        .filter(|f| compressible(f))
        .collect();
    for file in &list {
        let bytes = read(root, file)?;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&bytes).map_err(|e| e.to_string())?;
        write(
            root,
            &format!("{file}.gz"),
            &gz.finish().map_err(|e| e.to_string())?,
        )?;
        let params = brotli::enc::BrotliEncoderParams {
            quality: 11,
            size_hint: bytes.len(),
            mode: if file.ends_with(".wasm") {
                brotli::enc::backward_references::BrotliEncoderMode::BROTLI_MODE_GENERIC
            } else {
                brotli::enc::backward_references::BrotliEncoderMode::BROTLI_MODE_TEXT
            },
            ..Default::default()
        };
        let mut br = Vec::new();
        brotli::BrotliCompress(&mut &bytes[..], &mut br, &params).map_err(|e| e.to_string())?;
        write(root, &format!("{file}.br"), &br)?;
    }
    println!("site: {} files precompressed (.br, .gz)", list.len());
    Ok(())
}

/// `dist/_headers`, which Netlify, Cloudflare Pages and others read (and the test server
/// honours): the CSP as a real header on every page, with `frame-ancestors` (which a meta tag
/// cannot set; FRAME_ANCESTORS, default `*`: any site may embed the explainer), and caching: a
/// year, immutable, for the content-hashed assets/, revalidation for everything else. One rule
/// per URL and header, since hosts join the values of a header that several matching rules set.
/// Paths start with SITE_URL's.
pub fn headers(root: &Path, site: &Site) -> Result<(), String> {
    let page = text(root, "index.html")?;
    let policy = html::attributes(
        &page,
        r#"meta[http-equiv="Content-Security-Policy" i]"#,
        "content",
    )?;
    let [policy] = &policy[..] else {
        return Err("index.html has no single CSP meta to send as a header".into());
    };
    let ancestors = std::env::var("FRAME_ANCESTORS")
        .ok()
        .filter(|s| !s.is_empty());
    let csp = format!(
        "{policy}; frame-ancestors {}",
        ancestors.as_deref().unwrap_or("*")
    );
    let prefix = site.path();
    let files = files(root)?;
    let pages: Vec<&String> = files
        .iter()
        .filter(|f| f.ends_with(".html") && *f != SINGLE)
        .collect();
    let rule = |path: &str, csp: Option<&str>| {
        let mut r = format!("{path}\n  Cache-Control: no-cache\n  X-Content-Type-Options: nosniff");
        if let Some(csp) = csp {
            r.push_str(&format!("\n  Content-Security-Policy: {csp}"));
        }
        r
    };
    let mut rules = vec![format!(
        "{prefix}{ASSETS}/*\n  Cache-Control: public, max-age=31536000, immutable\n  X-Content-Type-Options: nosniff"
    )];
    for f in files
        .iter()
        .filter(|f| !f.starts_with(&format!("{ASSETS}/")))
    {
        rules.push(rule(
            &format!("{prefix}{f}"),
            pages.contains(&f).then_some(&csp[..]),
        ));
    }
    // A folder's page is also asked for by the folder's own address.
    for f in pages.iter().filter(|f| f.ends_with("index.html")) {
        let folder = &f[..f.len() - "index.html".len()];
        rules.push(rule(&format!("{prefix}{folder}"), Some(&csp)));
    }
    let out = format!(
        "# Generated by the site step (src/site/host.rs) for {prefix}: do not edit.\n{}\n",
        rules.join("\n")
    );
    write(root, "_headers", out.as_bytes())?;
    println!("site: _headers: {} rules for {prefix}", rules.len());
    Ok(())
}
