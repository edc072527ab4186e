//! `crib build`: builds the site and prints the diagnostics and a one-line
//! summary. Exit code 1 when any error was found (the old output stays).

use crate::cli::BuildArgs;
use crate::site::{BuildOptions, Features, Pipeline};
use std::io::IsTerminal;
use std::process::ExitCode;

pub fn execute(args: BuildArgs) -> miette::Result<ExitCode> {
    let mut options = BuildOptions::new(&args.root);
    if let Some(out) = args.out {
        options.out = out;
    }
    if let Some(file) = &args.single_file {
        return single_file(options, file, args.no_run);
    }
    // Examples (run unless `--no-run` or `[build] run_examples = false`),
    // search, offline; the page records kept in the cache folder.
    let report = Pipeline::staged(options.clone(), Features::build(args.no_run)).build(&[]);
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

/// `--single-file`: builds into a temporary folder, then assembles one HTML
/// file (generator/src/single_file/), written next to its target and renamed.
fn single_file(mut options: BuildOptions, file: &std::path::Path, no_run: bool) -> miette::Result<ExitCode> {
    let tmp = tempfile::tempdir().map_err(|e| miette::miette!("cannot create a temporary folder: {e}"))?;
    options.out = tmp.path().join("site");
    // A one-off folder: no records to keep for the next build.
    let report = Pipeline::one_off(options.clone(), Features::without_offline(no_run)).build(&[]);
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    for diag in &report.diagnostics {
        eprintln!("{}", diag.render(color));
    }
    if report.has_errors() {
        eprintln!("build failed; {} left unchanged", file.display());
        return Ok(ExitCode::from(1));
    }
    let html = crate::single_file::assemble(&options.out)
        .map_err(|e| miette::miette!("cannot assemble the single file: {e}"))?;
    let partial = file.with_extension("html.partial");
    std::fs::write(&partial, &html)
        .and_then(|()| std::fs::rename(&partial, file))
        .map_err(|e| miette::miette!("cannot write {}: {e}", file.display()))?;
    println!(
        "built {} pages into {} ({} KiB) in {} ms",
        report.pages,
        file.display(),
        html.len() / 1024,
        report.elapsed.as_millis()
    );
    Ok(ExitCode::SUCCESS)
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
