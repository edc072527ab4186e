//! Builds the browser playground so the `crib` binary carries it.
//!
//! 1. A nested `cargo rustc -p playground --target wasm32-unknown-unknown
//!    --profile wasm-release --crate-type cdylib` into its own target folder
//!    (`<target>/playground-wasm`, shared by debug and release builds of
//!    crib, and never the folder the outer cargo holds locked). Only the
//!    playground is built there, never `crib`, so there is no recursion.
//! 2. wasm-bindgen (the `wasm-bindgen-cli-support` crate, pinned to the
//!    same version as the `wasm-bindgen` dependency of `playground`) in
//!    "no-modules" style: a classic script defining `wasm_bindgen`, which
//!    works inside a Worker made from a Blob URL, so also from `file://`.
//! 3. binaryen's `wasm-opt -Oz` on the result when it is installed (Debian:
//!    `apt-get install binaryen`); without it the build still works and says
//!    the wasm is larger. `CRIB_WASM_OPT` names another `wasm-opt`, or `0`
//!    to skip it. Its output is remembered by the input's hash in the
//!    nested target folder, so a rerun with the same wasm costs nothing.
//! 4. `OUT_DIR/playground_bg.wasm` and `OUT_DIR/playground.js`, embedded by
//!    `src/playground_assets.rs` with `include_bytes!`.
//!
//! Reruns only when the playground's sources or the Cargo files change.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The heap cap of the browser runtime (see playground/src/wasm.rs).
const MAX_MEMORY: u64 = 256 << 20;
/// Boa recurses deeply; the default 1 MiB wasm stack is too small.
const STACK_SIZE: u64 = 8 << 20;

fn main() {
    let manifest_dir = PathBuf::from(env("CARGO_MANIFEST_DIR"));
    let workspace = manifest_dir.parent().expect("generator/ sits in the workspace").to_path_buf();
    let out_dir = PathBuf::from(env("OUT_DIR"));
    println!("cargo:rerun-if-changed=build.rs");
    for path in ["playground/src", "playground/js", "playground/build.rs", "playground/Cargo.toml", "Cargo.toml", "Cargo.lock"] {
        println!("cargo:rerun-if-changed={}", workspace.join(path).display());
    }
    println!("cargo:rerun-if-env-changed=CRIB_WASM_TARGET_DIR");
    println!("cargo:rerun-if-env-changed=CRIB_WASM_OPT");

    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    check_wasm_target(&rustc);

    let target_dir = std::env::var_os("CRIB_WASM_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| target_root(&out_dir).join("playground-wasm"));
    let mut cmd = Command::new(&cargo);
    cmd.current_dir(&workspace)
        .args(["rustc", "-p", "playground", "--lib", "--target", "wasm32-unknown-unknown"])
        .args(["--profile", "wasm-release", "--crate-type", "cdylib"])
        .arg("--target-dir")
        .arg(&target_dir)
        .arg("--")
        .arg(format!("-Clink-arg=--max-memory={MAX_MEMORY}"))
        .arg(format!("-Clink-arg=-zstack-size={STACK_SIZE}"))
        .arg("-Cstrip=symbols");
    // The outer build's settings are not the nested build's business.
    for var in [
        "RUSTFLAGS",
        "CARGO_ENCODED_RUSTFLAGS",
        "CARGO_BUILD_RUSTFLAGS",
        "CARGO_TARGET_DIR",
        "CARGO_BUILD_TARGET",
        "RUSTC_WORKSPACE_WRAPPER",
        "CARGO_PRIMARY_PACKAGE",
    ] {
        cmd.env_remove(var);
    }
    let status = cmd.status().unwrap_or_else(|e| fail(&format!("cannot start `{cargo}`: {e}")));
    if !status.success() {
        fail("the nested build of the browser playground (wasm32) failed; its errors are above");
    }
    let wasm = target_dir.join("wasm32-unknown-unknown/wasm-release/playground.wasm");
    if !wasm.is_file() {
        fail(&format!("the nested build produced no {}", wasm.display()));
    }

    let mut bindgen = wasm_bindgen_cli_support::Bindgen::new();
    bindgen
        .input_path(&wasm)
        .out_name("playground")
        .typescript(false)
        .debug(false)
        .keep_debug(false)
        // Function names are ~650 KB raw; panics carry their own message.
        .remove_name_section(true)
        .remove_producers_section(true);
    if let Err(e) = bindgen.no_modules(true).and_then(|b| b.generate(&out_dir)) {
        fail(&format!("wasm-bindgen failed on {}: {e:#}", wasm.display()));
    }
    optimize(&out_dir.join("playground_bg.wasm"), &target_dir);
}

/// The features rustc enables by default for wasm32-unknown-unknown (the
/// module uses them; wasm-opt must accept them and may use them).
const WASM_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-sign-ext",
    "--enable-nontrapping-float-to-int",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// Shrinks the module in place with `wasm-opt -Oz` when there is one.
fn optimize(wasm: &Path, cache_dir: &Path) {
    let choice = std::env::var("CRIB_WASM_OPT").unwrap_or_default();
    if choice == "0" {
        return;
    }
    let tool = if choice.is_empty() { "wasm-opt".to_string() } else { choice };
    let Ok(input) = std::fs::read(wasm) else { fail(&format!("wasm-bindgen wrote no {}", wasm.display())) };
    let key = hash(&[input.as_slice(), tool.as_bytes(), WASM_FEATURES.concat().as_bytes()].concat());
    let cached = cache_dir.join(format!("wasm-opt-{key:016x}.wasm"));
    if let Ok(bytes) = std::fs::read(&cached) {
        write_or_fail(wasm, &bytes);
        return;
    }
    let tmp = wasm.with_extension("opt.wasm");
    let run = Command::new(&tool).arg("-Oz").args(WASM_FEATURES).arg("--strip-debug").arg("--strip-producers").arg(wasm).arg("-o").arg(&tmp).output();
    match run {
        Ok(out) if out.status.success() => {
            let Ok(bytes) = std::fs::read(&tmp) else { fail(&format!("`{tool}` wrote no {}", tmp.display())) };
            let _ = std::fs::remove_file(&tmp);
            forget_older(cache_dir);
            let _ = std::fs::write(&cached, &bytes);
            write_or_fail(wasm, &bytes);
        }
        Ok(out) => println!(
            "cargo:warning=`{tool} -Oz` failed, so the browser playground's wasm is not optimised (about 10% larger): {}",
            String::from_utf8_lossy(&out.stderr).lines().next().unwrap_or("no message")
        ),
        Err(_) => println!(
            "cargo:warning=wasm-opt (binaryen) was not found, so the browser playground's wasm is about 10% larger; install it (Debian: apt-get install binaryen) or set CRIB_WASM_OPT=0 to silence this"
        ),
    }
}

/// Removes remembered outputs of earlier inputs (one is enough).
fn forget_older(cache_dir: &Path) {
    let Ok(entries) = std::fs::read_dir(cache_dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("wasm-opt-") && name.ends_with(".wasm") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// A stable hash of the bytes (the std SipHash with its fixed default keys).
fn hash(bytes: &[u8]) -> u64 {
    use std::hash::Hasher as _;
    let mut h = std::hash::DefaultHasher::new();
    h.write(bytes);
    h.finish()
}

fn write_or_fail(path: &Path, bytes: &[u8]) {
    if let Err(e) = std::fs::write(path, bytes) {
        fail(&format!("cannot write {}: {e}", path.display()));
    }
}

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| fail(&format!("cargo did not set {name}")))
}

/// The outer build's target folder: the nearest ancestor of OUT_DIR that
/// cargo tagged with CACHEDIR.TAG (else OUT_DIR itself).
fn target_root(out_dir: &Path) -> PathBuf {
    out_dir
        .ancestors()
        .find(|p| p.join("CACHEDIR.TAG").is_file())
        .unwrap_or(out_dir)
        .to_path_buf()
}

/// Stops with the one command to run when the wasm32 standard library is missing.
fn check_wasm_target(rustc: &str) {
    let sysroot = Command::new(rustc).args(["--print", "sysroot"]).output();
    let Ok(out) = sysroot else { return };
    let root = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    if !root.join("lib/rustlib/wasm32-unknown-unknown/lib").is_dir() {
        fail(
            "the Rust target wasm32-unknown-unknown is not installed; crib embeds the browser playground built for it.\n\
             Run this once, then build again:\n\n    rustup target add wasm32-unknown-unknown\n",
        );
    }
}

fn fail(message: &str) -> ! {
    eprintln!("\nerror: {message}");
    for line in message.lines().filter(|l| !l.trim().is_empty()) {
        println!("cargo:warning={line}");
    }
    std::process::exit(1);
}
