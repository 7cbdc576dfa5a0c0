//! The explainer's own prose, section by section, in the report's order. Figures in the prose are
//! the report's; every one of them is also shown, with its source sentence, in the section.

use crate::view::ChartId;

#[derive(PartialEq)]
pub struct StoryPart {
    /// Section id of the data (`data::SECTIONS`), or a story-only id; used as the DOM id.
    pub id: &'static str,
    pub title: &'static str,
    pub paragraphs: &'static [&'static str],
    pub chart: Option<ChartId>,
}

pub static STORY: &[StoryPart] = &[
    StoryPart {
        id: "pilot",
        title: "A pilot zone, three years on",
        paragraphs: &[
            "In 2015 eight Chinese regions, Sichuan among them, were named pilot zones for \
             “comprehensive innovation and reform”: places allowed to try new rules before they \
             are applied nationwide.",
            "The provincial government's report claims that of the 13 replicable experiences the \
             first batch of pilot zones produced, 8 were Sichuan's.",
        ],
        chart: Some(ChartId::Experiences),
    },
    StoryPart {
        id: "military",
        title: "Military and civilian sectors working together",
        paragraphs: &[
            "Sichuan's main experiment was to open defence research and industry to the civilian \
             economy and the other way round. The province signed strategic agreements with the \
             national defence science and technology bureau, 12 central military industrial \
             groups and the Chinese Academy of Sciences: to share research facilities, to bring \
             military technology to market, and to finance companies working in both sectors.",
            "By the time of the report ten high-tech industrial clusters had formed around this \
             integration, and in 2017 its main business revenue passed RMB 310 billion.",
        ],
        chart: None,
    },
    StoryPart {
        id: "mianyang",
        title: "Mianyang: sharing equipment and growing industry",
        paragraphs: &[
            "Mianyang, a city with a large defence research base, runs a platform that opens \
             military and civilian equipment to outside users: more than 3,300 devices worth \
             over RMB 3.6 billion, used by more than 1,100 companies.",
            "In 2017 the city counted more than 300 military–civilian integrated enterprises, \
             with an output of RMB 153 billion: more than half of the city's total. The report \
             gives only a lower bound for that share, so the chart shows what lies beyond 50% as \
             unknown rather than guess it.",
        ],
        chart: Some(ChartId::MianyangShare),
    },
    StoryPart {
        id: "shared-ownership",
        title: "Sharing ownership of research results",
        paragraphs: &[
            "Results of publicly funded research used to belong to the state alone, which left \
             inventors little reason to take them to market. In 2015 Sichuan required that such \
             results be co-owned by the researchers and their institutions.",
            "42 research institutes and 32 colleges and universities ran pilots. 20 units \
             divided the ownership of more than 400 items and transferred more than 600 \
             intellectual property rights; more than 60 new high-tech companies followed, which \
             the report links to RMB 3 billion of investment.",
        ],
        chart: Some(ChartId::SharedOwnership),
    },
    StoryPart {
        id: "swjtu",
        title: "One university before and after the reform",
        paragraphs: &[
            "At Southwest Jiaotong University inventors became co-owners of their patents. In \
             the five years before the change the university transferred or licensed only 14 \
             patents. In the first year after it, 168 service inventions and patents had their \
             ownership divided and confirmed, 16 high-tech start-ups were founded and social \
             investment grew by more than RMB 1 billion.",
            "The two counts are not quite alike (transfers and licences before, ownership \
             confirmations after) and cover periods of different length: switch to yearly rates \
             to compare like with like in time. The report gives both periods only relative to \
             the reform; the years shown are our reading of them.",
        ],
        chart: Some(ChartId::Swjtu),
    },
    StoryPart {
        id: "ip",
        title: "Protecting intellectual property",
        paragraphs: &[
            "To protect the inventions it wants commercialised, Sichuan combined the civil, \
             criminal and administrative sides of intellectual-property cases into one trial \
             system, and set up an intellectual-property court in Chengdu that can hear cases \
             from across regions.",
            "In 2017, in the report's words, “the number of cases dealt involving patent \
             application” reached 167,500, first among China's central and western regions.",
        ],
        chart: None,
    },
    StoryPart {
        id: "money",
        title: "The money, on one scale",
        paragraphs: &[
            "Every renminbi figure of the report on one chart. On a linear scale the RMB 310 \
             billion of military–civilian revenue dwarfs the rest; a logarithmic scale makes the \
             smaller sums comparable. Amounts the report gives as lower bounds have an open end.",
        ],
        chart: Some(ChartId::Money),
    },
];
