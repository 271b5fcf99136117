//! The published JSON Schema matches the Rust types, and every map file we write or ship as a
//! fixture validates against it.
#![cfg(not(target_arch = "wasm32"))]
use patika::format::export;
use patika::format::schema::{json_schema, SCHEMA_PATH};
use patika::model::samples::{sample, Sample};

#[test]
fn the_published_schema_is_the_generated_one() {
    let generated = json_schema();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(SCHEMA_PATH, &generated).expect("write schema");
    }
    let published = std::fs::read_to_string(SCHEMA_PATH).unwrap_or_default();
    assert!(
        published == generated,
        "{SCHEMA_PATH} is out of date with the Rust types: run `cargo run --bin patika -- schema > {SCHEMA_PATH}` (or UPDATE_SCHEMA=1 cargo test --test schema)"
    );
}

fn validator() -> (boon::Schemas, boon::SchemaIndex) {
    compiled(&json_schema())
}

/// The published schema of format version 1, for the version-1 files Patika still reads.
fn v1_validator() -> (boon::Schemas, boon::SchemaIndex) {
    compiled(
        &std::fs::read_to_string("public/schema/patika-map-v1.schema.json").expect("v1 schema"),
    )
}

fn compiled(text: &str) -> (boon::Schemas, boon::SchemaIndex) {
    let schema: serde_json::Value = serde_json::from_str(text).expect("schema is JSON");
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler
        .add_resource("urn:patika-map", schema)
        .expect("add schema");
    let index = compiler
        .compile("urn:patika-map", &mut schemas)
        .expect("schema compiles");
    (schemas, index)
}

#[test]
fn written_maps_and_fixtures_validate() {
    let (schemas, index) = validator();
    let (v1, v1_index) = v1_validator();
    let mut files: Vec<(String, String)> = vec![
        (
            "sample tr".into(),
            export(&sample(Sample::OnlineShopTr, "a", "2026-01-01T00:00:00Z")),
        ),
        (
            "sample en".into(),
            export(&sample(Sample::BroadbandEn, "b", "2026-01-01T00:00:00Z")),
        ),
    ];
    for dir in [
        "tests/fixtures/import",
        "tests/fixtures/valid",
        "tests/fixtures/report",
        "tests/fixtures/migrations",
    ] {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            // Fixtures of files that must be refused are not map files by design.
            let refused = [
                "not-json",
                "wrong-format",
                "newer-version",
                "too-deep",
                "invalid-field",
            ]
            .iter()
            .any(|r| name.starts_with(r));
            if name.ends_with(".json") && !refused {
                files.push((
                    name,
                    std::fs::read_to_string(e.path()).expect("read fixture"),
                ));
            }
        }
    }
    assert!(files.len() > 3, "fixtures found: {}", files.len());
    for (name, text) in files {
        let value: serde_json::Value = serde_json::from_str(&text).expect("fixture is JSON");
        // A version-1 fixture is a version-1 file: checked against the schema of its version.
        let checked = match value.get("formatVersion").and_then(|v| v.as_u64()) {
            Some(1) => v1.validate(&value, v1_index),
            _ => schemas.validate(&value, index),
        };
        if let Err(e) = checked {
            panic!("{name} does not validate: {e}");
        }
    }
}

#[test]
fn a_file_of_the_wrong_shape_does_not_validate() {
    let (schemas, index) = validator();
    let wrong: serde_json::Value = serde_json::from_str(r#"{"format": "patika.journey-map", "formatVersion": 2, "map": {"stages": [{"id": "s", "name": 5}]}}"#).expect("json");
    assert!(schemas.validate(&wrong, index).is_err());
    let newer: serde_json::Value =
        serde_json::from_str(r#"{"format": "patika.journey-map", "formatVersion": 3, "map": {}}"#)
            .expect("json");
    assert!(schemas.validate(&newer, index).is_err());
}

/// What maps could hold in each build (`format::stored::BUILD`), as a fingerprint of the schema:
/// a build never writes over a map stamped by a higher build, so a change to what a map holds
/// must raise the build. Changing the model fails this test until `BUILD` is raised and a line
/// is added here.
const SCHEMA_OF_BUILD: &[(u64, u64)] = &[
    (2, 0xc92c_b0f6_9263_2e82),
    (3, 0xbe3c_4352_5387_394c),
    (4, 0xb4bf_d7a2_23e8_91a8),
    (5, 0xb3ae_c07b_4a3e_3a92),
    (6, 0x1d8a_eff6_844a_bacc),
    (7, 0x6b17_276d_f2f2_e83e),
];

#[test]
fn a_changed_schema_raises_the_build() {
    let fingerprint = patika::format::Revision::of(&json_schema()).0;
    let (build, recorded) = SCHEMA_OF_BUILD[SCHEMA_OF_BUILD.len() - 1];
    assert_eq!(
        build,
        patika::format::stored::BUILD,
        "record the schema of the new build here"
    );
    assert_eq!(
        recorded,
        fingerprint,
        "what a map holds changed (schema fingerprint {fingerprint:#x}): raise \
         format::stored::BUILD and add ({}, {fingerprint:#x}) to SCHEMA_OF_BUILD",
        build + 1
    );
}
