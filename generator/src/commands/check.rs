//! `crib check`.

use crate::cli::CheckArgs;
use std::process::ExitCode;

pub fn execute(_args: CheckArgs) -> miette::Result<ExitCode> {
    Err(miette::miette!("`crib check` is not built yet"))
}
