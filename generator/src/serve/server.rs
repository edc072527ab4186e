//! The HTTP side of `crib serve` (axum): the built site's files with
//! correct MIME types and no way out of the site folder, the live-reload
//! client added to every HTML page, the 404 page (its relative URLs rebased
//! for the request's folder), and `/__crib/events`, the Server-Sent Events
//! stream of reloads and errors.

use super::files::{self, Resolved};
use super::hub::{Hub, Message};
use super::{live_reload, not_found};
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::convert::Infallible;
use std::path::PathBuf;
use std::sync::Arc;
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::{Stream, StreamExt};

/// Path of the event stream pages subscribe to.
pub const EVENTS_PATH: &str = "/__crib/events";

pub struct App {
    /// The folder the current site version lives in.
    pub site: PathBuf,
    pub hub: Arc<Hub>,
}

pub fn router(app: Arc<App>) -> Router {
    Router::new().route(EVENTS_PATH, get(events)).fallback(get(file)).with_state(app)
}

async fn events(State(app): State<Arc<App>>) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let receiver = app.hub.subscribe();
    let status = app.hub.status();
    let hello = Event::default().event("hello").data(serde_json::to_string(&status).unwrap_or_default());
    let updates = BroadcastStream::new(receiver).filter_map(|message| message.ok().map(|m| Ok(event(&m))));
    Sse::new(tokio_stream::once(Ok(hello)).chain(updates)).keep_alive(KeepAlive::default())
}

fn event(message: &Message) -> Event {
    Event::default().event(message.name()).data(serde_json::to_string(message).unwrap_or_default())
}

async fn file(State(app): State<Arc<App>>, uri: Uri) -> Response {
    match files::resolve(&app.site, uri.path()) {
        Resolved::File(path) => match read(path.clone()).await {
            Ok(bytes) => {
                let content_type = files::content_type(&path);
                let bytes = if content_type.starts_with("text/html") {
                    live_reload::inject(&bytes, app.hub.status().version)
                } else {
                    bytes
                };
                with_headers((StatusCode::OK, bytes).into_response(), &content_type)
            }
            Err(_) => not_found(&app, uri.path()).await,
        },
        Resolved::Forbidden => {
            with_headers((StatusCode::FORBIDDEN, "403 Forbidden\n").into_response(), "text/plain; charset=utf-8")
        }
        Resolved::NotFound => not_found(&app, uri.path()).await,
    }
}

async fn not_found(app: &App, request_path: &str) -> Response {
    if app.hub.status().version == 0 {
        // Nothing built yet: a page that shows the errors and waits.
        let page = live_reload::waiting_page();
        return with_headers((StatusCode::SERVICE_UNAVAILABLE, page).into_response(), "text/html; charset=utf-8");
    }
    match read(app.site.join("404.html")).await {
        Ok(bytes) => {
            let html = not_found::rebase(&String::from_utf8_lossy(&bytes), not_found::depth(request_path));
            let html = live_reload::inject(html.as_bytes(), app.hub.status().version);
            with_headers((StatusCode::NOT_FOUND, html).into_response(), "text/html; charset=utf-8")
        }
        Err(_) => with_headers((StatusCode::NOT_FOUND, "404 Not Found\n").into_response(), "text/plain; charset=utf-8"),
    }
}

/// Reads a file off the async workers.
async fn read(path: PathBuf) -> std::io::Result<Vec<u8>> {
    tokio::task::spawn_blocking(move || std::fs::read(path)).await.unwrap_or_else(|e| Err(std::io::Error::other(e)))
}

fn with_headers(mut response: Response, content_type: &str) -> Response {
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(content_type) {
        headers.insert(header::CONTENT_TYPE, value);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    response
}
