//! `crib serve` end to end: the real binary on a free port, spoken to over
//! raw TCP (so request paths reach the server exactly as written, `..`
//! included): pages and assets with their MIME types, the 404 page,
//! traversal attacks, the live-reload event after an edit, the error
//! event while a file is broken (old site still served) and its clearing.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

struct Server {
    child: Child,
    port: u16,
    _site: tempfile::TempDir,
    root: PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        // SIGTERM lets the server remove its temporary folder.
        let _ = Command::new("kill").arg("-TERM").arg(self.child.id().to_string()).status();
        std::thread::sleep(Duration::from_millis(100));
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

const INDEX: &str = "+++\ntitle = \"Home\"\n+++\n\n# Home\n\nOriginal words.\n\n[Guide](guide/intro.md)\n";

fn start() -> Server {
    let site = tempfile::tempdir().unwrap();
    let root = site.path().to_path_buf();
    write(&root, "crib.toml", "title = \"Serve test\"\n");
    write(&root, "content/index.md", INDEX);
    write(&root, "content/guide/intro.md", "# Intro\n\nHello.\n");
    write(&root, "content/tiny.wasm", "\0asm\x01\0\0\0");
    write(&root, "content/notes.txt", "plain notes\n");
    std::fs::write(site.path().parent().unwrap().join("crib-serve-secret.txt"), "TOP SECRET").ok();
    let mut child = Command::new(env!("CARGO_BIN_EXE_crib"))
        .args(["serve", "--port", "0", "--root"])
        .arg(&root)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start crib serve");
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let port = loop {
        let line = rx.recv_timeout(Duration::from_secs(60)).expect("crib serve printed its address");
        if let Some(rest) = line.strip_prefix("serving http://127.0.0.1:") {
            break rest.split('/').next().unwrap().parse().unwrap();
        }
    };
    Server { child, port, _site: site, root }
}

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

struct Response {
    status: u16,
    headers: String,
    body: String,
}

impl Response {
    fn header(&self, name: &str) -> Option<String> {
        self.headers.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }
}

/// One GET with the path sent byte for byte as given.
fn get(port: u16, raw_path: &str) -> Response {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    write!(stream, "GET {raw_path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").unwrap();
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).unwrap();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    Response { status, headers: head.to_string(), body: body.to_string() }
}

/// Server-sent events as (event name, data), read on a thread.
fn events(port: u16) -> mpsc::Receiver<(String, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(stream, "GET /__crib/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n").unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut name = String::new();
        for line in BufReader::new(stream).lines().map_while(Result::ok) {
            if let Some(n) = line.strip_prefix("event: ").or_else(|| line.strip_prefix("event:")) {
                name = n.trim().to_string();
            } else if let Some(d) = line.strip_prefix("data: ").or_else(|| line.strip_prefix("data:")) {
                if tx.send((std::mem::take(&mut name), d.to_string())).is_err() {
                    return;
                }
            }
        }
    });
    rx
}

fn next_event(rx: &mpsc::Receiver<(String, String)>, want: &str) -> serde_json::Value {
    loop {
        let (name, data) = rx.recv_timeout(Duration::from_secs(30)).unwrap_or_else(|_| panic!("no `{want}` event"));
        if name == want {
            return serde_json::from_str(&data).unwrap();
        }
    }
}

#[test]
fn serves_pages_and_assets_with_their_types() {
    let server = start();
    let index = get(server.port, "/");
    assert_eq!(index.status, 200);
    assert_eq!(index.header("content-type").as_deref(), Some("text/html; charset=utf-8"));
    assert!(index.body.contains("Original words."));
    assert!(index.body.contains("__CRIB_SERVE__"), "the live-reload client is injected");
    assert!(index.body.contains("/__crib/events"));
    let guide = get(server.port, "/guide/intro.html");
    assert_eq!(guide.status, 200);
    assert!(guide.body.contains("Hello."));
    assert_eq!(get(server.port, "/guide/intro").status, 200, "extension-less URLs find the page");
    let css = get(server.port, "/static/style.css");
    assert_eq!((css.status, css.header("content-type").as_deref()), (200, Some("text/css; charset=utf-8")));
    let wasm = get(server.port, "/tiny.wasm");
    assert_eq!((wasm.status, wasm.header("content-type").as_deref()), (200, Some("application/wasm")));
    let txt = get(server.port, "/notes.txt");
    assert_eq!(txt.header("content-type").as_deref(), Some("text/plain; charset=utf-8"));
    let missing = get(server.port, "/no/such/page.html");
    assert_eq!(missing.status, 404);
    assert!(missing.body.contains("<html"), "the site's 404 page");
}

#[test]
fn traversal_attacks_are_refused() {
    let server = start();
    for attack in [
        "/../crib-serve-secret.txt",
        "/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E%2F%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "/static/..%2f..%2f..%2fetc%2fpasswd",
        "/..%5c..%5cetc%5cpasswd",
        "/guide/%2e%2e/%2e%2e/crib-serve-secret.txt",
        "/%c0%ae%c0%ae/etc/passwd",
        "/index.html%00.txt",
    ] {
        let response = get(server.port, attack);
        assert!(matches!(response.status, 400 | 403 | 404), "{attack}: {}", response.status);
        assert!(!response.body.contains("root:") && !response.body.contains("TOP SECRET"), "{attack} leaked a file");
    }
    assert_eq!(get(server.port, "/../crib-serve-secret.txt").status, 403);
    let _ = &server.root;
}

#[test]
fn an_edit_pushes_a_reload_with_the_new_content() {
    let server = start();
    let rx = events(server.port);
    let hello = next_event(&rx, "hello");
    let version = hello["version"].as_u64().unwrap();
    assert!(version >= 1);
    write(&server.root, "content/index.md", &INDEX.replace("Original words.", "Freshly edited words."));
    let reload = next_event(&rx, "reload");
    assert!(reload["version"].as_u64().unwrap() > version);
    let page = get(server.port, "/");
    assert!(page.body.contains("Freshly edited words."), "the reloaded page has the edit");
    assert!(page.body.contains(&format!("version:{}", reload["version"])), "the page knows its version");
}

#[test]
fn a_broken_file_shows_errors_and_fixing_it_clears_them() {
    let server = start();
    let rx = events(server.port);
    next_event(&rx, "hello");
    // Unterminated TOML string in the front matter.
    write(&server.root, "content/guide/intro.md", "+++\ntitle = \"Intro\nweight = 2\n+++\n\n# Intro\n");
    let errors = next_event(&rx, "errors");
    let first = &errors["errors"][0];
    assert_eq!(first["file"], "content/guide/intro.md", "{errors:#}");
    assert!(first["line"].as_u64().unwrap() >= 2, "{errors:#}");
    assert!(!first["message"].as_str().unwrap().is_empty());
    // The last good site is still served, and a page opened now learns the errors.
    let page = get(server.port, "/guide/intro.html");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Hello."));
    let late = events(server.port);
    let hello = next_event(&late, "hello");
    assert_eq!(hello["errors"][0]["file"], "content/guide/intro.md");

    write(&server.root, "content/guide/intro.md", "# Intro\n\nFixed.\n");
    next_event(&rx, "reload");
    assert!(get(server.port, "/guide/intro.html").body.contains("Fixed."));
    let after = events(server.port);
    let hello = next_event(&after, "hello");
    assert_eq!(hello["errors"].as_array().map(Vec::len), Some(0), "errors cleared: {hello:#}");
}

#[test]
fn save_by_rename_triggers_a_rebuild() {
    let server = start();
    let rx = events(server.port);
    next_event(&rx, "hello");
    let tmp = server.root.join("content/.index.md.tmp");
    std::fs::write(&tmp, INDEX.replace("Original words.", "Renamed into place.")).unwrap();
    std::fs::rename(&tmp, server.root.join("content/index.md")).unwrap();
    next_event(&rx, "reload");
    assert!(get(server.port, "/").body.contains("Renamed into place."));
}
