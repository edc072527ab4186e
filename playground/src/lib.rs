//! The playground runtime: runs a JavaScript program under a simulated
//! Node.js 20 event loop on Boa, deterministically, on a virtual clock.
//!
//! One entry point, [`run`], used by every host: `crib run`, `crib check`,
//! build-time example execution and (through `wasm.rs`) the browser.

mod api;
mod clock;
mod crypto;
mod engine;
mod errors;
mod event_loop;
mod host;
mod jobs;
mod limits;
mod locate;
mod modules;
pub mod packages;
mod runtime;
mod state;
mod timers;
mod trace;
mod vm;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use api::*;
pub use limits::time_limit_message;
pub use runtime::{run, run_streaming};
