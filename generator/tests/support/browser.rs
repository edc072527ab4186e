//! Headless Chromium for the browser tests: launch Debian's `chromium` with
//! the flags this sandbox needs (no sandbox, no background networking, a
//! fresh profile), open pages from `file://` or from a tiny static server on
//! loopback, and wait for conditions. Never downloads a browser.

use headless_chrome::{Browser as Chrome, LaunchOptions, Tab};
use std::ffi::OsStr;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Where Debian installs Chromium; override with `CRIB_CHROMIUM`.
fn chromium_path() -> PathBuf {
    if let Some(path) = std::env::var_os("CRIB_CHROMIUM") {
        return PathBuf::from(path);
    }
    for candidate in ["/usr/bin/chromium", "/usr/bin/chromium-browser"] {
        if Path::new(candidate).exists() {
            return PathBuf::from(candidate);
        }
    }
    panic!(
        "browser tests need Chromium: install it with `apt-get install -y chromium` \
         (or set CRIB_CHROMIUM to its path)"
    );
}

/// A running headless Chromium with its own throw-away profile.
pub(crate) struct Browser {
    chrome: Chrome,
    _profile: tempfile::TempDir,
}

impl Browser {
    pub(crate) fn launch() -> Browser {
        Self::launch_with_size(1280, 900)
    }

    /// Launch with a given window size (e.g. 360 x 740 for a phone).
    pub(crate) fn launch_with_size(width: u32, height: u32) -> Browser {
        let profile = tempfile::tempdir().expect("temp profile dir");
        let args: Vec<&OsStr> = [
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
            "--allow-file-access-from-files",
        ]
        .iter()
        .map(OsStr::new)
        .collect();
        let options = LaunchOptions::default_builder()
            .path(Some(chromium_path()))
            .headless(true)
            .sandbox(false)
            .window_size(Some((width, height)))
            .user_data_dir(Some(profile.path().to_path_buf()))
            .idle_browser_timeout(Duration::from_secs(120))
            .args(args)
            .build()
            .expect("launch options");
        let chrome = Chrome::new(options).expect("start headless chromium");
        Browser { chrome, _profile: profile }
    }

    /// A new tab, navigated to `url` and waited for.
    pub(crate) fn open(&self, url: &str) -> Arc<Tab> {
        let tab = self.chrome.new_tab().expect("new tab");
        tab.set_default_timeout(Duration::from_secs(30));
        tab.navigate_to(url).expect("navigate");
        tab.wait_until_navigated().expect("page load");
        tab
    }

    pub(crate) fn chrome(&self) -> &Chrome {
        &self.chrome
    }
}

/// `file://` URL of a local path (made absolute).
pub(crate) fn file_url(path: &Path) -> String {
    let absolute = std::fs::canonicalize(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    format!("file://{}", absolute.display())
}

/// Evaluates `expression` in the page and returns its JSON value.
pub(crate) fn eval(tab: &Tab, expression: &str) -> serde_json::Value {
    let result = tab.evaluate(expression, true).unwrap_or_else(|e| panic!("evaluate `{expression}`: {e}"));
    result.value.unwrap_or(serde_json::Value::Null)
}

/// Polls `expression` until it is truthy, or panics after `timeout` with `what`.
pub(crate) fn wait_for(tab: &Tab, expression: &str, timeout: Duration, what: &str) -> serde_json::Value {
    let start = Instant::now();
    loop {
        let value = eval(tab, expression);
        let truthy = !matches!(value, serde_json::Value::Null | serde_json::Value::Bool(false))
            && value != serde_json::json!(0)
            && value != serde_json::json!("");
        if truthy {
            return value;
        }
        if start.elapsed() > timeout {
            panic!("timed out after {timeout:?} waiting for {what} (`{expression}` was {value})");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A static file server on 127.0.0.1 (a free port) for the http tests.
/// Logs every request path so tests can assert what the page asked for.
pub(crate) struct StaticServer {
    port: u16,
    stop: Arc<AtomicBool>,
    pub requests: Arc<std::sync::Mutex<Vec<String>>>,
}

impl StaticServer {
    pub(crate) fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}/{}", self.port, path.trim_start_matches('/'))
    }

    pub(crate) fn port(&self) -> u16 {
        self.port
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

/// Serves `dir` until the returned server is dropped.
pub(crate) fn serve(dir: &Path) -> StaticServer {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let port = listener.local_addr().unwrap().port();
    let stop = Arc::new(AtomicBool::new(false));
    let requests = Arc::new(std::sync::Mutex::new(Vec::new()));
    let root = dir.to_path_buf();
    let (stop2, requests2) = (stop.clone(), requests.clone());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            if stop2.load(Ordering::SeqCst) {
                break;
            }
            if let Ok(stream) = stream {
                let (root, requests) = (root.clone(), requests2.clone());
                std::thread::spawn(move || handle(stream, &root, &requests));
            }
        }
    });
    StaticServer { port, stop, requests }
}

fn handle(mut stream: TcpStream, root: &Path, requests: &std::sync::Mutex<Vec<String>>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    // Drain headers.
    let mut line = String::new();
    while reader.read_line(&mut line).map(|n| n > 2).unwrap_or(false) {
        line.clear();
    }
    let raw_path = request_line.split_whitespace().nth(1).unwrap_or("/").to_string();
    requests.lock().unwrap().push(raw_path.clone());
    let path = raw_path.split(['?', '#']).next().unwrap_or("/");
    let mut relative = percent_decode(path.trim_start_matches('/'));
    if relative.is_empty() || relative.ends_with('/') {
        relative.push_str("index.html");
    }
    let file = root.join(&relative);
    let inside = !relative.split('/').any(|part| part == "..");
    let (status, body, mime) = match std::fs::File::open(&file) {
        Ok(mut f) if inside && file.is_file() => {
            let mut body = Vec::new();
            f.read_to_end(&mut body).unwrap();
            ("200 OK", body, mime_of(&file))
        }
        _ => ("404 Not Found", b"not found".to_vec(), "text/plain"),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {mime}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && i + 2 < bytes.len()
            && let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16)
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn mime_of(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css",
        "js" | "mjs" => "text/javascript",
        "json" | "webmanifest" => "application/json",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "xml" => "application/xml",
        _ => "application/octet-stream",
    }
}

/// Waits for the element `selector` and clicks it.
pub(crate) fn click(tab: &headless_chrome::Tab, selector: &str) {
    tab.wait_for_element(selector).unwrap_or_else(|e| panic!("{selector}: {e}")).click().unwrap();
}

/// Collects a tab's page errors: console errors and failed asserts, uncaught
/// exceptions, and the browser's own error reports (a failed load, an SVG
/// attribute it rejects), each as one line, including those the page reported
/// before this was called. Clear the list between pages.
pub(crate) fn collect_errors(tab: &Arc<Tab>) -> Arc<std::sync::Mutex<Vec<String>>> {
    use headless_chrome::protocol::cdp::types::Event;
    let errors: Arc<std::sync::Mutex<Vec<String>>> = Arc::default();
    let sink = errors.clone();
    tab.add_event_listener(Arc::new(move |event: &Event| {
        let message = match event {
            Event::LogEntryAdded(e) => {
                let entry = &e.params.entry;
                (format!("{:?}", entry.level) == "Error").then(|| format!("{:?}: {}", entry.source, entry.text))
            }
            Event::RuntimeConsoleAPICalled(e) => {
                let kind = format!("{:?}", e.params.Type);
                (kind == "Error" || kind == "Assert").then(|| {
                    let args: Vec<String> = e
                        .params
                        .args
                        .iter()
                        .map(|a| {
                            a.description
                                .clone()
                                .or_else(|| a.value.as_ref().map(|v| v.to_string()))
                                .unwrap_or_default()
                        })
                        .collect();
                    format!("console.error: {}", args.join(" "))
                })
            }
            Event::RuntimeExceptionThrown(e) => Some(format!(
                "uncaught: {}",
                e.params
                    .exception_details
                    .exception
                    .as_ref()
                    .and_then(|x| x.description.clone())
                    .unwrap_or_else(|| e.params.exception_details.text.clone())
            )),
            _ => None,
        };
        if let Some(message) = message {
            sink.lock().unwrap().push(message);
        }
    }))
    .unwrap();
    // Listen first, then enable: enabling replays what the page already
    // reported while loading, and those are the errors that matter most.
    tab.enable_log().unwrap();
    tab.enable_runtime().unwrap();
    errors
}

/// Emulates a phone screen `width` px wide (headless windows have a minimum width).
pub(crate) fn emulate_phone(tab: &Tab, width: u32, height: u32) {
    use headless_chrome::protocol::cdp::Emulation;
    tab.call_method(Emulation::SetDeviceMetricsOverride {
        width,
        height,
        device_scale_factor: 2.0,
        mobile: true,
        scale: None,
        screen_width: None,
        screen_height: None,
        position_x: None,
        position_y: None,
        dont_set_visible_size: None,
        screen_orientation: None,
        viewport: None,
        display_feature: None,
        device_posture: None,
    })
    .unwrap();
}
