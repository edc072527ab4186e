//! The simulated network's run-level behaviour that a differential case
//! cannot record (real Node never ends while a server listens): the run
//! ends with a note, exit code 0 and no `exit` event; `unref()` exits as in
//! Node; offline hosts get the no-network note; and the loopback callbacks
//! carry readable trace labels.

use playground::{RunOptions, RunResult, TraceEvent, run};

fn run_src(source: &str, trace: bool) -> RunResult {
    run(&RunOptions { source: source.into(), trace, ..RunOptions::default() })
}

fn stdout(r: &RunResult) -> String {
    r.output.iter().map(|e| e.text.as_str()).collect()
}

const IDLE_SERVER: &str = "const http = require('http');
const server = http.createServer((req, res) => res.end('hi'));
server.listen(3000, () => {
  console.log('listening');
  http.get('http://localhost:3000/', (res) => { res.setEncoding('utf8'); res.on('data', (d) => console.log('got', d)); });
});
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', () => console.log('exit'));
";

#[test]
fn a_server_left_listening_ends_the_run_with_a_note() {
    let r = run_src(IDLE_SERVER, false);
    assert_eq!(stdout(&r), "listening\ngot hi\n");
    assert_eq!(r.exit_code, 0);
    assert!(r.limit.is_none());
    assert_eq!(r.notes.len(), 1, "{:?}", r.notes);
    assert!(r.notes[0].message.contains("still listening on port 3000"), "{:?}", r.notes);
    assert!(r.notes[0].message.contains("server.close()"), "{:?}", r.notes);
}

#[test]
fn unref_and_close_let_the_program_exit_as_in_node() {
    let r = run_src(
        "const s = require('net').createServer(); s.listen(0, () => s.unref());
         process.on('exit', (c) => console.log('exit', c));",
        false,
    );
    assert_eq!(stdout(&r), "exit 0\n");
    assert!(r.notes.is_empty(), "{:?}", r.notes);
    let r = run_src(&IDLE_SERVER.replace("console.log('got', d)", "{ console.log('got', d); server.close(); }"), false);
    assert_eq!(stdout(&r), "listening\ngot hi\nbeforeExit\nexit\n");
    assert!(r.notes.is_empty(), "{:?}", r.notes);
}

#[test]
fn other_hosts_fail_offline_with_a_note() {
    let r = run_src(
        "require('http').get('http://example.com/').on('error', (e) => console.log(e.code, e.hostname));",
        false,
    );
    assert_eq!(stdout(&r), "ENOTFOUND example.com\n");
    assert!(r.notes.iter().any(|n| n.message.contains("no network")), "{:?}", r.notes);
}

#[test]
fn loopback_callbacks_are_labelled_in_the_trace() {
    let r = run_src(&IDLE_SERVER.replace("console.log('got', d)", "{ console.log('got', d); server.close(); }"), true);
    let labels: Vec<String> = r
        .trace
        .iter()
        .filter_map(|e| match e {
            TraceEvent::Enqueue { label, .. } => Some(label.clone()),
            _ => None,
        })
        .collect();
    for want in ["connect", "http request data", "http response data", "socket close"] {
        assert!(labels.iter().any(|l| l.starts_with(want)), "no {want:?} in {labels:?}");
    }
}
