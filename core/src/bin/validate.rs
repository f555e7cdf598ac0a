//! `validate FILE…`: checks dataset files before they are published.
//!
//! Prints every problem with its JSON path and line in Chinese and English (or one language with
//! `--lang zh|en`). Exit code: 0 clean, 1 problems found (some records would be skipped or
//! fall back), 2 a file could not be read or parsed at all.

use std::process::ExitCode;

use gba_core::text::Lang;
use gba_core::validate::{load_bytes, Severity};

fn usage() -> ExitCode {
    eprintln!("usage: validate [--lang zh|en|both] FILE...");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut langs = vec![Lang::Zh, Lang::En];
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => match args.next().as_deref() {
                Some("both") => langs = vec![Lang::Zh, Lang::En],
                Some(code) => match code.parse::<Lang>() {
                    Ok(lang) => langs = vec![lang],
                    Err(_) => return usage(),
                },
                None => return usage(),
            },
            "-h" | "--help" => {
                usage();
                return ExitCode::SUCCESS;
            }
            _ => files.push(arg),
        }
    }
    if files.is_empty() {
        return usage();
    }
    let mut worst = 0u8;
    for file in &files {
        worst = worst.max(check(file, &langs));
    }
    ExitCode::from(worst)
}

/// Checks one file and prints its report; returns its exit code.
fn check(file: &str, langs: &[Lang]) -> u8 {
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(e) => {
            println!("{file}: 无法读取 cannot read: {e}");
            return 2;
        }
    };
    let loaded = match load_bytes(&bytes) {
        Ok(loaded) => loaded,
        Err(fatal) => {
            for &lang in langs {
                println!("{file}: {}", fatal.message(lang));
            }
            return 2;
        }
    };
    let (d, r) = (&loaded.dataset, &loaded.report);
    for &lang in langs {
        let line = match lang {
            Lang::Zh => format!(
                "{file}：载入活动 {} 个、项目 {} 个、数据 {} 条、来源 {} 个；跳过 {} 条记录；错误 {} 个，警告 {} 个。",
                d.events.len(), d.projects.len(), d.figures.len(), d.sources.len(), r.skipped.len(), r.errors(), r.warnings()
            ),
            Lang::En => format!(
                "{file}: loaded {} events, {} projects, {} figures, {} sources; skipped {} records; {} errors, {} warnings.",
                d.events.len(), d.projects.len(), d.figures.len(), d.sources.len(), r.skipped.len(), r.errors(), r.warnings()
            ),
        };
        println!("{line}");
    }
    for problem in &r.problems {
        let tag = match problem.severity() {
            Severity::Error => "错误 ERROR  ",
            Severity::Warning => "警告 WARNING",
        };
        for (i, &lang) in langs.iter().enumerate() {
            let lead = if i == 0 { tag } else { "            " };
            println!("  {lead} {}", problem.describe(lang));
        }
    }
    u8::from(!r.is_clean())
}
