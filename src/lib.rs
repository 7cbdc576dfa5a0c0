//! The Sichuan reform explainer: data, charts and the Yew app that presents them.
//!
//! One crate, three ways in: the browser entry renders the islands of the pre-rendered page
//! (`csr`), the native `site` binary renders it to HTML (`share`, which includes `ssr`) and writes
//! the rest of the site around it, and native tests use `data` directly.

pub mod charts;
pub mod components;
pub mod data;
pub mod export;
pub mod state;
pub mod story;
pub mod view;

// DOM helpers compile everywhere (so components need no cfg) but run only in the browser.
pub mod browser;

#[cfg(page_text)]
pub use components::App;

#[cfg(feature = "ssr")]
pub mod prerender;
// Build time only: each view's page head and share image (written by the `site` binary).
#[cfg(feature = "ssr")]
pub mod share;
// Build time only, natively: everything after Trunk (`site` binary).
#[cfg(all(feature = "share", not(target_arch = "wasm32")))]
pub mod site;
