//! Islands: the parts of the page that react to the reader. The rest of the page (masthead,
//! prose, cards, lists) is pre-rendered HTML that no WebAssembly touches, so the binary carries
//! only the islands' code, and start-up comes as one short task per island instead of one
//! long task for the whole page (see BENCHMARKS.md).

use yew::prelude::*;

use super::hooks::use_url_view;
use super::{chart_panel, EmbedButton, SourceLayer, Timeline, TIMELINE_TITLE};
use crate::data::ChartId;
use crate::story::STORY;
use crate::view::View;

/// Which island, as written in the `data-island` attribute of its root element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IslandKind {
    Chart(ChartId),
    Timeline,
    /// The Embed button of a section (by its id: a story section's, or "timeline").
    SectionEmbed(&'static str),
    /// The source dialog, and the "Show source" buttons of the static cards.
    Source,
}

impl IslandKind {
    pub fn key(self) -> String {
        match self {
            IslandKind::Chart(chart) => format!("chart:{}", chart.id()),
            IslandKind::Timeline => "timeline".into(),
            IslandKind::SectionEmbed(section) => format!("embed:{section}"),
            IslandKind::Source => "source".into(),
        }
    }

    pub fn parse(key: &str) -> Option<IslandKind> {
        Some(match key.split_once(':') {
            Some(("chart", id)) => IslandKind::Chart(ChartId::from_id(id)?),
            Some(("embed", "timeline")) => IslandKind::SectionEmbed("timeline"),
            Some(("embed", id)) => IslandKind::SectionEmbed(STORY.iter().find(|s| s.id == id)?.id),
            Some(_) => return None,
            None => match key {
                "timeline" => IslandKind::Timeline,
                "source" => IslandKind::Source,
                _ => return None,
            },
        })
    }

    /// The part of `view` this island shows, the rest left at its defaults: a change that
    /// concerns another island then gives equal props here, and re-renders nothing.
    pub fn shown(self, view: View) -> View {
        let mut shown = View::default();
        match self {
            IslandKind::Chart(chart) => {
                shown = shown.with_table(chart, view.table_open(chart));
            }
            IslandKind::Timeline => {
                shown.event = view.event;
                shown.area = view.area;
            }
            IslandKind::Source => shown.source = view.source,
            IslandKind::SectionEmbed(_) => {}
        }
        shown
    }
}

#[derive(Properties, PartialEq)]
pub struct IslandProps {
    pub kind: IslandKind,
}

/// Where an island sits in the page: the element the browser renders it into, over its
/// pre-rendered copy (`browser::start_islands`). `display: contents`, so the wrapper changes no
/// layout. A plain function: only the server renders it.
pub fn island(kind: IslandKind) -> Html {
    html! {
        <div class="island" data-island={kind.key()}>
            <IslandRoot {kind} />
        </div>
    }
}

/// The component each island is rendered as, on the server and in the browser. Every island keeps its own copy of the view, and the
/// URL keeps them in step: a change is written to the URL, which tells the other islands.
#[function_component(IslandRoot)]
pub fn island_root(props: &IslandProps) -> Html {
    let (view, on_action) = use_url_view();
    let view = props.kind.shown(view);
    match props.kind {
        IslandKind::Chart(chart) => chart_panel(chart, view, &on_action),
        IslandKind::Timeline => html! { <Timeline {view} {on_action} /> },
        IslandKind::SectionEmbed(section) => {
            let title = STORY
                .iter()
                .find(|s| s.id == section)
                .map_or(TIMELINE_TITLE.text(), |s| s.title());
            html! { <EmbedButton view={section} {title} /> }
        }
        IslandKind::Source => html! { <SourceLayer source={view.source} {on_action} /> },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_kind() -> Vec<IslandKind> {
        let mut kinds = vec![
            IslandKind::Timeline,
            IslandKind::Source,
            IslandKind::SectionEmbed("timeline"),
        ];
        kinds.extend(ChartId::ALL.into_iter().map(IslandKind::Chart));
        kinds.extend(STORY.iter().map(|s| IslandKind::SectionEmbed(s.id)));
        kinds
    }

    #[test]
    fn every_key_parses_back_to_its_island() {
        for kind in every_kind() {
            assert_eq!(IslandKind::parse(&kind.key()), Some(kind), "{}", kind.key());
        }
        for bad in [
            "",
            "chart:",
            "chart:nope",
            "embed:nope",
            "timeline:x",
            "Source",
        ] {
            assert_eq!(IslandKind::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_change_shows_only_in_the_islands_it_concerns() {
        let before = View::default();
        let changes = [
            (
                before.with_table(ChartId::MianyangShare, true),
                IslandKind::Chart(ChartId::MianyangShare),
            ),
            (
                View {
                    event: Some("report-2018"),
                    ..before
                },
                IslandKind::Timeline,
            ),
            (
                View {
                    source: Some("swjtu-startups"),
                    ..before
                },
                IslandKind::Source,
            ),
        ];
        for (after, concerned) in changes {
            for kind in every_kind() {
                let differs = kind.shown(before) != kind.shown(after);
                assert_eq!(differs, kind == concerned, "{after:?} in {}", kind.key());
            }
        }
    }
}
