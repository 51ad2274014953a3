//! The request thread: sends, redactions and history pages for the worker, each tried for a
//! few seconds at most (an app sending while offline learns so quickly, as with the SDK), and
//! the durable outbox, replayed in order with backoff until the server takes each item.

use std::collections::{HashMap, VecDeque};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::Value;

use super::event::Event;
use super::http::NetError;
use super::{api, errors, Job, Link, OutItem, Outcome, ServerEvent, Target};
use crate::runtime::log::{self, log};

/// How long a send (or a revoke) keeps trying before it fails.
const SEND_BUDGET: Duration = Duration::from_secs(5);
/// One attempt's limit within that budget.
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(4);
const OUTBOX_BACKOFF_MAX: Duration = Duration::from_secs(10);
const HISTORY_PAGE: u32 = 50;

/// Runs until the session ends or the worker drops the job queue.
pub fn run(link: &Link, jobs: &Receiver<Job>) {
    let mut outbox: VecDeque<(u64, OutItem)> = VecDeque::new();
    let mut retry_at: Option<Instant> = None;
    let mut backoff = Duration::from_millis(500);
    let mut direct_rooms: HashMap<String, String> = HashMap::new();
    while !link.stopped() {
        if retry_at.is_none_or(|t| Instant::now() >= t) {
            retry_at = drain_outbox(link, &mut outbox, &mut backoff);
        }
        let wait =
            retry_at.map_or(Duration::from_secs(3600), |t| t.saturating_duration_since(Instant::now()));
        match jobs.recv_timeout(wait) {
            Ok(Job::Outbox { id, item }) => outbox.push_back((id, item)),
            Ok(job) => {
                let (ticket, outcome) = perform(link, job, &mut direct_rooms);
                link.emit(ServerEvent::Done { ticket, outcome });
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return,
        }
    }
}

/// Carries out outbox items in order; returns when to try again if one must wait.
fn drain_outbox(
    link: &Link,
    outbox: &mut VecDeque<(u64, OutItem)>,
    backoff: &mut Duration,
) -> Option<Instant> {
    while let Some((id, item)) = outbox.front() {
        if link.stopped() {
            return None;
        }
        match item.perform(&link.http, &link.me) {
            Ok(()) => {}
            Err(e) if e.is_transient() || e.is_unknown_token() => {
                let wait = e.retry_after().unwrap_or(*backoff);
                *backoff = (*backoff * 2).min(OUTBOX_BACKOFF_MAX);
                return Some(Instant::now() + wait);
            }
            Err(e) => log!(log::level::WARN, "outbox", "the server refused a change, dropped: {e}"),
        }
        link.emit(ServerEvent::OutboxDone { id: *id });
        outbox.pop_front();
        *backoff = Duration::from_millis(500);
    }
    None
}

fn perform(link: &Link, job: Job, direct_rooms: &mut HashMap<String, String>) -> (u64, Outcome) {
    match job {
        Job::Send { ticket, target, txn, content, in_group } => {
            let room = match target {
                Target::Room(room) => Ok(room),
                Target::NewDirect { peer } => direct_room(link, &peer, direct_rooms),
            };
            let sent = room.and_then(|room| {
                let event_id = within_budget(link, || {
                    api::send_message(&link.http, &room, &txn, &content, ATTEMPT_TIMEOUT)
                })?;
                Ok((room, event_id))
            });
            let outcome = match sent {
                Ok((room, event_id)) => {
                    let ts_ms = server_time(link, &room, &event_id);
                    Outcome::Sent { room, event_id, ts_ms }
                }
                Err(e) => Outcome::Failed { code: errors::send_code(&e, in_group), desc: e.to_string() },
            };
            (ticket, outcome)
        }
        Job::Redact { ticket, room, event_id, txn, in_group } => {
            let done =
                within_budget(link, || api::redact(&link.http, &room, &event_id, &txn, ATTEMPT_TIMEOUT));
            (ticket, done.map_or_else(|e| failed(&e, in_group), |_| Outcome::Redacted))
        }
        Job::Backfill { ticket, room, from } => {
            let page =
                within_budget(link, || api::messages_back(&link.http, &room, &from, None, HISTORY_PAGE));
            let outcome = match page {
                Ok(page) => {
                    let mut events: Vec<Event> = page
                        .get("chunk")
                        .and_then(Value::as_array)
                        .map(|a| a.iter().filter_map(Event::from_value).collect())
                        .unwrap_or_default();
                    events.reverse();
                    let end = page.get("end").and_then(Value::as_str).map(str::to_owned);
                    let next = end.filter(|e| !events.is_empty() && *e != from);
                    Outcome::Backfilled { events, next }
                }
                Err(e) => failed(&e, true),
            };
            (ticket, outcome)
        }
        Job::Call { ticket, call } => (ticket, Outcome::Called(super::calls::perform(link, call))),
        Job::Outbox { .. } => unreachable!("outbox items are queued, not performed here"),
    }
}

fn failed(e: &NetError, in_group: bool) -> Outcome {
    Outcome::Failed { code: errors::code_for(e, in_group), desc: e.to_string() }
}

/// The direct room with `peer`: created (and reported to the worker) on first use.
fn direct_room(
    link: &Link,
    peer: &str,
    direct_rooms: &mut HashMap<String, String>,
) -> Result<String, NetError> {
    if let Some(room) = direct_rooms.get(peer) {
        return Ok(room.clone());
    }
    let room = within_budget(link, || api::create_direct_room(&link.http, peer, ATTEMPT_TIMEOUT))?;
    link.emit(ServerEvent::DirectCreated { peer: peer.to_owned(), room: room.clone() });
    direct_rooms.insert(peer.to_owned(), room.clone());
    Ok(room)
}

/// Tries `attempt` until it succeeds, fails for good, or the send budget is spent. Retrying
/// a send reuses its transaction ID, so the server stores it once.
fn within_budget<T>(link: &Link, mut attempt: impl FnMut() -> Result<T, NetError>) -> Result<T, NetError> {
    let deadline = Instant::now() + SEND_BUDGET;
    loop {
        match attempt() {
            Ok(v) => return Ok(v),
            Err(e) if e.is_transient() && !link.stopped() => {
                let wait = e.retry_after().unwrap_or(Duration::from_millis(500));
                if Instant::now() + wait >= deadline {
                    return Err(e);
                }
                link.pause(wait);
            }
            Err(e) => return Err(e),
        }
    }
}

/// The server time of a sent event (ms); the local clock if it cannot be read.
fn server_time(link: &Link, room: &str, event_id: &str) -> u64 {
    api::get_event(&link.http, room, event_id, ATTEMPT_TIMEOUT)
        .ok()
        .and_then(|e| e.get("origin_server_ts").and_then(Value::as_u64))
        .unwrap_or_else(|| SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64))
}
