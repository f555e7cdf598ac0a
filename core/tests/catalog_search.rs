//! Search: Chinese substrings, case and width, pinyin and initials, incremental refinement.

mod catalog {
    pub mod common;
}
use catalog::common::{bundled, ids, run, synthetic};
use gba_core::catalog::normalise::{fold, terms};
use gba_core::catalog::pinyin::romanise;
use gba_core::catalog::search::label_matches;
use gba_core::catalog::CatalogIndex;

#[test]
fn search_finds_projects_by_name_partner_description_and_city() {
    let index = CatalogIndex::new(bundled());
    let cases: [(&str, &[&str]); 12] = [
        ("华为", &["p-huawei"]),
        ("huawei", &["p-huawei"]),
        ("ＬＥＤ", &["p2019-mtc"]),
        ("led", &["p2019-mtc"]),
        ("O-FILM", &["p-ofilm-biometrics", "p-ofilm-optoelectronics"]),
        ("吉安", &["p2019-haineng"]),
        ("ji'an", &["p2019-haineng"]),
        ("nanchang", &["p2019-wanze", "p2019-mtc"]),
        ("wznc", &["p2019-wanze"]),
        ("航空发动机", &["p2019-wanze"]),
        ("南昌 芯片", &["p2019-mtc"]),
        ("no such thing", &[]),
    ];
    for (query, expected) in cases {
        let out = run(
            &index,
            &format!("#/projects?q={}", gba_core::route::query::escape(query)),
        );
        assert_eq!(ids(&index, &out), expected, "{query}");
    }
}

#[test]
fn pinyin_and_initials_find_cities() {
    let index = CatalogIndex::new(synthetic(2000));
    let ganzhou = run(&index, "#/projects?f.city=ganzhou");
    assert!(ganzhou.total > 0);
    for q in ["ganzhou", "gz", "赣州", "GANZHOU", "ｇａｎｚｈｏｕ"] {
        let out = run(
            &index,
            &format!("#/projects?q={}", gba_core::route::query::escape(q)),
        );
        // Every Ganzhou project is found (others may match "gz" by their own names).
        assert!(
            ganzhou.matches.iter().all(|i| out.matches.contains(i)),
            "{q}"
        );
    }
    assert_eq!(run(&index, "#/projects?q=ganzhou").total, ganzhou.total);
}

#[test]
fn city_names_read_as_their_romanisation() {
    let data = bundled();
    for city in &data.cities {
        let (zh, en) = (
            city.name.zh.as_deref().unwrap(),
            city.name.en.as_deref().unwrap(),
        );
        if ["hong-kong", "macao"].contains(&&*city.id) {
            continue; // English names from Cantonese and Portuguese, not pinyin
        }
        let expected: String = fold(en.split(" (").next().unwrap())
            .chars()
            .filter(char::is_ascii_alphabetic)
            .collect();
        assert_eq!(romanise(zh).full, expected, "{zh}");
    }
}

#[test]
fn typing_one_character_at_a_time_gives_the_same_results_as_searching_at_once() {
    let index = CatalogIndex::new(synthetic(3000));
    let search = index.search_index();
    for query in ["ganzhou", "hua xing", "赣州合成", "syn 12", "gzxm"] {
        let mut prev = None;
        let mut typed = String::new();
        for c in query.chars() {
            typed.push(c);
            let next = search.search(terms(&typed), prev.as_ref());
            let fresh = search.search(terms(&typed), None);
            assert_eq!(
                next.as_ref().map(|h| &h.projects),
                fresh.as_ref().map(|h| &h.projects),
                "{typed}"
            );
            prev = next;
        }
        // Deleting characters (a query that does not extend the last one) rescans from scratch.
        let shorter = search.search(terms("g"), prev.as_ref());
        assert_eq!(
            shorter.map(|h| h.projects),
            search.search(terms("g"), None).map(|h| h.projects)
        );
    }
}

#[test]
fn facet_values_can_be_searched_with_pinyin() {
    let cases = [
        ("赣州", "gz", true),
        ("赣州", "ganz", true),
        ("赣州", "Gan", true),
        ("赣州", "nc", false),
        ("Electronic information", "ELEC", true),
        ("电子信息", "dzxx", true),
        ("电子信息", "", true),
    ];
    for (label, filter, expected) in cases {
        assert_eq!(label_matches(label, filter), expected, "{label} / {filter}");
    }
}
