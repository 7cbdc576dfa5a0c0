//! The story's charts by id: a leaf that the data's sections, the views and the charts all name,
//! so that `charts` and `view` need not import each other.

/// The charts of the story, in page order. Their ids are used in URLs and DOM ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ChartId {
    Experiences,
    MianyangShare,
}

impl ChartId {
    pub const ALL: [ChartId; 2] = [ChartId::Experiences, ChartId::MianyangShare];

    pub fn id(self) -> &'static str {
        match self {
            ChartId::Experiences => "experiences",
            ChartId::MianyangShare => "mianyang-share",
        }
    }

    pub fn from_id(id: &str) -> Option<ChartId> {
        ChartId::ALL.into_iter().find(|c| c.id() == id)
    }
}
