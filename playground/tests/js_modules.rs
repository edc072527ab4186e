//! The JavaScript built-ins' own tests (`playground/js/test/`), which compare
//! each module with real Node's byte for byte, run under `node --test`.

use std::process::Command;

#[test]
fn js_module_tests_pass_under_node() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/js/test/");
    let output = Command::new("node")
        .arg("--test")
        .arg(dir)
        .output()
        .expect("these tests need Node.js 20 on PATH (`node`), the oracle every runtime test compares with");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let summary: Vec<&str> = stdout.lines().filter(|l| l.starts_with("# ")).collect();
    assert!(
        output.status.success(),
        "node --test {dir} failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(summary.iter().any(|l| l.starts_with("# pass ") && l != &"# pass 0"), "no test ran: {summary:?}");
}
