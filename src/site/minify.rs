//! JavaScript minified by terser (`scripts/minify.mjs`, the build's one JavaScript step: no Rust
//! minifier handles wasm-bindgen's glue as well), each file in place.

use std::path::Path;
use std::process::Command;

/// How a file is run: an ES module (`type=module`, the glue) or a classic script, whose
/// top-level names terser must keep.
#[derive(Clone, Copy)]
pub enum Kind {
    Module,
    Classic,
}

pub fn minify(files: &[&Path], kind: Kind) -> Result<(), String> {
    let flag = match kind {
        Kind::Module => "--module",
        Kind::Classic => "--classic",
    };
    let status = Command::new("node")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/minify.mjs"))
        .arg(flag)
        .args(files)
        .status()
        .map_err(|err| format!("node scripts/minify.mjs: {err}"))?;
    status
        .success()
        .then_some(())
        .ok_or_else(|| format!("terser failed on {files:?}"))
}
