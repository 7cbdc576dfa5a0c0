//! Renders the app to HTML natively and splices it into the built `index.html`, so the page is
//! readable before (and without) the WebAssembly, and the browser entry hydrates it in place.
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
    let page = prerender::render_page_now().and_then(|body| {
        let page = prerender::splice(&prerender::strip_trunk_links(&shell), &body)?;
        Ok((page, body.len()))
    });
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
    ExitCode::SUCCESS
}
