//! Names the browser runtime this `crib` carries.
//!
//! The runtime for the browser is a committed artifact
//! (`playground/prebuilt/`, rebuilt with `cargo xtask wasm`), so building
//! crib needs no wasm32 target. This script only hashes the runtime's
//! sources the way `cargo xtask wasm` does (`xtask/src/fingerprint.rs`)
//! and passes two values to the crate:
//! - `CRIB_RUNTIME_SOURCES`: the hash of the sources this binary's native
//!   runtime is compiled from (it keys the example-result caches);
//! - `CRIB_RUNTIME_ARTIFACT`: the hash the committed artifact was built from.
//!
//! They differ only while someone is changing the runtime: then a warning
//! names the command, `crib --version` says so, and the test
//! `runtime_artifact` fails until the artifact is rebuilt.

#[path = "../xtask/src/fingerprint.rs"]
mod fingerprint;

use std::path::PathBuf;

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let root = manifest_dir.parent().expect("generator/ sits in the workspace").to_path_buf();
    println!("cargo:rerun-if-changed=build.rs");
    for path in fingerprint::INPUTS.iter().chain(&["Cargo.toml", "Cargo.lock", "playground/prebuilt/manifest.toml"]) {
        println!("cargo:rerun-if-changed={}", root.join(path).display());
    }
    let sources = fingerprint::inputs_hash(&root).unwrap_or_else(|e| {
        println!("cargo:warning=cannot hash the runtime's sources: {e}");
        "unknown".into()
    });
    let manifest = root.join("playground/prebuilt/manifest.toml");
    let artifact = std::fs::read_to_string(&manifest)
        .ok()
        .and_then(|text| text.parse::<toml::Table>().ok())
        .and_then(|t| t.get("inputs").and_then(|v| v.as_str()).map(str::to_string))
        .unwrap_or_else(|| {
            println!("cargo:warning=cannot read the runtime artifact's manifest {}", manifest.display());
            "unknown".into()
        });
    if sources != artifact {
        println!("cargo:warning=the browser runtime (playground/prebuilt/) was built from other sources than the runtime's; run `cargo xtask wasm` to rebuild it");
    }
    println!("cargo:rustc-env=CRIB_RUNTIME_SOURCES={sources}");
    println!("cargo:rustc-env=CRIB_RUNTIME_ARTIFACT={artifact}");
}
