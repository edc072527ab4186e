//! The reload channel: the state of the last build (version of the site
//! being served, errors of the last attempt) and a broadcast of every
//! change to the open pages' event streams.

use crate::diagnostics::Diagnostic;
use serde::Serialize;
use std::sync::RwLock;
use tokio::sync::broadcast;

/// A build error as the overlay shows it.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorView {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
    /// The source excerpt and help, rendered without colour.
    pub excerpt: String,
}

impl ErrorView {
    pub fn from_diagnostic(diag: &Diagnostic) -> Self {
        let (line, column) = diag.line_col();
        ErrorView { file: diag.file.clone(), line, column, message: diag.message.clone(), excerpt: diag.render(false) }
    }
}

/// What the open pages are told.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "event", rename_all = "lowercase")]
pub enum Message {
    /// A new site version is being served: reload.
    Reload { version: u64 },
    /// The last build failed; the previous version stays served.
    Errors { version: u64, errors: Vec<ErrorView> },
}

impl Message {
    pub fn name(&self) -> &'static str {
        match self {
            Message::Reload { .. } => "reload",
            Message::Errors { .. } => "errors",
        }
    }
}

/// The current state, sent as `hello` to a page when it connects.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Status {
    /// 0 until a build succeeded.
    pub version: u64,
    pub errors: Vec<ErrorView>,
}

pub struct Hub {
    status: RwLock<Status>,
    sender: broadcast::Sender<Message>,
}

impl Default for Hub {
    fn default() -> Self {
        Hub { status: RwLock::new(Status::default()), sender: broadcast::channel(64).0 }
    }
}

impl Hub {
    pub fn status(&self) -> Status {
        self.status.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Message> {
        self.sender.subscribe()
    }

    /// A build succeeded and `version` is now served.
    pub fn published(&self, version: u64) {
        *self.status.write().unwrap_or_else(|e| e.into_inner()) = Status { version, errors: Vec::new() };
        let _ = self.sender.send(Message::Reload { version });
    }

    /// A build failed; whatever was served stays.
    pub fn failed(&self, errors: Vec<ErrorView>) {
        let mut status = self.status.write().unwrap_or_else(|e| e.into_inner());
        status.errors = errors.clone();
        let _ = self.sender.send(Message::Errors { version: status.version, errors });
    }
}
