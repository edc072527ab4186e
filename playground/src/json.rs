//! JSON for the browser entry (`wasm.rs`): reads a [`RunOptions`] and writes
//! a [`RunResult`] in exactly the shape serde gives them (`crib run --json`),
//! without serde. serde_json and the derived (de)serialisers cost ~8 KB of
//! the gzip'd wasm; this is what the browser needs of them. Native hosts keep
//! serde; `tests` checks both agree.

use crate::api::{Limits, ModuleKind, Phase, RunOptions, RunResult, Stream, TraceEvent};
use std::fmt::Write as _;

/// A parsed JSON value (objects keep their order; duplicate keys: the last wins on lookup).
#[derive(Debug, Clone, PartialEq)]
enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

/// Reads run options: missing fields take their defaults, unknown ones are ignored (as with serde).
pub fn parse_options(text: &str) -> Result<RunOptions, String> {
    let mut p = Parser { s: text.as_bytes(), i: 0 };
    let value = p.value()?;
    p.ws();
    if p.i != p.s.len() {
        return Err(p.error("trailing characters"));
    }
    let Value::Object(fields) = value else { return Err("expected an object of run options".into()) };
    let mut o = RunOptions::default();
    for (key, v) in fields {
        match key.as_str() {
            "source" => o.source = string(v, &key)?,
            "filename" => o.filename = string(v, &key)?,
            "cwd" => o.cwd = string(v, &key)?,
            "epoch_ms" => o.epoch_ms = number(&v, &key)?,
            "module_kind" => {
                o.module_kind = match string(v, &key)?.as_str() {
                    "auto" => ModuleKind::Auto,
                    "commonjs" => ModuleKind::CommonJs,
                    "esm" => ModuleKind::Esm,
                    other => return Err(format!("unknown module_kind `{other}`, expected auto, commonjs or esm")),
                }
            }
            "stdin" => o.stdin = if v == Value::Null { None } else { Some(string(v, &key)?) },
            "files" => {
                let Value::Array(items) = v else { return Err("files: expected an array of [path, contents]".into()) };
                o.files = items
                    .into_iter()
                    .map(|item| match item {
                        Value::Array(pair) if pair.len() == 2 => {
                            let mut pair = pair.into_iter();
                            let path = string(pair.next().unwrap_or(Value::Null), "files")?;
                            Ok((path, string(pair.next().unwrap_or(Value::Null), "files")?))
                        }
                        _ => Err("files: expected [path, contents] pairs".to_string()),
                    })
                    .collect::<Result<_, _>>()?;
            }
            "trace" => o.trace = boolean(&v, &key)?,
            "limits" => o.limits = limits(v)?,
            _ => {}
        }
    }
    Ok(o)
}

fn limits(v: Value) -> Result<Limits, String> {
    let Value::Object(fields) = v else { return Err("limits: expected an object".into()) };
    let mut l = Limits::default();
    for (key, v) in fields {
        match key.as_str() {
            "loop_iterations" => l.loop_iterations = integer(&v, &key)?,
            "recursion" => l.recursion = integer(&v, &key)? as usize,
            "callbacks" => l.callbacks = integer(&v, &key)?,
            "microtasks" => l.microtasks = integer(&v, &key)?,
            "virtual_time_ms" => l.virtual_time_ms = number(&v, &key)?,
            "output_bytes" => l.output_bytes = integer(&v, &key)? as usize,
            "allocation_bytes" => l.allocation_bytes = integer(&v, &key)? as usize,
            _ => {}
        }
    }
    Ok(l)
}

fn string(v: Value, key: &str) -> Result<String, String> {
    match v {
        Value::String(s) => Ok(s),
        _ => Err(format!("{key}: expected a string")),
    }
}

fn number(v: &Value, key: &str) -> Result<f64, String> {
    match v {
        Value::Number(n) => Ok(*n),
        _ => Err(format!("{key}: expected a number")),
    }
}

fn integer(v: &Value, key: &str) -> Result<u64, String> {
    match v {
        Value::Number(n) if *n >= 0.0 && n.fract() == 0.0 && *n <= u64::MAX as f64 => Ok(*n as u64),
        _ => Err(format!("{key}: expected a non-negative integer")),
    }
}

fn boolean(v: &Value, key: &str) -> Result<bool, String> {
    match v {
        Value::Bool(b) => Ok(*b),
        _ => Err(format!("{key}: expected true or false")),
    }
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn error(&self, what: &str) -> String {
        format!("{what} at byte {}", self.i)
    }

    fn ws(&mut self) {
        while self.i < self.s.len() && matches!(self.s[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }

    fn eat(&mut self, word: &str) -> bool {
        let hit = self.s[self.i..].starts_with(word.as_bytes());
        if hit {
            self.i += word.len();
        }
        hit
    }

    fn value(&mut self) -> Result<Value, String> {
        self.ws();
        match self.s.get(self.i) {
            Some(b'{') => {
                self.i += 1;
                let mut fields = Vec::new();
                self.ws();
                if self.eat("}") {
                    return Ok(Value::Object(fields));
                }
                loop {
                    self.ws();
                    if self.s.get(self.i) != Some(&b'"') {
                        return Err(self.error("expected a key"));
                    }
                    let key = self.string()?;
                    self.ws();
                    if !self.eat(":") {
                        return Err(self.error("expected `:`"));
                    }
                    fields.push((key, self.value()?));
                    self.ws();
                    if self.eat("}") {
                        return Ok(Value::Object(fields));
                    }
                    if !self.eat(",") {
                        return Err(self.error("expected `,` or `}`"));
                    }
                }
            }
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.eat("]") {
                    return Ok(Value::Array(items));
                }
                loop {
                    items.push(self.value()?);
                    self.ws();
                    if self.eat("]") {
                        return Ok(Value::Array(items));
                    }
                    if !self.eat(",") {
                        return Err(self.error("expected `,` or `]`"));
                    }
                }
            }
            Some(b'"') => Ok(Value::String(self.string()?)),
            Some(b't') if self.eat("true") => Ok(Value::Bool(true)),
            Some(b'f') if self.eat("false") => Ok(Value::Bool(false)),
            Some(b'n') if self.eat("null") => Ok(Value::Null),
            Some(b'-' | b'0'..=b'9') => {
                let start = self.i;
                while self.i < self.s.len() && matches!(self.s[self.i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') {
                    self.i += 1;
                }
                let text = std::str::from_utf8(&self.s[start..self.i]).map_err(|_| self.error("bad number"))?;
                text.parse::<f64>().map(Value::Number).map_err(|_| self.error("bad number"))
            }
            _ => Err(self.error("expected a value")),
        }
    }

    /// A string literal; `self.i` is at its opening quote.
    fn string(&mut self) -> Result<String, String> {
        self.i += 1;
        let mut out = String::new();
        loop {
            let start = self.i;
            while self.i < self.s.len() && !matches!(self.s[self.i], b'"' | b'\\') && self.s[self.i] >= 0x20 {
                self.i += 1;
            }
            // The input is a &str and the run stops at ASCII bytes, so this is whole characters.
            out.push_str(std::str::from_utf8(&self.s[start..self.i]).map_err(|_| self.error("bad UTF-8"))?);
            match self.s.get(self.i) {
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = self.s.get(self.i).copied().ok_or_else(|| self.error("unterminated string"))?;
                    self.i += 1;
                    match c {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) && self.eat("\\u") {
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(self.error("unpaired surrogate"));
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            out.push(char::from_u32(code).ok_or_else(|| self.error("unpaired surrogate"))?);
                        }
                        _ => return Err(self.error("bad escape")),
                    }
                }
                Some(_) => return Err(self.error("control character in string")),
                None => return Err(self.error("unterminated string")),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self.s.get(self.i..self.i + 4).ok_or_else(|| self.error("bad \\u escape"))?;
        let text = std::str::from_utf8(digits).map_err(|_| self.error("bad \\u escape"))?;
        let code = u32::from_str_radix(text, 16).map_err(|_| self.error("bad \\u escape"))?;
        self.i += 4;
        Ok(code)
    }
}

/// The result as serde_json writes it (`crib run --json`).
pub fn write_result(r: &RunResult) -> String {
    let mut w = String::with_capacity(256 + r.output.iter().map(|e| e.text.len() + 80).sum::<usize>());
    w.push_str("{\"output\":[");
    for (i, e) in r.output.iter().enumerate() {
        sep(&mut w, i);
        w.push_str("{\"stream\":");
        str(&mut w, stream(e.stream));
        w.push_str(",\"text\":");
        str(&mut w, &e.text);
        w.push_str(",\"time_ms\":");
        num(&mut w, e.time_ms);
        let _ = write!(w, ",\"iteration\":{},\"phase\":", e.iteration);
        str(&mut w, phase(e.phase));
        w.push('}');
    }
    let _ = write!(w, "],\"exit_code\":{},\"notes\":[", r.exit_code);
    for (i, n) in r.notes.iter().enumerate() {
        sep(&mut w, i);
        w.push_str("{\"message\":");
        str(&mut w, &n.message);
        w.push('}');
    }
    w.push_str("],\"limit\":");
    match &r.limit {
        None => w.push_str("null"),
        Some(l) => {
            w.push_str("{\"limit\":");
            str(&mut w, &l.limit);
            w.push_str(",\"message\":");
            str(&mut w, &l.message);
            w.push('}');
        }
    }
    w.push_str(",\"missing_modules\":[");
    for (i, m) in r.missing_modules.iter().enumerate() {
        sep(&mut w, i);
        str(&mut w, m);
    }
    w.push_str("],\"trace\":[");
    for (i, t) in r.trace.iter().enumerate() {
        sep(&mut w, i);
        trace_event(&mut w, t);
    }
    w.push_str("]}");
    w
}

fn trace_event(w: &mut String, t: &TraceEvent) {
    let (kind, time_ms) = match t {
        TraceEvent::Enqueue { time_ms, .. } => ("enqueue", time_ms),
        TraceEvent::Dequeue { time_ms, .. } => ("dequeue", time_ms),
        TraceEvent::PhaseEnter { time_ms, .. } => ("phaseEnter", time_ms),
        TraceEvent::PhaseLeave { time_ms, .. } => ("phaseLeave", time_ms),
        TraceEvent::CallbackStart { time_ms, .. } => ("callbackStart", time_ms),
        TraceEvent::CallbackEnd { time_ms, .. } => ("callbackEnd", time_ms),
        TraceEvent::Output { time_ms, .. } => ("output", time_ms),
    };
    let _ = write!(w, "{{\"kind\":\"{kind}\"");
    match t {
        TraceEvent::Enqueue { queue, id, label, due_ms, .. } => {
            queue_id(w, "queue", *queue, *id);
            w.push_str(",\"label\":");
            str(w, label);
            w.push_str(",\"due_ms\":");
            match due_ms {
                Some(d) => num(w, *d),
                None => w.push_str("null"),
            }
        }
        TraceEvent::Dequeue { queue, id, .. } | TraceEvent::CallbackEnd { queue, id, .. } => queue_id(w, "queue", *queue, *id),
        TraceEvent::PhaseEnter { phase: p, iteration, .. } | TraceEvent::PhaseLeave { phase: p, iteration, .. } => {
            w.push_str(",\"phase\":");
            str(w, phase(*p));
            let _ = write!(w, ",\"iteration\":{iteration}");
        }
        TraceEvent::CallbackStart { queue, id, label, line, column, .. } => {
            queue_id(w, "queue", *queue, *id);
            w.push_str(",\"label\":");
            str(w, label);
            for (name, v) in [("line", line), ("column", column)] {
                let _ = match v {
                    Some(n) => write!(w, ",\"{name}\":{n}"),
                    None => write!(w, ",\"{name}\":null"),
                };
            }
        }
        TraceEvent::Output { stream: s, text, .. } => {
            w.push_str(",\"stream\":");
            str(w, stream(*s));
            w.push_str(",\"text\":");
            str(w, text);
        }
    }
    w.push_str(",\"time_ms\":");
    num(w, *time_ms);
    w.push('}');
}

fn queue_id(w: &mut String, key: &str, queue: Phase, id: u64) {
    let _ = write!(w, ",\"{key}\":");
    str(w, phase(queue));
    let _ = write!(w, ",\"id\":{id}");
}

fn sep(w: &mut String, i: usize) {
    if i > 0 {
        w.push(',');
    }
}

fn phase(p: Phase) -> &'static str {
    match p {
        Phase::Main => "main",
        Phase::NextTick => "nextTick",
        Phase::Microtask => "microtask",
        Phase::Timers => "timers",
        Phase::Pending => "pending",
        Phase::Poll => "poll",
        Phase::Check => "check",
        Phase::Close => "close",
        Phase::Exit => "exit",
    }
}

fn stream(s: Stream) -> &'static str {
    match s {
        Stream::Stdout => "stdout",
        Stream::Stderr => "stderr",
    }
}

/// A float: the shortest text that reads back as the same number, `.0` on
/// whole ones and `null` if not finite, as serde_json (which also writes an
/// exponent for tiny magnitudes, where this writes the digits out).
fn num(w: &mut String, n: f64) {
    if !n.is_finite() {
        w.push_str("null");
    } else if n.abs() >= 1e16 {
        let _ = write!(w, "{n:e}");
    } else if n.fract() == 0.0 {
        let _ = write!(w, "{n:.1}");
    } else {
        let _ = write!(w, "{n}");
    }
}

/// A JSON string literal, escaped as serde_json does.
fn str(w: &mut String, s: &str) {
    w.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let esc = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        w.push_str(&s[start..i]);
        if esc.is_empty() {
            let _ = write!(w, "\\u{b:04x}");
        } else {
            w.push_str(esc);
        }
        start = i + 1;
    }
    w.push_str(&s[start..]);
    w.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::{LimitHit, Note, OutputEvent};

    fn sample() -> RunResult {
        RunResult {
            output: vec![
                OutputEvent { stream: Stream::Stdout, text: "1. Start\n".into(), time_ms: 0.0, iteration: 0, phase: Phase::Main },
                OutputEvent {
                    stream: Stream::Stderr,
                    text: "quote \" back \\ tab\t nul\u{0} bell\u{7} del\u{7f} é 😀\u{8}\u{c}\r\n".into(),
                    time_ms: 1.25e-7,
                    iteration: 3,
                    phase: Phase::NextTick,
                },
                OutputEvent { stream: Stream::Stdout, text: String::new(), time_ms: 86_400_000.0, iteration: 9, phase: Phase::Exit },
                OutputEvent { stream: Stream::Stdout, text: "x".into(), time_ms: 1.5e300, iteration: 1, phase: Phase::Poll },
                OutputEvent { stream: Stream::Stdout, text: "y".into(), time_ms: 12345.678, iteration: 1, phase: Phase::Timers },
            ],
            exit_code: -1,
            notes: vec![Note { message: "order can vary".into() }],
            limit: Some(LimitHit { limit: "loopIterations".into(), message: "stopped\n".into() }),
            missing_modules: vec!["express".into(), "ws".into()],
            trace: vec![
                TraceEvent::Enqueue { queue: Phase::Timers, id: 7, label: "setTimeout".into(), due_ms: Some(4.0), time_ms: 0.5 },
                TraceEvent::Enqueue { queue: Phase::Microtask, id: 8, label: "then".into(), due_ms: None, time_ms: 0.0 },
                TraceEvent::Dequeue { queue: Phase::Check, id: 1, time_ms: 2.0 },
                TraceEvent::PhaseEnter { phase: Phase::Pending, iteration: 2, time_ms: 3.0 },
                TraceEvent::PhaseLeave { phase: Phase::Close, iteration: 2, time_ms: 3.0 },
                TraceEvent::CallbackStart { queue: Phase::Poll, id: 4, label: "readFile".into(), line: Some(3), column: None, time_ms: 1.0 },
                TraceEvent::CallbackStart { queue: Phase::Poll, id: 5, label: "".into(), line: None, column: Some(12), time_ms: 1.0 },
                TraceEvent::CallbackEnd { queue: Phase::Poll, id: 4, time_ms: 1.0 },
                TraceEvent::Output { stream: Stream::Stderr, text: "err\n".into(), time_ms: 0.0 },
            ],
        }
    }

    fn value(json: &str) -> serde_json::Value {
        serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}: {json}"))
    }

    #[test]
    fn results_are_written_as_serde_writes_them() {
        let r = sample();
        let ours = write_result(&r);
        assert_eq!(value(&ours), value(&serde_json::to_string(&r).unwrap()));
        // Same text too, except for the one float serde writes with an exponent.
        let serde = serde_json::to_string(&r).unwrap().replace("1.5e+300", "1.5e300").replace("1.25e-7", "0.000000125");
        assert_eq!(ours, serde);
        let empty = RunResult { output: vec![], exit_code: 0, notes: vec![], limit: None, missing_modules: vec![], trace: vec![] };
        assert_eq!(write_result(&empty), serde_json::to_string(&empty).unwrap());
    }

    #[test]
    fn floats_read_back_as_the_same_number() {
        for n in [0.0, -0.0, 1.0, 4.0, 1e15, 9.5e15, 1e16, 1e17, 1e21, 2.5, 0.1, 1e-7, 12345.678, f64::MAX, 5e-324, f64::NAN, f64::INFINITY] {
            let mut w = String::new();
            num(&mut w, n);
            assert_eq!(value(&w), value(&serde_json::to_string(&n).unwrap()), "{n}: {w}");
        }
    }

    #[test]
    fn options_are_read_as_serde_reads_them() {
        let options = RunOptions {
            source: "console.log(\"é\\u{1F600}\")\n\t// \u{0}".into(),
            filename: "main.mjs".into(),
            cwd: "/tmp/x".into(),
            epoch_ms: 1.5e12,
            module_kind: ModuleKind::Esm,
            stdin: Some("a\nb\n".into()),
            files: vec![("config.json".into(), "{\"a\": [1, 2]}".into()), ("/abs/b.txt".into(), String::new())],
            trace: true,
            limits: Limits { loop_iterations: 5, recursion: 6, callbacks: 7, microtasks: 8, virtual_time_ms: 9.5, output_bytes: 10, allocation_bytes: 11 },
        };
        let json = serde_json::to_string(&options).unwrap();
        assert_eq!(format!("{:?}", parse_options(&json).unwrap()), format!("{options:?}"));
        let pretty = serde_json::to_string_pretty(&options).unwrap();
        assert_eq!(format!("{:?}", parse_options(&pretty).unwrap()), format!("{options:?}"));
    }

    #[test]
    fn what_the_page_sends_is_read_with_defaults() {
        // playground.js sends only these; JSON.stringify escapes lone surrogates and controls.
        let json = r#"{"source":"a\ud83d\ude00b\u0007\/","filename":"main.js","stdin":null,"files":[["f.txt","x"]],"trace":false,"extra":{"k":[1,true,null]}}"#;
        let got = parse_options(json).unwrap();
        let want: RunOptions = serde_json::from_str(json).unwrap();
        assert_eq!(format!("{got:?}"), format!("{want:?}"));
        assert_eq!(got.source, "a😀b\u{7}/");
        assert_eq!(format!("{:?}", parse_options("{}").unwrap()), format!("{:?}", RunOptions::default()));
    }

    #[test]
    fn bad_options_are_errors_not_panics() {
        for bad in ["", "[]", "{", "{\"source\":1}", "{\"source\":\"a", "{\"trace\":\"yes\"}", "{} x", "{\"files\":[[\"a\"]]}", "{\"source\":\"\\ud800\"}", "{\"module_kind\":\"cjs\"}", "{\"limits\":{\"recursion\":-1}}", "nul"] {
            assert!(parse_options(bad).is_err(), "{bad}");
        }
    }
}
