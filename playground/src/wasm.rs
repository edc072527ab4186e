//! The browser host: a wasm-bindgen export around [`crate::run`].
//!
//! JavaScript passes a [`RunOptions`] as JSON and gets a [`RunResult`] back
//! as JSON (`run`). The wasm heap is capped at [`HEAP_CAP_BYTES`]: the
//! allocator refuses to grow linear memory past it (and the nested build also
//! sets the module's maximum memory), and a refused allocation aborts the
//! instance; the browser side then reads [`heap_limit_hit`] and shows a clear
//! message instead of a bare "unreachable" trap, and starts a fresh instance.
//! A panic (which aborts on wasm) leaves its message for [`take_panic`].

use crate::api::{LimitHit, OutputEvent, Phase, RunOptions, RunResult, Stream};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};
use wasm_bindgen::prelude::*;

/// The most linear memory a run may use: 256 MiB.
pub const HEAP_CAP_BYTES: usize = 256 << 20;

/// Size of the allocation that was refused for the cap (0 when none was).
static REFUSED: AtomicUsize = AtomicUsize::new(0);

fn memory_bytes() -> usize {
    core::arch::wasm32::memory_size(0) * 65536
}

/// The system allocator, refusing to let linear memory pass the cap.
struct CappedAlloc;

unsafe impl GlobalAlloc for CappedAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        unsafe { self.checked(p, layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        unsafe { self.checked(p, layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if p.is_null() || memory_bytes() <= HEAP_CAP_BYTES {
            if p.is_null() {
                REFUSED.store(new_size.max(1), Ordering::Relaxed);
            }
            return p;
        }
        // Grown past the cap (only without the linker's maximum): refuse.
        REFUSED.store(new_size.max(1), Ordering::Relaxed);
        core::ptr::null_mut()
    }
}

impl CappedAlloc {
    unsafe fn checked(&self, p: *mut u8, layout: Layout) -> *mut u8 {
        if p.is_null() {
            REFUSED.store(layout.size().max(1), Ordering::Relaxed);
            return p;
        }
        if memory_bytes() > HEAP_CAP_BYTES {
            unsafe { System.dealloc(p, layout) };
            REFUSED.store(layout.size().max(1), Ordering::Relaxed);
            return core::ptr::null_mut();
        }
        p
    }
}

#[global_allocator]
static ALLOC: CappedAlloc = CappedAlloc;

thread_local! {
    static PANIC: RefCell<String> = const { RefCell::new(String::new()) };
}

fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let msg = info.to_string();
            PANIC.with(|p| *p.borrow_mut() = msg);
        }));
    });
}

/// Runs a program: `options_json` is a `RunOptions`, the answer a `RunResult`.
/// Invalid options come back as a result with the reason on stderr.
#[wasm_bindgen]
pub fn run(options_json: &str) -> String {
    install_panic_hook();
    let result = match serde_json::from_str::<RunOptions>(options_json) {
        Ok(options) => crate::run(&options),
        Err(e) => failure(format!("crib: invalid playground options: {e}")),
    };
    serde_json::to_string(&result).unwrap_or_else(|e| {
        format!(r#"{{"output":[{{"stream":"stderr","text":"crib: cannot encode the result: {e}\n","time_ms":0,"iteration":0,"phase":"main"}}],"exit_code":70,"notes":[],"limit":null,"missing_modules":[],"packages":[],"trace":[]}}"#)
    })
}

fn failure(message: String) -> RunResult {
    RunResult {
        output: vec![OutputEvent {
            stream: Stream::Stderr,
            text: format!("{message}\n"),
            time_ms: 0.0,
            iteration: 0,
            phase: Phase::Main,
        }],
        exit_code: 70,
        notes: Vec::new(),
        limit: Some(LimitHit { limit: "internal".into(), message }),
        missing_modules: Vec::new(),
        packages: Vec::new(),
        trace: Vec::new(),
    }
}

/// Bytes of linear memory the instance holds now (it never shrinks).
#[wasm_bindgen]
pub fn heap_bytes() -> f64 {
    memory_bytes() as f64
}

/// The cap, for messages.
#[wasm_bindgen]
pub fn heap_cap_bytes() -> f64 {
    HEAP_CAP_BYTES as f64
}

/// Non-zero when an allocation was refused because of the cap: the size asked for.
#[wasm_bindgen]
pub fn heap_limit_hit() -> f64 {
    REFUSED.load(Ordering::Relaxed) as f64
}

/// The message of the panic that aborted the instance, if any.
#[wasm_bindgen]
pub fn take_panic() -> String {
    PANIC.with(|p| std::mem::take(&mut *p.borrow_mut()))
}

/// Adds an npm package snapshot (`playground/packages/prebuilt/<name>.json`,
/// fetched by the page the first time a program requires the package) to
/// this instance's package store. Returns "" when added, else the reason.
#[wasm_bindgen]
pub fn add_package(snapshot_json: &str) -> String {
    match crate::packages::add(snapshot_json) {
        Ok(_) => String::new(),
        Err(e) => e,
    }
}

/// The npm packages the playground offers (JSON array of names): a run's
/// `packages` lists those it required, which the page fetches and adds.
#[wasm_bindgen]
pub fn package_names() -> String {
    serde_json::to_string(crate::packages::KNOWN).unwrap_or_else(|_| "[]".into())
}

/// The packages added so far (JSON array of `[name, version]`).
#[wasm_bindgen]
pub fn added_packages() -> String {
    serde_json::to_string(&crate::packages::added()).unwrap_or_else(|_| "[]".into())
}
