//! The user's side going to the server: sends (the callback waits for the event ID),
//! revokes (redactions first), history fetched when the store runs out, and every other local
//! change (pins, marks, groups, drafts, deletions, read state) carried by the outbox.

use std::collections::HashSet;

use super::super::Worker;
use super::state::{PendingSend, SendReply, Waiting};
use crate::engine::message::status;
use crate::engine::{codes, Arrival, Command, ConvKey, ConvType, Effects, Message, MessageIdentity};
use crate::runtime::job::HistoryRequest;
use crate::runtime::Completion;
use crate::transport::tags::TagState;
use crate::transport::{content, ids, Event, Job, OutItem, Target};
use crate::wire::conversation::draft_json;

/// What a command changed that the server must learn (collected before its effects are
/// absorbed into the batch).
pub struct Replicate {
    keys: Vec<ConvKey>,
    deleted: Vec<(ConvKey, u64)>,
    groups_changed: bool,
}

impl Replicate {
    pub fn of(fx: &Effects) -> Replicate {
        Replicate {
            keys: fx.added.iter().chain(&fx.updated).cloned().collect(),
            deleted: fx
                .deleted
                .iter()
                .map(|c| (c.key.clone(), c.last_msg.as_ref().map_or(0, |m| m.server_time * 1000)))
                .collect(),
            groups_changed: !fx.group_events.is_empty(),
        }
    }
}

impl Worker {
    /// Whether changes go to a server (a homeserver session, and not applying the server's own).
    pub(in super::super) fn replicates(&mut self) -> bool {
        !self.from_server && self.server().is_some()
    }

    /// Queues the server writes a user command implies: for each changed conversation with a
    /// room, its tags and draft when they differ from what the server holds; deletions; the
    /// conversation-group list when it changed.
    pub(in super::super) fn replicate(&mut self, change: Replicate) {
        let mut items = Vec::new();
        {
            let Some(session) = self.session.as_mut() else { return };
            let Some(server) = session.server.as_mut() else { return };
            let now_ms = crate::runtime::clock::now_secs() * 1000;
            for (key, last_ms) in &change.deleted {
                if let Some(room) = server.rooms.room_of(key) {
                    items.push(OutItem::Deleted { room: room.to_owned(), up_to: (*last_ms).max(now_ms) });
                }
            }
            for key in &change.keys {
                let Some(room) = server.rooms.room_of(key).map(str::to_owned) else { continue };
                let Some(conv) = session.engine.conversation(key) else { continue };
                let tags = TagState::new(conv.pinned, conv.marks, conv.groups.iter().cloned().collect());
                if server.tags.get(&room) != Some(&tags)
                    && (tags != TagState::default() || server.tags.contains_key(&room))
                {
                    server.tags.insert(room.clone(), tags.clone());
                    items.push(OutItem::Tags { room: room.clone(), state: tags });
                }
                let draft = conv.draft.as_ref().map_or(serde_json::Value::Null, |d| {
                    serde_json::from_str(&draft_json(d)).unwrap_or(serde_json::Value::Null)
                });
                let known = server.drafts.get(&room).cloned().unwrap_or(serde_json::Value::Null);
                if known != draft {
                    server.drafts.insert(room.clone(), draft.clone());
                    items.push(OutItem::Draft { room, draft });
                }
            }
            if change.groups_changed {
                let names = session.engine.group_names().to_vec();
                if server.group_names.as_ref() != Some(&names) {
                    server.group_names = Some(names.clone());
                    items.push(OutItem::GroupList { names });
                }
            }
        }
        for item in items {
            self.queue_for_server(item);
        }
    }

    /// Read state reached the server's messages: a receipt and read marker at the newest
    /// server message read in each conversation.
    pub(in super::super) fn replicate_read(&mut self, read: Vec<(ConvKey, u64)>) {
        let mut items = Vec::new();
        if let Some(session) = self.session.as_ref() {
            let Some(server) = session.server.as_ref() else { return };
            for (key, read_seq) in read {
                let Some(room) = server.rooms.room_of(&key) else { continue };
                let newest = session
                    .engine
                    .conversation(&key)
                    .and_then(|c| c.last_msg.clone())
                    .filter(|m| m.seq <= read_seq);
                let msg = match newest {
                    Some(m) => Some(m),
                    None => session.store().message_by_seq(&key, read_seq).ok().flatten(),
                };
                if let Some(m) = msg.filter(|m| m.msg_id.starts_with('$')) {
                    items.push(OutItem::ReadMarker { room: room.to_owned(), event_id: m.msg_id });
                }
            }
        }
        for item in items {
            self.queue_for_server(item);
        }
    }

    /// Sends an own message through the server: stored as sending (status 1), and the request
    /// goes out at once, beside the commit (if the process dies first, the server's copy comes
    /// back with the next sync, recognised by its transaction ID). The callback runs when the
    /// server answered.
    pub(in super::super) fn send_to_server(&mut self, msg: Message, completion: Completion) {
        self.send_with_reply(msg, SendReply::Call(completion));
    }

    /// As `send_to_server`, the outcome going to `reply`.
    pub(in super::super) fn send_with_reply(&mut self, mut msg: Message, reply: SendReply) {
        let Some(server) = self.server() else { return };
        let (me, name) = (server.me().0.to_owned(), server.me().1.to_owned());
        let target = match (msg.conv.conv_type, server.rooms.room_of(&msg.conv)) {
            (_, Some(room)) => Ok(Target::Room(room.to_owned())),
            (ConvType::C2C, None) => {
                let peer = ids::mxid(&msg.conv.id, &name);
                if peer == me {
                    Err((
                        codes::ERR_INVALID_PARAMETERS,
                        "cannot send a one-to-one message to yourself".to_owned(),
                    ))
                } else {
                    Ok(Target::NewDirect { peer })
                }
            }
            (ConvType::Group, None) => Err((
                crate::transport::errors::ERR_SVR_GROUP_NOT_FOUND,
                format!("not a member of group {}", msg.conv.id),
            )),
        };
        msg.status = status::SENDING;
        let content = content::content_of(&msg, &name);
        let (key, txn) = (msg.conv.clone(), msg.msg_id.clone());
        let sent = target.and_then(|target| {
            self.run_command(Command::Send(msg), None).map(|_| target).map_err(|f| (f.code, f.desc))
        });
        match sent {
            Ok(target) => self.dispatch_send(key, txn, content, target, reply),
            Err((code, desc)) => self.refuse_send(&key, reply, code, desc),
        }
    }

    /// A send that could not start is answered at once.
    fn refuse_send(&mut self, key: &ConvKey, reply: SendReply, code: i32, desc: String) {
        let pending = PendingSend { key: key.clone(), txn: String::new(), reply };
        let ticket = match self.server() {
            Some(server) => server.wait(Waiting::Send(pending)),
            None => return,
        };
        self.server_answered(ticket, crate::transport::Outcome::Failed { code, desc });
    }

    /// Hands a sending message to the request thread.
    fn dispatch_send(
        &mut self,
        key: ConvKey,
        txn: String,
        content: serde_json::Value,
        target: Target,
        reply: SendReply,
    ) {
        let Some(server) = self.server() else { return };
        if let Target::NewDirect { peer } = &target {
            server.creating_direct.insert(peer.clone());
        }
        let in_group = key.conv_type == ConvType::Group;
        let ticket = server.wait(Waiting::Send(PendingSend { key, txn: txn.clone(), reply }));
        server.transport.submit(Job::Send { ticket, target, txn, content, in_group });
    }

    /// Sends again what was still sending when the last session ended (same transaction IDs:
    /// the server stores each once). Their outcome shows as an Update of the conversation.
    pub(in super::super) fn resume_sends(&mut self) {
        let pending = match self.session.as_ref().map(|s| s.store().sending_messages()) {
            Some(Ok(pending)) => pending,
            _ => return,
        };
        for msg in pending {
            let Some(server) = self.server() else { return };
            let name = server.me().1.to_owned();
            let target = match server.rooms.room_of(&msg.conv) {
                Some(room) => Target::Room(room.to_owned()),
                None if msg.conv.conv_type == ConvType::C2C => {
                    Target::NewDirect { peer: ids::mxid(&msg.conv.id, &name) }
                }
                None => continue,
            };
            let content = content::content_of(&msg, &name);
            let reply = SendReply::Call(Completion::none());
            self.dispatch_send(msg.conv.clone(), msg.msg_id.clone(), content, target, reply);
        }
    }

    /// A revoke by the user of messages that are on the server: redacted there first; the
    /// local revoke (with its checks) follows the server's answer.
    pub(in super::super) fn revoke_on_server(
        &mut self,
        messages: Vec<(ConvKey, String)>,
        completion: Completion,
    ) {
        let remote: Vec<(ConvKey, String, String)> = match self.server() {
            Some(server) => messages
                .iter()
                .filter(|(_, id)| id.starts_with('$'))
                .filter_map(|(k, id)| server.rooms.room_of(k).map(|r| (k.clone(), id.clone(), r.to_owned())))
                .collect(),
            None => Vec::new(),
        };
        let [(key, event_id, room)] = remote.as_slice() else {
            // Several at once, or nothing on the server: revoked locally (the SDK revokes one).
            return self.revoke(messages, false, completion);
        };
        let Some(server) = self.server() else { return };
        let txn = crate::runtime::clock::new_message_ids(crate::runtime::clock::now_secs()).1;
        let in_group = key.conv_type == ConvType::Group;
        let (job_room, job_event) = (room.clone(), event_id.clone());
        let ticket = server.wait(Waiting::Revoke { key: key.clone(), msg_id: event_id.clone(), completion });
        server.transport.submit(Job::Redact { ticket, room: job_room, event_id: job_event, txn, in_group });
    }

    /// Whether a short history page should first fetch older messages from the server: the
    /// room's `history_token` says where they continue. Returns the room and token.
    pub(in super::super) fn history_source(
        &mut self,
        key: &ConvKey,
        query: &HistoryRequest,
    ) -> Option<(String, String)> {
        if query.forward || query.time_range.is_some() || !query.seqs.is_empty() {
            return None;
        }
        let server = self.server()?;
        let room = server.rooms.room_of(key)?;
        let token = server.rooms.get(room)?.history_token.clone()?;
        Some((room.to_owned(), token))
    }

    /// Asks the server for older history; the page is read again when it arrived.
    pub(in super::super) fn fetch_history(
        &mut self,
        key: ConvKey,
        room: String,
        from: String,
        query: HistoryRequest,
        completion: Completion,
    ) {
        let Some(server) = self.server() else { return };
        let ticket = server.wait(Waiting::History { key, room: room.clone(), query, completion });
        server.transport.submit(Job::Backfill { ticket, room, from });
    }

    /// Stores fetched older messages (read, as history) and where history continues.
    pub(in super::super) fn backfilled(
        &mut self,
        key: ConvKey,
        room: &str,
        events: Vec<Event>,
        next: Option<String>,
    ) {
        let Some(server) = self.server() else { return };
        let name = server.me().1.to_owned();
        let redacted: HashSet<&str> = events
            .iter()
            .filter(|e| e.kind == "m.room.redaction")
            .filter_map(|e| e.redacts.as_deref())
            .collect();
        let mut msgs: Vec<(Message, Option<MessageIdentity>)> = Vec::new();
        for e in &events {
            if e.state_key.is_some() {
                msgs.extend(self.history_tips(&key, std::slice::from_ref(e)));
                continue;
            }
            if e.kind != "m.room.message" || e.content.get("m.relates_to").is_some() {
                continue;
            }
            let msg = if e.redacted || redacted.contains(e.event_id.as_str()) {
                content::revoked_message_of(e, &key, &name)
            } else {
                content::message_of(e, None, &key, &name)
            };
            if let Some(m) = msg {
                let identity = MessageIdentity::Id(m.msg_id.clone());
                msgs.push((m, Some(identity)));
            }
        }
        // Seqs below the oldest stored message keep the timeline in order within a second
        // (times are seconds); a first sync of a room with older history starts its seqs high
        // to leave that room (see `inbound::HISTORY_SEQ_BASE`).
        let oldest = self.session.as_ref().and_then(|s| s.store().min_seq(&key).ok()).unwrap_or(0);
        if oldest > msgs.len() as u64 {
            for (i, (m, _)) in msgs.iter_mut().rev().enumerate() {
                m.seq = oldest - 1 - i as u64;
            }
        }
        self.record_room(room, key, next);
        if !msgs.is_empty() {
            self.from_server = true;
            self.ingest(msgs, Arrival::History, Completion::none());
            self.from_server = false;
        }
    }
}
