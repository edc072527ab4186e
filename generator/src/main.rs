//! The `crib` command line: parses arguments and hands each subcommand to
//! its module under `commands/`.

use clap::Parser;
use crib::cli::{Cli, Command};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => crib::commands::build::execute(args),
        Command::Run(args) => crib::commands::run::execute(args),
        Command::Check(args) => crib::commands::check::execute(args),
        Command::Serve(args) => crib::commands::serve::execute(args),
        Command::New(args) => crib::commands::new::execute(args),
        Command::Worker => return crib::runner::serve_worker(),
    };
    match result {
        Ok(code) => code,
        Err(report) => {
            eprintln!("{report:?}");
            ExitCode::from(1)
        }
    }
}
