//! `crib serve`: builds the site into a private folder with the live-reload
//! client injected, serves it on localhost, watches the sources and
//! rebuilds on every change. Open pages reload through Server-Sent Events
//! (keeping their scroll position); a failed build shows an overlay with
//! file:line and the message while the last good version stays served.
//!
//! Stages: [`watch`] (notify) -> the rebuild loop here (a
//! [`site::Pipeline::live`]: the site stays in memory, a save reads only the
//! changed files, re-renders only the pages they change and rewrites only
//! the output files whose bytes changed, in place) -> [`hub`] (state +
//! broadcast) -> [`server`] (axum: files and events; it injects the
//! live-reload client into every HTML page it serves, so the built files
//! are exactly `crib build`'s).

pub mod files;
pub mod hub;
pub mod live_reload;
pub mod not_found;
pub mod server;
pub mod watch;

use crate::site::{BuildOptions, BuildReport, Features, Pipeline};
use hub::{ErrorView, Hub};
use std::io::IsTerminal;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, mpsc};
use std::time::Instant;

pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: String,
    pub port: u16,
    pub open: bool,
}

/// Runs the server until Ctrl+C (or SIGTERM).
pub fn run(options: ServeOptions) -> miette::Result<()> {
    let root = std::path::absolute(&options.root)
        .map_err(|e| miette::miette!("cannot use {}: {e}", options.root.display()))?;
    if !root.join("content").is_dir() && !root.join("crib.toml").is_file() {
        return Err(miette::miette!(
            help = "pass --root with the folder that holds crib.toml and content/, or create one with `crib new`",
            "{} is not a crib site (no content/ and no crib.toml)",
            root.display()
        ));
    }
    let work = tempfile::Builder::new()
        .prefix("crib-serve-")
        .tempdir()
        .map_err(|e| miette::miette!("cannot create a temporary folder: {e}"))?;
    let site_dir = work.path().join("site");
    let hub = Arc::new(Hub::default());
    let build_options =
        BuildOptions { root: root.clone(), out: site_dir.clone(), cache_dir: Some(root.join(".crib-cache")) };
    // The same runnable examples and search as `crib build`; no service
    // worker while authoring, or the browser would serve stale pages.
    let live = Pipeline::live(build_options, Features::without_offline(false))
        .map_err(|e| miette::miette!("cannot create {}: {e}", site_dir.display()))?;
    let (changes_tx, changes_rx) = mpsc::channel();
    let watch = watch::start(&root, changes_tx).map_err(|e| miette::miette!("cannot watch {}: {e}", root.display()))?;
    let mut builder = Builder { root: root.clone(), hub: hub.clone(), next_version: 1, live, watch };
    builder.build(&[]);
    std::thread::Builder::new()
        .name("crib-rebuild".into())
        .spawn(move || builder.rebuild_loop(changes_rx))
        .map_err(|e| miette::miette!("cannot start the rebuild thread: {e}"))?;

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| miette::miette!("cannot start the server runtime: {e}"))?;
    let work_path = work.path().to_path_buf();
    let result = runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind((options.bind.as_str(), options.port)).await.map_err(|e| {
            miette::miette!(
                help = "pick another port with --port (0 picks a free one)",
                "cannot listen on {}:{}: {e}",
                options.bind,
                options.port
            )
        })?;
        let addr = listener.local_addr().map_err(|e| miette::miette!("{e}"))?;
        if !is_loopback(&options.bind, addr.ip()) {
            eprintln!("warning: serving on {addr}: other machines on the network can read this site");
        }
        let host = if addr.ip().is_unspecified() { "127.0.0.1".to_string() } else { addr.ip().to_string() };
        let host = if host.contains(':') { format!("[{host}]") } else { host };
        let url = format!("http://{host}:{}/", addr.port());
        println!("serving {url} (Ctrl+C to stop)");
        if options.open {
            open_browser(&url);
        }
        tokio::spawn(async move {
            shutdown_signal().await;
            let _ = std::fs::remove_dir_all(&work_path);
            std::process::exit(0);
        });
        let app = Arc::new(server::App { site: site_dir, hub });
        axum::serve(listener, server::router(app)).await.map_err(|e| miette::miette!("server error: {e}"))
    });
    drop(work);
    result
}

/// Builds the site and tells the hub; owns the version counter.
struct Builder {
    root: PathBuf,
    hub: Arc<Hub>,
    next_version: u64,
    /// The site in memory (search index included) and its served folder.
    live: Pipeline,
    watch: watch::Watch,
}

impl Builder {
    fn rebuild_loop(mut self, changes: mpsc::Receiver<Vec<PathBuf>>) {
        while let Ok(mut paths) = changes.recv() {
            // Coalesce whatever else arrived meanwhile into one build.
            while let Ok(more) = changes.try_recv() {
                paths.extend(more);
            }
            paths.sort();
            paths.dedup();
            // content/ or themes/ created while serving: watch inside it too.
            if let Err(err) = self.watch.refresh() {
                eprintln!("warning: cannot watch {}: {err}", self.root.display());
            }
            self.build(&paths);
        }
    }

    fn build(&mut self, changed: &[PathBuf]) -> BuildReport {
        let started = Instant::now();
        let version = self.next_version;
        let report = self.live.build(changed);
        let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        for diag in &report.diagnostics {
            eprintln!("{}", diag.render(color));
        }
        let what = describe(&self.root, changed);
        if report.written {
            self.next_version += 1;
            self.hub.published(version);
            println!(
                "{what}built {} pages ({} re-rendered) in {} ms (search index {} ms), reloading",
                report.pages,
                report.pages - report.reused,
                started.elapsed().as_millis(),
                self.live.search().stats().elapsed.as_millis()
            );
            // Off the reload path: the pages are already announced.
            self.live.save_caches();
        } else {
            let errors: Vec<ErrorView> =
                report.diagnostics.iter().filter(|d| d.is_error()).map(ErrorView::from_diagnostic).collect();
            let errors = if errors.is_empty() {
                vec![ErrorView {
                    file: "crib.toml".into(),
                    line: 1,
                    column: 1,
                    message: "the build failed".into(),
                    excerpt: String::new(),
                }]
            } else {
                errors
            };
            eprintln!("{what}build failed with {} error(s); still serving the last good version", errors.len());
            self.hub.failed(errors);
        }
        report
    }
}

fn describe(root: &Path, changed: &[PathBuf]) -> String {
    match changed {
        [] => String::new(),
        [one] => format!("{} changed: ", one.strip_prefix(root).unwrap_or(one).display()),
        many => format!("{} files changed: ", many.len()),
    }
}

fn is_loopback(bind: &str, ip: IpAddr) -> bool {
    bind == "localhost" || ip.is_loopback()
}

async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut term = match signal(SignalKind::terminate()) {
            Ok(s) => s,
            Err(_) => return std::future::pending().await,
        };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

fn open_browser(url: &str) {
    let result = if cfg!(target_os = "macos") {
        std::process::Command::new("open").arg(url).spawn()
    } else if cfg!(windows) {
        std::process::Command::new("cmd").args(["/C", "start", "", url]).spawn()
    } else {
        std::process::Command::new("xdg-open").arg(url).spawn()
    };
    if let Err(err) = result {
        eprintln!("warning: cannot open a browser ({err}); open {url} yourself");
    }
}
