//! Differential tests: every program in `tests/cases/` runs under the
//! playground runtime and must print what Node.js 20 printed (the recorded
//! `.stdout`, or any `.altN.stdout` for a case that is nondeterministic in
//! real Node, which must then carry an "order can vary" note), exit with
//! the recorded code, and write the recorded first stderr line.
//!
//! A case may come with `NNN-name.files/`: files its working directory
//! starts with (seeded into the virtual file system, or copied for `node`).
//!
//! When `node` is on PATH, each case also runs under real Node, to prove the
//! recorded expectation is still what Node prints. `CRIB_CASES=prefix,...`
//! limits the run to some cases.

use playground::{RunOptions, RunResult, Stream, run};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Cases where the runtime differs from Node only because of the Boa engine
/// itself (not the runtime), with the reason. They are still run: under
/// `node` they must match, and under crib they must still differ, so the list
/// cannot hide a case that has started to pass (remove it then).
const ENGINE_GAPS: &[(&str, &str)] = &[];

struct Case {
    name: String,
    program: PathBuf,
    stdouts: Vec<Vec<u8>>,
    exit: i32,
    stderr1: String,
    stdin: Option<Vec<u8>>,
    /// `NNN-name.files/`: files the working directory starts with.
    files: Vec<(String, String)>,
}

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases")
}

fn load_cases() -> Vec<Case> {
    let dir = cases_dir();
    let filter: Vec<String> = std::env::var("CRIB_CASES")
        .map(|s| s.split(',').map(str::to_string).filter(|s| !s.is_empty()).collect())
        .unwrap_or_default();
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "js" || e == "mjs"))
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.as_bytes()[0].is_ascii_digit()))
        .collect();
    programs.sort();
    let mut cases = Vec::new();
    for program in programs {
        let name = program.file_stem().and_then(|s| s.to_str()).expect("utf-8 name").to_string();
        if !filter.is_empty() && !filter.iter().any(|f| name.starts_with(f.as_str())) {
            continue;
        }
        let sibling = |ext: &str| dir.join(format!("{name}.{ext}"));
        let read = |p: PathBuf| std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        let mut stdouts = vec![read(sibling("stdout"))];
        for n in 1.. {
            let alt = sibling(&format!("alt{n}.stdout"));
            if !alt.exists() {
                break;
            }
            stdouts.push(read(alt));
        }
        let exit = String::from_utf8_lossy(&read(sibling("exit"))).trim().parse().expect("exit file holds a number");
        let stderr1 = String::from_utf8_lossy(&read(sibling("stderr1"))).lines().next().unwrap_or("").to_string();
        let stdin = sibling("stdin").exists().then(|| read(sibling("stdin")));
        let mut files = Vec::new();
        seed_files(&dir.join(format!("{name}.files")), "", &mut files);
        files.sort();
        cases.push(Case { name, program, stdouts, exit, stderr1, stdin, files });
    }
    cases
}

/// The files under `dir` (folders too, e.g. a `node_modules` tree), as
/// paths relative to it.
fn seed_files(dir: &Path, prefix: &str, files: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let rel = format!("{prefix}{}", entry.file_name().to_string_lossy());
        if entry.path().is_dir() {
            seed_files(&entry.path(), &format!("{rel}/"), files);
        } else {
            let bytes = std::fs::read(entry.path()).unwrap_or_else(|e| panic!("{}: {e}", entry.path().display()));
            files.push((rel, String::from_utf8_lossy(&bytes).into_owned()));
        }
    }
}

fn options_for(case: &Case) -> RunOptions {
    let source = std::fs::read_to_string(&case.program).expect("program is UTF-8");
    let file_name = case.program.file_name().and_then(|n| n.to_str()).expect("utf-8").to_string();
    RunOptions {
        source,
        filename: file_name,
        cwd: format!("/tmp/crib-case-{}", case.name),
        stdin: Some(String::from_utf8_lossy(case.stdin.as_deref().unwrap_or(b"")).into_owned()),
        files: case.files.clone(),
        ..RunOptions::default()
    }
}

/// Runs `f` on a thread with a big stack: deep recursion in the engine needs
/// one, as in `crib run`.
fn on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(f)
        .expect("spawn runtime thread")
        .join()
        .expect("the runtime never panics")
}

/// One case on a thread of its own, so on an engine of its own.
fn run_crib(case: &Case) -> RunResult {
    let options = options_for(case);
    on_big_stack(move || run(&options))
}

/// What crib's run of `case` got wrong, known engine gaps excused.
fn crib_problems(case: &Case, result: &RunResult) -> Vec<String> {
    let mut problems = crib_outcome_problems(case, result);
    if ENGINE_GAPS.iter().any(|(n, _)| *n == case.name) && !problems.is_empty() {
        problems.clear();
    }
    problems
}

/// What crib's run of `case` got wrong: output, exit code, first stderr
/// line, and the note a nondeterministic case must carry.
fn crib_outcome_problems(case: &Case, result: &RunResult) -> Vec<String> {
    let got = Outcome {
        stdout: result.text(Stream::Stdout).into_bytes(),
        exit: result.exit_code,
        stderr1: result.text(Stream::Stderr).lines().next().unwrap_or("").to_string(),
    };
    let mut problems = check(case, &got, "crib");
    if case.stdouts.len() > 1 && result.notes.is_empty() {
        problems.push("crib: nondeterministic in real Node, but the run carries no note saying so".into());
    }
    problems
}

/// What one interpreter produced.
struct Outcome {
    stdout: Vec<u8>,
    exit: i32,
    stderr1: String,
}

fn check(case: &Case, got: &Outcome, who: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if !case.stdouts.contains(&got.stdout) {
        problems.push(format!(
            "{who}: stdout differs\n--- expected\n{}--- got\n{}",
            String::from_utf8_lossy(&case.stdouts[0]),
            String::from_utf8_lossy(&got.stdout)
        ));
    }
    if got.exit != case.exit {
        problems.push(format!("{who}: exit code {} (expected {})", got.exit, case.exit));
    }
    if got.stderr1 != case.stderr1 {
        problems.push(format!("{who}: first stderr line {:?} (expected {:?})", got.stderr1, case.stderr1));
    }
    problems
}

fn node_available() -> bool {
    Command::new("node").arg("--version").output().is_ok_and(|o| o.status.success())
}

fn run_node(case: &Case) -> Outcome {
    let dir = std::env::temp_dir().join(format!("crib-node-case-{}-{}", std::process::id(), case.name));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    for (name, text) in &case.files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().expect("in the temp dir")).expect("seed folder");
        std::fs::write(path, text).expect("seed file");
    }
    // With seeded files the program runs beside them (as in the runtime), so
    // its `require`s find them (a `node_modules` folder among them).
    let program = if case.files.is_empty() {
        case.program.clone()
    } else {
        let copy = dir.join(case.program.file_name().expect("a file"));
        std::fs::copy(&case.program, &copy).expect("copy the program");
        copy
    };
    // npm packages the playground offers (Express...), installed by
    // `cargo xtask test` (`npm ci` in playground/packages).
    let node_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("packages/node_modules");
    let mut child = Command::new("node")
        .arg(&program)
        .env("NODE_PATH", &node_path)
        .current_dir(&dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn node");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("piped stdin");
        let _ = stdin.write_all(case.stdin.as_deref().unwrap_or(b""));
    }
    let out = child.wait_with_output().expect("node runs");
    let _ = std::fs::remove_dir_all(&dir);
    Outcome {
        stdout: out.stdout,
        exit: out.status.code().unwrap_or(-1),
        stderr1: String::from_utf8_lossy(&out.stderr).lines().next().unwrap_or("").to_string(),
    }
}

#[test]
fn every_case_matches_node() {
    let cases = load_cases();
    assert!(!cases.is_empty(), "no differential cases found in {}", cases_dir().display());
    let with_node = node_available();
    let mut failures = Vec::new();
    let mut gaps = 0;
    for case in &cases {
        let result = run_crib(case);
        let mut problems = crib_outcome_problems(case, &result);
        if let Some((_, reason)) = ENGINE_GAPS.iter().find(|(n, _)| *n == case.name) {
            if problems.is_empty() {
                problems.push("crib: listed in ENGINE_GAPS but now agrees with Node: remove it from the list".into());
            } else {
                eprintln!("known engine gap {}: {reason}", case.name);
                problems.clear();
                gaps += 1;
            }
        }
        if with_node {
            // Real Node runs on the machine's clock: on a loaded machine a
            // timer can fire so late that a later one overtakes it (case
            // 031 on 2 busy cores). Only a difference that Node shows three
            // times in a row counts.
            let mut node_problems = check(case, &run_node(case), "node");
            for _ in 0..2 {
                if node_problems.is_empty() {
                    break;
                }
                node_problems = check(case, &run_node(case), "node");
            }
            problems.extend(node_problems);
        }
        if !problems.is_empty() {
            failures.push(format!("== {}\n{}", case.name, problems.join("\n")));
        }
    }
    let passed = cases.len() - failures.len() - gaps;
    eprintln!(
        "differential: {passed}/{} cases agree, {gaps} known engine gap(s) (node check: {})",
        cases.len(),
        if with_node { "on" } else { "off" }
    );
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), cases.len(), failures.join("\n\n"));
}

/// Every case again, all on ONE thread, so runs share an engine (the
/// bootstrap and built-ins compiled once, see `src/engine.rs`): forwards,
/// then backwards, so each case also runs after a different neighbour. A
/// case whose output changes here leaked state from one run into the next.
#[test]
fn every_case_matches_on_one_shared_engine() {
    let cases = load_cases();
    let options: Vec<(String, RunOptions)> = cases.iter().map(|c| (c.name.clone(), options_for(c))).collect();
    let results = on_big_stack(move || {
        let mut out = Vec::new();
        for pass in 0..2 {
            let order: Vec<usize> =
                if pass == 0 { (0..options.len()).collect() } else { (0..options.len()).rev().collect() };
            for i in order {
                out.push((i, run(&options[i].1)));
            }
        }
        out
    });
    let mut failures = Vec::new();
    for (i, result) in &results {
        let case = &cases[*i];
        let problems = crib_problems(case, result);
        if !problems.is_empty() {
            failures.push(format!("== {}\n{}", case.name, problems.join("\n")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} runs on a shared engine differ:\n{}",
        failures.len(),
        results.len(),
        failures.join("\n")
    );
}
