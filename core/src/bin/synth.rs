//! `synth --events N --projects M [--seed S] [--base FILE]`: prints a synthetic dataset (for
//! benchmarks and scale tests only; every record says it is synthetic).

use gba_core::synth::{generate, SynthSize};

fn main() {
    let mut size = SynthSize {
        events: 200,
        projects: 1000,
        seed: 1,
    };
    let mut base_path =
        concat!(env!("CARGO_MANIFEST_DIR"), "/../public/data/visit.json").to_owned();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next().unwrap_or_default();
        match arg.as_str() {
            "--events" => size.events = value.parse().expect("--events N"),
            "--projects" => size.projects = value.parse().expect("--projects N"),
            "--seed" => size.seed = value.parse().expect("--seed N"),
            "--base" => base_path = value,
            _ => {
                eprintln!("usage: synth [--events N] [--projects N] [--seed N] [--base FILE]");
                std::process::exit(2);
            }
        }
    }
    let base_text = std::fs::read_to_string(&base_path).expect("base dataset readable");
    let base: serde_json::Value = serde_json::from_str(&base_text).expect("base dataset is JSON");
    print!("{}", generate(&base, size));
}
