//! The Sichuan reform explainer: data, charts and the Yew app that presents them.
//!
//! One crate, three ways in: the browser entry hydrates the pre-rendered page (`hydration`), the
//! native `prerender` binary renders it to HTML (`ssr`), and native tests use `data` directly.

pub mod components;
pub mod data;

#[cfg(feature = "csr")]
pub mod browser;

pub use components::App;

// Native only: the wasm tests render with yew's renderer directly, without a tokio runtime.
#[cfg(all(feature = "ssr", not(target_arch = "wasm32")))]
pub mod prerender;
