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
    let cases: [(&str, &[&str]); 14] = [
        ("华为", &["p-huawei"]),
        ("huawei", &["p-huawei"]),
        ("ＬＥＤ", &["p2019-mtc"]),
        ("led", &["p2019-mtc"]),
        ("O-FILM", &["p-ofilm-biometrics", "p-ofilm-optoelectronics"]),
        ("吉安", &["p2019-haineng"]),
        ("ji'an", &["p2019-haineng"]),
        ("nanchang", &["p2019-wanze", "p2019-mtc"]),
        ("wznc", &["p2019-wanze"]),
        ("zongbu", &["p2019-wanze"]),
        // Not the "g z" of 万泽南昌总部 (wanzenanchang zongbu): no project is in Ganzhou or
        // Guangzhou.
        ("gz", &[]),
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
fn the_search_hints_examples_find_projects_in_the_bundled_data() {
    use gba_core::i18n::CatalogMsg;
    use gba_core::text::Lang;
    let index = CatalogIndex::new(bundled());
    let nanchang = run(&index, "#/projects?f.city=nanchang");
    assert_eq!(nanchang.total, 2);
    for (lang, open, sep, close) in [
        (Lang::Zh, "（如 ", "、", "）"),
        (Lang::En, "(e.g. ", ", ", ")"),
    ] {
        let hint = CatalogMsg::SearchHint.text(lang);
        let examples = hint.split(open).nth(1).and_then(|r| r.strip_suffix(close));
        let examples: Vec<&str> = examples.expect(hint).split(sep).collect();
        assert_eq!(examples, ["nanchang", "nc"], "{hint}");
        // A fixed "ganzhou, gz" found nothing here. ("nc" also finds English text such as
        // "conference": at least the city's projects.)
        for q in examples {
            let found = run(&index, &format!("#/projects?q={q}"));
            assert!(
                nanchang.matches.iter().all(|p| found.matches.contains(p)),
                "{q}"
            );
        }
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
        ("赣州", "anz", false),
        ("南昌总部", "gz", false),
        ("南昌总部", "zongbu", true),
        ("Electronic information", "ELEC", true),
        ("电子信息", "dzxx", true),
        ("电子信息", "", true),
    ];
    for (label, filter, expected) in cases {
        assert_eq!(label_matches(label, filter), expected, "{label} / {filter}");
    }
}

/// One searchable text, the slow way: folded text, or a Chinese text's readings.
enum Plain {
    Text(String),
    Readings(gba_core::catalog::pinyin::Romanised),
}

impl Plain {
    /// A term of one byte anywhere; a longer one anywhere in text, from a reading in pinyin.
    fn contains(&self, term: &str) -> bool {
        match self {
            Plain::Text(s) => s.contains(term),
            Plain::Readings(r) if term.len() == 1 => r.full.contains(term),
            Plain::Readings(r) => r.full_contains(term),
        }
    }
}

/// What a project's search covers, the slow way: its folded texts one by one.
fn plain_texts(data: &gba_core::model::Dataset, p: &gba_core::model::Project) -> Vec<Plain> {
    let mut out = Vec::new();
    let mut push = |t: &gba_core::text::Text, pinyin: bool| {
        for side in [t.zh.as_deref(), t.en.as_deref()].into_iter().flatten() {
            out.push(Plain::Text(fold(side)));
        }
        if let Some(zh) = t.zh.as_deref().filter(|_| pinyin) {
            let r = romanise(zh);
            out.push(Plain::Text(r.initials.clone()));
            out.push(Plain::Readings(r));
        }
    };
    push(&p.name, true);
    if let Some(d) = &p.description {
        push(d, false);
    }
    if let Some(o) = p.partner {
        push(&data.organisations[o.ix()].name, true);
    }
    if let Some(c) = p.city {
        push(&data.cities[c.ix()].name, true);
    }
    out
}

#[test]
fn search_agrees_with_a_plain_substring_check_however_the_query_was_typed() {
    let data = synthetic(1500);
    let index = CatalogIndex::new(data.clone());
    let search = index.search_index();
    let texts: Vec<Vec<Plain>> = data
        .projects
        .iter()
        .map(|p| plain_texts(&data, p))
        .collect();
    let expected = |query: &str| -> Vec<usize> {
        let terms = terms(query);
        (0..texts.len())
            .filter(|&i| {
                terms
                    .iter()
                    .all(|t| texts[i].iter().any(|s| s.contains(t.as_str())))
            })
            .collect()
    };
    // Each sequence is typed in order, every query refining the last one's hits: one letter
    // (answered by signatures), extensions at the end and at the front (checked at the last
    // term's positions), a digit, Chinese, two terms, and a letter no text has.
    let sequences: [&[&str]; 6] = [
        &["g", "ga", "gan", "ganz", "ganzhou"],
        &["z", "nz", "anz", "ganz", "ganzh"],
        &["1", "12", "s 12", "sy 12", "syn 12"],
        &["赣", "赣州", "赣州合", "赣州合成"],
        &["h", "hu", "hua", "hua x", "hua xing"],
        &["q", "qq", "x", "xq"],
    ];
    for sequence in sequences {
        let mut prev = None;
        for &query in sequence {
            let hits = search.search(terms(query), prev.as_ref());
            let got: Vec<usize> = hits
                .as_ref()
                .map_or_else(Vec::new, |h| h.projects.iter().collect());
            let want = expected(query);
            assert_eq!(
                got,
                want,
                "{query:?} after {:?}",
                prev.as_ref().map(|h| h.terms().to_vec())
            );
            prev = hits;
        }
    }
    // The reference is not trivially empty or full.
    let some = expected("ganz").len();
    assert!(some > 0 && some < texts.len());
}
