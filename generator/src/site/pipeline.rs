//! The one build pipeline. `crib build`, `crib build --single-file`,
//! `crib serve` and `crib check` all run a [`Pipeline`]; they differ only in
//! their output ([`Output`]) and in what they keep between runs:
//!
//! | command         | output                          | kept between runs                         |
//! |-----------------|---------------------------------|-------------------------------------------|
//! | `build`         | staging folder, swapped in      | page records, on disk (`.crib-cache/pages`) |
//! | `--single-file` | staging folder (a one-off)      | nothing                                   |
//! | `serve`         | its own folder, updated in place | settings, theme, content, records, in memory |
//! | `check`         | none (markdown stage only)      | nothing                                   |
//!
//! A run goes through the same stages in the same order for all of them:
//! **load** (settings, the `[run]` budget, content, theme: each read again
//! only when it is not kept or a change touched it) -> **extensions**
//! ([`Features`]: which ones, and whether examples run, decided here once)
//! -> **render** (the [`Site`](super::Site) walks every page) -> **finish**
//! (extensions that need the complete output, when the output stages one)
//! -> **commit** (swap or rename into place) -> **keep** (records, caches,
//! [`Extension::committed`]).

use super::incremental::BuildState;
use super::output::{InPlace, Sink, Staging};
use super::{BuildOptions, BuildReport, Extension, Site};
use crate::cache::HighlightCache;
use crate::config::Config;
use crate::content::{self, Content};
use crate::diagnostics::Diagnostic;
use crate::theme::Theme;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Which extensions a command's builds use; assembled into a list once per
/// run, after the settings are loaded (they decide whether examples run).
#[derive(Debug, Clone, Copy, Default)]
pub struct Features {
    /// Runnable examples and the browser playground; `Some(false)` is
    /// `--no-run` (nothing runs, whatever `[build] run_examples` says).
    pub examples: Option<bool>,
    /// The search index (kept by the pipeline between runs).
    pub search: bool,
    /// The offline service worker and web app manifest (needs a staged output).
    pub offline: bool,
}

impl Features {
    /// `crib build`: everything; `no_run` is `--no-run`.
    pub fn build(no_run: bool) -> Features {
        Features { examples: Some(!no_run), search: true, offline: true }
    }

    /// `crib build --single-file` and `crib serve`: no service worker (a
    /// single file has no other files; while authoring, the browser would
    /// serve stale pages).
    pub fn without_offline(no_run: bool) -> Features {
        Features { offline: false, ..Features::build(no_run) }
    }
}

/// Where a pipeline's builds go.
enum Output {
    /// A staging folder per build, swapped in whole on success (`crib build`,
    /// `--single-file`); `save` keeps the page records in the cache folder.
    Staged { save: bool },
    /// A folder only crib writes, updated in place (`crib serve`).
    InPlace(InPlace),
}

/// The site's build pipeline: owns the settings, theme, content, the
/// extensions that persist (search) and the previous build's records.
pub struct Pipeline {
    options: BuildOptions,
    output: Output,
    features: Features,
    config: Option<Config>,
    theme: Option<Theme>,
    /// The content as last loaded (newest on disk, even if that build failed).
    content: Option<Content>,
    /// The records of the last successful build.
    state: Option<BuildState>,
    /// Kept between runs: an edit re-indexes one page and rewrites only the
    /// search shards it touches.
    search: crate::search::Search,
    /// The highlight cache of the last build, saved by [`save_caches`](Self::save_caches).
    unsaved: Option<HighlightCache>,
    /// Whether settings, theme and content are kept between runs.
    keep_sources: bool,
}

impl Pipeline {
    fn new(options: BuildOptions, output: Output, features: Features) -> Pipeline {
        let keep_sources = matches!(output, Output::InPlace(_));
        Pipeline {
            options,
            output,
            features,
            config: None,
            theme: None,
            content: None,
            state: None,
            search: crate::search::Search::new(),
            unsaved: None,
            keep_sources,
        }
    }

    /// `crib build`: staged output; the page records are read from and
    /// saved to the cache folder (when there is one).
    pub fn staged(options: BuildOptions, features: Features) -> Pipeline {
        Pipeline::new(options, Output::Staged { save: true }, features)
    }

    /// A one-off staged build (`--single-file`): keeps nothing.
    pub fn one_off(options: BuildOptions, features: Features) -> Pipeline {
        Pipeline::new(options, Output::Staged { save: false }, features)
    }

    /// `crib serve`: a site kept in memory, built into `options.out`, a
    /// folder crib alone writes (see [`super::live`]).
    pub fn live(options: BuildOptions, features: Features) -> std::io::Result<Pipeline> {
        let output = InPlace::new(&options.out)?;
        Ok(Pipeline::new(options, Output::InPlace(output), features))
    }

    pub fn out(&self) -> &Path {
        &self.options.out
    }

    /// The settings of the last run that could read them.
    pub fn config(&self) -> Option<&Config> {
        self.config.as_ref()
    }

    /// The search stage kept between runs (its statistics).
    pub fn search(&self) -> &crate::search::Search {
        &self.search
    }

    /// Builds with the pipeline's [`Features`], after `changed` (absolute
    /// paths; empty for a first or a cold build).
    pub fn build(&mut self, changed: &[PathBuf]) -> BuildReport {
        let started = Instant::now();
        let mut report = BuildReport::default();
        if !self.load(changed, &mut report) {
            return super::finish(report, started);
        }
        let features = self.features;
        let run = features.examples.unwrap_or(false) && self.config.as_ref().is_none_or(|c| c.build.run_examples);
        let examples =
            features.examples.map(|_| crate::examples::Examples::new(self.options.cache_dir.clone()).running(run));
        let offline = features.offline.then(crate::offline::Offline::new);
        self.search.reset();
        // Taken out for the run: the pipeline lends itself mutably below.
        let search = std::mem::take(&mut self.search);
        let mut list: Vec<&dyn Extension> = Vec::new();
        if let Some(examples) = &examples {
            list.push(examples);
        }
        if features.search {
            list.push(&search);
        }
        if let Some(offline) = &offline {
            list.push(offline);
        }
        let report = self.render_and_commit(&list, report, started);
        drop(list);
        self.search = search;
        report
    }

    /// Builds with exactly `extensions` (tests, tools), after `changed`.
    pub fn build_with(&mut self, extensions: &[&dyn Extension], changed: &[PathBuf]) -> BuildReport {
        let started = Instant::now();
        let mut report = BuildReport::default();
        if !self.load(changed, &mut report) {
            return super::finish(report, started);
        }
        self.render_and_commit(extensions, report, started)
    }

    /// `crib check`: the load stage for the settings (the `[run]` budget) and
    /// content, then the checks (markdown stage only, nothing written).
    pub fn check(&mut self, cache: bool) -> crate::check::Report {
        let root = self.options.root.clone();
        // A crib.toml that does not parse leaves the default budget; the
        // checks do not read the other settings.
        self.config = Config::load(&root).ok();
        if let Some(config) = &self.config {
            crate::runner::set_budget(config.run.budget());
            self.theme = Theme::load(&root, &config.theme).ok();
        }
        let content = content::load(&root);
        crate::check::check_content(&root, &content, self.config.as_ref(), self.theme.as_ref(), cache)
    }

    /// The load stage: settings, budget, content and theme, each read again
    /// unless kept and untouched by `changed`. False when the run cannot go on.
    fn load(&mut self, changed: &[PathBuf], report: &mut BuildReport) -> bool {
        if let Err(diag) = super::check_out_dir(&self.options) {
            report.diagnostics.push(diag);
            return false;
        }
        let root = self.options.root.clone();
        if !self.keep_sources {
            self.config = None;
            self.theme = None;
            self.content = None;
        }
        let config_changed = changed.iter().any(|p| p == &root.join("crib.toml"));
        let theme_changed = config_changed || changed.iter().any(|p| p.starts_with(root.join("themes")));
        if config_changed || self.config.is_none() {
            self.config = None;
            self.theme = None;
            match Config::load(&root) {
                Ok(config) => self.config = Some(config),
                Err(diag) => {
                    report.diagnostics.push(diag);
                    return false;
                }
            }
        }
        let config = self.config.as_ref().expect("loaded above");
        // What each example run may spend (`[run]`).
        crate::runner::set_budget(config.run.budget());
        let content = match &self.content {
            Some(previous) => content::reload(&root, previous, changed),
            None => content::load(&root),
        };
        report.diagnostics.extend(content.diagnostics.iter().cloned());
        self.content = Some(content);
        if theme_changed || self.theme.is_none() {
            self.theme = None;
            match Theme::load(&root, &config.theme) {
                Ok(theme) => self.theme = Some(theme),
                Err(diags) => report.diagnostics.extend(diags),
            }
        }
        match &self.output {
            // A staged build renders every page even after a load error,
            // so one bad file does not hide the others' problems.
            Output::Staged { .. } => {
                self.theme.is_some() || {
                    // (As before: the staging folder is tried first, its error reported.)
                    if let Err(err) = Staging::new(&self.options.out).map(drop) {
                        report.diagnostics.push(create_error(&self.options.out, &err));
                    }
                    false
                }
            }
            // Serving: a load error is shown at once, nothing rendered.
            Output::InPlace(_) => self.theme.is_some() && !report.has_errors(),
        }
    }

    /// The render, finish, commit and keep stages.
    fn render_and_commit(
        &mut self,
        extensions: &[&dyn Extension],
        mut report: BuildReport,
        started: Instant,
    ) -> BuildReport {
        let (Some(config), Some(theme), Some(content)) = (&self.config, &self.theme, &self.content) else {
            return super::finish(report, started);
        };
        let out = self.options.out.clone();
        let in_place = matches!(self.output, Output::InPlace(_));
        let keep_sources = self.keep_sources;
        // The previous build's records: in memory, or read from the cache folder.
        let loaded = match (&self.output, &self.options.cache_dir) {
            (Output::Staged { save: true }, Some(dir)) => Some(BuildState::load(dir, &out)),
            _ => None,
        };
        let previous = match &self.output {
            Output::Staged { save: true } => loaded.as_ref(),
            Output::Staged { save: false } => None,
            Output::InPlace(_) => self.state.as_ref(),
        }
        .filter(|s| s.is_for(&out));
        let pending = match &self.output {
            Output::Staged { .. } => match Staging::new(&out) {
                Ok(s) => Pending::Staged(s),
                Err(err) => {
                    report.diagnostics.push(create_error(&out, &err));
                    return super::finish(report, started);
                }
            },
            Output::InPlace(place) => match place.begin() {
                Ok(b) => Pending::InPlace(b),
                Err(err) => {
                    let shown = out.display().to_string();
                    report.diagnostics.push(Diagnostic::error(
                        &shown,
                        "",
                        0..0,
                        format!("cannot write into {shown}: {err}"),
                    ));
                    return super::finish(report, started);
                }
            },
        };
        let cache = match &self.options.cache_dir {
            Some(dir) => HighlightCache::open(dir),
            None => HighlightCache::in_memory(),
        };
        // Render: every page, generated index, 404, asset, extension file.
        let site = Site::new(super::Inputs {
            config,
            content,
            theme,
            extensions,
            cache: &cache,
            sink: pending.sink(),
            previous,
            out: &out,
            in_place,
        });
        let (count, diags) = site.write_all(&self.options.root);
        report.pages = count;
        report.reused = site.reused();
        report.diagnostics.extend(diags);
        let mut next = BuildState::empty(&out);
        next.shared_key = site.shared_key();
        next.pages = site.into_records();
        if !keep_sources {
            // The sources are no longer needed (the records keep what they must).
            self.content = None;
        }
        if report.has_errors() {
            return super::finish(report, started);
        }
        // Finish: extensions that need the complete output (the offline
        // service worker hashes every file), when the output stages one.
        if let Pending::Staged(staging) = &pending {
            for ext in extensions {
                report.diagnostics.extend(ext.finish_output(staging.path(), config));
            }
            if report.has_errors() {
                return super::finish(report, started);
            }
        }
        // Commit, then keep.
        let committed = match (pending, &mut self.output) {
            (Pending::InPlace(batch), Output::InPlace(place)) => {
                batch.commit(place).map_err(|err| format!("cannot move the new files into {}: {err}", out.display()))
            }
            (Pending::Staged(staging), _) => {
                staging.commit().map_err(|err| format!("cannot move the new site into place: {err}"))
            }
            (Pending::InPlace(_), _) => unreachable!("a batch is begun only in place"),
        };
        match committed {
            Ok(()) => {
                report.written = true;
                for ext in extensions {
                    ext.committed();
                }
                match self.output {
                    Output::Staged { save } => {
                        cache.save();
                        next.stamp(&out);
                        // Every page reused: the records are the saved ones.
                        if let (true, Some(dir)) = (save, &self.options.cache_dir)
                            && loaded.as_ref() != Some(&next)
                        {
                            next.save(dir);
                        }
                    }
                    Output::InPlace(_) => {
                        self.state = Some(next);
                        self.unsaved = Some(cache);
                    }
                }
            }
            Err(message) => {
                // In place, some files may be new, others not: render everything next time.
                self.state = None;
                report.diagnostics.push(Diagnostic::error(out.display().to_string(), "", 0..0, message));
            }
        }
        super::finish(report, started)
    }

    /// Saves the caches of the last build (highlighted blocks) to the cache
    /// folder: `crib serve` calls it after the new site was announced, off
    /// the reload path (a staged build saves them before it returns).
    pub fn save_caches(&mut self) {
        if let Some(cache) = self.unsaved.take() {
            cache.save();
        }
    }
}

/// A build's output while it is written.
enum Pending {
    Staged(Staging),
    InPlace(super::output::Batch),
}

impl Pending {
    fn sink(&self) -> &dyn Sink {
        match self {
            Pending::Staged(staging) => staging,
            Pending::InPlace(batch) => batch,
        }
    }
}

fn create_error(out: &Path, err: &std::io::Error) -> Diagnostic {
    Diagnostic::error(out.display().to_string(), "", 0..0, format!("cannot create the output folder: {err}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(root: &Path, rel: &str, text: &str) {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn content_errors_change_nothing_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        write(&root, "content/index.md", "# Home\n");
        let out = dir.path().join("out");
        let mut live =
            Pipeline::live(BuildOptions { root: root.clone(), out: out.clone(), cache_dir: None }, Features::default())
                .unwrap();
        assert!(live.build(&[]).written);
        let before = std::fs::read_to_string(out.join("index.html")).unwrap();
        write(&root, "content/index.md", "+++\ntitle = \"x\n+++\n# Home\n");
        let report = live.build(&[root.join("content/index.md")]);
        assert!(report.has_errors() && !report.written);
        assert_eq!(std::fs::read_to_string(out.join("index.html")).unwrap(), before);
        // (The successful build's pending folder is deleted by a background thread.)
        let names = || -> Vec<_> { std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect() };
        for _ in 0..500 {
            if names().len() == 2 {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert_eq!(names().len(), 2, "no pending folder left behind: {:?}", names());
    }
}
