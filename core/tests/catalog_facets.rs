//! Facet counting, the investment range and the summary, on the bundled dataset (13 projects,
//! three with amounts: 70, 50 and 20 亿元) and on synthetic catalogs.

mod catalog {
    pub mod common;
}
use catalog::common::{bundled, counts, ids, run, synthetic};
use gba_core::catalog::{CatalogIndex, Facet, FacetValue, Filter};
use gba_core::money::{Currency, YI};

fn pairs(list: &[(&str, u32)]) -> Vec<(String, u32)> {
    list.iter().map(|(s, n)| (s.to_string(), *n)).collect()
}

#[test]
fn unfiltered_counts_include_not_announced_as_a_value() {
    let index = CatalogIndex::new(bundled());
    let all = run(&index, "#/projects");
    assert_eq!(all.total, 13);
    let cases = [
        (
            Facet::Industry,
            vec![
                ("electronic-information", 7),
                ("semiconductor-lighting", 1),
                ("aviation", 1),
                ("~none", 4),
            ],
        ),
        (
            Facet::City,
            vec![("nanchang", 2), ("ji-an", 1), ("~none", 10)],
        ),
        (
            Facet::Stage,
            vec![("signed", 3), ("in_operation", 3), ("~none", 7)],
        ),
        (
            Facet::Event,
            vec![("ev2019-investment-conference", 3), ("~none", 10)],
        ),
        (Facet::Edition, vec![("2019", 3), ("~none", 10)]),
        (Facet::Origin, vec![("guangdong", 1), ("~none", 12)]),
    ];
    for (facet, expected) in cases {
        assert_eq!(counts(&index, &all, facet), pairs(&expected), "{facet:?}");
    }
    // The whole pipeline is listed even where no project has reached a stage.
    let stages = index.column(Facet::Stage).values();
    assert_eq!(stages.len(), 6);
    assert_eq!(stages.last(), Some(&FacetValue::NotAnnounced));
}

#[test]
fn facets_combine_with_and_values_with_or_and_counts_are_disjunctive() {
    let index = CatalogIndex::new(bundled());
    // One city: the city facet still counts as if it were not set.
    let one = run(&index, "#/projects?f.city=nanchang");
    assert_eq!(ids(&index, &one), ["p2019-wanze", "p2019-mtc"]);
    assert_eq!(
        counts(&index, &one, Facet::City),
        pairs(&[("nanchang", 2), ("ji-an", 1), ("~none", 10)])
    );
    assert_eq!(
        counts(&index, &one, Facet::Industry),
        pairs(&[("semiconductor-lighting", 1), ("aviation", 1)])
    );
    // Two values of one facet: OR.
    let two = run(&index, "#/projects?f.city=nanchang,ji-an");
    assert_eq!(two.total, 3);
    // Two facets: AND; each facet's counts apply the other one.
    let both = run(
        &index,
        "#/projects?f.city=nanchang&f.industry=electronic-information",
    );
    assert_eq!(both.total, 0);
    assert_eq!(
        counts(&index, &both, Facet::City),
        pairs(&[("ji-an", 1), ("~none", 6)])
    );
    assert_eq!(
        counts(&index, &both, Facet::Industry),
        pairs(&[("semiconductor-lighting", 1), ("aviation", 1)])
    );
    // "Not announced" is filterable like any value.
    let unknown_city = run(&index, "#/projects?f.city=~none&f.stage=in_operation");
    assert_eq!(
        ids(&index, &unknown_city),
        [
            "p-ofilm-biometrics",
            "p-ofilm-optoelectronics",
            "p-luxshare"
        ]
    );
    // Unknown ids (from an old link) are ignored.
    assert_eq!(run(&index, "#/projects?f.city=atlantis").total, 13);
}

#[test]
fn the_event_facet_matches_the_project_field_or_the_events_list() {
    let index = CatalogIndex::new(bundled());
    let at = run(&index, "#/projects?f.event=ev2019-investment-conference");
    assert_eq!(
        ids(&index, &at),
        ["p2019-wanze", "p2019-mtc", "p2019-haineng"]
    );
}

#[test]
fn the_range_keeps_or_drops_unknown_amounts_explicitly() {
    let index = CatalogIndex::new(bundled());
    let cases = [
        ("", 13, 10),
        ("min=30", 12, 10),
        ("min=60&unknown=exclude", 1, 0),
        ("min=20&max=50", 12, 10),
        ("min=20&max=50&unknown=exclude", 2, 0),
        ("unknown=exclude", 3, 0),
        ("max=0.5&unknown=exclude", 0, 0),
    ];
    for (query, total, unknown) in cases {
        let out = run(&index, &format!("#/projects?{query}"));
        assert_eq!(
            (out.total, out.summary.unknown_amounts),
            (total, unknown),
            "{query}"
        );
    }
}

#[test]
fn the_summary_adds_up_per_currency_and_counts_unknown_apart() {
    let index = CatalogIndex::new(bundled());
    let all = run(&index, "#/projects");
    assert_eq!(all.summary.totals.len(), 1);
    let t = all.summary.totals[0];
    assert_eq!(
        (t.currency, t.sum, t.projects),
        (Currency::Cny, 140 * YI, 3)
    );
    assert_eq!(all.summary.unknown_amounts, 10);
    // 20 亿 in the 20–50 bin, 50 and 70 亿 in the 50–100 bin.
    assert_eq!(all.summary.histogram[5..7], [1, 2]);
    // The histogram ignores the range itself but follows the other filters.
    let ranged = run(&index, "#/projects?min=60");
    assert_eq!(ranged.summary.histogram, all.summary.histogram);
    assert_eq!(ranged.summary.totals[0].sum, 70 * YI);
    let city = run(&index, "#/projects?f.city=ji-an");
    assert_eq!(city.summary.histogram[5..7], [1, 0]);
    // Charts follow every filter.
    let stage = index.column(Facet::Stage);
    let signed = stage.position("signed").unwrap();
    assert_eq!(all.summary.by_stage[signed], 3);
    assert_eq!(city.summary.by_stage[signed], 1);
    assert_eq!(city.summary.by_stage.iter().sum::<u32>(), 1);
}

/// The one-pass counts agree with counting by brute force, facet by facet.
#[test]
fn one_pass_counts_equal_brute_force_on_synthetic_data() {
    let index = CatalogIndex::new(synthetic(3000));
    let fragments = [
        "#/projects?f.city=ganzhou,nanchang&f.stage=signed,~none",
        "#/projects?f.industry=aviation&min=10&max=100",
        "#/projects?f.origin=~none&f.edition=2019&unknown=exclude&q=gan",
        "#/projects?f.event=syn-ev-3,syn-ev-4&f.capital=~none",
    ];
    for fragment in fragments {
        let out = run(&index, fragment);
        for facet in Facet::ALL {
            for (v, &count) in out.counts[facet.ix()].iter().enumerate() {
                // Brute force: select only this value in this facet and count the results.
                let mut route = gba_core::route::Route::parse(fragment);
                *route.catalog.facet_mut(facet) = vec![index.column(facet).id(v).to_owned()];
                let hits = index
                    .search_index()
                    .search(gba_core::catalog::normalise::terms(&route.catalog.q), None);
                let filter: Filter = index.filter(&route.catalog);
                assert_eq!(
                    index.evaluate(&filter, hits.as_ref()).total as u32,
                    count,
                    "{fragment} {facet:?} {v}"
                );
            }
        }
    }
}

#[test]
fn an_index_built_in_small_steps_equals_one_built_at_once() {
    let data = synthetic(1200);
    let whole = CatalogIndex::new(data.clone());
    let mut build = CatalogIndex::build(data.clone());
    let mut steps = 0;
    let mut last = build.progress();
    while !build.step(7) {
        steps += 1;
        let now = build.progress();
        assert!(now.0 > last.0 && now.0 <= now.1, "{last:?} → {now:?}");
        last = now;
    }
    // 1,200 projects in sevens, then one step per facet column.
    assert!(steps >= 1200 / 7, "{steps}");
    let stepped = build.finish();
    for route in [
        "#/projects",
        "#/projects?q=gan",
        "#/projects?f.city=ganzhou,nanchang&f.stage=signed",
        "#/projects?q=hua%20x&f.industry=aviation",
    ] {
        assert_eq!(run(&stepped, route), run(&whole, route), "{route}");
    }
    for facet in Facet::ALL {
        assert_eq!(stepped.column(facet).values(), whole.column(facet).values());
        assert_eq!(stepped.column(facet).totals(), whole.column(facet).totals());
    }
}

#[test]
fn a_facet_list_shows_its_first_values_the_selected_ones_and_what_matches_its_search() {
    use gba_core::catalog::html::{shown_values, value_state, SHORT_LIST};
    use gba_core::route::Route;
    use gba_core::text::Lang;
    let index = CatalogIndex::new(synthetic(600));
    let column = index.column(Facet::Event);
    assert!(column.values().len() > SHORT_LIST + 2);
    let late = column.id(SHORT_LIST + 1).to_owned();
    let route = Route::parse(&format!("#/projects?f.event={late}")).catalog;
    let first: Vec<usize> = (0..SHORT_LIST).collect();
    // Short list: the first values, plus a selected one further down.
    let shown = shown_values(&index, &route, Facet::Event, "", false, Lang::En);
    assert_eq!(shown, [first.clone(), vec![SHORT_LIST + 1]].concat());
    let all = shown_values(&index, &route, Facet::Event, "", true, Lang::En);
    assert_eq!(all.len(), column.values().len());
    // A search in the facet shows every value that matches, however far down.
    let label = column.values()[SHORT_LIST + 2].label(index.data(), Lang::En);
    let found = shown_values(&index, &route, Facet::Event, &label, false, Lang::En);
    assert!(found.contains(&(SHORT_LIST + 2)), "{label}");
    assert!(found.len() < column.values().len());
    // States: the selected value is checked; a value with no results is disabled, not hidden.
    let out = run(
        &index,
        &format!("#/projects?f.event={late}&q=zzzz-no-such-text"),
    );
    let selected = value_state(&index, &out, &route, Facet::Event, SHORT_LIST + 1, Lang::En);
    assert!(selected.checked && !selected.disabled);
    let other = value_state(&index, &out, &route, Facet::Event, 0, Lang::En);
    assert_eq!(
        (other.checked, other.disabled, other.count.as_str()),
        (false, true, "0")
    );
}

#[test]
fn with_no_project_found_there_is_no_summary() {
    use gba_core::catalog::html::summary;
    use gba_core::text::Lang;
    let index = CatalogIndex::new(bundled());
    let none = run(&index, "#/projects?q=zzzz");
    assert_eq!(none.total, 0);
    // Not "Projects 0" above "0 projects found", nor "total announced investment: not
    // announced", nor empty charts: the app hides the empty summary.
    for lang in [Lang::Zh, Lang::En] {
        assert_eq!(summary(&index, &none, lang, 1, &[]), "");
    }
    // With projects, the total and the charts are there.
    let all = summary(&index, &run(&index, "#/projects"), Lang::En, 1, &[]);
    assert!(all.contains("gv-stat--wide") && all.contains("gv-summary__charts"));
}
