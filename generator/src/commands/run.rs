//! `crib run`.

use crate::cli::RunArgs;
use std::process::ExitCode;

pub fn execute(_args: RunArgs) -> miette::Result<ExitCode> {
    Err(miette::miette!("`crib run` is not built yet"))
}
