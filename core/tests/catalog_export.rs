//! Sorting, pages and export (CSV, and JSON that validates on its own).

mod catalog {
    pub mod common;
}
use catalog::common::{bundled, run, synthetic};
use gba_core::catalog::export::{csv, json};
use gba_core::catalog::{CatalogIndex, Sort};
use gba_core::model::ProjectIx;
use gba_core::text::Lang;
use gba_core::validate::load_str;

fn sorted(index: &CatalogIndex, sort: &str, lang: Lang) -> Vec<String> {
    let all = run(index, "#/projects");
    let sort: Sort = sort.parse().unwrap();
    index
        .sorted(&all.matches, sort, lang)
        .map(|p| index.data().projects[p.ix()].id.to_string())
        .collect()
}

#[test]
fn amounts_sort_with_unknown_last_both_ways() {
    let index = CatalogIndex::new(bundled());
    let desc = sorted(&index, "amount-desc", Lang::Zh);
    assert_eq!(
        desc[..4],
        [
            "p2019-wanze",
            "p2019-mtc",
            "p2019-haineng",
            "p-ofilm-biometrics"
        ]
    );
    let asc = sorted(&index, "amount", Lang::Zh);
    assert_eq!(
        asc[..4],
        [
            "p2019-haineng",
            "p2019-mtc",
            "p2019-wanze",
            "p-ofilm-biometrics"
        ]
    );
    assert_eq!(asc.len(), 13);
}

#[test]
fn names_sort_by_pinyin_in_chinese_and_alphabetically_in_english() {
    let index = CatalogIndex::new(bundled());
    let zh = sorted(&index, "name", Lang::Zh);
    // 博硕 bo < 格力 ge < 海能 hai < 航盛 hang < 华润 hua < 华为 hua…
    assert_eq!(
        zh[..4],
        ["p-boshuo", "p-gree", "p2019-haineng", "p-hangsheng"]
    );
    let en = sorted(&index, "name", Lang::En);
    assert_eq!(en[..3], ["p-boshuo", "p-china-resources", "p-gree"]);
    let en_desc = sorted(&index, "name-desc", Lang::En);
    assert_eq!(en_desc[0], "p2019-wanze");
    // City and stage: unknown last both ways.
    let city = sorted(&index, "city-desc", Lang::Zh);
    assert_eq!(city[..3], ["p2019-wanze", "p2019-mtc", "p2019-haineng"]);
    let stage = sorted(&index, "stage-desc", Lang::En);
    assert_eq!(
        stage[..3],
        [
            "p-ofilm-biometrics",
            "p-ofilm-optoelectronics",
            "p-luxshare"
        ]
    );
    assert_eq!(stage[6], "p-boshuo");
}

#[test]
fn pages_cut_the_sorted_results() {
    let index = CatalogIndex::new(synthetic(250));
    let all = run(&index, "#/projects");
    let sort: Sort = "amount-desc".parse().unwrap();
    let everything: Vec<ProjectIx> = index.sorted(&all.matches, sort, Lang::En).collect();
    assert_eq!(
        index.page(&all.matches, sort, Lang::En, 2, 20),
        everything[20..40]
    );
    assert_eq!(
        index.page(&all.matches, sort, Lang::En, 13, 20),
        everything[240..]
    );
    assert!(index.page(&all.matches, sort, Lang::En, 14, 20).is_empty());
    let amounts: Vec<u64> = everything
        .iter()
        .filter_map(|p| index.data().projects[p.ix()].investment.map(|m| m.amount))
        .collect();
    assert!(amounts.windows(2).all(|w| w[0] >= w[1]));
}

#[test]
fn csv_has_a_bom_headers_in_the_language_and_one_row_per_project() {
    let data = bundled();
    let rows: Vec<ProjectIx> = (0..3).map(ProjectIx).collect();
    let zh = csv(&data, Lang::Zh, &rows);
    assert!(zh.starts_with("\u{FEFF}编号,项目名称,产业,城市,"));
    assert_eq!(zh.lines().count(), 4);
    assert!(zh.contains(",7000000000,CNY,70亿元,已签约,"), "{zh}");
    let en = csv(&data, Lang::En, &[ProjectIx(9)]);
    assert!(en.starts_with("\u{FEFF}ID,Project,Industry,City,"));
    // Unknown amount: empty number and currency, "Not announced" in words.
    assert!(
        en.contains(",Not announced,Not announced,Not announced,Not announced,,,Not announced,"),
        "{en}"
    );
    assert!(en.ends_with("\r\n"));
}

#[test]
fn a_json_export_of_a_subset_validates_on_its_own() {
    for (data, fragment) in [
        (bundled(), "#/projects?f.city=nanchang"),
        (bundled(), "#/projects"),
        (bundled(), "#/projects?q=huawei"),
        (synthetic(500), "#/projects?f.city=ganzhou&min=50"),
    ] {
        let index = CatalogIndex::new(data.clone());
        let out = run(&index, fragment);
        let rows: Vec<ProjectIx> = index
            .sorted(&out.matches, Sort::default(), Lang::Zh)
            .collect();
        let text = json(&data, &rows);
        let loaded = load_str(&text).unwrap_or_else(|e| panic!("{fragment}: {e}"));
        let problems: Vec<String> = loaded
            .report
            .problems
            .iter()
            .map(|p| p.to_string())
            .collect();
        assert!(problems.is_empty(), "{fragment}: {problems:?}");
        assert_eq!(loaded.dataset.projects.len(), rows.len(), "{fragment}");
        let ids: Vec<&str> = loaded.dataset.projects.iter().map(|p| &*p.id).collect();
        let want: Vec<&str> = rows.iter().map(|p| &*data.projects[p.ix()].id).collect();
        assert_eq!(ids, want);
    }
    // The 2019 conference keeps its links to the exported projects only.
    let data = bundled();
    let text = json(&data, &[ProjectIx(0)]);
    let loaded = load_str(&text).unwrap();
    assert_eq!(loaded.dataset.events.len(), 1);
    assert_eq!(loaded.dataset.events[0].projects.len(), 1);
}
