//! The playground runtime: runs a JavaScript program under a simulated
//! Node.js 20 event loop on Boa, deterministically, on a virtual clock.
//!
//! One entry point, [`run`], used by every host: `crib run`, `crib check`,
//! build-time example execution and (through `wasm.rs`) the browser.

mod api;

pub use api::*;
