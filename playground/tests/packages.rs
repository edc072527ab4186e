//! The npm package snapshots (`playground/packages/prebuilt/`) are fresh:
//! made by `cargo xtask packages` from today's `package-lock.json` with
//! today's snapshot code (`xtask/src/packages.rs`, `minify.rs`), one per
//! dependency of `playground/packages/package.json`, and the runtime's list
//! of packages (`packages::KNOWN`) is that same list.

use serde_json::Value;
use std::path::{Path, PathBuf};

const REGENERATE: &str = "run `cargo xtask packages` to regenerate playground/packages/prebuilt/";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("playground/ sits in the workspace").to_path_buf()
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The hash `xtask/src/packages.rs` (`hash_files`) records.
fn hash_files(rels: &[&str]) -> String {
    let mut h = blake3::Hasher::new();
    for rel in rels {
        let text = std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
        let text = text.replace("\r\n", "\n");
        for part in [rel.as_bytes(), text.as_bytes()] {
            h.update(&(part.len() as u64).to_le_bytes());
            h.update(part);
        }
    }
    h.finalize().to_hex().to_string()
}

#[test]
fn snapshots_are_fresh() {
    let folder = root().join("playground/packages");
    let manifest = read_json(&folder.join("package.json"));
    let names: Vec<String> = manifest["dependencies"].as_object().expect("dependencies").keys().cloned().collect();
    assert_eq!(
        names,
        playground::packages::KNOWN,
        "playground/src/packages.rs KNOWN must list the dependencies of playground/packages/package.json"
    );
    let lockfile = read_json(&folder.join("package-lock.json"));
    let lock = hash_files(&["playground/packages/package-lock.json"]);
    let generator = hash_files(&["xtask/src/packages.rs", "xtask/src/minify.rs"]);
    let mut expected_files: Vec<String> = names.iter().map(|n| format!("{}.json", n.replace('/', "+"))).collect();
    expected_files.sort();
    let mut present: Vec<String> = std::fs::read_dir(folder.join("prebuilt"))
        .unwrap_or_else(|e| panic!("playground/packages/prebuilt: {e}; {REGENERATE}"))
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    present.sort();
    assert_eq!(present, expected_files, "one snapshot per package; {REGENERATE}");
    for (name, file) in names.iter().zip(&expected_files) {
        let snap = read_json(&folder.join("prebuilt").join(file));
        assert_eq!(snap["name"], Value::from(name.as_str()), "{file}: {REGENERATE}");
        assert_eq!(
            snap["lock"],
            Value::from(lock.as_str()),
            "{file} was made from another package-lock.json: {REGENERATE}"
        );
        assert_eq!(
            snap["generator"],
            Value::from(generator.as_str()),
            "{file} was made by other snapshot code: {REGENERATE}"
        );
        let locked = &lockfile["packages"][format!("node_modules/{name}")]["version"];
        assert_eq!(&snap["version"], locked, "{file}: {REGENERATE}");
        let entry = format!("/node_modules/{name}/package.json");
        assert!(snap["files"].get(&entry).is_some(), "{file} has no {entry}");
    }
}

#[test]
fn a_snapshot_can_be_added_and_read() {
    let file = root().join("playground/packages/prebuilt/express.json");
    let text = std::fs::read_to_string(&file).expect("the express snapshot");
    assert_eq!(playground::packages::add(&text).as_deref(), Ok("express"));
    assert!(playground::packages::added().iter().any(|(n, _)| n == "express"));
    let err = playground::packages::add(r#"{"name":"left-pad","version":"1.0.0","files":{}}"#).unwrap_err();
    assert!(err.contains("not one of the playground's packages"), "{err}");
}
