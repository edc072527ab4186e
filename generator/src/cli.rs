//! Command-line arguments for every `crib` subcommand (clap derive).

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(name = "crib", version = crate::playground_assets::version(), about = "Cheat-sheet sites with a live Node.js playground")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into a folder of static files.
    Build(BuildArgs),
    /// Run a JavaScript file under the simulated Node.js 20 runtime.
    Run(RunArgs),
    /// Run every example and verify documented outputs, links and diagrams.
    Check(CheckArgs),
    /// Build, serve on localhost and rebuild with live reload on every change.
    Serve(ServeArgs),
    /// Create a new site in DIR.
    New(NewArgs),
    /// Internal: a runtime worker for the other commands (see runner.rs).
    #[command(name = "__worker", hide = true)]
    Worker,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Site root (holds crib.toml and content/).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Output folder [default: ROOT/dist].
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Write the whole site as one self-contained HTML file instead (styles,
    /// diagrams, search and the playground inline; pages routed by hash).
    #[arg(long, value_name = "OUT.html", conflicts_with = "out")]
    pub single_file: Option<PathBuf>,
    /// Do not run the examples at build time (no embedded outputs; the
    /// browser still runs them). Same as `[build] run_examples = false`.
    #[arg(long)]
    pub no_run: bool,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// The JavaScript file to run (.js, .cjs or .mjs).
    pub file: PathBuf,
    /// A file whose lines are the program's standard input.
    #[arg(long)]
    pub stdin: Option<PathBuf>,
    /// Print the full event-loop trace (to stderr, or inside --json).
    #[arg(long)]
    pub trace: bool,
    /// Print the structured result as JSON instead of plain output.
    #[arg(long)]
    pub json: bool,
    /// Stop the program after this many seconds of CPU time with
    /// `[limit: time]` [default: `[run] timeout` of ./crib.toml, else 5; 0: no limit].
    #[arg(long, value_name = "SECONDS", value_parser = parse_seconds)]
    pub timeout: Option<f64>,
}

/// A number of seconds, 0 or more.
fn parse_seconds(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(s) if s.is_finite() && s >= 0.0 => Ok(s),
        _ => Err(format!("`{text}` is not a number of seconds (0 or more)")),
    }
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Site root (holds crib.toml and content/).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Run every example again instead of reusing the results of unchanged
    /// ones (kept in ROOT/.crib-cache/check-runs.json).
    #[arg(long)]
    pub no_cache: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum CheckFormat {
    Human,
    Json,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Site root (holds crib.toml and content/).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 3000)]
    pub port: u16,
    /// Address to bind; anything but loopback is reachable by other machines.
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: String,
    /// Open the site in the default browser.
    #[arg(long)]
    pub open: bool,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// Folder to create the site in.
    pub dir: PathBuf,
}
