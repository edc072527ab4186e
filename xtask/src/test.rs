//! `cargo xtask test`: the README's test command and what CI runs.
//!
//! 1. Set-up: what the tests need and cargo does not bring.
//!    - Node.js 20 (the oracle of the differential tests): checked, never
//!      installed (a different major would be a different oracle).
//!    - Chromium (the browser tests): Debian's `chromium`, installed with
//!      apt-get when missing and this runs as root, unless `--no-install`
//!      is given; otherwise it stops with the command to run.
//!    - npm packages of the tests (`NPM_FOLDERS`): `npm ci` where their
//!      `node_modules` is missing or older than the lockfile.
//! 2. The checks on the code itself (`cargo xtask lint`: rustfmt, clippy
//!    with `-D warnings`, oxlint on the JavaScript; see `lint.rs`).
//! 3. `cargo test --workspace` with the remaining arguments. The runtime
//!    artifact is never rebuilt here: a stale one fails the test
//!    `runtime_artifact`, which names `cargo xtask wasm`.
//! 4. `crib check` on this repository's own `content/`: every example,
//!    documented output, link and diagram.
//! 5. When `../shared/oracle` is beside the repository (the team's
//!    machines and CI): Node's recorded behaviour replayed against `crib run`.
//!
//! No step is skipped silently: what cannot run stops the command with the
//! reason and the fix.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Folders (from the repository root) with a `package-lock.json` whose
/// packages the tests use.
const NPM_FOLDERS: &[&str] = &["generator/tests/axe", "playground/packages"];

pub(crate) fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let install = !args.iter().any(|a| a == "--no-install");
    let cargo_args: Vec<&String> = args.iter().filter(|a| *a != "--no-install").collect();

    check_node()?;
    ensure_chromium(install)?;
    for folder in NPM_FOLDERS {
        ensure_npm_packages(&root.join(folder))?;
    }

    crate::lint::run(root)?;

    step("cargo test --workspace");
    let mut test = cargo(root);
    test.args(["test", "--workspace"]).args(&cargo_args);
    run_status(test, "the tests failed (see above)")?;

    step("crib check on content/");
    let mut check = cargo(root);
    check.args(["run", "--quiet", "-p", "crib", "--", "check", "--root", ".", "--no-cache"]);
    run_status(check, "`crib check` found problems in content/ (see above)")?;

    let oracle = root.join("../shared/oracle");
    if oracle.join("run-oracle.sh").is_file() {
        step("the oracle: ../shared/oracle against `crib run`");
        let crib = target_dir(root).join("debug/crib");
        let tmp = std::env::temp_dir().join(format!("crib-oracle-{}", std::process::id()));
        let mut replay = Command::new("bash");
        replay.arg(oracle.join("run-oracle.sh")).env("NODE", format!("{} run", crib.display())).env("ORACLE_TMP", &tmp);
        let result = run_status(replay, "the oracle found differences from Node (see above)");
        let _ = std::fs::remove_dir_all(&tmp);
        result?;
    } else {
        step(
            "the oracle: ../shared/oracle is not beside this repository; the replay of Node's recordings is the team's extra check, not part of this repository's tests",
        );
    }
    Ok(())
}

pub(crate) fn step(what: &str) {
    eprintln!("\nxtask test: {what}");
}

pub(crate) fn cargo(root: &Path) -> Command {
    let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cmd.current_dir(root);
    cmd
}

pub(crate) fn run_status(mut cmd: Command, failure: &str) -> Result<(), String> {
    let status = cmd.status().map_err(|e| format!("cannot start {:?}: {e}", cmd.get_program()))?;
    if status.success() { Ok(()) } else { Err(failure.into()) }
}

fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from)
}

fn check_node() -> Result<(), String> {
    let out = Command::new("node").arg("--version").output();
    let version =
        out.ok().filter(|o| o.status.success()).map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
    match version {
        Some(v) if v.starts_with("v20.") => Ok(()),
        Some(v) => {
            Err(format!("the tests compare crib with Node.js 20, and `node` is {v}: put Node.js 20 first on PATH"))
        }
        None => {
            Err("the tests compare crib with Node.js 20, and `node` was not found: install Node.js 20 (and npm)".into())
        }
    }
}

/// Where the browser tests look for Chromium (generator/tests/support/browser.rs).
fn chromium_found() -> bool {
    match std::env::var_os("CRIB_CHROMIUM") {
        Some(path) => Path::new(&path).is_file(),
        None => ["/usr/bin/chromium", "/usr/bin/chromium-browser"].iter().any(|p| Path::new(p).is_file()),
    }
}

fn ensure_chromium(install: bool) -> Result<(), String> {
    if chromium_found() {
        return Ok(());
    }
    let how = "apt-get install -y chromium";
    if !install {
        return Err(format!(
            "the browser tests need Chromium: install it (`sudo {how}` on Debian) or set CRIB_CHROMIUM to its path"
        ));
    }
    if !is_root() {
        return Err(format!(
            "the browser tests need Chromium, and installing it needs root: run `sudo {how}` (Debian), or set CRIB_CHROMIUM to its path, then run the tests again"
        ));
    }
    step("Chromium is missing: installing Debian's chromium with apt-get");
    let mut update = Command::new("apt-get");
    update.args(["update", "-q"]).env("DEBIAN_FRONTEND", "noninteractive");
    run_status(update, "`apt-get update` failed")?;
    let mut get = Command::new("apt-get");
    get.args(["install", "-y", "-q", "chromium"]).env("DEBIAN_FRONTEND", "noninteractive");
    run_status(get, &format!("`{how}` failed"))?;
    if chromium_found() { Ok(()) } else { Err("apt-get installed chromium, but /usr/bin/chromium is not there".into()) }
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| o.stdout.trim_ascii() == b"0")
}

/// `npm ci` in `folder` unless its `node_modules` is newer than its lockfile.
pub(crate) fn ensure_npm_packages(folder: &Path) -> Result<(), String> {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let lock = folder.join("package-lock.json");
    let installed = folder.join("node_modules/.package-lock.json");
    if let (Some(lock), Some(installed)) = (modified(&lock), modified(&installed))
        && installed >= lock
    {
        return Ok(());
    }
    step(&format!("installing the tests' npm packages in {}", folder.display()));
    let mut npm = Command::new("npm");
    npm.current_dir(folder).args(["ci", "--no-audit", "--no-fund"]);
    run_status(npm, &format!("`npm ci` failed in {}", folder.display()))
}
