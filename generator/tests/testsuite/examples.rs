//! Runnable examples' virtual files: a `files` table in the front matter
//! (TOML or YAML) seeds every example of its page, a `file=` fence of the
//! same name wins over it, a missing file is ENOENT as in Node, and other
//! pages do not see the files. Checked in the build-time output, in the
//! `data-files` the browser runs with, and by `crib check`, which runs each
//! example exactly as the build does.

use crate::common::{Site, fixtures};
use std::process::Command;

/// The printed lines of each runnable example of a page, in order.
fn outputs(html: &str) -> Vec<Vec<String>> {
    html.split("<div class=\"pg\"")
        .skip(1)
        .map(|pg| {
            let panel = &pg[..pg.find("</figure>").unwrap()];
            panel
                .split("<span class=\"pg-text\">")
                .skip(1)
                .map(|t| t[..t.find("</span>").unwrap()].replace("&#39;", "'").replace("&quot;", "\""))
                .collect()
        })
        .collect()
}

/// The `data-files` JSON of each runnable example (unescaped).
fn data_files(html: &str) -> Vec<serde_json::Value> {
    html.split("<div class=\"pg\"")
        .skip(1)
        .map(|pg| {
            let tag = &pg[..pg.find('>').unwrap()];
            let Some(at) = tag.find("data-files=\"") else { return serde_json::Value::Null };
            let raw = &tag[at + "data-files=\"".len()..];
            let raw = &raw[..raw.find('"').unwrap()];
            let json = raw
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
            serde_json::from_str(&json).unwrap_or_else(|e| panic!("data-files is not JSON ({e}): {json}"))
        })
        .collect()
}

#[test]
fn front_matter_files_seed_every_example_of_the_page() {
    let site = Site::fixture("examples/front-matter-files");
    site.build_ok();

    let toml = site.read("index.html");
    assert_eq!(outputs(&toml), [vec!["port 8080", "hello from the front matter", "ENOENT open"], vec!["14 bytes"]]);
    let files = serde_json::json!([
        ["config.json", "{\"port\": 8080}"],
        ["data/greeting.txt", "hello from the front matter\n"]
    ]);
    assert_eq!(data_files(&toml), [files.clone(), files], "the browser runs with the same files");

    let yaml = site.read("yaml.html");
    assert_eq!(outputs(&yaml), [vec!["9090", "2 lines"]], "a file= fence wins over the front matter");
    assert_eq!(
        data_files(&yaml),
        [serde_json::json!([["notes.txt", "first line\nsecond line\n"], ["config.json", "{\"port\": 9090}\n"]])]
    );

    let plain = site.read("plain.html");
    assert_eq!(outputs(&plain), [vec!["ENOENT ENOENT: no such file or directory, open 'config.json'"]]);
    assert_eq!(data_files(&plain), [serde_json::Value::Null], "no files, no attribute");
}

#[test]
fn crib_check_runs_examples_with_front_matter_files() {
    let root = fixtures().join("examples/front-matter-files");
    let out = Command::new(env!("CARGO_BIN_EXE_crib"))
        .args(["check", "--no-cache", "--format", "json", "--root"])
        .arg(&root)
        .output()
        .expect("run crib check");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let report: serde_json::Value =
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{stdout}"));
    assert_eq!(report["examples"], 4, "{report:#}");
    assert_eq!(report["documented"], 4, "{report:#}");
    assert_eq!(report["passed"], true, "every documented output matches: {report:#}");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn a_files_entry_that_is_not_text_is_an_error_with_its_location() {
    let site = Site::empty();
    site.write("crib.toml", "title = \"x\"\n");
    site.write("content/index.md", "+++\ntitle = \"x\"\n[files]\n\"config.json\" = { port = 8080 }\n+++\n# x\n");
    let run = site.build();
    assert_ne!(run.code, 0, "{}", run.stdout);
    assert!(run.stderr.contains("content/index.md:4"), "names the file and line: {}", run.stderr);
    assert!(run.stderr.contains("invalid TOML front matter"), "{}", run.stderr);
}

#[test]
fn build_and_check_run_the_same_example() {
    // One definition of an example: `crib check` sees a `file=` fence
    // further down the page and reads `stdin="..."` escapes as the build
    // (and so the browser) does.
    let site = Site::fixture("examples/build-and-check-agree");
    site.build_ok();
    assert_eq!(outputs(&site.read("index.html")), [vec!["\"a\\tb\\nlast\"", "defined below"]]);
    let out = Command::new(env!("CARGO_BIN_EXE_crib"))
        .args(["check", "--no-cache", "--format", "json", "--root"])
        .arg(fixtures().join("examples/build-and-check-agree"))
        .output()
        .expect("run crib check");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let report: serde_json::Value =
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{stdout}"));
    assert_eq!((report["examples"].as_u64(), report["documented"].as_u64()), (Some(1), Some(1)), "{report:#}");
    assert_eq!(report["passed"], true, "the documented output, which the build prints, passes: {report:#}");
    assert_eq!(out.status.code(), Some(0));
}
