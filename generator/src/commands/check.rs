//! `crib check`: runs every example, compares documented outputs, checks
//! links, anchors, assets and diagrams; prints a human or JSON report.
//! Exit code 1 when anything is wrong.

use crate::check;
use crate::cli::{CheckArgs, CheckFormat};
use std::process::ExitCode;

pub fn execute(args: CheckArgs) -> miette::Result<ExitCode> {
    // A crib.toml that does not parse is reported by the check itself.
    if let Ok(config) = crate::config::Config::load(&args.root) {
        crate::runner::set_budget(config.run.budget());
    }
    let report = check::check_site(&args.root, !args.no_cache);
    match args.format {
        CheckFormat::Human => print!("{}", report.to_human()),
        CheckFormat::Json => println!("{}", report.to_json()),
    }
    Ok(if report.passed() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
