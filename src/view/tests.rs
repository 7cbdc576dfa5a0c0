use super::*;

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
        swjtu: SwjtuMode::PerYear,
        money: Scale::Log,
        source: Some("swjtu-patents-confirmed"),
        event: Some(data::EVENTS[0].id),
        area: Some("scitech"),
        ..View::default()
    }
    .with_table(ChartId::Swjtu, true)
    .with_table(ChartId::Money, true);
    let query = view.to_query();
    assert_eq!(
        query,
        "?swjtu=per-year&money=log&tables=swjtu,money&source=swjtu-patents-confirmed&area=scitech"
    );
    assert_eq!(View::from_url(&query, &view.to_hash()), view);
}

#[test]
fn tables_toggle_independently() {
    let view = View::default()
        .with_table(ChartId::Experiences, true)
        .with_table(ChartId::Money, true)
        .with_table(ChartId::Experiences, false);
    assert!(!view.table_open(ChartId::Experiences));
    assert!(view.table_open(ChartId::Money));
}

#[test]
fn malformed_and_unknown_parameters_fall_back_to_defaults() {
    let view = View::from_url(
        "?swjtu=sideways&money=&tables=nope,,money&source=not-a-figure&area=ninth&x=%ZZ&%FF=1&&=",
        "#event-unknown",
    );
    let expected = View::default().with_table(ChartId::Money, true);
    assert_eq!(view, expected);
}

#[test]
fn percent_encoded_values_decode() {
    let view = View::from_url("money=%6Cog&tables=swjtu%2Cmoney", "");
    assert_eq!(view.money, Scale::Log);
    assert!(view.table_open(ChartId::Swjtu) && view.table_open(ChartId::Money));
}

#[test]
fn navigation_is_source_or_event_change_only() {
    let base = View::default();
    assert!(!base.is_navigation_to(&View {
        money: Scale::Log,
        ..base
    }));
    assert!(base.is_navigation_to(&View {
        source: Some("mci-revenue-2017"),
        ..base
    }));
    assert!(base.is_navigation_to(&View {
        event: Some(data::EVENTS[0].id),
        ..base
    }));
}
