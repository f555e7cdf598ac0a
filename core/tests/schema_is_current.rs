//! The published JSON Schema must match the format types.
#![cfg(feature = "schema")]

#[test]
fn published_schema_matches_the_format_types() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../public/data/schema.v1.json");
    let published = std::fs::read_to_string(path).unwrap_or_default();
    let current = gba_core::schema::schema_json();
    assert!(
        published == current,
        "public/data/schema.v1.json is out of date; regenerate it with\n  cargo run -p gba-core --features schema --bin schema > public/data/schema.v1.json"
    );
}
