//! The homeserver transport: a Matrix client-server API client that turns what the server
//! sends into what the worker applies, and carries the user's changes to the server.
//!
//! Two threads per logged-in session, neither touching engine state:
//! - the **sync loop** long-polls `/sync` and hands each answer (`inbound::SyncBatch`) to the
//!   worker, waiting until the worker committed it with its `next_batch` before asking again;
//! - the **request thread** performs sends, redactions, history fetches and the server
//!   operations of groups, profiles and the block list (`calls`) for the worker, and replays
//!   the durable `outbox`.
//!
//! Both report through a `Sink` (the worker's queue), tagged with the session's generation so
//! a late report of an ended session is dropped. Protocol JSON stays in here: `inbound`,
//! `content`, `tags`, `ids`, `group_state` and `tips` are pure and unit-tested with recorded
//! answers.

pub mod api;
pub mod calls;
pub mod content;
pub mod errors;
pub mod event;
mod group_ops;
pub mod group_state;
pub mod http;
pub mod ids;
pub mod inbound;
pub mod outbox;
mod requests;
mod sync;
pub mod tags;
pub mod tips;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::Arc;
use std::time::Duration;

use parking_lot::{Condvar, Mutex};
use serde_json::Value;

pub use event::Event;
pub use http::{Http, NetError};
pub use inbound::SyncBatch;
pub use outbox::OutItem;

/// What the worker learns from the server side.
#[derive(Debug)]
pub enum ServerEvent {
    /// A sync round begins (after login, or after the connection was lost): the Start event.
    SyncStarted,
    /// A sync answer to apply and commit together with its `next_batch`; `ack` gets whether
    /// the commit succeeded. `ends_round`: the first answer of a round (the Finish event).
    Synced { batch: SyncBatch, ends_round: bool, ack: mpsc::SyncSender<bool> },
    /// The sync round failed (Finish with the failure).
    SyncFailed { code: i32, desc: String },
    /// For the network-status listener (`TIMNetworkStatus`).
    Network { status: i32, code: i32, desc: String },
    /// A new access token (after logging in again when the old one lapsed).
    TokenRenewed { access_token: String },
    /// The server ended the session: the device was logged out, or the token lapsed and the
    /// user signature no longer logs in (`sig_expired`).
    Ended { sig_expired: bool },
    /// A direct room was created for `peer` (a Matrix user ID), before a send into it.
    DirectCreated { peer: String, room: String },
    /// A request job finished.
    Done { ticket: u64, outcome: Outcome },
    /// An outbox item was carried out, or refused for good: it leaves the outbox.
    OutboxDone { id: u64 },
}

/// How a request job ended.
#[derive(Debug)]
pub enum Outcome {
    /// The message is on the server: its event ID and server time (ms).
    Sent { room: String, event_id: String, ts_ms: u64 },
    /// The redaction is on the server.
    Redacted,
    /// Older events of a room, oldest first, and the token for the next older page.
    Backfilled { events: Vec<Event>, next: Option<String> },
    /// Failed: the SDK error code and a description.
    Failed { code: i32, desc: String },
    /// A server operation (`calls`) answered or failed.
    Called(Result<calls::Answer, calls::CallError>),
}

/// Where a message goes: a known room, or a direct room to create first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Room(String),
    NewDirect { peer: String },
}

/// Work for the request thread.
#[derive(Debug)]
pub enum Job {
    /// `PUT …/send/m.room.message/{txn}`.
    Send { ticket: u64, target: Target, txn: String, content: Value, in_group: bool },
    /// `PUT …/redact/{event}/{txn}`.
    Redact { ticket: u64, room: String, event_id: String, txn: String, in_group: bool },
    /// One page of older history from `from`.
    Backfill { ticket: u64, room: String, from: String },
    /// A durable item, carried out in order with retries until done.
    Outbox { id: u64, item: OutItem },
    /// A server operation the app waits on (groups, profiles, the block list).
    Call { ticket: u64, call: calls::Call },
}

/// Receives the reports of one session's threads (tagged by the worker with its generation).
pub type Sink = Box<dyn Fn(ServerEvent) + Send + Sync>;

/// What one session's threads share.
pub struct Link {
    pub http: Http,
    /// The user's Matrix ID.
    pub me: String,
    /// The homeserver's name (the part after `:` in user IDs).
    pub server: String,
    pub device_id: String,
    /// The app's user signature (a JWT) to log in again with when the token lapses; `None`
    /// when the app gave an access token.
    jwt: Mutex<Option<String>>,
    stopped: AtomicBool,
    wake: Condvar,
    sleeping: Mutex<()>,
    sink: Sink,
}

impl Link {
    pub fn new(http: Http, me: String, device_id: String, jwt: Option<String>, sink: Sink) -> Link {
        let server = ids::server_of(&me).unwrap_or_default().to_owned();
        Link {
            http,
            me,
            server,
            device_id,
            jwt: Mutex::new(jwt),
            stopped: AtomicBool::new(false),
            wake: Condvar::new(),
            sleeping: Mutex::new(()),
            sink,
        }
    }

    fn emit(&self, event: ServerEvent) {
        if !self.stopped() {
            (self.sink)(event);
        }
    }

    /// Whether the session ended.
    pub fn stopped(&self) -> bool {
        self.stopped.load(Ordering::Acquire)
    }

    /// Ends the session's threads: they stop at their next step (a long poll in flight is
    /// abandoned when it returns; its answer is dropped).
    pub fn stop(&self) {
        self.stopped.store(true, Ordering::Release);
        let _guard = self.sleeping.lock();
        self.wake.notify_all();
    }

    /// Sleeps `d`, or less if the session ends.
    fn pause(&self, d: Duration) {
        let mut guard = self.sleeping.lock();
        if !self.stopped() {
            self.wake.wait_for(&mut guard, d);
        }
    }

    fn jwt(&self) -> Option<String> {
        self.jwt.lock().clone()
    }
}

/// A running session's transport: its threads and the request queue. Dropping it ends them.
pub struct Transport {
    link: Arc<Link>,
    jobs: mpsc::Sender<Job>,
}

impl Transport {
    /// Starts the sync loop (from `since`, or an initial sync) and the request thread (which
    /// first replays `outbox`).
    pub fn start(
        link: Link,
        since: Option<String>,
        outbox: Vec<(u64, OutItem)>,
    ) -> std::io::Result<Transport> {
        let link = Arc::new(link);
        let (jobs, queue) = mpsc::channel();
        for (id, item) in outbox {
            let _ = jobs.send(Job::Outbox { id, item });
        }
        let requests_link = Arc::clone(&link);
        std::thread::Builder::new()
            .name("timconv-requests".into())
            .spawn(move || requests::run(&requests_link, &queue))?;
        let sync_link = Arc::clone(&link);
        if let Err(e) = std::thread::Builder::new()
            .name("timconv-sync".into())
            .spawn(move || sync::run(&sync_link, since))
        {
            link.stop();
            return Err(e);
        }
        Ok(Transport { link, jobs })
    }

    /// Hands a job to the request thread.
    pub fn submit(&self, job: Job) {
        let _ = self.jobs.send(job);
    }

    pub fn link(&self) -> &Link {
        &self.link
    }
}

impl Drop for Transport {
    fn drop(&mut self) {
        self.link.stop();
    }
}

/// Checks a `timconv_homeserver` value: an `http://` or `https://` URL with a host.
pub fn check_homeserver_url(url: &str) -> Result<String, String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(|| format!("timconv_homeserver must be an http:// or https:// URL, not {url:?}"))?;
    let host = rest.split('/').next().unwrap_or("");
    if host.is_empty() || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!("timconv_homeserver {url:?} has no usable host"));
    }
    Ok(url.trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn homeserver_urls_are_checked() {
        assert_eq!(check_homeserver_url("http://127.0.0.1:8008/").unwrap(), "http://127.0.0.1:8008");
        assert_eq!(check_homeserver_url("https://matrix.example.org").unwrap(), "https://matrix.example.org");
        for bad in ["", "ftp://x", "127.0.0.1:8008", "http://", "http:// x", "https:///path"] {
            assert!(check_homeserver_url(bad).is_err(), "{bad}");
        }
    }
}
