//! The committed browser runtime (`playground/prebuilt/`) is what its
//! sources build: its manifest's `inputs` hash equals the hash of today's
//! sources (`xtask/src/fingerprint.rs`, the one definition of the inputs),
//! and its files are the ones the manifest describes. When this fails after
//! a change to the runtime, run `cargo xtask wasm` and commit the result.

#[path = "../../xtask/src/fingerprint.rs"]
mod fingerprint;

use std::io::Read as _;
use std::path::{Path, PathBuf};

const REBUILD: &str = "run `cargo xtask wasm` and commit playground/prebuilt/";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("generator/ sits in the workspace").to_path_buf()
}

fn manifest(root: &Path) -> toml::Table {
    let path = root.join("playground/prebuilt/manifest.toml");
    let text =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}; {REBUILD}", path.display()));
    text.parse().unwrap_or_else(|e| panic!("{} is not valid TOML: {e}; {REBUILD}", path.display()))
}

fn field<'a>(manifest: &'a toml::Table, key: &str) -> &'a str {
    manifest.get(key).and_then(|v| v.as_str()).unwrap_or_else(|| panic!("manifest.toml has no `{key}`; {REBUILD}"))
}

#[test]
fn the_artifact_is_built_from_todays_sources() {
    let root = root();
    let manifest = manifest(&root);
    let today = fingerprint::inputs_hash(&root).expect("hash the runtime's sources");
    let built_from = field(&manifest, "inputs");
    assert!(
        today == built_from,
        "the browser runtime in playground/prebuilt/ was built from other sources than today's \
         (manifest inputs {built_from}, sources now {today}).\nThe runtime's sources changed (see \
         xtask/src/fingerprint.rs for what counts): {REBUILD}."
    );
    assert_eq!(
        field(&manifest, "toolchain"),
        fingerprint::TOOLCHAIN,
        "the artifact was built with another toolchain than the pinned one; {REBUILD}"
    );
}

#[test]
fn the_artifact_files_are_the_ones_its_manifest_describes() {
    let root = root();
    let manifest = manifest(&root);
    let dir = root.join("playground/prebuilt");
    let gz = std::fs::read(dir.join("playground_bg.wasm.gz")).expect("read playground_bg.wasm.gz");
    let mut wasm = Vec::new();
    flate2::read::GzDecoder::new(&gz[..])
        .read_to_end(&mut wasm)
        .unwrap_or_else(|e| panic!("playground_bg.wasm.gz does not unpack: {e}; {REBUILD}"));
    assert_eq!(
        blake3::hash(&wasm).to_hex().as_str(),
        field(&manifest, "wasm_blake3"),
        "playground_bg.wasm.gz is not the module the manifest names; {REBUILD}"
    );
    assert_eq!(manifest.get("wasm_bytes").and_then(|v| v.as_integer()), Some(wasm.len() as i64));
    assert_eq!(manifest.get("wasm_gzip_bytes").and_then(|v| v.as_integer()), Some(gz.len() as i64));
    assert!(wasm.starts_with(b"\0asm"), "not a wasm module");
    let glue = std::fs::read(dir.join("playground.js")).expect("read playground.js");
    assert_eq!(
        blake3::hash(&glue).to_hex().as_str(),
        field(&manifest, "glue_blake3"),
        "playground.js is not the glue the manifest names; {REBUILD}"
    );
    let js = fingerprint::tree_hash(&dir.join("js")).expect("hash prebuilt/js/");
    assert_eq!(
        js,
        field(&manifest, "js_blake3"),
        "playground/prebuilt/js/ holds other minified built-ins than the manifest names; {REBUILD}"
    );
    // What crib embeds is this artifact.
    assert_eq!(crib::playground_assets::wasm(), &wasm[..]);
}

#[test]
fn crib_names_the_runtime_in_its_version() {
    let root = root();
    let built_from = field(&manifest(&root), "inputs").to_string();
    let out =
        std::process::Command::new(env!("CARGO_BIN_EXE_crib")).arg("--version").output().expect("run crib --version");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(
        text.starts_with(&format!("crib {} (runtime {})", env!("CARGO_PKG_VERSION"), &built_from[..12])),
        "crib --version printed {text:?}"
    );
}
