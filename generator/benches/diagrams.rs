//! Diagram rendering speed and page weight: `cargo bench -p crib --bench diagrams`.
//!
//! For each sample (the twelve in `../shared/samples/mermaid/` when that
//! folder exists, else this crate's gallery fixtures): the median of several
//! cold renders (`render_fence` with the memory cache cleared: merman draws
//! light and dark, merges, scopes ids), of one merman drawing alone, and of a
//! cache hit; then the bytes a page carries with the chosen single themed SVG
//! against shipping two drawings (light + dark).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crib::diagrams::{clear_memory_cache, engine, render_fence, render_fence_cached};

const RUNS: usize = 7;

fn samples() -> (String, Vec<PathBuf>) {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/samples/mermaid");
    let shared = if shared.exists() { shared } else { PathBuf::from("/work/shared/samples/mermaid") };
    let dir =
        if shared.exists() { shared } else { Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/diagrams/gallery") };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "mmd"))
        .collect();
    files.sort();
    (dir.display().to_string(), files)
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

fn gzip_len(bytes: &[u8]) -> Option<usize> {
    use std::io::Write;
    let mut child = std::process::Command::new("gzip")
        .args(["-9", "-c"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(bytes).ok()?;
    Some(child.wait_with_output().ok()?.stdout.len())
}

pub(crate) fn main() {
    let (dir, files) = samples();
    println!("diagram bench: {} samples from {dir}, median of {RUNS} runs", files.len());
    println!(
        "{:<28} {:>10} {:>12} {:>10} {:>9} {:>9}",
        "sample", "cold ms", "1 drawing ms", "hit µs", "1 SVG B", "2 SVGs B"
    );
    let (mut cold_total, mut draw_total) = (Duration::ZERO, Duration::ZERO);
    let (mut merged_bytes, mut two_bytes) = (Vec::new(), Vec::new());
    for path in &files {
        let source = std::fs::read_to_string(path).unwrap();
        let name = path.file_stem().unwrap().to_string_lossy();
        let cold = median(
            (0..RUNS)
                .map(|_| {
                    clear_memory_cache();
                    let t = Instant::now();
                    render_fence(&source, "bench").unwrap();
                    t.elapsed()
                })
                .collect(),
        );
        let draw = median(
            (0..RUNS)
                .map(|_| {
                    let t = Instant::now();
                    engine::draw(&source, "bench", engine::Scheme::Light).unwrap();
                    t.elapsed()
                })
                .collect(),
        );
        let html = render_fence(&source, "bench").unwrap();
        let hit = median(
            (0..RUNS)
                .map(|_| {
                    let t = Instant::now();
                    render_fence(&source, "bench-2").unwrap();
                    t.elapsed()
                })
                .collect(),
        );
        let light = engine::draw(&source, "bench", engine::Scheme::Light).unwrap();
        let dark = engine::draw(&source, "bench-dark", engine::Scheme::Dark).unwrap();
        let two = light.len() + dark.len() + (html.len() - svg_part(&html).len());
        println!(
            "{name:<28} {:>10} {:>12} {:>10.1} {:>9} {:>9}",
            ms(cold),
            ms(draw),
            hit.as_secs_f64() * 1e6,
            html.len(),
            two
        );
        cold_total += cold;
        draw_total += draw;
        merged_bytes.extend_from_slice(html.as_bytes());
        two_bytes.extend_from_slice(light.as_bytes());
        two_bytes.extend_from_slice(dark.as_bytes());
        two_bytes.extend_from_slice(&html.as_bytes()[svg_part(&html).len()..]);
    }
    println!(
        "total: cold {} ms (merman light drawing alone {} ms); page weight one themed SVG {} B (gzip {:?}) vs two drawings {} B (gzip {:?})",
        ms(cold_total),
        ms(draw_total),
        merged_bytes.len(),
        gzip_len(&merged_bytes),
        two_bytes.len(),
        gzip_len(&two_bytes)
    );

    // Rebuild with an on-disk cache: a fresh process's first render of an
    // unchanged diagram reads the file instead of drawing.
    let cache = std::env::temp_dir().join(format!("crib-bench-diagrams-{}", std::process::id()));
    for path in &files {
        render_fence_cached(&std::fs::read_to_string(path).unwrap(), "warm", &cache).unwrap();
    }
    let disk = median(
        (0..RUNS)
            .map(|_| {
                clear_memory_cache();
                let t = Instant::now();
                for path in &files {
                    render_fence_cached(&std::fs::read_to_string(path).unwrap(), "again", &cache).unwrap();
                }
                t.elapsed()
            })
            .collect(),
    );
    println!("rebuild of all {} from the disk cache: {} ms", files.len(), ms(disk));
    let _ = std::fs::remove_dir_all(&cache);
    corpus();
}

/// What diagrams add to a site build: every ```mermaid fence of the corpus
/// in `CRIB_BENCH_CORPUS` (for example the 1,000-page one of
/// `gen-corpus.py`), rendered cold on one thread, as `crib build` does per page.
fn corpus() {
    let Some(root) = std::env::var_os("CRIB_BENCH_CORPUS") else { return };
    let mut fences = Vec::new();
    let mut stack = vec![PathBuf::from(root)];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "md") {
                let text = std::fs::read_to_string(&path).unwrap();
                for piece in text.split("```mermaid\n").skip(1) {
                    fences.push(piece.split("\n```").next().unwrap().to_string());
                }
            }
        }
    }
    let runs: Vec<Duration> = (0..3)
        .map(|_| {
            clear_memory_cache();
            let t = Instant::now();
            for (n, fence) in fences.iter().enumerate() {
                render_fence(fence, &format!("c{n}")).unwrap();
            }
            t.elapsed()
        })
        .collect();
    let total = median(runs);
    println!(
        "corpus: {} mermaid fences rendered cold in {} ms (median of 3), {:.2} ms per fence",
        fences.len(),
        ms(total),
        total.as_secs_f64() * 1000.0 / fences.len() as f64
    );
}

/// The `<svg>…</svg>` part of a rendered figure.
fn svg_part(html: &str) -> &str {
    let start = html.find("<svg").unwrap();
    let end = html.rfind("</svg>").unwrap() + "</svg>".len();
    &html[start..end]
}
