//! A site kept in memory between builds (`crib serve`): the settings, the
//! theme, the loaded content, the last build's page records and the list
//! of files in the output, which is a folder only crib writes, updated in
//! place ([`InPlace`]). A rebuild after a change:
//!
//! - reads `crib.toml` and the theme again only when they changed, and of
//!   `content/` only the files that changed ([`content::reload`]);
//! - re-renders only the pages whose inputs changed: while the context
//!   every page shares (settings, navigation, titles) is the same, a page
//!   whose text was not read again is kept without even computing its key;
//!   otherwise every page's key is compared, as in `crib build`;
//! - writes only the files whose bytes changed, each replaced atomically,
//!   deletes the files the site no longer has, and leaves the rest alone.
//!
//! A build with errors changes nothing in the output (its pending files are
//! dropped), so the last good site stays served. With content errors (a
//! file that cannot be read or parsed) nothing is rendered: the errors are
//! reported at once.

use super::output::InPlace;
use super::{BuildOptions, BuildReport, Extension, Site, check_out_dir, finish};
use crate::cache::HighlightCache;
use crate::config::Config;
use crate::content::{self, Content};
use crate::diagnostics::Diagnostic;
use crate::templates::Theme;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::time::Instant;

pub struct LiveSite {
    options: BuildOptions,
    config: Option<Config>,
    theme: Option<Theme>,
    /// The content as last loaded (newest on disk, even if that build failed).
    content: Option<Content>,
    /// The records of the last successful build.
    state: Option<super::BuildState>,
    output: InPlace,
    /// The highlight cache of the last build, saved by [`save_caches`](Self::save_caches).
    unsaved: Option<HighlightCache>,
}

impl LiveSite {
    /// A site built into `options.out`, a folder crib alone writes.
    pub fn new(options: BuildOptions) -> std::io::Result<LiveSite> {
        let output = InPlace::new(&options.out)?;
        Ok(LiveSite { options, config: None, theme: None, content: None, state: None, output, unsaved: None })
    }

    pub fn out(&self) -> &Path {
        self.output.path()
    }

    /// The settings of the last build that could read them.
    pub fn config(&self) -> Option<&Config> {
        self.config.as_ref()
    }

    /// Builds after `changed` (absolute paths; empty for the first build).
    pub fn build(&mut self, extensions: &[&dyn Extension], changed: &[PathBuf]) -> BuildReport {
        let started = Instant::now();
        let mut report = BuildReport::default();
        if let Err(diag) = check_out_dir(&self.options) {
            report.diagnostics.push(diag);
            return finish(report, started);
        }
        let root = self.options.root.clone();
        let config_changed = changed.iter().any(|p| p == &root.join("crib.toml"));
        let theme_changed = config_changed || changed.iter().any(|p| p.starts_with(root.join("themes")));
        if config_changed || self.config.is_none() {
            self.config = None;
            self.theme = None;
            match Config::load(&root) {
                Ok(config) => self.config = Some(config),
                Err(diag) => {
                    report.diagnostics.push(diag);
                    return finish(report, started);
                }
            }
        }
        let config = self.config.as_ref().expect("loaded above");
        let content = match &self.content {
            Some(previous) => content::reload(&root, previous, changed),
            None => content::load(&root),
        };
        report.diagnostics.extend(content.diagnostics.iter().cloned());
        let content = &*self.content.insert(content);
        if theme_changed || self.theme.is_none() {
            self.theme = None;
            match Theme::load(&root, &config.theme) {
                Ok(theme) => self.theme = Some(theme),
                Err(diags) => report.diagnostics.extend(diags),
            }
        }
        let Some(theme) = &self.theme else { return finish(report, started) };
        if report.has_errors() {
            return finish(report, started);
        }
        let batch = match self.output.begin() {
            Ok(batch) => batch,
            Err(err) => {
                let out = self.options.out.display().to_string();
                report.diagnostics.push(Diagnostic::error(&out, "", 0..0, format!("cannot write into {out}: {err}")));
                return finish(report, started);
            }
        };
        let cache = match &self.options.cache_dir {
            Some(dir) => HighlightCache::open(dir),
            None => HighlightCache::in_memory(),
        };
        let site = Site::new(config, &content.pages, theme, extensions, &cache, &batch, self.state.as_ref(), &self.options.out, Some(content));
        let (count, diags) = site.write_all(&root, &content.assets);
        report.pages = count;
        report.reused = site.reused.load(Ordering::Relaxed);
        report.diagnostics.extend(diags);
        let shared_key = site.in_place.map(|(_, key)| key);
        let mut next = super::BuildState::empty(&self.options.out);
        next.pages = site.records.into_inner().unwrap_or_else(|e| e.into_inner());
        next.shared_key = shared_key;
        if report.has_errors() {
            return finish(report, started);
        }
        match batch.commit(&mut self.output) {
            Ok(()) => {
                report.written = true;
                self.state = Some(next);
                self.unsaved = Some(cache);
                for ext in extensions {
                    report.diagnostics.extend(ext.finish_output(self.output.path(), config));
                }
            }
            Err(err) => {
                // Some files may be new, others not: render everything next time.
                self.state = None;
                let out = self.options.out.display().to_string();
                report.diagnostics.push(Diagnostic::error(&out, "", 0..0, format!("cannot move the new files into {out}: {err}")));
            }
        }
        finish(report, started)
    }

    /// Saves the caches of the last build (highlighted blocks) to the cache
    /// folder: called after the new site was announced, off the reload path.
    pub fn save_caches(&mut self) {
        if let Some(cache) = self.unsaved.take() {
            cache.save();
        }
    }
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
    fn content_errors_change_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        write(&root, "content/index.md", "# Home\n");
        let out = dir.path().join("out");
        let mut live = LiveSite::new(BuildOptions { root: root.clone(), out: out.clone(), cache_dir: None }).unwrap();
        assert!(live.build(&[], &[]).written);
        let before = std::fs::read_to_string(out.join("index.html")).unwrap();
        write(&root, "content/index.md", "+++\ntitle = \"x\n+++\n# Home\n");
        let report = live.build(&[], &[root.join("content/index.md")]);
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
