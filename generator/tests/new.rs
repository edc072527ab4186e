//! `crib new DIR` scaffolds a site that builds and passes `crib check`,
//! and never overwrites an existing folder's files.

use std::path::Path;
use std::process::{Command, Output};

fn crib(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crib")).args(args).current_dir(cwd).output().expect("run crib")
}

fn ok(out: &Output) -> bool {
    out.status.success()
}

#[test]
fn new_then_build_then_check_passes() {
    let tmp = tempfile::tempdir().unwrap();
    let out = crib(&["new", "x"], tmp.path());
    assert!(ok(&out), "{}", String::from_utf8_lossy(&out.stderr));
    let site = tmp.path().join("x");
    for file in ["crib.toml", "content/index.md", ".gitignore"] {
        assert!(site.join(file).is_file(), "{file} missing");
    }
    assert!(std::fs::read_to_string(site.join(".gitignore")).unwrap().lines().any(|l| l == "dist/"));
    let index = std::fs::read_to_string(site.join("content/index.md")).unwrap();
    assert!(index.contains("// Output:") && index.contains("> [!TIP]") && index.contains("```mermaid"));

    let build = crib(&["build"], &site);
    assert!(ok(&build), "build failed:\n{}", String::from_utf8_lossy(&build.stderr));
    assert!(site.join("dist/index.html").is_file());

    let check = crib(&["check"], &site);
    let stdout = String::from_utf8_lossy(&check.stdout);
    assert!(ok(&check), "check failed:\n{stdout}");
    assert!(stdout.contains("1 examples (1 with documented output"), "{stdout}");
    assert!(stdout.contains("check passed: 0 errors"), "{stdout}");
}

#[test]
fn new_refuses_a_non_empty_folder() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("keep.txt"), "mine").unwrap();
    let out = crib(&["new", "."], tmp.path());
    assert!(!ok(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not empty"));
    assert_eq!(std::fs::read_to_string(tmp.path().join("keep.txt")).unwrap(), "mine");
    assert!(!tmp.path().join("crib.toml").exists());
}
