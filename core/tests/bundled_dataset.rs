//! The dataset shipped in `public/data/visit.json` must validate without a single problem, and
//! keep the properties the data-honesty rule asks for.

use gba_core::model::{Dataset, FigureValue, Stage, When};
use gba_core::validate::load_bytes;

fn bundled() -> Dataset {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../public/data/visit.json");
    let bytes = std::fs::read(path).expect("public/data/visit.json exists");
    let loaded =
        load_bytes(&bytes).unwrap_or_else(|fatal| panic!("bundled dataset unreadable: {fatal}"));
    let problems: Vec<String> = loaded
        .report
        .problems
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        problems.is_empty(),
        "bundled dataset has problems:\n{}",
        problems.join("\n")
    );
    loaded.dataset
}

#[test]
fn bundled_dataset_validates_with_zero_problems() {
    let d = bundled();
    assert!(
        d.events.len() >= 15,
        "every event the article names is there"
    );
    assert!(d.projects.len() >= 10);
    assert!(d.figures.len() >= 30);
    assert_eq!(
        d.cities
            .iter()
            .filter(|c| d.regions[c.region.ix()].id.as_ref() == "jiangxi")
            .count(),
        11,
        "the 11 prefecture-level cities of Jiangxi"
    );
}

#[test]
fn every_record_cites_a_source() {
    let d = bundled();
    assert!(d.events.iter().all(|e| !e.sources.is_empty()));
    assert!(d.projects.iter().all(|p| !p.sources.is_empty()));
    assert!(d.figures.iter().all(|f| !f.sources.is_empty()));
}

#[test]
fn dates_come_only_from_the_recovered_facts() {
    // FACTS.md gives the dates of the 2020 conferences (S2, S3, S4) and of the earlier editions
    // (S6, S7, S8, S9); everything else in the 2020 programme stays undated.
    let d = bundled();
    let dated_2020: Vec<&str> = d
        .events
        .iter()
        .filter(|e| e.edition.0 == 2020 && e.start != When::Undated)
        .map(|e| e.id.as_ref())
        .collect();
    assert_eq!(
        dated_2020,
        [
            "ev2020-electronics-promotion",
            "ev2020-investment-conference"
        ]
    );
    for e in d.events.iter().filter(|e| e.start != When::Undated) {
        assert!(
            !matches!(e.start, When::At(_)),
            "{}: no source gives an hour",
            e.id
        );
    }
}

#[test]
fn amounts_are_only_the_announced_ones() {
    let d = bundled();
    let mut announced: Vec<(&str, u64)> = d
        .projects
        .iter()
        .filter_map(|p| Some((p.id.as_ref(), p.investment?.amount)))
        .collect();
    announced.sort();
    assert_eq!(
        announced,
        [
            ("p2019-haineng", 2_000_000_000),
            ("p2019-mtc", 5_000_000_000),
            ("p2019-wanze", 7_000_000_000)
        ]
    );
    let gd_2020 = d
        .figures
        .iter()
        .find(|f| f.id.as_ref() == "f2020-gd-projects")
        .expect("Jan–Oct 2020 Guangdong projects");
    assert_eq!(gd_2020.value, FigureValue::Count(910));
}

#[test]
fn stages_are_named_only_where_a_source_says_so() {
    let d = bundled();
    let staged: Vec<(&str, Stage)> = d
        .projects
        .iter()
        .filter_map(|p| Some((p.id.as_ref(), p.stage?)))
        .collect();
    for (id, stage) in &staged {
        let expected = if id.starts_with("p2019-") {
            Stage::Signed
        } else {
            Stage::InOperation
        };
        assert_eq!(*stage, expected, "{id}");
    }
    assert_eq!(staged.len(), 6);
}
