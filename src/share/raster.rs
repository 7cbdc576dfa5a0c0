//! The share images rasterised natively (no browser): resvg draws the SVG of `card`, with fonts
//! read from fixed files that `scripts/setup.sh` installs (Debian's fonts-liberation2), never
//! found by system font discovery, so a build draws the same pixels wherever it runs.

use std::sync::Arc;

use resvg::{tiny_skia, usvg};

/// The font files the images are drawn with: the regular and bold face of the sans-serif
/// family that every `font-family="sans-serif"` of the charts and the card resolves to.
/// Liberation Sans has Arial's widths, which the charts' text estimates are made for (DejaVu
/// Sans, a tenth wider, overflows their labels).
pub const FONT_FILES: [&str; 2] = [
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
];
const FAMILY: &str = "Liberation Sans";

/// The fonts, loaded once for all images.
pub fn fonts() -> Result<Arc<usvg::fontdb::Database>, String> {
    let mut db = usvg::fontdb::Database::new();
    for path in FONT_FILES {
        let bytes = std::fs::read(path)
            .map_err(|err| format!("font {path}: {err} (scripts/setup.sh installs it)"))?;
        db.load_font_data(bytes);
    }
    if !db
        .faces()
        .any(|f| f.families.iter().any(|(name, _)| name == FAMILY))
    {
        return Err(format!("{FONT_FILES:?} hold no {FAMILY} face"));
    }
    db.set_sans_serif_family(FAMILY);
    Ok(Arc::new(db))
}

/// `svg` as a PNG the size the SVG says.
pub fn png(svg: &str, fonts: &Arc<usvg::fontdb::Database>) -> Result<Vec<u8>, String> {
    let options = usvg::Options {
        font_family: FAMILY.into(),
        fontdb: Arc::clone(fonts),
        ..usvg::Options::default()
    };
    let tree =
        usvg::Tree::from_str(svg, &options).map_err(|err| format!("share image SVG: {err}"))?;
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| format!("cannot draw {} × {} pixels", size.width(), size.height()))?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap
        .encode_png()
        .map_err(|err| format!("share image PNG: {err}"))
}
