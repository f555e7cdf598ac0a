//! Runs every dataset in `tests/fixtures/` through the validator and compares the report with
//! the fixture's `.expect` file (both languages). `UPDATE_EXPECT=1 cargo test -p gba-core --test
//! fixtures` rewrites the `.expect` files; review the diff before committing it.

use std::path::{Path, PathBuf};

use gba_core::text::Lang;
use gba_core::validate::{load_bytes, Severity};

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

/// The validator's outcome for one file, as stable text.
fn render(bytes: &[u8]) -> String {
    let mut out = String::new();
    match load_bytes(bytes) {
        Err(fatal) => {
            for lang in Lang::ALL {
                out.push_str(&format!("fatal: {}\n", fatal.message(lang)));
            }
        }
        Ok(loaded) => {
            let (d, r) = (&loaded.dataset, &loaded.report);
            out.push_str(&format!(
                "loaded: {} events, {} projects, {} figures, {} sources\n",
                d.events.len(),
                d.projects.len(),
                d.figures.len(),
                d.sources.len()
            ));
            for skipped in &r.skipped {
                out.push_str(&format!(
                    "skipped: {} ({})\n",
                    skipped.path,
                    skipped.id.as_deref().unwrap_or("no id")
                ));
            }
            for problem in &r.problems {
                let tag = match problem.severity() {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                };
                for lang in Lang::ALL {
                    out.push_str(&format!("{tag}: {}\n", problem.describe(lang)));
                }
            }
        }
    }
    out
}

#[test]
fn every_fixture_gives_its_expected_report() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(fixtures_dir())
        .expect("tests/fixtures exists")
        .map(|entry| entry.expect("readable").path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("json" | "bin")))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 15, "the fixture corpus is missing");
    let mut failures = Vec::new();
    for input in &inputs {
        let bytes = std::fs::read(input).expect("fixture readable");
        let actual = render(&bytes);
        let expect_path = input.with_extension("expect");
        if update {
            std::fs::write(&expect_path, &actual).expect("writable");
            continue;
        }
        let expected = std::fs::read_to_string(&expect_path)
            .unwrap_or_else(|_| format!("<missing {}>", expect_path.display()));
        if expected != actual {
            failures.push(format!(
                "{}\n--- expected\n{expected}--- actual\n{actual}",
                input.display()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixture(s) differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Inputs too big to keep as files: made here, with their expected outcome.
#[test]
fn generated_inputs_give_their_expected_outcome() {
    use gba_core::validate::{load_str, Fatal, ProblemKind, MAX_DOCUMENT_BYTES, MAX_TEXT_CHARS};

    let base = std::fs::read_to_string(fixtures_dir().join("valid-minimal.json")).unwrap();

    // A 10 MB string in one description: that project is skipped, the rest loads.
    let huge = "长".repeat(10 * 1024 * 1024 / 3);
    let text = base.replacen(
        r#""name": {"zh": "未公布金额的项目""#,
        &format!(r#""description": {{"zh": "{huge}"}}, "name": {{"zh": "未公布金额的项目""#),
        1,
    );
    let loaded = load_str(&text).expect("loads");
    assert_eq!(loaded.dataset.projects.len(), 1);
    assert_eq!(loaded.report.skipped.len(), 1);
    assert!(matches!(
        loaded.report.problems[0].kind,
        ProblemKind::TextTooLong { chars, limit: MAX_TEXT_CHARS } if chars == huge.chars().count()
    ));

    // 100,000 projects (synthetic) load completely.
    let base_json: serde_json::Value =
        serde_json::from_str(include_str!("../../public/data/visit.json")).unwrap();
    let synthetic = gba_core::synth::generate(
        &base_json,
        gba_core::synth::SynthSize {
            events: 200,
            projects: 100_000,
            seed: 9,
        },
    );
    let loaded = load_str(&synthetic).expect("loads");
    assert_eq!(loaded.dataset.projects.len(), 100_000);
    assert!(loaded.report.is_clean());

    // Over the size limit: refused before parsing.
    let too_big = vec![b' '; MAX_DOCUMENT_BYTES + 1];
    assert_eq!(
        gba_core::validate::load_bytes(&too_big).unwrap_err(),
        Fatal::TooLarge {
            bytes: MAX_DOCUMENT_BYTES + 1,
            limit: MAX_DOCUMENT_BYTES
        }
    );
}

/// Checking in small steps (as the browser does, to keep the page responsive) gives exactly the
/// result of checking all at once.
#[test]
fn stepwise_loading_gives_the_same_result() {
    use gba_core::validate::{load_str, Loader, Progress};

    for name in [
        "valid-minimal.json",
        "duplicate-ids.json",
        "dangling-references.json",
        "unknown-taxonomy-values.json",
    ] {
        let text = std::fs::read_to_string(fixtures_dir().join(name)).unwrap();
        let whole = load_str(&text).unwrap();
        let mut loader = Loader::start(&text).unwrap();
        let mut steps = 0;
        let mut last_done = 0;
        while let Progress::Working { done, total } = loader.step(1) {
            assert!(
                done > last_done && done <= total,
                "{name}: progress moves forward"
            );
            last_done = done;
            steps += 1;
        }
        assert_eq!(loader.step(1), Progress::Done, "{name}: stays done");
        let stepped = loader.finish();
        assert!(steps >= 3, "{name}: {steps} steps");
        assert_eq!(stepped.report, whole.report, "{name}");
        let ids = |l: &gba_core::validate::Loaded| {
            (
                l.dataset
                    .events
                    .iter()
                    .map(|e| (e.id.to_string(), e.projects.clone()))
                    .collect::<Vec<_>>(),
                l.dataset
                    .projects
                    .iter()
                    .map(|p| (p.id.to_string(), p.event))
                    .collect::<Vec<_>>(),
                l.dataset.figures.len(),
            )
        };
        assert_eq!(ids(&stepped), ids(&whole), "{name}");
    }
}
