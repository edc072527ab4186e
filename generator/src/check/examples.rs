//! The runnable examples `crib check` proves: each is the build's
//! [`Example`] (one definition, in `examples/example.rs`) with where it is
//! written and the output it documents (`examples/documented.rs`).

use super::CheckedPage;
use crate::examples::{Example, Expected, documented, is_runnable};

/// One runnable example of a page, as the checks see it.
#[derive(Debug, Clone)]
pub struct CheckedExample {
    /// `content/guide/loop.md`.
    pub file: String,
    /// 1-based line of the opening fence.
    pub line: usize,
    /// What the run reads: exactly what a build runs.
    pub run: Example,
    pub expected: Option<Expected>,
    /// The info string allows a non-zero exit (`throws` / `exit=N` / `error`).
    pub allow_failure: bool,
}

/// The runnable examples of a page, in order.
pub fn extract(page: &CheckedPage) -> Vec<CheckedExample> {
    let blocks = &page.model.code_blocks;
    let file = page.page.display_path();
    let files = &page.model.files;
    blocks
        .iter()
        .enumerate()
        .filter(|(_, block)| is_runnable(block))
        .map(|(i, block)| CheckedExample {
            file: file.clone(),
            line: block.line,
            run: Example::from_block(block, files.clone()),
            expected: documented(blocks, i),
            allow_failure: block.has("throws") || block.has("exit") || block.has("error"),
        })
        .collect()
}
