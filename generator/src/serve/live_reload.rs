//! What `crib serve` adds to every page it builds: a site extension that
//! injects the live-reload client (`live-reload.js`) with the build's
//! version number. Plain `crib build` output never contains it.

use crate::site::Extension;
use crate::site::extension::Assets;

/// The reload client, inlined in each page's `<head>`.
pub const CLIENT_JS: &str = include_str!("live-reload.js");

/// The extension for one build: pages know which version they are.
pub struct LiveReload {
    pub version: u64,
}

impl LiveReload {
    pub fn head_html(version: u64) -> String {
        format!("<script>window.__CRIB_SERVE__={{version:{version}}};</script>\n<script>{CLIENT_JS}</script>\n")
    }
}

impl Extension for LiveReload {
    fn assets(&self) -> Assets {
        Assets { head_html: Self::head_html(self.version), ..Assets::default() }
    }
}

/// The page served while no build has succeeded yet: the client alone,
/// which shows the errors and reloads once a build works.
pub fn waiting_page() -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>crib serve: waiting for a good build</title>{}</head>\
         <body><p>crib serve: the site has not built yet. Fix the errors shown and save.</p></body></html>",
        LiveReload::head_html(0)
    )
}
