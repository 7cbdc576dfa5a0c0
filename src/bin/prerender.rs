//! Renders the app to HTML natively and splices it into the built `index.html`, so the page is
//! readable before (and without) the WebAssembly, and the browser entry renders its islands over it;
//! then writes the early script's lists of views and the data downloads (`export::files`)
//! beside it.
//!
//! Usage: `prerender [dist/index.html]`.

use std::{env, fs, process::ExitCode};

use sichuan_reform::prerender;

fn main() -> ExitCode {
    let path = env::args()
        .nth(1)
        .unwrap_or_else(|| "dist/index.html".into());
    let shell = match fs::read_to_string(&path) {
        Ok(shell) => shell,
        Err(err) => {
            eprintln!("prerender: cannot read {path}: {err}");
            return ExitCode::FAILURE;
        }
    };
    let body = prerender::render_page_now();
    let page = prerender::splice(&prerender::strip_trunk_links(&shell), &body)
        .map(|page| (page, body.len()));
    let (page, written) = match page {
        Ok(page) => page,
        Err(err) => {
            eprintln!("prerender: {path}: {err}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(err) = fs::write(&path, page) {
        eprintln!("prerender: cannot write {path}: {err}");
        return ExitCode::FAILURE;
    }
    println!("prerender: wrote {written} bytes of HTML into {path}");
    // The data downloads, beside the page (its links name them relative to it).
    let folder = std::path::Path::new(&path)
        .parent()
        .unwrap_or(std::path::Path::new("."));
    // The early script's lists of views, from the Rust that reads the same address.
    let early = folder.join("early.js");
    let written = fs::read_to_string(&early)
        .map_err(|e| e.to_string())
        .and_then(|s| prerender::early_script(&s))
        .and_then(|s| fs::write(&early, s).map_err(|e| e.to_string()));
    if let Err(err) = written {
        eprintln!("prerender: {}: {err}", early.display());
        return ExitCode::FAILURE;
    }
    for (name, contents) in sichuan_reform::export::files() {
        let file = folder.join(name);
        if let Err(err) = fs::write(&file, contents) {
            eprintln!("prerender: cannot write {}: {err}", file.display());
            return ExitCode::FAILURE;
        }
        println!("prerender: wrote {}", file.display());
    }
    ExitCode::SUCCESS
}
