//! `crib build`.

use crate::cli::BuildArgs;
use std::process::ExitCode;

pub fn execute(_args: BuildArgs) -> miette::Result<ExitCode> {
    Err(miette::miette!("`crib build` is not built yet"))
}
