//! Browser entry: renders the islands of the page that the site step wrote into `dist/index.html`.

fn main() {
    sichuan_reform::browser::start();
}
