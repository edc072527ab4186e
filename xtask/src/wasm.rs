//! `cargo xtask wasm`: builds the browser runtime and writes the committed
//! artifact `playground/prebuilt/` that the `crib` binary embeds.
//!
//! 0. The built-in JavaScript is minified with oxc into
//!    `playground/prebuilt/js/` (`minify.rs`), the copies both the native
//!    and the wasm runtime embed (the nested build is told to insist on
//!    them: `CRIB_JS_REQUIRE_PREBUILT`).
//! 1. `cargo rustc -p playground --target wasm32-unknown-unknown --profile
//!    wasm-release --crate-type cdylib` into `<target>/playground-wasm`, with
//!    the pinned toolchain (`fingerprint::TOOLCHAIN`), paths remapped so no
//!    folder of this machine ends up in the module, and two unstable size
//!    flags (`size_flags`).
//! 2. wasm-bindgen (the `wasm-bindgen-cli-support` crate, pinned to the
//!    version of the `wasm-bindgen` dependency of `playground`) in
//!    "no-modules" style: a classic script defining `wasm_bindgen`, which
//!    works inside a Worker made from a Blob URL, so also from `file://`.
//! 3. `wasm_layout` puts the function bodies in name order (so the copies of
//!    one generic function sit within gzip's window) and drops the name
//!    section, which is kept until then for it.
//! 4. The module is written gzip'd (`playground_bg.wasm.gz`), the glue as it
//!    is (`playground.js`), and `manifest.toml` with the inputs' hash
//!    (`fingerprint`), the module's hash and sizes, and the hash of the
//!    minified built-ins.
//!
//! The same inputs give the same bytes: the test `runtime_artifact` checks
//! the hash, and building twice gives identical files.
//!
//! Size (bytes raw / gzip -9 / brotli q11, `bench/playground-sizes.sh`;
//! history and what each step saved in bench/README.md), 2026-11-26, session
//! 4: 3,193,293 / 989,027 (GNU gzip; Node's zlib 1,011,455) / 750,453, from
//! 3,677,495 / 1,061,881 / 804,696. The steps: Boa's parser compiled once
//! (`vendor/boa_parser`), two unstable size flags (`size_flags`), and the
//! built-ins minified by oxc (`playground/build/minify.rs`).
//!
//! Not run: binaryen's `wasm-opt`. Measured on this module (bindgen output,
//! rustc 1.95, binaryen 108, before the name order): none 3,669,110 /
//! 1,141,083 / 811,197; `-O1` 3,559,450 / 1,141,397 / 817,003; `-Oz`
//! 3,474,230 / 1,166,975 / 824,170; single passes at best -2 KB gzip
//! (duplicate-function-elimination). It shrinks the raw module but makes
//! what is transferred larger, so it is left out. `opt-level = "s"` instead
//! of `"z"`: 4,436,180 / 1,363,409 / 918,148.

use crate::fingerprint;
use crate::minify;
use crate::wasm_layout;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The heap cap of the browser runtime (see playground/src/wasm.rs).
const MAX_MEMORY: u64 = 256 << 20;
/// Boa recurses deeply; the default 1 MiB wasm stack is too small.
const STACK_SIZE: u64 = 8 << 20;
const TARGET: &str = "wasm32-unknown-unknown";

/// Where the artifact lives, from the workspace root.
pub const ARTIFACT_DIR: &str = "playground/prebuilt";

pub fn build(root: &Path) -> Result<(), String> {
    let toolchain = toolchain()?;
    ensure_target(&toolchain)?;
    let inputs = fingerprint::inputs_hash(root)?;
    let (count, before, after) = minify::write_prebuilt(root)?;
    eprintln!("xtask: minified {count} built-ins into {ARTIFACT_DIR}/js/: {before} -> {after} bytes");

    let target_dir =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from).join("playground-wasm");
    let mut cmd = Command::new("cargo");
    cmd.current_dir(root)
        .args(["rustc", "--locked", "-p", "playground", "--lib", "--target", TARGET])
        .args(["--profile", "wasm-release", "--crate-type", "cdylib"])
        .arg("--target-dir")
        .arg(&target_dir)
        .arg("--")
        .arg(format!("-Clink-arg=--max-memory={MAX_MEMORY}"))
        .arg(format!("-Clink-arg=-zstack-size={STACK_SIZE}"));
    if let Some(name) = &toolchain.rustup_name {
        cmd.env("RUSTUP_TOOLCHAIN", name);
    }
    // Only these settings shape the module, whatever the caller's environment says.
    for var in [
        "RUSTFLAGS",
        "CARGO_BUILD_RUSTFLAGS",
        "CARGO_BUILD_TARGET",
        "RUSTC_WRAPPER",
        "RUSTC_WORKSPACE_WRAPPER",
        "CARGO_PROFILE_WASM_RELEASE_DEBUG",
        "CRIB_JS_MINIFY",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("CRIB_JS_REQUIRE_PREBUILT", "1");
    let mut flags = remap_path_flags(root);
    flags.extend(size_flags().iter().map(|f| f.to_string()));
    cmd.env("RUSTC_BOOTSTRAP", "1").env("CARGO_ENCODED_RUSTFLAGS", flags.join("\x1f"));
    eprintln!("xtask: building the runtime for {TARGET} with Rust {} (a few minutes)", fingerprint::TOOLCHAIN);
    let status = cmd.status().map_err(|e| format!("cannot start cargo: {e}"))?;
    if !status.success() {
        return Err("the wasm32 build of the playground failed; its errors are above".into());
    }
    let wasm = target_dir.join(TARGET).join("wasm-release/playground.wasm");

    let scratch = target_dir.join("bindgen");
    let _ = std::fs::remove_dir_all(&scratch);
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
    bindgen
        .no_modules(true)
        .and_then(|b| b.generate(&scratch))
        .map_err(|e| format!("wasm-bindgen failed on {}: {e:#}", wasm.display()))?;
    let module = read(&scratch.join("playground_bg.wasm"))?;
    let module = wasm_layout::sort_functions_by_name(&module).map_err(|e| format!("laying out the module: {e}"))?;
    let glue = read(&scratch.join("playground.js"))?;

    let out = root.join(ARTIFACT_DIR);
    std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let gz = gzip(&module)?;
    write(&out.join("playground_bg.wasm.gz"), &gz)?;
    write(&out.join("playground.js"), &glue)?;
    let manifest = format!(
        "# Written by `cargo xtask wasm`; never edit by hand (see README.md here).\n\
         # `inputs` is the hash of everything the module is built from (xtask/src/fingerprint.rs):\n\
         # crib's test `runtime_artifact` fails when the sources no longer match it.\n\
         inputs = \"{inputs}\"\n\
         toolchain = \"{}\"\n\
         wasm_blake3 = \"{}\"\n\
         wasm_bytes = {}\n\
         wasm_gzip_bytes = {}\n\
         glue_blake3 = \"{}\"\n\
         js_blake3 = \"{}\"\n",
        fingerprint::TOOLCHAIN,
        blake3::hash(&module).to_hex(),
        module.len(),
        gz.len(),
        blake3::hash(&glue).to_hex(),
        fingerprint::tree_hash(&out.join("js"))?,
    );
    write(&out.join("manifest.toml"), manifest.as_bytes())?;
    eprintln!(
        "xtask: wrote {ARTIFACT_DIR}/: playground_bg.wasm {} bytes ({} gzip'd), playground.js {} bytes; inputs {}",
        module.len(),
        gz.len(),
        glue.len(),
        &inputs[..12]
    );
    Ok(())
}

/// The pinned toolchain: the default one if it is that version, else the
/// rustup toolchain of that name.
struct Toolchain {
    rustup_name: Option<String>,
}

fn toolchain() -> Result<Toolchain, String> {
    let version = |env: Option<&str>| {
        let mut cmd = Command::new("rustc");
        cmd.arg("-V");
        if let Some(name) = env {
            cmd.env("RUSTUP_TOOLCHAIN", name);
        }
        cmd.output().ok().filter(|o| o.status.success()).map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
    };
    let wanted = format!("rustc {} ", fingerprint::TOOLCHAIN);
    if version(None).is_some_and(|v| v.starts_with(&wanted)) {
        return Ok(Toolchain { rustup_name: None });
    }
    if version(Some(fingerprint::TOOLCHAIN)).is_some_and(|v| v.starts_with(&wanted)) {
        return Ok(Toolchain { rustup_name: Some(fingerprint::TOOLCHAIN.into()) });
    }
    Err(format!(
        "the runtime artifact is built with Rust {v} so that every machine builds the same bytes, and rustc {v} is not installed.\n\
         Install it, then run `cargo xtask wasm` again:\n\n    rustup toolchain install {v} --target {TARGET}\n",
        v = fingerprint::TOOLCHAIN
    ))
}

/// Adds the wasm32 standard library when it is missing: building the
/// artifact is the one thing that needs it.
fn ensure_target(toolchain: &Toolchain) -> Result<(), String> {
    let mut sysroot = Command::new("rustc");
    sysroot.args(["--print", "sysroot"]);
    if let Some(name) = &toolchain.rustup_name {
        sysroot.env("RUSTUP_TOOLCHAIN", name);
    }
    let out = sysroot.output().map_err(|e| format!("cannot start rustc: {e}"))?;
    let root = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    if root.join("lib/rustlib").join(TARGET).join("lib").is_dir() {
        return Ok(());
    }
    eprintln!("xtask: the {TARGET} target is missing; adding it with rustup");
    let status = Command::new("rustup")
        .args([
            "target",
            "add",
            "--toolchain",
            toolchain.rustup_name.as_deref().unwrap_or(fingerprint::TOOLCHAIN),
            TARGET,
        ])
        .status();
    match status {
        Ok(s) if s.success() => Ok(()),
        _ => Err(format!(
            "the Rust target {TARGET} is not installed and rustup could not add it. Run this once, then again `cargo xtask wasm`:\n\n    rustup target add {TARGET}\n"
        )),
    }
}

/// Panic messages name their source file: these make the names relative to
/// the crate registry and the workspace instead of absolute paths on this
/// machine (no home folder in the artifact, the same bytes on every machine,
/// and ~2 KB less gzip).
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
/// in gzip, allowed on the pinned stable rustc through `RUSTC_BOOTSTRAP=1`
/// for this build alone (crib itself never needs them):
/// - `-Zlocation-detail=none`: panic messages carry no file, line or column
///   (the wasm build aborts on panic; the message is for a developer);
/// - `-Zfmt-debug=shallow`: a derived `Debug` prints only the type or variant
///   name. The engine uses `Debug` for no output a program can see (its
///   `{:?}` formats strings and numbers, whose `Debug` is unchanged), so the
///   browser prints what the native build-time run prints; the tests that
///   compare the two keep it so.
fn size_flags() -> &'static [&'static str] {
    &["-Zlocation-detail=none", "-Zfmt-debug=shallow"]
}

/// gzip at level 9 with no name and no time in the header: the same bytes
/// for the same module.
fn gzip(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut encoder = flate2::GzBuilder::new().mtime(0).write(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).and_then(|_| encoder.finish()).map_err(|e| format!("gzip: {e}"))
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
