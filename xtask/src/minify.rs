//! Minifies the runtime's built-in JavaScript with oxc (parser, minifier,
//! code generator) into `playground/prebuilt/js/`, the copies the runtime
//! embeds (`playground/build.rs`): comments and white space go, local names
//! are shortened and the code is compacted with oxc's `safest` settings. Function and class
//! names are kept, so `fs.readFile.name`, `[Function: readFile]` and stack
//! frames read as in Node. This is the largest single saving in the
//! browser's wasm (the built-ins are a tenth of it).
//!
//! A built-in module's top level is mangled too: the runtime wraps each one
//! in a function (`src/modules.rs`), so its top-level names are locals.
//! `bootstrap.js` is one function expression evaluated for its value, so it
//! is only mangled, never compressed (a compressor may drop an expression
//! statement it finds unused).
//!
//! Errors (a built-in that does not parse) are returned, never papered over.

#[path = "../../playground/build/builtins.rs"]
mod builtins;

use oxc_allocator::Allocator;
use oxc_codegen::{Codegen, CodegenOptions};
use oxc_minifier::{CompressOptions, MangleOptions, MangleOptionsKeepNames, Minifier, MinifierOptions};
use oxc_parser::Parser;
use oxc_span::SourceType;
use std::path::Path;

/// Writes the minified copy of every built-in of `playground/` into
/// `playground/prebuilt/js/`, with the hash of the sources they were made
/// from; files of built-ins that no longer exist are removed. Returns the
/// number of files and their total size before and after.
pub(crate) fn write_prebuilt(root: &Path) -> Result<(usize, usize, usize), String> {
    let crate_dir = root.join("playground");
    let files = builtins::builtins(&crate_dir);
    let out = crate_dir.join(builtins::PREBUILT);
    let _ = std::fs::remove_dir_all(&out);
    let (mut before, mut after) = (0, 0);
    for file in &files {
        let text =
            std::fs::read_to_string(&file.path).map_err(|e| format!("cannot read {}: {e}", file.path.display()))?;
        let text = text.replace("\r\n", "\n");
        let kind = if file.module().is_some() { Kind::Module } else { Kind::Bootstrap };
        let small = minify(&text, kind)
            .map_err(|errors| format!("{} does not parse as JavaScript:\n{errors}", file.path.display()))?;
        let dest = out.join(&file.rel);
        std::fs::create_dir_all(dest.parent().expect("has a parent"))
            .map_err(|e| format!("cannot create {}: {e}", out.display()))?;
        std::fs::write(&dest, &small).map_err(|e| format!("cannot write {}: {e}", dest.display()))?;
        before += text.len();
        after += small.len();
    }
    let hash = builtins::sources_hash(&files).map_err(|e| format!("cannot hash the built-ins: {e}"))?;
    let stamp = out.join(builtins::SOURCES_FILE);
    std::fs::write(&stamp, format!("{hash}\n")).map_err(|e| format!("cannot write {}: {e}", stamp.display()))?;
    Ok((files.len(), before, after))
}

/// What is being minified: it decides what may be renamed and compacted.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Kind {
    /// A file under `js/lib/` or `js/node/`: the body of the runtime's module wrapper.
    Module,
    /// `js/bootstrap.js`: a script whose value is its one expression.
    Bootstrap,
}

/// The minified text of `source`, or the parse errors that prevent it.
pub(crate) fn minify(source: &str, kind: Kind) -> Result<String, String> {
    let allocator = Allocator::default();
    let parsed = Parser::new(&allocator, source, SourceType::cjs()).parse();
    if !parsed.diagnostics.is_empty() {
        let messages: Vec<String> = parsed.diagnostics.iter().map(|d| d.to_string()).collect();
        return Err(messages.join("\n"));
    }
    let mut program = parsed.program;
    let options = MinifierOptions {
        mangle: Some(MangleOptions {
            top_level: Some(kind == Kind::Module),
            keep_names: MangleOptionsKeepNames { function: true, class: true },
            ..MangleOptions::default()
        }),
        mangle_properties: None,
        compress: (kind == Kind::Module).then(CompressOptions::safest),
    };
    let minified = Minifier::new(options).minify(&allocator, &mut program);
    Ok(Codegen::new()
        .with_options(CodegenOptions::minify())
        .with_scoping(minified.scoping)
        .with_private_member_mappings(minified.class_private_mappings)
        .build(&program)
        .code)
}

#[cfg(test)]
mod tests {
    use super::{Kind, minify};

    #[test]
    fn names_stay_and_locals_shrink() {
        let source = "'use strict';\nconst longLocalName = 1;\nfunction readFile(path, options) { const buffer = path + options; return buffer + longLocalName; }\nclass Readable {}\nmodule.exports = { readFile, Readable };";
        let small = minify(source, Kind::Module).unwrap();
        for kept in ["'use strict'", "function readFile(", "class Readable", "module.exports", "readFile", "Readable"] {
            assert!(small.contains(kept) || small.contains(&kept.replace('\'', "\"")), "{kept:?} kept in {small}");
        }
        for renamed in ["longLocalName", "buffer", "options"] {
            assert!(!small.contains(renamed), "{renamed:?} shortened in {small}");
        }
    }

    #[test]
    fn the_bootstrap_is_only_mangled() {
        let small = minify(
            "(function bootstrap(host) { const unusedButKept = host.x; 1 + 2; return unusedButKept; })",
            Kind::Bootstrap,
        )
        .unwrap();
        assert!(small.starts_with("(function bootstrap("), "{small}");
        assert!(small.contains("1 + 2") || small.contains("1+2"), "not compressed: {small}");
    }

    #[test]
    fn a_syntax_error_is_reported_not_embedded() {
        let err = minify("function (", Kind::Module).unwrap_err();
        assert!(!err.is_empty());
    }
}
