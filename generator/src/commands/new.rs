//! `crib new DIR`: scaffolds a site that builds and passes `crib check`.

use crate::cli::NewArgs;
use miette::{IntoDiagnostic, WrapErr, miette};
use std::path::Path;
use std::process::ExitCode;

pub fn execute(args: NewArgs) -> miette::Result<ExitCode> {
    let dir = &args.dir;
    if dir.exists() && std::fs::read_dir(dir).into_diagnostic()?.next().is_some() {
        return Err(miette!(
            help = "pick a new folder name, or empty this one first",
            "{} already exists and is not empty; crib new never overwrites files",
            dir.display()
        ));
    }
    let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or("My cheat sheet");
    for (path, text) in crate::scaffold::files(name) {
        write(&dir.join(path), &text)?;
    }
    println!("created a new site in {}", dir.display());
    println!("next: cd {} && crib serve", dir.display());
    Ok(ExitCode::SUCCESS)
}

fn write(path: &Path, text: &str) -> miette::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .into_diagnostic()
            .wrap_err_with(|| format!("cannot create {}", parent.display()))?;
    }
    std::fs::write(path, text).into_diagnostic().wrap_err_with(|| format!("cannot write {}", path.display()))
}
