//! Writes what link previews and crawlers read into the built site, after the pre-render: the
//! share tags in `index.html`, one page per view (`swjtu.html`, …), one 1200 × 630 share image
//! per page (`share/*.png`), `sitemap.xml`, `robots.txt`, and the web app manifest's words (the
//! name an installed copy carries). Absolute addresses come from
//! `SITE_URL` (default: `make serve`'s address). docs/sharing.md.
//!
//! Usage: `SITE_URL=https://example.org/explainer/ share [dist]`.

use std::{env, fs, path::Path, process::ExitCode};

use sichuan_reform::share::{self, card, head, page, raster};
use sichuan_reform::view;

fn main() -> ExitCode {
    let root = env::args().nth(1).unwrap_or_else(|| "dist".into());
    match run(Path::new(&root)) {
        Ok(summary) => {
            println!("share: {summary}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("share: {err}");
            ExitCode::FAILURE
        }
    }
}

fn run(root: &Path) -> Result<String, String> {
    let site_url = env::var("SITE_URL")
        .ok()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| head::DEFAULT_SITE_URL.into());
    let site = head::Site::parse(&site_url)?;
    if site.is_loopback() {
        // Loud on purpose: deployed as it is, every share card and canonical link would point at
        // the machine that built it.
        eprintln!(
            "\n{bar}\nshare: WARNING: SITE_URL is {url}, a loopback address.\n\
             share: the share tags, canonical links, sitemap and robots.txt point at this machine.\n\
             share: Fine for `make serve` and the tests; before deploying, build with\n\
             share:   SITE_URL=https://your.site/path/ make build   (docs/sharing.md)\n{bar}\n",
            bar = "!".repeat(78),
            url = site.url("")
        );
    }
    let index = root.join("index.html");
    let shell = fs::read_to_string(&index).map_err(|err| format!("{}: {err}", index.display()))?;
    let views = share::views();
    // Every page from the one shell, index.html last since it is the shell.
    let pages = views
        .iter()
        .map(|view| Ok((view.file(), page::with_head(&shell, view, &site)?)))
        .collect::<Result<Vec<_>, String>>()?;
    for (file, html) in &pages {
        write(root, file, html.as_bytes())?;
    }
    // A retired view's old page (`military.html`) is the page of the view that now holds it, so
    // links shared before the change still open there; the sitemap lists only the new one.
    for (old, new) in view::retired_views() {
        let (_, html) = (pages.iter())
            .find(|(file, _)| *file == format!("{new}.html"))
            .ok_or_else(|| format!("no page for {new}, which holds the retired {old}"))?;
        write(root, &format!("{old}.html"), html.as_bytes())?;
    }
    let fonts = raster::fonts()?;
    for view in &views {
        write(root, &view.image(), &raster::png(&card::svg(view), &fonts)?)?;
    }
    let manifest = root.join("manifest.webmanifest");
    let template =
        fs::read_to_string(&manifest).map_err(|err| format!("{}: {err}", manifest.display()))?;
    write(
        root,
        "manifest.webmanifest",
        share::manifest::with_words(&template)?.as_bytes(),
    )?;
    write(root, "sitemap.xml", page::sitemap(&views, &site).as_bytes())?;
    write(root, "robots.txt", page::robots(&site).as_bytes())?;
    Ok(format!(
        "{} pages and share images for {}",
        views.len(),
        site.url("")
    ))
}

fn write(root: &Path, file: &str, bytes: &[u8]) -> Result<(), String> {
    let path = root.join(file);
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|err| format!("{}: {err}", dir.display()))?;
    }
    fs::write(&path, bytes).map_err(|err| format!("{}: {err}", path.display()))
}
