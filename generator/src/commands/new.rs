//! `crib new`.

use crate::cli::NewArgs;
use std::process::ExitCode;

pub fn execute(_args: NewArgs) -> miette::Result<ExitCode> {
    Err(miette::miette!("`crib new` is not built yet"))
}
