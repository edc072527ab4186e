//! `crib run FILE [--stdin FILE] [--trace] [--json] [--timeout SECONDS]`: runs a JavaScript file
//! under the simulated Node.js 20 runtime. Stdout and stderr go to the real
//! streams and the exit code is the program's, so `NODE="crib run"` can
//! stand in for `node`.

use crate::cli::RunArgs;
use miette::{IntoDiagnostic, WrapErr};
use playground::{OutputEvent, RunOptions, Stream};
use std::io::Write;
use std::process::ExitCode;

pub fn execute(args: RunArgs) -> miette::Result<ExitCode> {
    let source = std::fs::read_to_string(&args.file)
        .into_diagnostic()
        .wrap_err_with(|| format!("cannot read {}", args.file.display()))?;
    let stdin = match &args.stdin {
        Some(path) => Some(
            std::fs::read_to_string(path)
                .into_diagnostic()
                .wrap_err_with(|| format!("cannot read the stdin file {}", path.display()))?,
        ),
        None => None,
    };
    let cwd = std::env::current_dir().into_diagnostic().wrap_err("cannot read the current directory")?;
    // The budget: --timeout, else crib.toml's [run] where crib runs, else the defaults.
    let settings = match crate::config::Config::load(&cwd) {
        Ok(config) => config.run,
        Err(diagnostic) => {
            eprint!("{}", diagnostic.render(false));
            return Ok(ExitCode::from(2));
        }
    };
    let mut budget = settings.budget();
    if let Some(seconds) = args.timeout {
        budget.cpu_time_ms = seconds * 1000.0;
    }
    crate::runner::set_budget(budget);
    let file = if args.file.is_absolute() { args.file.clone() } else { cwd.join(&args.file) };
    let epoch_ms =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as f64).unwrap_or(0.0);
    let options = RunOptions {
        source,
        filename: file.to_string_lossy().into_owned(),
        cwd: cwd.to_string_lossy().into_owned(),
        epoch_ms,
        stdin,
        files: seed_files(&cwd),
        trace: args.trace,
        ..RunOptions::default()
    };
    // In a worker process: a program that exhausts memory stops, crib does
    // not, and what it printed before stays printed.
    if args.json {
        let result = crate::runner::run(options);
        let json = serde_json::to_string_pretty(&result).into_diagnostic()?;
        println!("{json}");
        return Ok(exit_code(result.exit_code));
    }
    let result = crate::runner::run_streaming(options, print_chunk);
    if args.trace {
        let mut err = std::io::stderr().lock();
        for ev in &result.trace {
            let _ = writeln!(err, "{}", serde_json::to_string(ev).unwrap_or_default());
        }
    }
    Ok(exit_code(result.exit_code))
}

/// Node's exit status: the low byte of the code.
fn exit_code(code: i32) -> ExitCode {
    ExitCode::from((code & 0xff) as u8)
}

/// Writes one output chunk to the real stream at once, as Node does.
fn print_chunk(event: &OutputEvent) {
    let _ = match event.stream {
        Stream::Stdout => {
            let mut out = std::io::stdout().lock();
            out.write_all(event.text.as_bytes()).and_then(|()| out.flush())
        }
        Stream::Stderr => std::io::stderr().lock().write_all(event.text.as_bytes()),
    };
}

/// The files of the working directory (not recursive, small text files only)
/// become the virtual file system's starting content, so a program that
/// reads a file next to it works as under `node`.
fn seed_files(cwd: &std::path::Path) -> Vec<(String, String)> {
    let mut files = Vec::new();
    let Ok(entries) = std::fs::read_dir(cwd) else { return files };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(meta) = entry.metadata() else { continue };
        if !meta.is_file() || meta.len() > 1 << 20 {
            continue;
        }
        if let Ok(text) = std::fs::read_to_string(&path) {
            files.push((path.to_string_lossy().into_owned(), text));
        }
    }
    files.sort();
    files
}
