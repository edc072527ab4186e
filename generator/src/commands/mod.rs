//! One module per subcommand; each exposes `execute(args) -> Result<ExitCode>`.

pub mod build;
pub mod check;
pub mod new;
pub mod run;
pub mod serve;
