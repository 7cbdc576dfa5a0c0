//! The page's own parts: what only the pre-rendered page prints around the islands (masthead,
//! contents, the story's sections, limits, our arithmetic, downloads, footer, embed credits).
//! Compiled only where the whole page is rendered (`cfg(page_text)`, set by build.rs).

// The page's parts use the components' shared helpers and islands by their short names.
use super::*;

mod app;
mod checking;
mod downloads;
mod embed_credit;
mod limits;
mod masthead;
mod reform_areas;
mod source_footer;
mod story_section;
mod timeline_legend;
mod timeline_section;
mod toc;

pub use app::App;
pub use checking::{checking, derived_anchor};
pub use downloads::downloads;
pub use embed_credit::embed_credit;
pub use limits::limits;
pub use masthead::Masthead;
pub use reform_areas::ReformAreas;
pub use source_footer::SourceFooter;
pub use story_section::StorySection;
pub use timeline_legend::TimelineLegend;
pub use timeline_section::TimelineSection;
pub use toc::Toc;
