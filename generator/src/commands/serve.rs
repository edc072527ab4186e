//! `crib serve`.

use crate::cli::ServeArgs;
use std::process::ExitCode;

pub fn execute(_args: ServeArgs) -> miette::Result<ExitCode> {
    Err(miette::miette!("`crib serve` is not built yet"))
}
