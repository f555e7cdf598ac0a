//! The operator CLI: every problem at once, both languages, exit codes 0/1/2.

use std::process::Command;

fn run(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_validate"))
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

fn fixture(name: &str) -> String {
    format!("{}/../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn clean_file_exits_0() {
    let (code, out) = run(&[&format!(
        "{}/../public/data/visit.json",
        env!("CARGO_MANIFEST_DIR")
    )]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 errors, 0 warnings"));
    assert!(out.contains("错误 0 个，警告 0 个"));
}

#[test]
fn problems_exit_1_and_are_all_listed_in_both_languages() {
    let (code, out) = run(&[&fixture("unknown-taxonomy-values.json")]);
    assert_eq!(code, 1, "{out}");
    for expected in [
        "events[0].city (line 143): unknown city \"beijing\"",
        "events[1].kind (line 179): unknown event kind \"party\"",
        "projects[0].industry (line 196): unknown industry \"steel\"",
        "未知城市 \"beijing\"",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in\n{out}");
    }
}

#[test]
fn unreadable_files_exit_2() {
    for name in [
        "malformed-trailing-comma.json",
        "not-utf8.bin",
        "wrong-top-level-array.json",
    ] {
        let (code, out) = run(&[&fixture(name)]);
        assert_eq!(code, 2, "{name}: {out}");
    }
    let (code, out) = run(&["/no/such/file.json"]);
    assert_eq!(code, 2, "{out}");
}

#[test]
fn one_language_on_request() {
    let (_, out) = run(&["--lang", "en", &fixture("unknown-stage.json")]);
    assert!(out.contains("unknown stage \"sign\""));
    assert!(!out.contains("未知"), "{out}");
}
