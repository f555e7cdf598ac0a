//! `schema`: prints the data format's JSON Schema (write it to `public/data/schema.v1.json`).

fn main() {
    print!("{}", gba_core::schema::schema_json());
}
