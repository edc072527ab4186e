//! `cargo xtask lint`: the checks on the code itself, also the first step of
//! `cargo xtask test`:
//!
//! - rustfmt: `cargo fmt --all --check` (style in `rustfmt.toml`);
//! - clippy on every crate and target with `-D warnings` (the lint set is
//!   `[workspace.lints]` in the root `Cargo.toml`);
//! - oxlint on the project's own JavaScript (rules in `.oxlintrc.json`):
//!   the runtime's built-ins and bootstrap, the theme's scripts and the JS
//!   tests (`playground/js/test/`). Code generated from Node's sources (`playground/js/node/`) and
//!   test fixtures are not ours to restyle and are left out there.
//!
//! oxlint comes from npm (`xtask/lint/package.json`, installed with `npm ci`
//! when missing): a Rust-built linter, one binary, about 0.3 s for every file.

use crate::test::{cargo, ensure_npm_packages, run_status, step};
use std::path::Path;
use std::process::Command;

/// Where oxlint is installed (from the repository root).
const NPM_FOLDER: &str = "xtask/lint";
/// What oxlint checks (from the repository root).
const JS_PATHS: &[&str] = &["playground/js", "themes/default/static"];

pub(crate) fn run(root: &Path) -> Result<(), String> {
    for tool in ["fmt", "clippy"] {
        let found = cargo(root).args([tool, "--version"]).output().is_ok_and(|o| o.status.success());
        if !found {
            return Err(format!(
                "`cargo {tool}` is missing from this Rust toolchain: run `rustup component add rustfmt clippy`"
            ));
        }
    }

    step("rustfmt: cargo fmt --all --check");
    let mut fmt = cargo(root);
    fmt.args(["fmt", "--all", "--check"]);
    run_status(fmt, "the Rust code is not formatted: run `cargo fmt --all`")?;

    step("clippy: cargo clippy --workspace --all-targets -- -D warnings");
    let mut clippy = cargo(root);
    clippy.args(["clippy", "--workspace", "--all-targets", "--quiet", "--", "-D", "warnings"]);
    run_status(clippy, "clippy found problems (see above)")?;

    js(root)
}

/// oxlint over [`JS_PATHS`], warnings as errors.
pub(crate) fn js(root: &Path) -> Result<(), String> {
    ensure_npm_packages(&root.join(NPM_FOLDER))?;
    step("oxlint: the project's own JavaScript");
    let bin = root.join(NPM_FOLDER).join("node_modules/.bin/oxlint");
    let mut oxlint = Command::new(&bin);
    oxlint.current_dir(root).args(["-c", ".oxlintrc.json", "--deny-warnings"]).args(JS_PATHS);
    run_status(oxlint, "oxlint found problems in the JavaScript (see above; rules in .oxlintrc.json)")
}
