//! Project tasks, run from anywhere in the repository:
//!
//! - `cargo xtask wasm`: rebuild the browser runtime artifact
//!   (`playground/prebuilt/`, see `wasm.rs`) after a change to the runtime.
//!   Needs the wasm32 target (added with rustup when missing) and the pinned
//!   toolchain; nothing else in the project does.
//! - `cargo xtask test [ARGS]`: install what the tests need when it is
//!   missing, then run every test (see `test.rs`); ARGS go to `cargo test`.
//!   This is the README's test command and what CI runs.
//! - `cargo xtask lint`: rustfmt, clippy and oxlint (see `lint.rs`); also
//!   the first step of `cargo xtask test`.
//! - `cargo xtask packages`: snapshot the npm packages the playground can
//!   `require` (`playground/packages/`) into `playground/packages/prebuilt/`
//!   (see `packages.rs`).

#[cfg(feature = "wasm")]
mod fingerprint;
// Not behind `wasm`: its unit tests run with every test.
mod lint;
#[cfg_attr(not(feature = "wasm"), allow(dead_code))]
mod minify;
mod packages;
mod test;
#[cfg(feature = "wasm")]
mod wasm;
#[cfg(feature = "wasm")]
mod wasm_layout;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <wasm | lint | packages | test [--no-install] [ARGS for cargo test]>";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root();
    let result = match args.first().map(String::as_str) {
        Some("wasm") => wasm(&root),
        Some("test") => test::run(&root, &args[1..]),
        Some("lint") => lint::run(&root),
        Some("packages") => packages::run(&root),
        _ => Err(USAGE.into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The repository root: xtask/ sits in it.
fn workspace_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().expect("xtask/ sits in the workspace").to_path_buf()
}

#[cfg(feature = "wasm")]
fn wasm(root: &std::path::Path) -> Result<(), String> {
    wasm::build(root)
}

/// Without the `wasm` feature (the alias builds xtask without it, so the
/// test command never compiles wasm-bindgen), run again with it.
#[cfg(not(feature = "wasm"))]
fn wasm(root: &std::path::Path) -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = std::process::Command::new(cargo)
        .current_dir(root)
        .args(["run", "--quiet", "--package", "xtask", "--features", "wasm", "--", "wasm"])
        .status()
        .map_err(|e| format!("cannot start cargo: {e}"))?;
    if status.success() { Ok(()) } else { Err("the runtime artifact was not rebuilt".into()) }
}
