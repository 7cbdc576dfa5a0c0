//! The share images as the build writes them: 1200 × 630, the same bytes every time, not blank,
//! and with their text drawn (fonts missing would leave resvg drawing shapes only).
#![cfg(feature = "share")]

use std::sync::Arc;

use resvg::tiny_skia::Pixmap;
use resvg::usvg::fontdb::Database;
use sichuan_reform::share::{self, card, raster};

/// Pixels in the rows `top..bottom` (left and right margins excluded) darker than mid-grey:
/// the title's black text, which nothing else is drawn behind.
fn dark_pixels(image: &Pixmap, top: u32, bottom: u32) -> usize {
    (top..bottom)
        .flat_map(|y| (60..1140).map(move |x| (x, y)))
        .filter(|&(x, y)| {
            let p = image.pixel(x, y).unwrap();
            u32::from(p.red()) + u32::from(p.green()) + u32::from(p.blue()) < 3 * 100
        })
        .count()
}

#[test]
fn every_share_image_is_a_drawn_1200_by_630_png_and_the_same_each_time() {
    let fonts = raster::fonts().expect("the fonts scripts/setup.sh installs");
    for view in share::views() {
        let svg = card::svg(&view);
        let png = raster::png(&svg, &fonts).unwrap();
        assert_eq!(
            png,
            raster::png(&svg, &fonts).unwrap(),
            "{}: not deterministic",
            view.title
        );
        let image = Pixmap::decode_png(&png).unwrap();
        assert_eq!(
            (image.width(), image.height()),
            (share::IMAGE_WIDTH, share::IMAGE_HEIGHT)
        );

        // Not blank: a good part of the image differs from its background (the corner pixel).
        let background = image.pixel(0, image.height() - 1).unwrap();
        let drawn = image.pixels().iter().filter(|p| **p != background).count();
        let share_drawn = drawn as f64 / image.pixels().len() as f64;
        assert!(
            share_drawn > 0.03,
            "{}: only {:.1}% drawn",
            view.title,
            100.0 * share_drawn
        );

        // Text rendered: the title's band holds dark pixels with the fonts and none without
        // them (which shows the measure sees text, not the chart).
        let (top, bottom) = (92, card::title_bottom(view.title) as u32);
        let with_fonts = dark_pixels(&image, top, bottom);
        assert!(
            with_fonts > 2_000,
            "{}: {with_fonts} dark pixels in the title",
            view.title
        );
        let without = raster::png(&svg, &Arc::new(Database::new())).unwrap();
        let without = Pixmap::decode_png(&without).unwrap();
        assert_eq!(dark_pixels(&without, top, bottom), 0, "{}", view.title);
    }
}
