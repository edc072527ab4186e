//! The built-ins and bootstrap.js are embedded minified (`build/minify.rs`). Every one must
//! mean exactly what its source says: both texts are parsed with Boa and
//! their syntax trees compared with positions left out. Plus cases where a
//! naive comment stripper goes wrong.

#[path = "../build/minify.rs"]
mod minify;

use boa_engine::ast::scope::Scope;
use boa_engine::interner::Interner;
use boa_engine::parser::{Parser, Source};
use minify::minify;
use std::path::{Path, PathBuf};

/// The syntax tree of a built-in (wrapped as the runtime wraps it), with
/// every line/column and byte position removed.
fn tree(body: &str) -> String {
    let code = format!("(function (exports, require, module, host) {{ {body}\n}})");
    let mut interner = Interner::default();
    let script = Parser::new(Source::from_bytes(code.as_bytes()))
        .parse_script(&Scope::new_global(), &mut interner)
        .unwrap_or_else(|e| panic!("does not parse: {e}\n{body}"));
    strip_positions(&format!("{script:#?}"))
}

/// Drops `Span((l, c), (l, c))` and `pos: N` from a Debug dump.
fn strip_positions(dump: &str) -> String {
    let mut out = String::with_capacity(dump.len());
    for line in dump.lines() {
        let t = line.trim_start();
        if t.starts_with("span: Span(") || t.starts_with("pos: ") {
            continue;
        }
        let mut l = line.to_string();
        while let Some(at) = l.find("Span((") {
            let end = l[at..].find("))").map_or(l.len(), |e| at + e + 2);
            l.replace_range(at..end, "Span");
        }
        out.push_str(&l);
        out.push('\n');
    }
    out
}

fn js_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            js_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "js") {
            out.push(path);
        }
    }
}

#[test]
fn every_builtin_means_the_same_minified() {
    let mut files = Vec::new();
    js_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("js/lib"), &mut files);
    assert!(files.len() > 20, "found the built-ins");
    let (mut before, mut after) = (0, 0);
    for path in &files {
        let source = std::fs::read_to_string(path).unwrap();
        let small = minify(&source);
        before += source.len();
        after += small.len();
        assert_eq!(source.lines().count(), small.lines().count(), "{}: line numbers kept", path.display());
        assert!(tree(&source) == tree(&small), "{}: the minified text parses to a different tree", path.display());
    }
    assert!(after * 10 < before * 9, "minified at least 10%: {before} -> {after}");
}

#[test]
fn bootstrap_means_the_same_minified() {
    // Its syntax tree is deep: dump it on a thread with room for that.
    let check = || {
        let source = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("js/bootstrap.js")).unwrap();
        let small = minify(&source);
        assert_eq!(source.lines().count(), small.lines().count(), "bootstrap.js: line numbers kept");
        assert!(tree(&source) == tree(&small), "bootstrap.js: the minified text parses to a different tree");
        assert!(small.len() * 10 < source.len() * 9, "minified at least 10%");
    };
    std::thread::Builder::new().stack_size(256 << 20).spawn(check).unwrap().join().unwrap();
}

#[test]
fn strings_templates_and_regexes_are_untouched() {
    let cases = [
        // Comment-like text inside literals.
        ("const a = '// not a comment';  // a comment", "const a='// not a comment';"),
        ("const b = \"/* no */\" /* yes */ + 1", "const b=\"/* no */\"+1"),
        ("const c = `  ${ x  /* c */ }  // ${'`'}  `", "const c=`  ${x}  // ${'`'}  `"),
        ("const d = `a\n    b`;", "const d=`a\n    b`;"),
        ("const e = 'line \\\n    continued';", "const e='line \\\n    continued';"),
        // Regexes with quotes, comment starts and spaces; division stays division.
        ("const r = /['\"]  \\/\\/ [/*]/g.test(s)", "const r=/['\"]  \\/\\/ [/*]/g.test(s)"),
        ("x = a / b / c  // half", "x=a/b/c"),
        ("y = (a) / 2 + arr[0] / 3 + i++ / 4", "y=(a)/2+arr[0]/3+i++/4"),
        ("if (ok) return /a b/.test(s)", "if(ok)return/a b/.test(s)"),
        ("const f = x => /  /.source", "const f=x=>/  /.source"),
        // Spaces that separate tokens stay.
        ("a + +b; c - -d; e / /re/; 1 .toString(); typeof x", "a+ +b;c- -d;e/ /re/;1 .toString();typeof x"),
        // Block comments keep their line breaks (line numbers, ASI).
        ("a = 1 /* one\ntwo */\nb = 2", "a=1\n\nb=2"),
        ("return /*\n*/ x", "return\nx"),
        ("    indented();   \n\tand(tabs);", "indented();\nand(tabs);"),
    ];
    for (input, expected) in cases {
        assert_eq!(minify(input), expected, "minify({input:?})");
    }
}
