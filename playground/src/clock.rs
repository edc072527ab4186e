//! The virtual clock: the only notion of time inside a run.
//!
//! Time is kept in integer nanoseconds since the simulated process start.
//! Nothing here reads the host's clock, so a run is deterministic and works on
//! wasm32 without any host support. Synchronous code advances the clock by a
//! small fixed cost per clock read and per callback, so busy-waits such as
//! `while (Date.now() < end) {}` terminate the way they do in Node.

use boa_engine::context::time::{Clock, JsInstant};
use std::cell::Cell;

/// Cost of one clock read (`Date.now()`, `performance.now()`, `process.hrtime()`).
pub(crate) const READ_COST_NS: u64 = 1_000;
/// Cost charged when a callback starts (the loop's own bookkeeping).
pub(crate) const CALLBACK_COST_NS: u64 = 10_000;
/// Cost of scheduling anything (a timer, an immediate, a tick).
pub(crate) const SCHEDULE_COST_NS: u64 = 1_000;

#[derive(Debug)]
pub(crate) struct VirtualClock {
    now_ns: Cell<u64>,
    /// Wall-clock milliseconds since the Unix epoch at process start (for `Date`).
    epoch_ms: Cell<f64>,
}

impl VirtualClock {
    pub(crate) fn new(epoch_ms: f64) -> Self {
        Self { now_ns: Cell::new(0), epoch_ms: Cell::new(epoch_ms) }
    }

    /// Starts a new run on a kept engine: back to the simulated process start.
    pub(crate) fn reset(&self, epoch_ms: f64) {
        self.now_ns.set(0);
        self.epoch_ms.set(epoch_ms);
    }

    /// Current virtual time without advancing it.
    pub(crate) fn peek_ns(&self) -> u64 {
        self.now_ns.get()
    }

    pub(crate) fn ms(&self) -> f64 {
        self.now_ns.get() as f64 / 1e6
    }

    /// Reads the clock as user code does: the read itself costs a little time.
    pub(crate) fn read_ns(&self) -> u64 {
        self.advance(READ_COST_NS);
        self.now_ns.get()
    }

    pub(crate) fn advance(&self, ns: u64) {
        self.now_ns.set(self.now_ns.get().saturating_add(ns));
    }

    /// Jumps forward to `ns` (never backwards).
    pub(crate) fn jump_to(&self, ns: u64) {
        if ns > self.now_ns.get() {
            self.now_ns.set(ns);
        }
    }

    pub(crate) fn epoch_ms(&self) -> f64 {
        self.epoch_ms.get()
    }
}

impl Clock for VirtualClock {
    fn now(&self) -> JsInstant {
        let ns = self.peek_ns();
        JsInstant::new(ns / 1_000_000_000, (ns % 1_000_000_000) as u32)
    }

    fn system_time_millis(&self) -> i64 {
        let ns = self.read_ns();
        (self.epoch_ms.get() + (ns / 1_000_000) as f64) as i64
    }
}
