//! The worker's side of the homeserver transport: logging in against the server, applying what
//! the sync loop delivers, sending the user's messages and changes, and resolving the calls
//! that wait for a server answer. The engine sees only its ordinary commands.

mod answers;
mod call_answers;
mod calls;
mod group_json;
mod inbound;
mod login;
mod outgoing;
pub mod state;
mod tips;

use serde_json::json;

use super::Worker;
use crate::runtime::delivery::{conv_event, Delivery};
use crate::runtime::local::{ForcedLogout, LocalRequest};
use crate::runtime::Completion;
use crate::store::RoomRecord;
use crate::transport::{ids, Job, OutItem, ServerEvent};
pub use outgoing::Replicate;
pub use state::ServerSession;
use state::Waiting;

impl Worker {
    /// The logged-in session's server side, if it has one.
    pub(super) fn server(&mut self) -> Option<&mut ServerSession> {
        self.session.as_mut().and_then(|s| s.server.as_mut())
    }

    /// Ends the session (logout, another login, shutdown): its transport stops, and calls
    /// still waiting for the server are answered now (a send stays stored as sending and goes
    /// out again, with the same transaction ID, at the next login).
    pub(super) fn close_session(&mut self) {
        self.stop_transport();
        let waiting: Vec<Waiting> = match self.server() {
            Some(server) => server.waiting.drain().map(|(_, w)| w).collect(),
            None => Vec::new(),
        };
        for w in waiting {
            let completion = match w {
                Waiting::Send(s) => match s.reply {
                    state::SendReply::Call(completion) => completion,
                    state::SendReply::Batch { .. } => continue,
                },
                Waiting::Revoke { completion, .. }
                | Waiting::History { completion, .. }
                | Waiting::Call { completion, .. }
                | Waiting::Modify { completion, .. } => completion,
            };
            let desc = "the session ended before the server answered";
            self.reply(completion, crate::transport::errors::ERR_SDK_NET_DISCONNECT, desc, String::new());
        }
        let batches: Vec<state::PendingBatch> = match self.server() {
            Some(server) => server.batches.drain().map(|(_, b)| b).collect(),
            None => Vec::new(),
        };
        for b in batches {
            let desc = "the session ended before the server answered";
            self.reply(b.completion, crate::transport::errors::ERR_SDK_NET_DISCONNECT, desc, String::new());
        }
        self.session = None;
    }

    /// Stops the session's transport threads (they report nothing more).
    pub(super) fn stop_transport(&mut self) {
        if let Some(server) = self.server() {
            server.transport.link().stop();
        }
    }

    /// Queues a durable write for the server: stored with the batch, handed to the request
    /// thread once committed.
    pub(super) fn queue_for_server(&mut self, item: OutItem) {
        let Some(server) = self.server() else { return };
        let id = server.enqueue(&item);
        let text = item.to_text();
        server.after_commit.push(Job::Outbox { id, item });
        self.batch.server.outbox_add.push((id, text));
    }

    /// After a commit: hands the outbox items it stored to the request thread, or, if it
    /// failed, forgets them (the changes they carry were not kept either).
    pub(super) fn release_server_jobs(&mut self, committed: bool) {
        let Some(server) = self.server() else { return };
        for job in std::mem::take(&mut server.after_commit) {
            match job {
                job if committed => server.transport.submit(job),
                Job::Outbox { id, .. } => server.done(id),
                _ => {}
            }
        }
    }

    /// Handles a report of the session's transport (dropped if it belongs to an ended one).
    pub(super) fn server_event(&mut self, generation: u64, event: ServerEvent) {
        if self.server().is_none_or(|s| s.generation != generation) {
            return; // a late report of an ended session: its `ack`, if any, is dropped
        }
        match event {
            ServerEvent::SyncStarted => {
                self.out.push(Delivery::ConvEvent { event: conv_event::START, json: String::new() })
            }
            ServerEvent::Synced { batch, ends_round, ack } => {
                let committed = self.apply_sync(batch);
                if committed && ends_round {
                    self.out.push(Delivery::ConvEvent { event: conv_event::FINISH, json: String::new() });
                    // Delivered now: the Finish belongs right after what the sync brought.
                    self.flush();
                }
                let _ = ack.send(committed);
            }
            ServerEvent::SyncFailed { code, desc } => {
                let json = json!({"code": code, "desc": desc}).to_string();
                self.out.push(Delivery::ConvEvent { event: conv_event::FINISH, json });
            }
            ServerEvent::Network { status, code, desc } => {
                self.local(LocalRequest::NetworkStatus { status, code, desc }, Completion::none())
            }
            ServerEvent::TokenRenewed { access_token } => {
                self.batch.server.state.insert(login::ACCESS_TOKEN.into(), Some(access_token));
            }
            ServerEvent::Ended { sig_expired } => {
                let why =
                    if sig_expired { ForcedLogout::UserSigExpired } else { ForcedLogout::KickedOffline };
                self.local(LocalRequest::ForcedLogout(why), Completion::none());
            }
            ServerEvent::DirectCreated { peer, room } => self.direct_created(&peer, &room),
            ServerEvent::Done { ticket, outcome } => self.server_answered(ticket, outcome),
            ServerEvent::OutboxDone { id } => {
                if let Some(server) = self.server() {
                    server.done(id);
                }
                self.batch.server.outbox_done.push(id);
            }
        }
    }

    /// A direct room the user created: recorded as the peer's conversation, added to `m.direct`.
    fn direct_created(&mut self, peer: &str, room: &str) {
        let Some(server) = self.server() else { return };
        server.creating_direct.remove(peer);
        let Some(user) = server.user_id(peer) else { return };
        self.record_room(room, crate::engine::ConvKey::c2c(user), None);
        self.add_direct(peer, room);
    }

    /// Records which conversation a room is.
    pub(super) fn record_room(
        &mut self,
        room: &str,
        key: crate::engine::ConvKey,
        history_token: Option<String>,
    ) {
        let Some(server) = self.server() else { return };
        let record = RoomRecord { room_id: room.to_owned(), key, history_token };
        server.rooms.insert(record.clone());
        self.batch.server.rooms.insert(room.to_owned(), record);
    }

    /// Records a room as the one its conversation sends into from now on.
    pub(super) fn record_primary_room(&mut self, room: &str, key: crate::engine::ConvKey) {
        let Some(server) = self.server() else { return };
        let history_token = server.rooms.get(room).and_then(|r| r.history_token.clone());
        let record = RoomRecord { room_id: room.to_owned(), key, history_token };
        server.rooms.insert_primary(record.clone());
        self.batch.server.rooms.insert(room.to_owned(), record);
    }

    /// Adds a room to the user's direct chats with `peer` (on the server too).
    pub(super) fn add_direct(&mut self, peer: &str, room: &str) {
        let Some(server) = self.server() else { return };
        let rooms = server.direct.entry(peer.to_owned()).or_default();
        if rooms.iter().any(|r| r == room) {
            return;
        }
        rooms.push(room.to_owned());
        let item = OutItem::Direct { rooms: [(peer.to_owned(), vec![room.to_owned()])].into() };
        self.queue_for_server(item);
    }

    /// The room's direct peer, as an SDK user ID, if the room is a direct chat per `m.direct`.
    fn direct_peer_of(&mut self, room: &str) -> Option<String> {
        let server = self.server()?;
        let peer = server
            .direct
            .iter()
            .find(|(_, rooms)| rooms.iter().any(|r| r == room))
            .map(|(u, _)| u.clone())?;
        ids::user_id(&peer, &server.transport.link().server)
    }
}
