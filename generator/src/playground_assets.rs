//! The browser playground's files, carried inside the `crib` binary and
//! written into every site under `static/playground/`:
//!
//! - `playground.wasm`: the runtime for wasm32, built by `build.rs`;
//! - `playground-wasm.js`: the same bytes as base64 in a script, for
//!   `file://`, where `fetch()` of a `.wasm` fails;
//! - `worker-src.js`: the wasm-bindgen glue plus `worker.js` as one string,
//!   started as a Worker from a Blob URL (a Worker from a `file://` URL is
//!   blocked in Chromium);
//! - `playground.js` and `playground.css`: the page side, from the theme.

use crate::site::extension::Assets;
use base64::Engine as _;

/// The runtime module (wasm-bindgen output).
pub const WASM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/playground_bg.wasm"));
/// The wasm-bindgen "no-modules" glue defining `wasm_bindgen`.
const GLUE: &str = include_str!(concat!(env!("OUT_DIR"), "/playground.js"));
const WORKER: &str = include_str!("../../themes/default/static/playground/worker.js");
const PAGE_JS: &str = include_str!("../../themes/default/static/playground/playground.js");
const PAGE_CSS: &str = include_str!("../../themes/default/static/playground/playground.css");

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
pub fn files() -> Vec<(String, Vec<u8>)> {
    let worker_src = format!("{GLUE}\n{WORKER}");
    let worker_js = format!(
        "/* crib playground worker source (wasm-bindgen glue + worker.js), started from a Blob URL. */\nwindow.__cribPlaygroundWorker = {};\n",
        serde_json::to_string(&worker_src).unwrap_or_default()
    );
    let b64 = base64::engine::general_purpose::STANDARD.encode(WASM);
    let wasm_js = format!("/* crib playground runtime (wasm) as base64, for file:// pages. */\nwindow.__cribPlaygroundWasm = \"{b64}\";\n");
    vec![
        (format!("{DIR}/playground.wasm"), WASM.to_vec()),
        (format!("{DIR}/playground-wasm.js"), wasm_js.into_bytes()),
        (format!("{DIR}/worker-src.js"), worker_js.into_bytes()),
        (format!("{DIR}/playground.js"), PAGE_JS.as_bytes().to_vec()),
        (format!("{DIR}/playground.css"), PAGE_CSS.as_bytes().to_vec()),
    ]
}
