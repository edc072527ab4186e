//! `crib build`: builds the site and prints the diagnostics and a one-line
//! summary. Exit code 1 when any error was found (the old output stays).

use crate::cli::BuildArgs;
use crate::site::{self, BuildOptions};
use std::io::IsTerminal;
use std::process::ExitCode;

pub fn execute(args: BuildArgs) -> miette::Result<ExitCode> {
    let mut options = BuildOptions::new(&args.root);
    if let Some(out) = args.out {
        options.out = out;
    }
    // Runnable examples + the browser playground (generator/src/examples/).
    let examples = crate::examples::Examples::new(options.cache_dir.clone());
    let report = site::build_with(&options, &[&examples]);
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    for diag in &report.diagnostics {
        eprintln!("{}", diag.render(color));
    }
    let errors = report.diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = report.diagnostics.len() - errors;
    if errors > 0 {
        eprintln!(
            "build failed: {errors} error{}, {warnings} warning{}; {} left unchanged",
            plural(errors),
            plural(warnings),
            options.out.display()
        );
        return Ok(ExitCode::from(1));
    }
    let warn = if warnings > 0 { format!(" ({warnings} warning{})", plural(warnings)) } else { String::new() };
    println!("built {} pages in {} ms{warn}", report.pages, report.elapsed.as_millis());
    Ok(ExitCode::SUCCESS)
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
