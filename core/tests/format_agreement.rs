//! The validator reads records field by field; the format's Rust types (format_v1, from which
//! the JSON Schema is generated) define them. This checks that both agree on shape: for many
//! mutations of every field of every record kind, the types reject a record exactly when the
//! validator reports a shape problem for it.
#![cfg(feature = "schema")]

use gba_core::format_v1 as f;
use gba_core::validate::{load_str, ProblemKind, ShapeError, Vocabulary};
use serde_json::{json, Value};

const BASE: &str = include_str!("../../tests/fixtures/valid-minimal.json");

/// Whether the format types accept `record` as the kind at `array`.
fn types_accept(array: &str, record: &Value) -> bool {
    let text = record.to_string();
    match array {
        "events" => serde_json::from_str::<f::Event>(&text).is_ok(),
        "projects" => serde_json::from_str::<f::Project>(&text).is_ok(),
        "figures" => serde_json::from_str::<f::Figure>(&text).is_ok(),
        "people" => serde_json::from_str::<f::Person>(&text).is_ok(),
        "organisations" => serde_json::from_str::<f::Term>(&text).is_ok(),
        _ => unreachable!(),
    }
}

/// Whether the validator reports a shape problem for the record at `path`.
fn validator_rejects_shape(doc: &Value, path: &str) -> bool {
    let loaded = load_str(&doc.to_string()).expect("the document stays readable");
    loaded.report.problems.iter().any(|p| {
        let inside = p.path == path
            || p.path.starts_with(&format!("{path}."))
            || p.path.starts_with(&format!("{path}["));
        let shape = matches!(
            &p.kind,
            ProblemKind::Shape(
                ShapeError::MissingField(_)
                    | ShapeError::WrongType { .. }
                    | ShapeError::DuplicateField(_)
            ) | ProblemKind::Unknown {
                vocabulary: Vocabulary::Precision | Vocabulary::FigureKind,
                ..
            }
        );
        inside && shape
    })
}

/// Replacement values tried for every field.
fn mutations() -> Vec<Option<Value>> {
    vec![
        None,
        Some(Value::Null),
        Some(json!(5)),
        Some(json!("x")),
        Some(json!([])),
        Some(json!({})),
        Some(json!({"zh": 1})),
        Some(json!(["a"])),
    ]
}

/// Every path to a member inside a record, depth first (objects only; arrays by index).
fn member_paths(value: &Value, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let mut p = prefix.clone();
                p.push(k.clone());
                out.push(p.clone());
                member_paths(v, p, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let mut p = prefix.clone();
                p.push(i.to_string());
                member_paths(v, p, out);
            }
        }
        _ => {}
    }
}

fn set(value: &mut Value, path: &[String], replacement: Option<Value>) {
    let (last, parents) = path.split_last().expect("non-empty path");
    let mut target = value;
    for key in parents {
        target = match target {
            Value::Object(map) => map.get_mut(key).expect("path exists"),
            Value::Array(items) => &mut items[key.parse::<usize>().expect("index")],
            _ => unreachable!(),
        };
    }
    if let Value::Object(map) = target {
        match replacement {
            Some(v) => {
                map.insert(last.clone(), v);
            }
            None => {
                map.remove(last);
            }
        }
    }
}

#[test]
fn validator_and_format_types_agree_on_shape() {
    let base: Value = serde_json::from_str(BASE).unwrap();
    let mut checked = 0;
    let mut disagreements = Vec::new();
    for array in ["events", "projects", "figures", "people", "organisations"] {
        let count = base[array].as_array().map_or(0, Vec::len);
        for index in 0..count {
            let record = base[array][index].clone();
            let mut paths = Vec::new();
            member_paths(&record, Vec::new(), &mut paths);
            for path in paths {
                for replacement in mutations() {
                    let mut mutated = record.clone();
                    set(&mut mutated, &path, replacement.clone());
                    let mut doc = base.clone();
                    doc[array][index] = mutated.clone();
                    let record_path = format!("{array}[{index}]");
                    let accepted = types_accept(array, &mutated);
                    let rejected = validator_rejects_shape(&doc, &record_path);
                    checked += 1;
                    if accepted == rejected {
                        disagreements.push(format!(
                            "{record_path}.{} = {replacement:?}: types accept {accepted}, validator rejects {rejected}",
                            path.join(".")
                        ));
                    }
                }
            }
        }
    }
    assert!(checked > 500, "only {checked} mutations tried");
    assert!(
        disagreements.is_empty(),
        "{} of {checked} disagree:\n{}",
        disagreements.len(),
        disagreements.join("\n")
    );
}
