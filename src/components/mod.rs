//! Thin Yew function components, one per file. They render from `crate::data` only: no clock, no
//! randomness and no DOM access during render, so the pre-rendered HTML hydrates identically.

mod app;
mod figure_card;
mod headline_figures;
mod masthead;
mod reform_areas;
mod source_footer;

pub use app::App;
pub use figure_card::FigureCard;
pub use headline_figures::HeadlineFigures;
pub use masthead::Masthead;
pub use reform_areas::ReformAreas;
pub use source_footer::SourceFooter;
