//! The structured result of a run: each output chunk's phase, time and loop
//! iteration, the "order can vary" notes, missing modules, and the queue
//! trace a step-through visualiser replays.

use playground::{Phase, RunOptions, RunResult, Stream, TraceEvent, run};

const CLASSIC: &str = "console.log('1. Start');
setTimeout(() => console.log('4. setTimeout'), 0);
Promise.resolve().then(() => console.log('3. Promise'));
process.nextTick(() => console.log('2. nextTick'));
console.log('5. End');
";

fn run_src(source: &str, trace: bool) -> RunResult {
    run(&RunOptions { source: source.into(), trace, ..RunOptions::default() })
}

#[test]
fn classic_example_lines_carry_their_phase_and_time() {
    let r = run_src(CLASSIC, false);
    let lines: Vec<(&str, Phase, u32)> = r.output.iter().map(|e| (e.text.as_str(), e.phase, e.iteration)).collect();
    assert_eq!(
        lines,
        vec![
            ("1. Start\n", Phase::Main, 0),
            ("5. End\n", Phase::Main, 0),
            ("2. nextTick\n", Phase::NextTick, 0),
            ("3. Promise\n", Phase::Microtask, 0),
            ("4. setTimeout\n", Phase::Timers, 2),
        ]
    );
    let timeout = r.output.last().expect("output");
    assert!(timeout.time_ms >= 1.0 && timeout.time_ms < 2.0, "setTimeout 0 fires after 1 ms: {}", timeout.time_ms);
    assert_eq!(r.exit_code, 0);
    assert!(r.notes.is_empty(), "no race here: {:?}", r.notes);
}

#[test]
fn timeout_versus_immediate_in_main_shows_the_immediate_first_with_a_note() {
    let r =
        run_src("setTimeout(() => console.log('timeout'), 0); setImmediate(() => console.log('immediate'));", false);
    assert_eq!(r.text(Stream::Stdout), "immediate\ntimeout\n");
    assert_eq!(r.notes.len(), 1);
    assert!(r.notes[0].message.contains("setImmediate"), "{:?}", r.notes);
}

#[test]
fn inside_an_io_callback_the_immediate_wins_without_a_note() {
    let r = run_src(
        "require('fs').readFile(__filename, () => { setTimeout(() => console.log('timeout'), 0); setImmediate(() => console.log('immediate')); });",
        false,
    );
    assert_eq!(r.text(Stream::Stdout), "immediate\ntimeout\n", "stderr: {}", r.text(Stream::Stderr));
    assert!(r.notes.is_empty(), "{:?}", r.notes);
    assert!(r.output.iter().all(|e| e.phase == Phase::Check || e.phase == Phase::Timers));
}

#[test]
fn missing_package_fails_like_node_and_is_reported() {
    let r = run_src("require('lodash');", false);
    assert_eq!(r.exit_code, 1);
    assert_eq!(r.missing_modules, vec!["lodash".to_string()]);
    let err = r.text(Stream::Stderr);
    assert!(err.contains("Error: Cannot find module 'lodash'"), "{err}");
    assert!(err.contains("code: 'MODULE_NOT_FOUND'"), "{err}");
    assert!(err.contains("playground does not provide"), "{err}");
    assert!(err.ends_with("\nNode.js v20.20.2\n"), "{err}");
}

#[test]
fn uncaught_error_is_printed_like_node() {
    let r = run_src("setTimeout(() => {\n  throw new Error('boom');\n}, 1);", false);
    assert_eq!(r.exit_code, 1);
    let err = r.text(Stream::Stderr);
    assert!(err.starts_with("/home/crib/main.js:2\n  throw new Error('boom');\n  ^\n\nError: boom\n    at "), "{err}");
    assert!(err.ends_with("\n\nNode.js v20.20.2\n"), "{err}");
}

#[test]
fn es_module_detected_from_import_syntax() {
    let r = run_src(
        "import { EventEmitter } from 'node:events';\nprocess.nextTick(() => console.log('tick'));\nPromise.resolve().then(() => console.log('promise'));\nconsole.log(typeof EventEmitter);",
        false,
    );
    // In an ES module the body runs inside a microtask: promises first.
    assert_eq!(r.text(Stream::Stdout), "function\npromise\ntick\n", "stderr: {}", r.text(Stream::Stderr));
}

#[test]
fn trace_replays_the_classic_example_queue_by_queue() {
    let r = run_src(CLASSIC, true);
    let t = &r.trace;
    assert!(!t.is_empty());
    let pos = |pred: &dyn Fn(&TraceEvent) -> bool| t.iter().position(pred).expect("event present");
    let tick_enqueued = pos(&|e| matches!(e, TraceEvent::Enqueue { queue: Phase::NextTick, .. }));
    let timer_enqueued = pos(&|e| matches!(e, TraceEvent::Enqueue { queue: Phase::Timers, due_ms: Some(_), .. }));
    let tick_started = pos(&|e| matches!(e, TraceEvent::CallbackStart { queue: Phase::NextTick, .. }));
    let timers_entered = pos(&|e| matches!(e, TraceEvent::PhaseEnter { phase: Phase::Timers, .. }));
    let timer_started = pos(&|e| matches!(e, TraceEvent::CallbackStart { queue: Phase::Timers, .. }));
    assert!(
        timer_enqueued < tick_enqueued
            && tick_enqueued < tick_started
            && tick_started < timers_entered
            && timers_entered < timer_started
    );
    let outputs: Vec<&str> = t
        .iter()
        .filter_map(|e| match e {
            TraceEvent::Output { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(outputs, ["1. Start\n", "5. End\n", "2. nextTick\n", "3. Promise\n", "4. setTimeout\n"]);
    // Enqueue labels name the callback and the line that scheduled it.
    let labels: Vec<&str> = t
        .iter()
        .filter_map(|e| match e {
            TraceEvent::Enqueue { label, .. } => Some(label.as_str()),
            _ => None,
        })
        .collect();
    assert!(labels.iter().any(|l| l.starts_with("(anonymous) @ 2:")), "{labels:?}");
    assert!(labels.iter().any(|l| l.starts_with("(anonymous) @ 4:")), "{labels:?}");
    // Callback starts point at the line where the callback is written, for
    // the visualiser's source marker.
    let starts: Vec<(Phase, Option<u32>)> = t
        .iter()
        .filter_map(|e| match e {
            TraceEvent::CallbackStart { queue, line, .. } => Some((*queue, *line)),
            _ => None,
        })
        .collect();
    assert!(starts.contains(&(Phase::NextTick, Some(4))), "{starts:?}");
    assert!(starts.contains(&(Phase::Timers, Some(2))), "{starts:?}");
    assert!(starts.iter().any(|(q, _)| *q == Phase::Microtask), "the promise reaction runs as a callback: {starts:?}");
    // Every dequeued id was enqueued, and every started callback ends.
    for e in t {
        if let TraceEvent::Dequeue { id, .. } = e {
            assert!(
                t.iter().any(|x| matches!(x, TraceEvent::Enqueue { id: i, .. } if i == id)),
                "dequeue of unknown id {id}"
            );
        }
        if let TraceEvent::CallbackStart { id, .. } = e {
            assert!(
                t.iter().any(|x| matches!(x, TraceEvent::CallbackEnd { id: i, .. } if i == id)),
                "callback {id} never ends"
            );
        }
    }
}

/// Two timers with the same delay created one after the other share libuv's
/// millisecond start, so they fire in one timers phase (Node's usual order;
/// case 401 records the other one too), and the run says the order can vary.
#[test]
fn same_delay_timers_share_one_timers_phase() {
    let r = run_src(
        "setTimeout(() => { console.log('A'); setImmediate(() => console.log('immediate from A')); }, 5);
         setTimeout(() => console.log('B'), 5);",
        false,
    );
    let lines: Vec<(&str, Phase, u32)> = r.output.iter().map(|e| (e.text.as_str(), e.phase, e.iteration)).collect();
    assert_eq!(
        lines,
        vec![("A\n", Phase::Timers, 2), ("B\n", Phase::Timers, 2), ("immediate from A\n", Phase::Check, 2)]
    );
    assert!(r.notes.iter().any(|n| n.message.contains("millisecond clock")), "notes: {:?}", r.notes);
}
