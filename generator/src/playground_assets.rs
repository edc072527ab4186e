//! The browser playground's files, carried inside the `crib` binary and
//! written into every site under `static/playground/`:
//!
//! - `playground.wasm`: the runtime for wasm32, from the committed artifact
//!   `playground/prebuilt/` (rebuilt with `cargo xtask wasm`; see
//!   `xtask/src/wasm.rs`), carried gzip'd and unpacked on first use;
//! - `playground-wasm.js`: the same bytes as base64 in a script, for
//!   `file://`, where `fetch()` of a `.wasm` fails;
//! - `worker-src.js`: the wasm-bindgen glue plus `worker.js` as one string,
//!   started as a Worker from a Blob URL (a Worker from a `file://` URL is
//!   blocked in Chromium);
//! - `playground.js` and `playground.css`: the page side, from the theme;
//!   `quiz.js`: quiz mode (predict the output, then check it), loaded by
//!   `playground.js` only on pages that have a quiz; `extras.js`: what only
//!   an interaction or a link needs (module comparison, starvation check,
//!   shared-edit compression), loaded on first use;
//! - `packages/<name>.js`: each npm package the runtime carries (Express and
//!   its dependencies, `playground::packages`), as a script that registers
//!   its snapshot; `playground.js` loads one the first time a run names it
//!   (and learns their names from the list written into it here).

use crate::site::extension::Assets;
use base64::Engine as _;
use std::io::Read as _;
use std::sync::OnceLock;

/// The runtime module (wasm-bindgen output), gzip'd.
const WASM_GZ: &[u8] = include_bytes!("../../playground/prebuilt/playground_bg.wasm.gz");
/// The wasm-bindgen "no-modules" glue defining `wasm_bindgen`.
const GLUE: &str = include_str!("../../playground/prebuilt/playground.js");

/// The hash of the sources the committed browser runtime was built from
/// (`playground/prebuilt/manifest.toml`, read by build.rs).
pub const ARTIFACT_HASH: &str = env!("CRIB_RUNTIME_ARTIFACT");
/// The hash of the sources this binary's native runtime was compiled from:
/// the same as [`ARTIFACT_HASH`] unless the runtime is being changed and
/// the artifact not yet rebuilt. It keys the example-result caches.
pub const SOURCES_HASH: &str = env!("CRIB_RUNTIME_SOURCES");

/// The runtime module, unpacked once.
pub fn wasm() -> &'static [u8] {
    static WASM: OnceLock<Vec<u8>> = OnceLock::new();
    WASM.get_or_init(|| {
        let mut bytes = Vec::with_capacity(4 << 20);
        // The artifact is checked by the test `runtime_artifact`; a broken one cannot be built into crib.
        flate2::read::GzDecoder::new(WASM_GZ).read_to_end(&mut bytes).expect("the committed runtime artifact unpacks");
        bytes
    })
}

/// What `crib --version` prints after the version: the runtime's hash, and
/// a warning when the browser's runtime was built from other sources.
pub fn version() -> &'static str {
    static VERSION: OnceLock<String> = OnceLock::new();
    VERSION.get_or_init(|| {
        let short = |hash: &str| hash.chars().take(12).collect::<String>();
        let mut text = format!("{} (runtime {})", env!("CARGO_PKG_VERSION"), short(ARTIFACT_HASH));
        if SOURCES_HASH != ARTIFACT_HASH {
            text += &format!(
                "\nthe runtime's sources ({}) are not yet built into the browser runtime: run `cargo xtask wasm`",
                short(SOURCES_HASH)
            );
        }
        text
    })
}
/// The theme files of the page side (a site may override them): the
/// worker (bundled into `worker-src.js`), the page script (given the package
/// list and the badge table), and the rest written as they are.
pub const THEME_FILES: &[&str] = &[
    "static/playground/worker.js",
    "static/playground/playground.js",
    "static/playground/quiz.js",
    "static/playground/extras.js",
    "static/playground/playground.css",
];

/// Where the files go, from the output root.
pub const DIR: &str = "static/playground";

/// The stylesheet and script every page loads (small; the rest is lazy).
pub fn assets() -> Assets {
    Assets {
        styles: vec![format!("{DIR}/playground.css")],
        scripts: vec![format!("{DIR}/playground.js")],
        head_html: String::new(),
    }
}

/// Every file of the playground: (path from the output root, bytes).
pub fn files(theme: &crate::theme::Theme) -> Vec<(String, Vec<u8>)> {
    let worker_src = format!("{GLUE}\n{}", theme.asset_text("static/playground/worker.js"));
    let worker_js = format!(
        "/* crib playground worker source (wasm-bindgen glue + worker.js), started from a Blob URL. */\nwindow.__cribPlaygroundWorker = {};\n",
        serde_json::to_string(&worker_src).unwrap_or_default()
    );
    let b64 = base64::engine::general_purpose::STANDARD.encode(wasm());
    let wasm_js = format!(
        "/* crib playground runtime (wasm) as base64, for file:// pages. */\nwindow.__cribPlaygroundWasm = \"{b64}\";\n"
    );
    let page_js = theme
        .asset_text("static/playground/playground.js")
        .replacen(
            "var PACKAGES = [];",
            &format!("var PACKAGES = {};", serde_json::to_string(&playground::packages::KNOWN).unwrap_or_default()),
            1,
        )
        .replacen("var BADGES = {};", &format!("var BADGES = {};", crate::examples::badges_js()), 1);
    let mut files = vec![
        (format!("{DIR}/playground.wasm"), wasm().to_vec()),
        (format!("{DIR}/playground-wasm.js"), wasm_js.into_bytes()),
        (format!("{DIR}/worker-src.js"), worker_js.into_bytes()),
        (format!("{DIR}/playground.js"), page_js.into_bytes()),
    ];
    for name in ["quiz.js", "extras.js", "playground.css"] {
        files.push((format!("{DIR}/{name}"), theme.asset(&format!("{DIR}/{name}")).to_vec()));
    }
    for (name, json) in playground::packages::snapshots() {
        let script = format!(
            "/* crib playground package {name}: a snapshot of its node_modules tree (see playground/packages/README.md). */\n(window.__cribPackages = window.__cribPackages || {{}})[{}] = {};\n",
            serde_json::to_string(name).unwrap_or_default(),
            serde_json::to_string(json).unwrap_or_default()
        );
        files.push((package_script(name), script.into_bytes()));
    }
    files
}

/// The hash of the npm package snapshots this binary carries (computed
/// once): a new snapshot changes what examples print, so it keys the
/// example-result cache beside [`SOURCES_HASH`].
pub fn packages_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| {
        let mut h = blake3::Hasher::new();
        for (name, json) in playground::packages::snapshots() {
            for part in [name, json] {
                h.update(&(part.len() as u64).to_le_bytes());
                h.update(part.as_bytes());
            }
        }
        h.finalize().to_hex().to_string()
    })
}

/// Where the script of package `name` goes, from the output root.
pub fn package_script(name: &str) -> String {
    format!("{DIR}/packages/{name}.js")
}
