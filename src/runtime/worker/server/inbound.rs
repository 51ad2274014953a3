//! Applying a sync answer: rooms become conversations, timeline events messages, revokes and
//! edits, receipts read state, tags and room account data pins, marks, conversation groups,
//! drafts and deletions. Everything goes through the engine's ordinary commands, and the
//! answer's `next_batch` is committed with (or after) what it delivered; each step is
//! idempotent, so an answer applied again after a crash changes nothing.

use serde_json::{json, Value};

use super::super::Worker;
use super::tips::TipSource;
use crate::engine::message::status;
use crate::engine::{CleanScope, CleanTarget, Command, ConvKey, ConvRef, ConvType, InfoPatch, Message};
use crate::runtime::delivery::Delivery;
use crate::runtime::job::{ReadLimit, UpTo};
use crate::runtime::log::{self, log};
use crate::runtime::Completion;
use crate::transport::content;
use crate::transport::inbound::{JoinedRoom, RoomFacts, DELETED_TYPE, DRAFT_TYPE};
use crate::transport::tags::TagState;
use crate::transport::{ids, Event, SyncBatch};
use crate::wire::conversation::DraftParam;

/// The stored name of the sync position.
pub const SINCE: &str = "since";
/// Where the seqs of a room first seen with older history on the server start, so that the
/// history fetched later can take the seqs below (in time order).
pub const HISTORY_SEQ_BASE: u64 = 1_000_000_000;
/// Mark bits an app may set (the four built-in marks and bits 32..63); others in tags are ignored.
const VALID_MARKS: u64 = 0xf | (u32::MAX as u64) << 32;

impl Worker {
    /// Applies one sync answer and commits it with its `next_batch`. Returns whether the commit
    /// succeeded (if not, the answer is asked for again).
    pub(in super::super) fn apply_sync(&mut self, batch: SyncBatch) -> bool {
        let began = std::time::Instant::now();
        let (rooms, events) =
            (batch.joined.len(), batch.joined.iter().map(|r| r.timeline.len()).sum::<usize>());
        self.from_server = true;
        if let (Some(direct), Some(server)) = (batch.direct, self.server()) {
            server.direct = direct;
        }
        if let Some(names) = batch.group_names {
            self.server_group_names(names);
        }
        // Oldest activity first: conversations take their places in the list in that order.
        let mut joined = batch.joined;
        joined.sort_by_key(|r| r.timeline.iter().map(|e| e.origin_server_ts).max().unwrap_or(0));
        for room in joined {
            self.apply_room(room);
        }
        for invite in batch.invited {
            self.accept_invite(invite);
        }
        for left in batch.left {
            self.apply_left(left);
        }
        self.batch.server.state.insert(SINCE.into(), Some(batch.next_batch));
        self.from_server = false;
        let committed = self.flush();
        if rooms > 0 {
            let ms = began.elapsed().as_secs_f64() * 1000.0;
            log!(log::level::DEBUG, "sync", "applied {rooms} rooms, {events} timeline events in {ms:.1} ms");
        }
        committed
    }

    /// The server's conversation-group list: local groups it no longer has go (unless a local
    /// change of the list is on its way). Groups are created by the tags that name them.
    fn server_group_names(&mut self, names: Vec<String>) {
        let Some(server) = self.server() else { return };
        server.group_names = Some(names.clone());
        if server.group_list_pending() {
            return;
        }
        let local: Vec<String> =
            self.session.as_ref().map(|s| s.engine.group_names().to_vec()).unwrap_or_default();
        for name in local.into_iter().filter(|n| !names.contains(n)) {
            self.apply(Command::DeleteGroup(name), Completion::none());
        }
    }

    fn apply_room(&mut self, room: JoinedRoom) {
        let facts = RoomFacts::read(room.state.iter().chain(room.timeline.iter()));
        let known = self.server().is_some_and(|s| s.rooms.get(&room.room_id).is_some());
        let Some(key) = self.room_key(&room, &facts) else {
            log!(log::level::WARN, "sync", "room {} cannot be a conversation (skipped)", room.room_id);
            return;
        };
        self.room_info(&key, &facts);
        let src = TipSource {
            name: facts.name.clone().unwrap_or_else(|| {
                let conv = self.session.as_ref().and_then(|s| s.engine.peek(&key).ok().flatten());
                conv.map(|c| c.show_name.clone()).unwrap_or_default()
            }),
            member_num: room.joined_count.unwrap_or(0),
        };
        let deleted_up_to = room
            .account_data
            .iter()
            .filter(|e| e.kind == DELETED_TYPE)
            .filter_map(|e| e.content.get("up_to").and_then(Value::as_u64))
            .max();
        let first_seq = (!known && room.limited).then_some(HISTORY_SEQ_BASE);
        self.timeline(&key, &room.timeline, deleted_up_to.unwrap_or(0), &src, first_seq);
        self.receipts(&key, &room);
        for event in &room.account_data {
            self.room_account_data(&key, &room.room_id, event);
        }
    }

    /// The conversation a room is: as recorded, or decided now and recorded.
    fn room_key(&mut self, room: &JoinedRoom, facts: &RoomFacts) -> Option<ConvKey> {
        let server = self.server()?;
        let history = room.limited.then(|| room.prev_batch.clone()).flatten();
        if let Some(record) = server.rooms.get(&room.room_id) {
            let key = record.key.clone();
            if history.is_some() {
                self.record_room(&room.room_id, key.clone(), history);
            }
            return Some(key);
        }
        let me = server.me().0.to_owned();
        let key = if let Some(peer) = self.direct_peer_of(&room.room_id) {
            ConvKey::c2c(peer)
        } else if let Some(peer) = facts.direct_peer(&me) {
            let user = self.server()?.user_id(&peer)?;
            self.add_direct(&peer, &room.room_id);
            ConvKey::c2c(user)
        } else if let Some(peer) = self.being_created(facts, &me) {
            let user = self.server()?.user_id(&peer)?;
            ConvKey::c2c(user)
        } else {
            let server = self.server()?;
            let name = server.me().1.to_owned();
            let alias = facts.group_alias(&me, &name);
            let rooms = &server.rooms;
            let id = ids::group_id_for(&room.room_id, alias.as_deref(), &name, |c| rooms.group_taken(c));
            ConvKey::group(id)
        };
        self.record_room(&room.room_id, key.clone(), history);
        Some(key)
    }

    /// A direct room this device is creating shows up in a sync before its creation was
    /// reported: it is the one whose only other member is that peer.
    fn being_created(&mut self, facts: &RoomFacts, me: &str) -> Option<String> {
        let server = self.server()?;
        let others: Vec<&String> = facts.others(me).collect();
        match others.as_slice() {
            [peer] if server.creating_direct.contains(*peer) => Some((*peer).clone()),
            _ => None,
        }
    }

    /// Room name, avatar and join rule (groups) or the peer's display name and avatar (C2C).
    fn room_info(&mut self, key: &ConvKey, facts: &RoomFacts) {
        let patch = match key.conv_type {
            ConvType::Group => InfoPatch {
                name: facts.name.clone(),
                face_url: facts.avatar.clone(),
                group_type: facts.group_type(),
                ..InfoPatch::default()
            },
            ConvType::C2C => {
                let Some(server) = self.server() else { return };
                let peer = ids::mxid(&key.id, server.me().1);
                let Some(member) = facts.members.get(&peer) else { return };
                InfoPatch {
                    name: member.display_name.clone(),
                    face_url: member.avatar_url.clone(),
                    ..InfoPatch::default()
                }
            }
        };
        if patch != InfoPatch::default() {
            self.apply(Command::UpdateInfo(vec![(key.clone(), patch)]), Completion::none());
        }
    }

    /// Timeline events: new messages (own sends settled), edits, redactions, and a group's
    /// membership and state changes as tips. `first_seq`: the seq the first new message takes
    /// (the others follow), instead of the next free one.
    pub(super) fn timeline(
        &mut self,
        key: &ConvKey,
        events: &[Event],
        deleted_up_to: u64,
        src: &TipSource,
        first_seq: Option<u64>,
    ) {
        let Some(server) = self.server() else { return };
        let (me, name) = (server.me().0.to_owned(), server.me().1.to_owned());
        let mut fresh = Vec::new();
        let mut edits = Vec::new();
        let mut revokes = Vec::new();
        let mut echoes = Vec::new();
        let mut tips = Vec::new();
        for e in events {
            if e.state_key.is_some() {
                if e.origin_server_ts > deleted_up_to {
                    for (msg, json) in self.tip_messages(key, e, src) {
                        tips.push((msg.msg_id.clone(), json));
                        fresh.push(msg);
                    }
                }
                continue;
            }
            match e.kind.as_str() {
                "m.room.message" => {
                    let relates = e.content.get("m.relates_to");
                    let target = relates
                        .filter(|r| r.get("rel_type").and_then(Value::as_str) == Some("m.replace"))
                        .and_then(|r| r.get("event_id"))
                        .and_then(Value::as_str);
                    if let Some(target) = target {
                        let new = e.content.get("m.new_content").filter(|c| c.is_object());
                        let mut edited = Event { event_id: target.to_owned(), ..e.clone() };
                        edited.content = new.cloned().unwrap_or_else(|| e.content.clone());
                        edits.extend(content::message_of(&edited, None, key, &name));
                    } else if e.origin_server_ts <= deleted_up_to {
                        // Deleted on another device before this device saw it.
                    } else if let (true, Some(txn)) = (e.sender == me, &e.transaction_id) {
                        echoes.push((txn.clone(), e.clone()));
                    } else if e.redacted {
                        fresh.extend(content::revoked_message_of(e, key, &name));
                    } else {
                        fresh.extend(content::message_of(e, None, key, &name));
                    }
                }
                "m.room.redaction" => revokes.extend(e.redacts.clone().map(|id| (key.clone(), id))),
                _ => {}
            }
        }
        for (txn, event) in echoes {
            if let Some(msg) = self.settle_echo(key, &txn, &event, &name) {
                fresh.push(msg);
            }
        }
        if let Some(first) = first_seq {
            for (i, m) in fresh.iter_mut().enumerate() {
                m.seq = first + i as u64;
            }
        }
        self.ingest_with_tips(key, fresh, tips);
        if !edits.is_empty() {
            self.update_messages(edits, Completion::none());
        }
        if !revokes.is_empty() {
            self.revoke(revokes, true, Completion::none());
        }
    }

    /// An own message coming back: if this device is still sending it (stored under its
    /// transaction ID), it takes its server identity; otherwise it is an ordinary message (sent
    /// before a restart, or by an earlier login of this device).
    fn settle_echo(&mut self, key: &ConvKey, txn: &str, event: &Event, server_name: &str) -> Option<Message> {
        // A message being sent was committed before it went out: the store has it.
        let session = self.session.as_ref()?;
        let pending = session.store().find_messages(key, &[txn.to_owned()]).ok()?.into_iter().next();
        match pending.map(|s| s.msg) {
            Some(mut msg) => {
                msg.msg_id.clone_from(&event.event_id);
                msg.unique_id = content::unique_id(&event.event_id);
                msg.server_time = event.origin_server_ts / 1000;
                msg.status = status::SEND_SUCC;
                let old_id = txn.to_owned();
                if let Err(failure) = self.run_command(Command::Reidentify { old_id, msg }, None) {
                    log!(log::level::WARN, "sync", "cannot settle a sent message: {}", failure.desc);
                }
                None
            }
            None => content::message_of(event, None, key, server_name),
        }
    }

    /// Read receipts: the user's own (from another device) move the read state; the C2C peer's
    /// mark the user's messages as read by the peer.
    fn receipts(&mut self, key: &ConvKey, room: &JoinedRoom) {
        let Some(server) = self.server() else { return };
        let me = server.me().0.to_owned();
        let peer = (key.conv_type == ConvType::C2C).then(|| ids::mxid(&key.id, server.me().1));
        let newest = |mine: bool| {
            room.receipts
                .iter()
                .filter(|r| if mine { r.user == me } else { Some(&r.user) == peer.as_ref() })
                .max_by_key(|r| r.ts)
                .cloned()
        };
        if let Some(own) = newest(true) {
            self.own_read(key, &own.event_id);
        }
        if let Some(theirs) = newest(false) {
            let time = self.server_message(key, &theirs.event_id).map_or(theirs.ts / 1000, |m| m.server_time);
            let receipt = json!([{
                "msg_receipt_conv_id": key.id,
                "msg_receipt_conv_type": 1,
                "msg_receipt_time_stamp": time,
                "msg_receipt_msg_id": theirs.event_id,
                "msg_receipt_is_peer_read": true,
                "msg_receipt_read_count": 1,
                "msg_receipt_unread_count": 0,
            }]);
            let extra = Delivery::ReadReceipts(receipt.to_string());
            self.apply_with(Command::PeerRead(vec![(key.clone(), time)]), Completion::none(), Some(extra));
        }
    }

    /// The user read up to `event_id` on another device.
    fn own_read(&mut self, key: &ConvKey, event_id: &str) {
        let Some(conv) = self.session.as_ref().and_then(|s| s.engine.peek(key).ok().flatten()) else {
            return;
        };
        // The usual case, up to the last message, needs no reading of stored messages.
        if let Some(last) = conv.last_msg.as_ref().filter(|l| l.msg_id == event_id && l.seq == conv.max_seq) {
            if conv.unread == 0 && conv.at_info.is_empty() && conv.read_seq >= last.seq {
                return;
            }
            let read_mark = if key.conv_type == ConvType::C2C { last.server_time } else { conv.max_seq };
            let target = CleanTarget {
                key: key.clone(),
                read_seq: conv.max_seq,
                read_late: Vec::new(),
                unread: 0,
                read_mark,
            };
            return self.apply(Command::CleanUnread(vec![target]), Completion::none());
        }
        drop(conv);
        if let Some(read) = self.server_message(key, event_id) {
            let up_to = UpTo::Message { seq: read.seq, time: read.server_time };
            self.clean_unread(
                CleanScope::One(key.clone()),
                ReadLimit { c2c: up_to, group: up_to },
                Completion::none(),
            );
        }
    }

    /// A message by ID: the conversation's last one, or a committed one (receipts name
    /// messages that arrived in earlier answers).
    fn server_message(&mut self, key: &ConvKey, event_id: &str) -> Option<Message> {
        let session = self.session.as_ref()?;
        if let Ok(Some(conv)) = session.engine.peek(key) {
            if let Some(last) = conv.last_msg.as_ref().filter(|l| l.msg_id == event_id) {
                return Some(last.clone());
            }
        }
        session.store().find_messages(key, &[event_id.to_owned()]).ok()?.into_iter().next().map(|s| s.msg)
    }

    /// Room account data: tags (pin, marks, conversation groups), draft, deletion.
    fn room_account_data(&mut self, key: &ConvKey, room: &str, event: &Event) {
        let Some(server) = self.server() else { return };
        let pending = server.room_pending(room);
        match event.kind.as_str() {
            "m.tag" => {
                let tags = event.content.get("tags").and_then(Value::as_object).cloned().unwrap_or_default();
                let state = TagState::from_tags(&tags);
                server.tags.insert(room.to_owned(), state.clone());
                if !pending {
                    self.apply_tags(key, &state);
                }
            }
            DRAFT_TYPE => {
                let draft = event.content.get("draft").cloned().unwrap_or(Value::Null);
                server.drafts.insert(room.to_owned(), draft.clone());
                if !pending {
                    self.apply_draft(key, draft);
                }
            }
            DELETED_TYPE if !pending => {
                let up_to = event.content.get("up_to").and_then(Value::as_u64).unwrap_or(0);
                let conv = self
                    .session
                    .as_ref()
                    .and_then(|s| s.engine.peek(key).ok().flatten().map(|c| c.into_owned()));
                let older = conv
                    .filter(|c| !c.hidden)
                    .is_some_and(|c| c.last_msg.is_none_or(|m| m.server_time * 1000 <= up_to));
                if older {
                    let convs = vec![ConvRef::parse(&key.prefixed())];
                    self.apply(Command::DeleteList { convs, clear_messages: false }, Completion::none());
                }
            }
            _ => {}
        }
    }

    /// Brings a conversation's pin, marks and groups to what its tags say.
    fn apply_tags(&mut self, key: &ConvKey, state: &TagState) {
        let Some(session) = self.session.as_ref() else { return };
        let Ok(Some(conv)) = session.engine.peek(key) else { return };
        if conv.hidden {
            return;
        }
        let conv = conv.into_owned();
        let groups = session.engine.group_names().to_vec();
        let one = || vec![ConvRef::parse(&key.prefixed())];
        if conv.pinned != state.pinned {
            self.apply(Command::Pin(key.clone(), state.pinned), Completion::none());
        }
        let want = state.marks & VALID_MARKS;
        for (bits, enable) in [(want & !conv.marks, true), (conv.marks & !want & VALID_MARKS, false)] {
            if bits != 0 {
                self.apply(Command::Mark { convs: one(), bits, enable }, Completion::none());
            }
        }
        for name in state.groups.iter().filter(|g| !conv.groups.contains(*g)) {
            let cmd = if groups.contains(name) {
                Command::AddToGroup { name: name.clone(), convs: one() }
            } else {
                Command::CreateGroup { name: name.clone(), convs: one() }
            };
            self.apply(cmd, Completion::none());
        }
        for name in conv.groups.iter().filter(|g| !state.groups.contains(*g)) {
            self.apply(Command::RemoveFromGroup { name: name.clone(), convs: one() }, Completion::none());
        }
    }

    /// Brings a conversation's draft to what the server holds (`null`: none).
    fn apply_draft(&mut self, key: &ConvKey, draft: Value) {
        let Some(session) = self.session.as_ref() else { return };
        let current = session.engine.peek(key).ok().flatten().and_then(|c| c.draft.clone());
        let wanted = serde_json::from_value::<DraftParam>(draft).ok().map(|p| {
            let edit_time = p.draft_edit_time;
            p.into_draft(edit_time)
        });
        match (current, wanted) {
            (current, Some(wanted)) if current.as_ref() != Some(&wanted) => {
                self.apply(Command::SetDraft(key.clone(), wanted), Completion::none())
            }
            (Some(_), None) => self.apply(Command::CancelDraft(key.clone()), Completion::none()),
            _ => {}
        }
    }
}
