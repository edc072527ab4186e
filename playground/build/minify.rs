//! Minifies the embedded built-ins with oxc (parser, minifier, code
//! generator): comments and white space go, local names are shortened and
//! the code is compacted with oxc's `safest` settings. Function and class
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

use oxc_allocator::Allocator;
use oxc_codegen::{Codegen, CodegenOptions};
use oxc_minifier::{CompressOptions, MangleOptions, MangleOptionsKeepNames, Minifier, MinifierOptions};
use oxc_parser::Parser;
use oxc_span::SourceType;

/// What is being minified: it decides what may be renamed and compacted.
#[derive(Clone, Copy, PartialEq)]
pub enum Kind {
    /// A file under `js/lib/`: the body of the runtime's module wrapper.
    Module,
    /// `js/bootstrap.js`: a script whose value is its one expression.
    Bootstrap,
}

/// The minified text of `source`, or the parse errors that prevent it.
pub fn minify(source: &str, kind: Kind) -> Result<String, String> {
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
