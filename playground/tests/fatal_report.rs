//! The whole stderr of an uncaught error, not just its first line: the
//! `file:line` header, the source line with its caret, the error and the
//! user's stack frames, as Node 20 prints them (Node's own
//! `node:internal` frames aside, which the playground does not have).
//!
//! Each expectation is written out here; when `node` is on PATH, the test
//! also proves it is what Node prints.

use playground::{RunOptions, Stream, run};
use std::process::Command;

const DIR: &str = "/work";

struct Case {
    file: &'static str,
    source: &'static str,
    stderr: &'static str,
}

const CASES: &[Case] = &[
    Case {
        // Boa places a failed lookup at the start of the function (line 1
        // here); the report must name the line of the name.
        file: "comment-first.js",
        source: "// Browser-only APIs do not exist in Node\ndocument.getElementById('btn');\n",
        stderr: "/work/comment-first.js:2\ndocument.getElementById('btn');\n^\n\nReferenceError: document is not defined\n    at Object.<anonymous> (/work/comment-first.js:2:1)\n\nNode.js v20.20.2\n",
    },
    Case {
        file: "in-function.js",
        source: "function handler() {\n  const name = 'app';\n  return app.get('/');\n}\nhandler();\n",
        stderr: "/work/in-function.js:3\n  return app.get('/');\n  ^\n\nReferenceError: app is not defined\n    at handler (/work/in-function.js:3:3)\n    at Object.<anonymous> (/work/in-function.js:5:1)\n\nNode.js v20.20.2\n",
    },
    Case {
        // An ES module (top-level await) that uses require: Node's loader
        // extends the message, and module frames are file:// URLs.
        file: "esm-require.js",
        source: "const fs = require('fs').promises;\nawait fs.readFile('x');\n",
        stderr: "file:///work/esm-require.js:1\nconst fs = require('fs').promises;\n           ^\n\nReferenceError: require is not defined in ES module scope, you can use import instead\n    at file:///work/esm-require.js:1:12\n\nNode.js v20.20.2\n",
    },
    Case {
        // An 'error' event with no listener: Node's own throw site, the
        // error, then where it was emitted (Node's matching internal frames
        // folded into one line).
        file: "error-event.js",
        source: "const { EventEmitter } = require('events');\nclass Bus extends EventEmitter {}\nnew Bus().emit('error', new Error('boom'));\n",
        stderr: "node:events:502\n      throw er; // Unhandled 'error' event\n      ^\n\nError: boom\n    at Object.<anonymous> (/work/error-event.js:3:25)\nEmitted 'error' event on Bus instance at:\n    at Object.<anonymous> (/work/error-event.js:3:11)\n    [... lines matching original stack trace ...]\n\nNode.js v20.20.2\n",
    },
];

fn node_available() -> bool {
    Command::new("node").arg("--version").output().is_ok_and(|o| o.status.success())
}

/// Node's stderr with its internal frames left out and the temporary
/// folder shown as `/work`.
fn node_stderr(case: &Case) -> String {
    let dir = std::env::temp_dir().join(format!("crib-fatal-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(case.file);
    std::fs::write(&path, case.source).expect("write program");
    let out = Command::new("node").arg(&path).current_dir(&dir).output().expect("node runs");
    let _ = std::fs::remove_dir_all(&dir);
    String::from_utf8_lossy(&out.stderr)
        .replace(&dir.display().to_string(), DIR)
        .lines()
        .filter(|l| !l.contains("node:internal") && !l.contains("ModuleJob.run") && !l.contains("ModuleLoader.import"))
        .map(|l| format!("{l}\n"))
        .collect()
}

#[test]
fn uncaught_errors_are_reported_like_node() {
    let check_node = node_available();
    for case in CASES {
        let result = run(&RunOptions {
            source: case.source.into(),
            filename: case.file.into(),
            cwd: DIR.into(),
            ..RunOptions::default()
        });
        assert_eq!(result.exit_code, 1, "{}", case.file);
        assert_eq!(result.text(Stream::Stderr), case.stderr, "crib's report for {}", case.file);
        if check_node {
            assert_eq!(node_stderr(case), case.stderr, "node's report for {} (the expectation is stale)", case.file);
        }
    }
}
