//! The sync loop: long-polls `/sync`, fills timeline gaps, hands each answer to the worker and
//! waits until it is committed (with its `next_batch`) before asking for the next. Reports the
//! connection state, retries what can be retried (with backoff; a 429's `retry_after_ms` is
//! respected) and ends the session when the server refuses its token for good.

use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::Value;

use super::event::Event;
use super::http::NetError;
use super::inbound::{parse_sync, JoinedRoom};
use super::{api, errors, Link, ServerEvent};
use crate::runtime::log::{self, log};

/// `TIMNetworkStatus` values.
pub mod status {
    pub const CONNECTED: i32 = 0;
    pub const DISCONNECTED: i32 = 1;
    pub const CONNECTING: i32 = 2;
    pub const CONNECT_FAILED: i32 = 3;
}

/// The long poll's wait, once connected.
const POLL_MS: u64 = 30_000;
/// Messages per room in a first sync: a fresh device shows every conversation's last
/// messages; older history is fetched when the app pages back.
const INITIAL_TIMELINE: u32 = 20;
/// Messages per room in later syncs; a longer gap is fetched with `/messages`.
const TIMELINE: u32 = 100;
/// Most events fetched to close one room's gap in one sync.
const MAX_GAP_EVENTS: usize = 20_000;
const MAX_BACKOFF: Duration = Duration::from_secs(30);

fn filter(limit: u32) -> String {
    serde_json::json!({
        "room": {"timeline": {"limit": limit}, "state": {"lazy_load_members": true}},
        "presence": {"not_types": ["*"]},
    })
    .to_string()
}

/// Runs until the session ends.
pub fn run(link: &Link, mut since: Option<String>) {
    let initial_filter = filter(INITIAL_TIMELINE);
    let filter = filter(TIMELINE);
    let mut connected = false;
    // A round starts at login and after each failure: Start, then Finish (or the failure).
    let mut round_due = true;
    let mut round_open = false;
    let mut backoff = Duration::from_millis(500);
    link.emit(ServerEvent::Network { status: status::CONNECTING, code: 0, desc: String::new() });
    while !link.stopped() {
        if round_due {
            link.emit(ServerEvent::SyncStarted);
            (round_due, round_open) = (false, true);
        }
        // Answer at once while catching up; long-poll once connected.
        let wait = if connected && since.is_some() { POLL_MS } else { 0 };
        let used_filter = if since.is_some() { &filter } else { &initial_filter };
        let asked = Instant::now();
        let answer = api::sync(&link.http, since.as_deref(), used_filter, wait).and_then(|bytes| {
            let waited = asked.elapsed();
            let batch = parse_sync(&bytes, &link.me).map_err(NetError::Malformed)?;
            let read = asked.elapsed() - waited;
            Ok((batch, bytes.len(), waited, read))
        });
        match answer {
            Ok((mut batch, bytes, waited, read)) => {
                let gap_began = Instant::now();
                let gap = match &since {
                    Some(since) => fill_gaps(link, &mut batch.joined, since),
                    None => 0,
                };
                if !batch.joined.is_empty() {
                    log!(
                        log::level::DEBUG,
                        "sync",
                        "answer of {bytes} bytes: server {:.1} ms, read {:.1} ms; gap of {gap} events filled in {:.1} ms",
                        waited.as_secs_f64() * 1e3,
                        read.as_secs_f64() * 1e3,
                        gap_began.elapsed().as_secs_f64() * 1e3
                    );
                }
                if !connected {
                    connected = true;
                    link.emit(ServerEvent::Network {
                        status: status::CONNECTED,
                        code: 0,
                        desc: String::new(),
                    });
                }
                let next = batch.next_batch.clone();
                let (ack, committed) = mpsc::sync_channel(1);
                link.emit(ServerEvent::Synced { batch, ends_round: round_open, ack });
                match wait_for_commit(link, &committed) {
                    Some(true) => {
                        since = Some(next);
                        round_open = false;
                        backoff = Duration::from_millis(500);
                    }
                    Some(false) => link.pause(next_backoff(&mut backoff)),
                    None => return, // the session ended
                }
            }
            Err(e) if e.is_unknown_token() => {
                if !renew_token(link, &e) {
                    return;
                }
            }
            Err(e) => {
                log!(log::level::WARN, "sync", "sync failed, retrying: {e}");
                let (code, desc) = (errors::code_for(&e, false), e.to_string());
                let status = if connected { status::DISCONNECTED } else { status::CONNECT_FAILED };
                connected = false;
                link.emit(ServerEvent::Network { status, code, desc: desc.clone() });
                if round_open {
                    link.emit(ServerEvent::SyncFailed { code, desc });
                    round_open = false;
                }
                round_due = true;
                let wait = e.retry_after().unwrap_or_else(|| next_backoff(&mut backoff));
                link.pause(wait);
                if !link.stopped() {
                    link.emit(ServerEvent::Network {
                        status: status::CONNECTING,
                        code: 0,
                        desc: String::new(),
                    });
                }
            }
        }
    }
}

/// Whether the worker committed the answer; `None` once the session ended (an answer handed
/// over as the worker stopped is never acknowledged).
fn wait_for_commit(link: &Link, committed: &mpsc::Receiver<bool>) -> Option<bool> {
    loop {
        match committed.recv_timeout(Duration::from_millis(500)) {
            Ok(done) => return Some(done),
            Err(mpsc::RecvTimeoutError::Timeout) if !link.stopped() => {}
            Err(_) => return None,
        }
    }
}

fn next_backoff(backoff: &mut Duration) -> Duration {
    let now = *backoff;
    *backoff = (*backoff * 2).min(MAX_BACKOFF);
    now
}

/// The server refused the token. When the app's signature is the access token, the
/// signature is no longer valid (user-sig-expired). Otherwise a lapsed token (`soft_logout`) is
/// renewed by logging in again with the app's JWT (user-sig-expired if that is refused), and a
/// device the server logged out is kicked offline. Returns whether to go on.
fn renew_token(link: &Link, e: &NetError) -> bool {
    let soft = matches!(e, NetError::Status(s) if s.soft_logout);
    let Some(jwt) = link.jwt() else {
        log!(log::level::WARN, "sync", "the server no longer accepts the access token");
        link.emit(ServerEvent::Ended { sig_expired: true });
        return false;
    };
    if !soft {
        log!(log::level::WARN, "sync", "the server logged this device out");
        link.emit(ServerEvent::Ended { sig_expired: false });
        return false;
    }
    loop {
        match api::login_jwt(&link.http, &jwt, Some(&link.device_id), api::REQUEST_TIMEOUT) {
            Ok(account) if account.user_id == link.me => {
                log!(log::level::INFO, "sync", "the access token lapsed; logged in again");
                link.http.set_token(Some(account.access_token.clone()));
                link.emit(ServerEvent::TokenRenewed { access_token: account.access_token });
                return true;
            }
            Err(e) if e.is_transient() && !link.stopped() => link.pause(Duration::from_secs(2)),
            _ => {
                log!(
                    log::level::WARN,
                    "sync",
                    "the access token lapsed and the user signature no longer logs in"
                );
                link.emit(ServerEvent::Ended { sig_expired: true });
                return false;
            }
        }
    }
}

/// Fetches what a limited timeline left out since `since`, oldest first, in front of it.
/// Returns how many events it fetched.
fn fill_gaps(link: &Link, rooms: &mut [JoinedRoom], since: &str) -> usize {
    let mut fetched = 0;
    for room in rooms.iter_mut().filter(|r| r.limited) {
        let Some(mut from) = room.prev_batch.clone() else { continue };
        let mut older: Vec<Event> = Vec::new();
        let complete = loop {
            if link.stopped() || older.len() >= MAX_GAP_EVENTS {
                break false;
            }
            match api::messages_back(&link.http, &room.room_id, &from, Some(since), 500) {
                Ok(page) => {
                    let chunk: Vec<Event> = page
                        .get("chunk")
                        .and_then(Value::as_array)
                        .map(|a| a.iter().filter_map(Event::from_value).collect())
                        .unwrap_or_default();
                    let end = page.get("end").and_then(Value::as_str).map(str::to_owned);
                    if chunk.is_empty() {
                        break true;
                    }
                    older.extend(chunk);
                    match end {
                        Some(end) if end != from => from = end,
                        _ => break true,
                    }
                }
                Err(e) => {
                    log!(log::level::WARN, "sync", "cannot fetch missed messages of {}: {e}", room.room_id);
                    break false;
                }
            }
        };
        fetched += older.len();
        older.reverse();
        older.append(&mut room.timeline);
        room.timeline = older;
        // What is still missing stays reachable by paging back from here.
        room.limited = !complete;
        room.prev_batch = Some(from);
    }
    fetched
}
