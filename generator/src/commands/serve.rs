//! `crib serve`: build, serve on localhost, rebuild and live-reload on
//! every change (see `serve/`).

use crate::cli::ServeArgs;
use crate::serve::{self, ServeOptions};
use std::process::ExitCode;

pub fn execute(args: ServeArgs) -> miette::Result<ExitCode> {
    serve::run(ServeOptions { root: args.root, bind: args.bind, port: args.port, open: args.open })?;
    Ok(ExitCode::SUCCESS)
}
