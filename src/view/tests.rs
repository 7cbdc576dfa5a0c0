use super::*;

mod cases;

#[test]
fn default_view_has_an_empty_url() {
    let view = View::default();
    assert_eq!(view.to_query(), "");
    assert_eq!(view.to_hash(), "");
    assert_eq!(View::from_url("", ""), view);
}

#[test]
fn every_setting_round_trips() {
    let view = View {
        source: Some("swjtu-patents-confirmed"),
        // An event of the filtered area: one the filter would hide is not kept (the event wins).
        event: Some("swjtu-first-year"),
        area: Some("scitech"),
        ..View::default()
    }
    .with_table(ChartId::MianyangShare, true)
    .with_table(ChartId::Experiences, true);
    let query = view.to_query();
    assert_eq!(
        query,
        "?tables=experiences,mianyang-share&source=swjtu-patents-confirmed&area=scitech"
    );
    assert_eq!(View::from_url(&query, &view.to_hash()), view);
}

#[test]
fn tables_toggle_independently() {
    let view = View::default()
        .with_table(ChartId::Experiences, true)
        .with_table(ChartId::MianyangShare, true)
        .with_table(ChartId::Experiences, false);
    assert!(!view.table_open(ChartId::Experiences));
    assert!(view.table_open(ChartId::MianyangShare));
}

#[test]
fn malformed_and_unknown_parameters_fall_back_to_defaults() {
    let view = View::from_url(
        "?swjtu=sideways&money=log&tables=nope,,money,swjtu,experiences&source=not-a-figure&area=ninth&x=%ZZ&%FF=1&&=",
        "#event-unknown",
    );
    // `money` and `swjtu` (retired charts' options and tables) are read as nothing.
    let expected = View::default().with_table(ChartId::Experiences, true);
    assert_eq!(view, expected);
}

#[test]
fn percent_encoded_values_decode() {
    let view = View::from_url("tables=experiences%2Cmianyang-share&area=sci%74ech", "");
    assert_eq!(view.area, Some("scitech"));
    assert!(view.table_open(ChartId::Experiences) && view.table_open(ChartId::MianyangShare));
}

#[test]
fn navigation_is_source_or_event_change_only() {
    let base = View::default();
    assert!(!base.is_navigation_to(&base.with_table(ChartId::MianyangShare, true)));
    assert!(base.is_navigation_to(&View {
        source: Some("mci-revenue-2017"),
        ..base
    }));
    assert!(base.is_navigation_to(&View {
        event: Some(data::EVENTS[0].id),
        ..base
    }));
}

#[test]
fn embed_parameters_open_the_view_they_name() {
    assert_eq!(View::from_url("?embed", "").embed, Embed::All);
    assert_eq!(View::from_url("?embed=", "").embed, Embed::All);
    assert_eq!(
        View::from_url("?embed=swjtu", "").embed,
        Embed::View("swjtu")
    );
    assert_eq!(
        View::from_url("?embed=timeline", "").embed,
        Embed::View("timeline")
    );
    assert_eq!(View::from_url("?embed=nope", "").embed, Embed::Unknown);
    let view = View::from_url("?embed=money&theme=dark&transparent", "");
    assert_eq!((view.theme, view.transparent), (ThemeChoice::Dark, true));
    assert_eq!(View::from_url(&view.to_query(), ""), view);
    assert_eq!(View::from_url("?theme=purple", "").theme, ThemeChoice::Auto);
    // Host pages add their own parameters (pym.js: childId, initialWidth, ...): ignored.
    let pym = View::from_url(
        "?embed=ip&initialWidth=600&childId=x&parentUrl=http%3A%2F%2Fa",
        "",
    );
    assert_eq!(pym.embed, Embed::View("ip"));
}

#[test]
fn every_embed_view_is_a_story_section_or_the_timeline() {
    let views: Vec<_> = embed_views().collect();
    assert_eq!(
        views,
        [
            "pilot",
            "swjtu",
            "shared-ownership",
            "mianyang",
            "ip",
            "timeline"
        ]
    );
}

#[test]
fn an_old_embed_of_a_retired_part_opens_the_part_that_holds_it() {
    assert_eq!(
        View::from_url("?embed=military", "").embed,
        Embed::View("mianyang")
    );
    assert!(
        embed_views().all(|v| v != "military"),
        "retired, so not offered"
    );
    assert_eq!(View::from_url("?embed=militar", "").embed, Embed::Unknown);
}

// proptest is a native dev-dependency only.
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Strings made of URL-ish pieces, so that real parameter names and values come up often.
    fn urlish() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("swjtu".to_string()),
            Just("money".to_string()),
            Just("tables".to_string()),
            Just("source".to_string()),
            Just("area".to_string()),
            Just("embed".to_string()),
            Just("theme".to_string()),
            Just("transparent".to_string()),
            Just("per-year".to_string()),
            Just("log".to_string()),
            Just("swjtu,money".to_string()),
            Just("timeline".to_string()),
            Just("event-".to_string()),
            Just("mci-revenue-2017".to_string()),
            Just("scitech".to_string()),
            "[=&?#%,+]",
            "%[0-9A-Fa-f]{0,2}",
            ".{0,6}",
        ];
        prop::collection::vec(piece, 0..12).prop_map(|parts| parts.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        #[test]
        fn parsing_never_panics_and_round_trips(query in urlish(), hash in urlish()) {
            let view = View::from_url(&query, &hash);
            // An unknown embed view cannot be written back (its text is not kept); the rest must
            // survive a round trip exactly.
            let expected = View {
                embed: if view.embed == Embed::Unknown { Embed::No } else { view.embed },
                ..view
            };
            prop_assert_eq!(View::from_url(&view.to_query(), &view.to_hash()), expected);
        }

        #[test]
        fn arbitrary_unicode_never_panics(query in any::<String>(), hash in any::<String>()) {
            let view = View::from_url(&query, &hash);
            prop_assert!(view.to_query().is_empty() || view.to_query().starts_with('?'));
        }
    }
}

#[test]
fn foreign_parameters_are_kept_when_the_view_is_written() {
    let host = "?embed=swjtu&initialWidth=600&childId=slot-1&parentUrl=http%3A%2F%2Fa";
    let view = View::from_url(host, "");
    assert_eq!(
        view.to_query_keeping(host),
        "?embed=swjtu&initialWidth=600&childId=slot-1&parentUrl=http%3A%2F%2Fa"
    );
    let table = view.with_table(ChartId::MianyangShare, true);
    assert_eq!(
        table.to_query_keeping(host),
        "?tables=mianyang-share&embed=swjtu&initialWidth=600&childId=slot-1&parentUrl=http%3A%2F%2Fa"
    );
    assert_eq!(
        View::default().to_query_keeping("?utm_source=x&money=log&swjtu=per-year"),
        "?utm_source=x"
    );
    assert_eq!(View::default().to_query_keeping(""), "");
}

#[test]
fn the_event_in_the_address_wins_over_a_filter_that_hides_it() {
    // mianyang-equipment-platform is a military-civilian event: the scitech filter would hide it.
    let view = View::from_url("?area=scitech", "#event-mianyang-equipment-platform");
    assert_eq!(view.event, Some("mianyang-equipment-platform"));
    assert_eq!(view.area, None);
    // A filter that keeps the event stays; so does a filter with no (or an unknown) event.
    let kept = View::from_url(
        "?area=military-civilian",
        "#event-mianyang-equipment-platform",
    );
    assert_eq!(kept.area, Some("military-civilian"));
    assert_eq!(View::from_url("?area=scitech", "").area, Some("scitech"));
    assert_eq!(
        View::from_url("?area=scitech", "#event-nope").area,
        Some("scitech")
    );
    // An area that holds no event is no filter: it would show nothing.
    assert_eq!(View::from_url("?area=industry", "").area, None);
    // Events of the pilot as a whole belong to no area: every filter hides them.
    assert_eq!(
        View::from_url("?area=scitech", "#event-report-2018").area,
        None
    );
    // Picked in the app, the new filter wins instead: the event it hides is deselected.
    let picked = kept.with_area(Some("industry"));
    assert_eq!((picked.area, picked.event), (Some("industry"), None));
    assert_eq!(kept.with_area(None), View { area: None, ..kept });
    // The written URL is the canonical one, without the dropped filter.
    assert_eq!(view.to_query(), "");
    assert_eq!(view.to_hash(), "#event-mianyang-equipment-platform");
}

#[test]
fn an_escape_is_two_hex_digits_exactly() {
    // u8::from_str_radix accepts a sign; decodeURIComponent (static/early.js) does not.
    for bad in ["%+1", "%-1", "%+F", "%4", "%", "%G0", "%\u{e9}0"] {
        let query = format!("?embed={bad}&theme={bad}");
        let view = View::from_url(&query, "");
        assert_eq!(
            (view.embed, view.theme),
            (Embed::No, ThemeChoice::Auto),
            "{query}"
        );
    }
    assert_eq!(
        View::from_url("?embed=%6d%6F%6eey", "").embed,
        Embed::View("mianyang")
    );
}
