//! `crib check`: runs every example, compares documented outputs, checks
//! links, anchors, assets and diagrams; prints a human or JSON report.
//! Exit code 1 when anything is wrong.

use crate::cli::{CheckArgs, CheckFormat};
use std::process::ExitCode;

pub fn execute(args: CheckArgs) -> miette::Result<ExitCode> {
    // The pipeline's load stage, then the checks (nothing is written).
    let options = crate::site::BuildOptions::new(&args.root);
    let report = crate::site::Pipeline::one_off(options, crate::site::Features::default()).check(!args.no_cache);
    match args.format {
        CheckFormat::Human => print!("{}", report.to_human()),
        CheckFormat::Json => println!("{}", report.to_json()),
    }
    Ok(if report.passed() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
