//! The timer list: `setTimeout`/`setInterval` entries with Node's ordering.
//!
//! Node keeps one list per duration and processes lists by the expiry of
//! their earliest timer, running each list's due timers in insertion order.
//! [`Timers::due`] reproduces that order.

use crate::state::Task;
use std::collections::{BTreeMap, HashMap};

pub(crate) struct Timer {
    pub task: Task,
    /// Normalised delay in milliseconds (1 ..= 2**31-1).
    pub delay_ms: f64,
    pub due_ns: u64,
    pub repeat: bool,
    pub refed: bool,
    /// Insertion order (renewed by `refresh` and interval rescheduling).
    pub seq: u64,
}

#[derive(Default)]
pub(crate) struct Timers {
    map: BTreeMap<u64, Timer>,
    seq: u64,
}

pub(crate) fn delay_ns(delay_ms: f64) -> u64 {
    (delay_ms * 1e6).round() as u64
}

impl Timers {
    pub(crate) fn insert(&mut self, task: Task, delay_ms: f64, repeat: bool, now_ns: u64) -> u64 {
        let id = task.id;
        self.seq += 1;
        let timer = Timer { task, delay_ms, due_ns: now_ns + delay_ns(delay_ms), repeat, refed: true, seq: self.seq };
        self.map.insert(id, timer);
        id
    }

    /// Puts a timer that has just run back into its list (intervals).
    pub(crate) fn reinsert(&mut self, mut timer: Timer, now_ns: u64) {
        self.seq += 1;
        timer.seq = self.seq;
        timer.due_ns = now_ns + delay_ns(timer.delay_ms);
        self.map.insert(timer.task.id, timer);
    }

    pub(crate) fn remove(&mut self, id: u64) -> Option<Timer> {
        self.map.remove(&id)
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

    pub(crate) fn refresh(&mut self, id: u64, now_ns: u64) {
        self.seq += 1;
        let seq = self.seq;
        if let Some(t) = self.map.get_mut(&id) {
            t.due_ns = now_ns + delay_ns(t.delay_ms);
            t.seq = seq;
        }
    }

    pub(crate) fn any_ref(&self) -> bool {
        self.map.values().any(|t| t.refed)
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub(crate) fn next_due(&self) -> Option<u64> {
        self.map.values().map(|t| t.due_ns).min()
    }

    /// Due time of the earliest timer that is not due at `now_ns`.
    pub(crate) fn next_not_due(&self, now_ns: u64) -> Option<u64> {
        self.map.values().map(|t| t.due_ns).filter(|&d| d > now_ns).min()
    }

    /// Ids of the timers due at `now_ns`, in the order Node runs them.
    pub(crate) fn due(&self, now_ns: u64) -> Vec<u64> {
        let mut list_expiry: HashMap<u64, u64> = HashMap::new();
        for t in self.map.values() {
            let e = list_expiry.entry(t.delay_ms.to_bits()).or_insert(u64::MAX);
            *e = (*e).min(t.due_ns);
        }
        let mut due: Vec<(u64, u64, u64, u64)> = self
            .map
            .iter()
            .filter(|(_, t)| t.due_ns <= now_ns)
            .map(|(&id, t)| (list_expiry[&t.delay_ms.to_bits()], t.delay_ms.to_bits(), t.seq, id))
            .collect();
        due.sort_unstable();
        due.into_iter().map(|(_, _, _, id)| id).collect()
    }

    pub(crate) fn get(&self, id: u64) -> Option<&Timer> {
        self.map.get(&id)
    }

    pub(crate) fn clear(&mut self) {
        self.map.clear();
    }

    /// Snapshot for the trace: (id, due) of every timer.
    pub(crate) fn len(&self) -> usize {
        self.map.len()
    }
}
