//! The site step after Trunk (src/site.rs): `site [dist]` renders the page, the view pages and
//! share images, then finishes the site; `site finish [dist]` runs only the finishing steps
//! (names, minifying, hashed assets, service worker, single file, precompressed copies,
//! `_headers`), which may run again on their own output. Absolute addresses come from
//! `SITE_URL` (default: `make serve`'s address; docs/sharing.md); `KEEP_NAMES=1` keeps the glue
//! and the WebAssembly's names (`make build-names`).

use std::{env, path::Path, process::ExitCode};

use sichuan_reform::share::head::{Site, DEFAULT_SITE_URL};
use sichuan_reform::site;

fn main() -> ExitCode {
    let mut args: Vec<String> = env::args().skip(1).collect();
    let finish_only = args.first().is_some_and(|a| a == "finish");
    if finish_only {
        args.remove(0);
    }
    let root = args.first().cloned().unwrap_or_else(|| "dist".into());
    match run(Path::new(&root), finish_only) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("site: {root}: {err}");
            ExitCode::FAILURE
        }
    }
}

fn run(root: &Path, finish_only: bool) -> Result<(), String> {
    let url = (env::var("SITE_URL").ok())
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| DEFAULT_SITE_URL.into());
    let site = Site::parse(&url)?;
    if site.is_loopback() && !finish_only {
        // Loud on purpose: deployed as it is, every share card and canonical link would point at
        // the machine that built it.
        eprintln!(
            "\n{bar}\nsite: WARNING: SITE_URL is {url}, a loopback address.\n\
             site: the share tags, canonical links, sitemap and robots.txt point at this machine.\n\
             site: Fine for `make serve` and the tests; before deploying, build with\n\
             site:   SITE_URL=https://your.site/path/ make build   (docs/sharing.md)\n{bar}\n",
            bar = "!".repeat(78),
            url = site.url("")
        );
    }
    if !finish_only {
        site::render(root, &site)?;
    }
    site::finish(root, &site, env::var("KEEP_NAMES").is_ok_and(|v| v == "1"))
}
