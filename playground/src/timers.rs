//! The timer list: `setTimeout`/`setInterval` entries with Node's ordering.
//!
//! Node (lib/internal/timers.js) keeps one list per duration, truncated to
//! whole milliseconds (`setTimeout(f, 1.5)` joins the 1 ms list), in a
//! priority queue ordered by the list's expiry, then by the list's id (older
//! first). A list runs its timers in insertion order while they are due; a
//! list that still holds timers that are not due waits again with a new id.
//! [`Timers::due`] reproduces that order.
//!
//! The start-time rule: a timer starts at libuv's clock as `setTimeout`
//! reads it (`getLibuvNow()`, which updates libuv's cached time and counts
//! whole milliseconds), and a timers phase compares due times with the same
//! millisecond clock read as the phase starts. Here that clock is the
//! virtual clock truncated to the millisecond ([`loop_time`]), so timers
//! created within the same virtual millisecond share a start: two timers
//! with the same delay created one after the other fire in one timers
//! phase, as in Node whenever no millisecond tick falls between the two
//! calls (the virtual cost of the calls themselves is a few microseconds).

use crate::state::Task;
use std::collections::{BTreeMap, HashMap};

const MS: u64 = 1_000_000;

pub(crate) struct Timer {
    pub task: Task,
    /// Normalised delay in milliseconds (1 ..= 2**31-1), as the caller gave it.
    pub delay_ms: f64,
    pub due_ns: u64,
    pub repeat: bool,
    pub refed: bool,
    /// Insertion order (renewed by `refresh` and interval rescheduling).
    pub seq: u64,
}

impl Timer {
    /// The list the timer belongs to: its delay in whole milliseconds.
    fn list(&self) -> u64 {
        list_ms(self.delay_ms)
    }
}

/// Node's `MathTrunc(msecs)` in `insert`.
fn list_ms(delay_ms: f64) -> u64 {
    (delay_ms.trunc() as u64).max(1)
}

/// One of Node's `TimersList`s: its place in the priority queue.
#[derive(Clone, Copy)]
struct List {
    expiry_ns: u64,
    id: u64,
    /// Timers in the list (Node deletes a list when it empties).
    len: usize,
}

#[derive(Default)]
pub(crate) struct Timers {
    map: BTreeMap<u64, Timer>,
    seq: u64,
    /// The lists that hold timers, by duration in milliseconds.
    lists: HashMap<u64, List>,
    list_seq: u64,
}

impl Timers {
    /// Adds a timer started at `start_ns` (the loop's cached time).
    pub(crate) fn insert(&mut self, task: Task, delay_ms: f64, repeat: bool, start_ns: u64) -> u64 {
        let id = task.id;
        self.seq += 1;
        let timer = Timer { task, delay_ms, due_ns: 0, repeat, refed: true, seq: self.seq };
        self.place(timer, start_ns);
        id
    }

    /// Puts a timer (back) at the end of its list, started at `start_ns`.
    fn place(&mut self, mut timer: Timer, start_ns: u64) {
        let ms = timer.list();
        timer.due_ns = start_ns + ms * MS;
        let due_ns = timer.due_ns;
        if self.map.insert(timer.task.id, timer).is_some() {
            return;
        }
        let next_id = self.list_seq + 1;
        let list = self.lists.entry(ms).or_insert(List { expiry_ns: due_ns, id: next_id, len: 0 });
        if list.id == next_id {
            self.list_seq = next_id;
        }
        list.len += 1;
    }

    /// Puts a timer that has just run back into its list (intervals,
    /// `refresh()` from its own callback).
    pub(crate) fn reinsert(&mut self, mut timer: Timer, start_ns: u64) {
        self.seq += 1;
        timer.seq = self.seq;
        self.place(timer, start_ns);
    }

    pub(crate) fn remove(&mut self, id: u64) -> Option<Timer> {
        let timer = self.map.remove(&id)?;
        let ms = timer.list();
        if let Some(list) = self.lists.get_mut(&ms) {
            list.len -= 1;
            if list.len == 0 {
                self.lists.remove(&ms);
            }
        }
        Some(timer)
    }

    pub(crate) fn has(&self, id: u64) -> bool {
        self.map.contains_key(&id)
    }

    pub(crate) fn set_ref(&mut self, id: u64, refed: bool) {
        if let Some(t) = self.map.get_mut(&id) {
            t.refed = refed;
        }
    }

    pub(crate) fn has_ref(&self, id: u64) -> bool {
        self.map.get(&id).is_some_and(|t| t.refed)
    }

    /// `timeout.refresh()`: a new start, at the end of its list.
    pub(crate) fn refresh(&mut self, id: u64, start_ns: u64) {
        if let Some(timer) = self.remove(id) {
            self.reinsert(timer, start_ns);
        }
    }

    pub(crate) fn any(&self) -> bool {
        !self.map.is_empty()
    }

    pub(crate) fn any_ref(&self) -> bool {
        self.map.values().any(|t| t.refed)
    }

    pub(crate) fn next_due(&self) -> Option<u64> {
        self.map.values().map(|t| t.due_ns).min()
    }

    /// Due time of the earliest timer that is not due at `now_ns`.
    pub(crate) fn next_not_due(&self, now_ns: u64) -> Option<u64> {
        self.map.values().map(|t| t.due_ns).filter(|&d| d > now_ns).min()
    }

    /// Ids of the timers due at the loop time `now_ns`, in the order Node
    /// runs them (`processTimers`/`listOnTimeout`): lists by expiry then id;
    /// in each, timers in insertion order until one is not due, and then
    /// that list waits with a new id.
    pub(crate) fn due(&mut self, now_ns: u64) -> Vec<u64> {
        let mut lists: Vec<(u64, u64, u64)> =
            self.lists.iter().filter(|(_, l)| l.expiry_ns <= now_ns).map(|(&ms, l)| (l.expiry_ns, l.id, ms)).collect();
        lists.sort_unstable();
        let mut members: HashMap<u64, Vec<(u64, u64, u64)>> = HashMap::new();
        if !lists.is_empty() {
            for (&id, t) in &self.map {
                members.entry(t.list()).or_default().push((t.seq, t.due_ns, id));
            }
        }
        let mut due = Vec::new();
        for (_, _, ms) in lists {
            let mut members = members.remove(&ms).unwrap_or_default();
            members.sort_unstable();
            let mut waiting = None;
            for (_, due_ns, id) in members {
                if due_ns > now_ns {
                    waiting = Some(due_ns);
                    break;
                }
                due.push(id);
            }
            if let Some(due_ns) = waiting {
                self.list_seq += 1;
                let id = self.list_seq;
                if let Some(list) = self.lists.get_mut(&ms) {
                    list.expiry_ns = due_ns.max(now_ns + MS);
                    list.id = id;
                }
            }
        }
        due
    }

    pub(crate) fn clear(&mut self) {
        self.map.clear();
        self.lists.clear();
    }
}

/// The loop's millisecond clock reading for a virtual time (libuv's
/// `uv_now` counts whole milliseconds).
pub(crate) fn loop_time(clock_ns: u64) -> u64 {
    clock_ns / MS * MS
}

/// When the loop next wakes for a timer due at `due_ns`: the first whole
/// millisecond at or after it.
pub(crate) fn wake_time(due_ns: u64) -> u64 {
    due_ns.div_ceil(MS) * MS
}

/// A duration in (fractional) milliseconds as nanoseconds (simulated I/O latency).
pub(crate) fn delay_ns(delay_ms: f64) -> u64 {
    (delay_ms * 1e6).round() as u64
}
