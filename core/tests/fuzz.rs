//! Property-based fuzzing of the parser and validator: whatever arrives, loading never panics,
//! and what loads keeps the model's guarantees. Runs 256 cases per property by default (a few
//! seconds); run longer with `PROPTEST_CASES=20000 cargo test -p gba-core --release --test fuzz`.

use gba_core::text::Lang;
use gba_core::validate::{is_safe_url, load_bytes, load_str, Severity};
use proptest::prelude::*;
use serde_json::{Map, Value};

const BASE: &str = include_str!("../../tests/fixtures/valid-minimal.json");
const BUNDLED: &str = include_str!("../../public/data/visit.json");

/// Strings that mean something to the validator, so random documents reach deep checks.
const WORDS: &[&str] = &[
    "",
    "S1",
    "e1",
    "e2",
    "pr1",
    "p1",
    "acme",
    "ganzhou",
    "shenzhen",
    "jiangxi",
    "electronics",
    "promotion",
    "signed",
    "sign",
    "domestic",
    "CNY",
    "USD",
    "zh",
    "en",
    "date",
    "datetime",
    "part_of_day",
    "undated",
    "morning",
    "count",
    "money",
    "percent",
    "about",
    "2020-12-04",
    "2020-12-04T09:30",
    "2021-02-29",
    "2020",
    "2020-13",
    "https://example.org",
    "javascript:alert(1)",
    "<script>x</script>",
    "赣州",
    "ＡＢＣ",
    "\u{feff}",
    "\u{0}",
];

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1e20f64..1e20).prop_map(Value::from),
        prop::sample::select(WORDS).prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(WORDS), inner), 0..6).prop_map(|members| {
                Value::Object(
                    members
                        .into_iter()
                        .map(|(k, v)| (k.to_owned(), v))
                        .collect::<Map<_, _>>(),
                )
            }),
        ]
    })
}

/// Replaces the node reached by following `steps` (each picks a child modulo the count).
fn mutate(node: &mut Value, steps: &[usize], replacement: Value) {
    let Some((&step, rest)) = steps.split_first() else {
        *node = replacement;
        return;
    };
    match node {
        Value::Object(map) if !map.is_empty() => {
            let key = map
                .keys()
                .nth(step % map.len())
                .cloned()
                .expect("non-empty");
            mutate(map.get_mut(&key).expect("key exists"), rest, replacement);
        }
        Value::Array(items) if !items.is_empty() => {
            let len = items.len();
            mutate(&mut items[step % len], rest, replacement);
        }
        _ => *node = replacement,
    }
}

/// What must hold for any input that loads.
fn check_invariants(text: &str) {
    let Ok(loaded) = load_str(text) else { return };
    let (d, r) = (&loaded.dataset, &loaded.report);
    for e in &d.events {
        assert!(!e.sources.is_empty());
        assert!(e.sources.iter().all(|s| s.ix() < d.sources.len()));
        assert!(e.projects.iter().all(|p| p.ix() < d.projects.len()));
        assert!(e.kind.ix() < d.event_kinds.len());
        assert!(e.city.is_none_or(|c| c.ix() < d.cities.len()));
        assert!(!e.title.is_empty());
    }
    for p in &d.projects {
        assert!(!p.sources.is_empty());
        assert!(p.event.is_none_or(|e| e.ix() < d.events.len()));
        assert!(p.partner.is_none_or(|o| o.ix() < d.organisations.len()));
        assert!(p
            .investment
            .is_none_or(|m| m.amount <= gba_core::money::MAX_PLAUSIBLE_AMOUNT));
    }
    for f in &d.figures {
        assert!(!f.sources.is_empty());
    }
    for s in &d.sources {
        assert!(
            s.url.as_deref().is_none_or(is_safe_url),
            "unsafe link kept: {:?}",
            s.url
        );
    }
    // Every record with an error is listed as skipped.
    for problem in r
        .problems
        .iter()
        .filter(|p| p.severity() == Severity::Error)
    {
        if let Some(end) = problem.path.find(']') {
            let record = &problem.path[..=end];
            assert!(
                r.skipped.iter().any(|s| s.path == record),
                "{record} has an error but was not skipped: {problem}"
            );
        }
        for lang in Lang::ALL {
            assert!(!problem.describe(lang).is_empty());
        }
    }
    // Loaded and skipped records add up to what the document holds.
    let doc: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .expect("it loaded, so it is JSON");
    for (array, loaded_count) in [
        ("events", d.events.len()),
        ("projects", d.projects.len()),
        ("figures", d.figures.len()),
    ] {
        if let Some(items) = doc.get(array).and_then(Value::as_array) {
            let skipped = r
                .skipped
                .iter()
                .filter(|s| s.path.starts_with(&format!("{array}[")))
                .count();
            assert_eq!(loaded_count + skipped, items.len(), "{array}");
        }
    }
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = load_bytes(&bytes);
    }

    #[test]
    fn arbitrary_json_never_panics(value in arb_json()) {
        check_invariants(&value.to_string());
    }

    #[test]
    fn mutated_minimal_documents_keep_the_invariants(steps in prop::collection::vec(any::<usize>(), 1..7), replacement in arb_json()) {
        let mut doc: Value = serde_json::from_str(BASE).unwrap();
        mutate(&mut doc, &steps, replacement);
        check_invariants(&doc.to_string());
    }

    #[test]
    fn mutated_bundled_documents_keep_the_invariants(steps in prop::collection::vec(any::<usize>(), 1..7), replacement in arb_json()) {
        let mut doc: Value = serde_json::from_str(BUNDLED).unwrap();
        mutate(&mut doc, &steps, replacement);
        check_invariants(&doc.to_string());
    }

    #[test]
    fn truncated_documents_never_panic(cut in 0usize..BASE.len()) {
        let text = BASE.get(..cut).unwrap_or(BASE);
        let _ = load_str(text);
    }
}
