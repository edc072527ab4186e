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
//! 3. `build/wasm_layout.rs` puts the function bodies in name order (so the
//!    copies of one generic function sit within gzip's window) and drops
//!    the name section, which is kept until then for it.
//! 4. `OUT_DIR/playground_bg.wasm` and `OUT_DIR/playground.js`, embedded by
//!    `src/playground_assets.rs` with `include_bytes!`.
//!
//! Reruns only when the playground's sources or the Cargo files change.
//!
//! Size (bytes raw / gzip -9 / brotli q11, `bench/playground-sizes.sh`;
//! history and what each step saved in bench/README.md), 2026-11-26, session
//! 4: 3,193,293 / 989,027 (GNU gzip; Node's zlib 1,011,455) / 750,453, from
//! 3,677,495 / 1,061,881 / 804,696. The steps: Boa's parser compiled once
//! (`vendor/boa_parser`), two unstable size flags (`unstable_size_flags`),
//! and the built-ins minified by oxc (`playground/build/minify.rs`).
//!
//! Not run: binaryen's `wasm-opt`. Measured on this module (bindgen output,
//! rustc 1.95, binaryen 108, before the name order): none 3,669,110 /
//! 1,141,083 / 811,197; `-O1` 3,559,450 / 1,141,397 / 817,003; `-Oz`
//! 3,474,230 / 1,166,975 / 824,170; single passes at best -2 KB gzip
//! (duplicate-function-elimination). It shrinks the raw module but makes
//! what is transferred larger, so it is left out. `opt-level = "s"` instead
//! of `"z"`: 4,436,180 / 1,363,409 / 918,148.

#[path = "build/wasm_layout.rs"]
mod wasm_layout;

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
    println!("cargo:rerun-if-changed=build/wasm_layout.rs");
    for path in
        ["playground/src", "playground/js", "playground/build.rs", "playground/build", "playground/Cargo.toml", "vendor", "Cargo.toml", "Cargo.lock"]
    {
        println!("cargo:rerun-if-changed={}", workspace.join(path).display());
    }
    println!("cargo:rerun-if-env-changed=CRIB_WASM_TARGET_DIR");

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
        .arg(format!("-Clink-arg=-zstack-size={STACK_SIZE}"));
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
    let mut flags = remap_path_flags(&workspace);
    let size_flags = unstable_size_flags(&rustc);
    if !size_flags.is_empty() {
        flags.extend(size_flags.iter().map(|f| f.to_string()));
        cmd.env("RUSTC_BOOTSTRAP", "1");
    }
    cmd.env("CARGO_ENCODED_RUSTFLAGS", flags.join("\x1f"));
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
        // Kept for `wasm_layout`, which orders the code by them and drops them.
        .remove_name_section(false)
        .remove_producers_section(true);
    if let Err(e) = bindgen.no_modules(true).and_then(|b| b.generate(&out_dir)) {
        fail(&format!("wasm-bindgen failed on {}: {e:#}", wasm.display()));
    }
    let module = out_dir.join("playground_bg.wasm");
    let bytes = std::fs::read(&module).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", module.display())));
    let sorted = wasm_layout::sort_functions_by_name(&bytes)
        .unwrap_or_else(|e| fail(&format!("laying out {}: {e}", module.display())));
    std::fs::write(&module, sorted).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", module.display())));
}

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| fail(&format!("cargo did not set {name}")))
}

/// Panic messages name their source file: these make the names relative to
/// the crate registry and the workspace instead of absolute paths on this
/// machine (no home folder in the artifact, and ~2 KB less gzip).
fn remap_path_flags(workspace: &Path) -> Vec<String> {
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")));
    let mut prefixes = vec![workspace.to_path_buf()];
    if let Some(home) = cargo_home {
        prefixes.push(home.join("git/checkouts"));
        if let Ok(entries) = std::fs::read_dir(home.join("registry/src")) {
            prefixes.extend(entries.flatten().map(|e| e.path()));
        }
    }
    prefixes.sort();
    prefixes.iter().map(|p| format!("--remap-path-prefix={}/=", p.display())).collect()
}

/// Two unstable rustc flags that make the module about 44 KB (4%) smaller
/// in gzip, allowed on a stable rustc through `RUSTC_BOOTSTRAP=1` for the
/// nested build alone:
/// - `-Zlocation-detail=none`: panic messages carry no file, line or column
///   (the wasm build aborts on panic; the message is for a developer);
/// - `-Zfmt-debug=shallow`: a derived `Debug` prints only the type or variant
///   name. The engine uses `Debug` for no output a program can see (its
///   `{:?}` formats strings and numbers, whose `Debug` is unchanged), so the
///   browser prints what the native build-time run prints; the tests that
///   compare the two keep it so.
/// A rustc that refuses them (a future release may rename them) builds
/// without them, with a warning, rather than failing.
fn unstable_size_flags(rustc: &str) -> &'static [&'static str] {
    const FLAGS: &[&str] = &["-Zlocation-detail=none", "-Zfmt-debug=shallow"];
    let accepted = Command::new(rustc)
        .env("RUSTC_BOOTSTRAP", "1")
        .args(FLAGS)
        .args(["--target", "wasm32-unknown-unknown", "--print", "cfg"])
        .output()
        .is_ok_and(|out| out.status.success());
    if accepted {
        FLAGS
    } else {
        println!("cargo:warning=rustc refused {}; the playground's wasm is built without them (about 44 KB more gzip)", FLAGS.join(" "));
        &[]
    }
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
