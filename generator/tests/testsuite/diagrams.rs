//! Broken Mermaid fences through the real `crib build`: each is a
//! diagnostic naming the page's file:line:col and the parser's message,
//! every broken fence is reported (not just the first), the build exits 1
//! and the previous dist/ survives.

use crate::common::Site;

#[test]
fn broken_diagrams_fail_the_build_with_file_line_and_parser_message() {
    let site = Site::fixture("diagrams/broken");
    site.write("dist/index.html", "previous good build");
    let run = site.build();
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    insta::assert_snapshot!("diagrams_broken", run.stderr);
    // The unclosed `{` of line 18 (line 2 of the second fence).
    assert!(run.stderr.contains("content/index.md:18:20"), "{}", run.stderr);
    // (miette wraps long messages: check the parts.)
    assert!(
        run.stderr.contains("diagram error: Diagram parse error (flowchart-v2): Unterminated node"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("label (missing `}`)"), "{}", run.stderr);
    assert!(run.stderr.contains("expected plus, minus, central, num, actor"), "{}", run.stderr);
    // The sequence message without a receiver, line 26.
    assert!(run.stderr.contains("content/index.md:26:13"), "{}", run.stderr);
    assert!(run.stderr.contains("build failed: 2 errors"), "{}", run.stderr);
    assert_eq!(site.read("index.html"), "previous good build", "old dist/ must survive");
}
