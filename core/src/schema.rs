//! The JSON Schema of the data format, generated from the format types in `format_v1`.

use crate::format_v1::Document;

/// Where the published schema lives in the repository (copied to `dist/data/` by the build).
pub const PUBLISHED_PATH: &str = "public/data/schema.v1.json";

/// The schema as pretty-printed JSON, ending in a newline.
pub fn schema_json() -> String {
    let mut schema = schemars::schema_for!(Document<'static>);
    schema.insert("$id".into(), "gba-visit-explorer/schema.v1.json".into());
    schema.insert(
        "title".into(),
        "GBA Visit Explorer dataset, format version 1".into(),
    );
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema serializes");
    text.push('\n');
    text
}
