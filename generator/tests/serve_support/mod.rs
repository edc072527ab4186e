//! Helpers for the `crib serve` tests: the real binary started on a free
//! port in a temporary site, raw-TCP GET (paths sent exactly as written,
//! `..` included) and a Server-Sent Events reader.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

pub(crate) struct Server {
    child: Child,
    pub port: u16,
    _site: tempfile::TempDir,
    pub root: PathBuf,
    /// What the server prints after its address (one build summary per build).
    pub stdout: mpsc::Receiver<String>,
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

pub(crate) const INDEX: &str = "+++\ntitle = \"Home\"\n+++\n\n# Home\n\nOriginal words.\n\n[Guide](guide/intro.md)\n";

pub(crate) fn start() -> Server {
    start_with(INDEX)
}

/// A site whose home page is `index`.
pub(crate) fn start_with(index: &str) -> Server {
    let site = tempfile::tempdir().unwrap();
    let root = site.path().to_path_buf();
    write(&root, "crib.toml", "title = \"Serve test\"\n");
    write(&root, "content/index.md", index);
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
    Server { child, port, _site: site, root, stdout: rx }
}

/// The next build summary the server prints (`... built N pages (M re-rendered) in ...`).
pub(crate) fn next_build_line(server: &Server) -> String {
    loop {
        let line = server.stdout.recv_timeout(Duration::from_secs(60)).expect("a build summary");
        if line.contains("built ") {
            return line;
        }
    }
}

pub(crate) use crate::support::write;

pub(crate) struct Response {
    pub status: u16,
    pub headers: String,
    pub body: String,
}

impl Response {
    pub(crate) fn header(&self, name: &str) -> Option<String> {
        self.headers.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }
}

/// One GET with the path sent byte for byte as given.
pub(crate) fn get(port: u16, raw_path: &str) -> Response {
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
pub(crate) fn events(port: u16) -> mpsc::Receiver<(String, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(stream, "GET /__crib/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n").unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut name = String::new();
        for line in BufReader::new(stream).lines().map_while(Result::ok) {
            if let Some(n) = line.strip_prefix("event: ").or_else(|| line.strip_prefix("event:")) {
                name = n.trim().to_string();
            } else if let Some(d) = line.strip_prefix("data: ").or_else(|| line.strip_prefix("data:"))
                && tx.send((std::mem::take(&mut name), d.to_string())).is_err()
            {
                return;
            }
        }
    });
    rx
}

pub(crate) fn next_event(rx: &mpsc::Receiver<(String, String)>, want: &str) -> serde_json::Value {
    loop {
        let (name, data) = rx.recv_timeout(Duration::from_secs(30)).unwrap_or_else(|_| panic!("no `{want}` event"));
        if name == want {
            return serde_json::from_str(&data).unwrap();
        }
    }
}

/// Waits through `reload` events until `path` serves a body containing
/// `needle`. One change on disk may arrive as more than one batch of
/// file-system events (a new folder, then the file written in it), so a
/// test that counts reloads races the watcher; this waits for the result.
pub(crate) fn reload_until(rx: &mpsc::Receiver<(String, String)>, port: u16, path: &str, needle: &str) -> Response {
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    loop {
        let page = get(port, path);
        if page.body.contains(needle) {
            return page;
        }
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        match rx.recv_timeout(left) {
            Ok(_) => continue,
            Err(_) => panic!("{path} never showed {needle:?}; last served:\n{}", page.body),
        }
    }
}
