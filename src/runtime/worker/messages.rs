//! Requests that read stored messages before the engine can apply them: marking read up to a
//! point, history pages, deleting and revoking messages. Each first commits the pending batch,
//! so the store holds every acknowledged message.

use std::collections::{HashMap, HashSet};

use crate::engine::message::status;
use crate::engine::{codes, CleanScope, Command, ConvKey, ConvType, Conversation, RemovedMessage};
use crate::engine::{Arrival, Message, MessageIdentity};
use crate::store::{Anchor, HistoryQuery, Store, StoreError};
use crate::wire::message as msg_wire;
use crate::wire::search::{self as search_wire, SearchQuery};

use super::super::clock::now_secs;
use super::super::completion::Completion;
use super::super::delivery::Delivery;
use super::super::job::{HistoryRequest, ReadLimit};
use super::Worker;

/// How long after sending the user may revoke a message (the SDK's default).
const REVOKE_LIMIT_SECS: u64 = 120;

impl Worker {
    /// Applies incoming messages, leaving out each one already stored, stored by the pending
    /// batch, or earlier in the same call (same identity, same conversation), so repeated
    /// deliveries change nothing.
    pub(super) fn ingest(
        &mut self,
        msgs: Vec<(Message, Option<MessageIdentity>)>,
        arrival: Arrival,
        completion: Completion,
    ) {
        if msgs.iter().any(|(m, _)| self.batch.removes_messages_of(&m.conv)) {
            self.flush(); // so the store no longer shows what the batch removes
        }
        let Some(session) = self.session.as_mut() else { return self.not_logged_in(completion) };
        // Whether a conversation is an AVChatRoom is known from its stored state.
        if let Err(failure) = msgs.iter().try_for_each(|(m, _)| session.engine.fault_in(&m.conv)) {
            return self.reply(completion, failure.code, failure.desc, String::new());
        }
        let Some(session) = self.session.as_ref() else { return self.not_logged_in(completion) };
        // The message IDs already stored: one query per conversation (and 500 IDs).
        let mut by_conv: HashMap<&ConvKey, Vec<&str>> = HashMap::new();
        for (msg, identity) in &msgs {
            if let Some(MessageIdentity::Id(id)) = identity {
                by_conv.entry(&msg.conv).or_default().push(id);
            }
        }
        let mut stored_ids = HashMap::with_capacity(by_conv.len());
        for (key, ids) in by_conv {
            match session.store().existing_message_ids(key, &ids) {
                Ok(found) => stored_ids.insert(key.clone(), found),
                Err(err) => return self.store_failed(completion, err),
            };
        }
        let mut fresh = Vec::with_capacity(msgs.len());
        let mut repeated = None;
        let mut this_call = HashSet::new();
        for (msg, identity) in msgs {
            // A message the receive option drops is never stored: a later copy of it (an @ of
            // the user, say) is not a repeat.
            if arrival == Arrival::Received && session.engine.drops(&msg) {
                continue;
            }
            // Online-only and AVChatRoom messages are never stored, so they are never recognised
            // (nor hide a later copy) either.
            let stored_kind = !msg.is_online && !session.engine.is_avchatroom(&msg.conv);
            if let Some(identity) = identity.filter(|_| stored_kind) {
                let known = self.batch.holds_message(&msg.conv, &identity)
                    || match &identity {
                        MessageIdentity::Id(id) => stored_ids.get(&msg.conv).is_some_and(|s| s.contains(id)),
                        MessageIdentity::Seq(_) => {
                            match session.store().contains_message(&msg.conv, &identity) {
                                Ok(known) => known,
                                Err(err) => return self.store_failed(completion, err),
                            }
                        }
                    };
                if known || !this_call.insert((msg.conv.clone(), identity.clone())) {
                    repeated = Some((msg.conv, identity));
                    continue;
                }
            }
            fresh.push(msg);
        }
        let cmd = match arrival {
            Arrival::Received => Command::Receive(fresh),
            Arrival::Saved => match (fresh.pop(), repeated) {
                (Some(msg), _) => Command::Save(msg),
                (None, Some((key, identity))) => return self.answer_stored(key, identity, completion),
                (None, None) => unreachable!("a save carries one message"),
            },
            other => Command::Store(fresh, other),
        };
        self.apply(cmd, completion);
    }

    /// Answers a save of a message already stored with the stored copy.
    fn answer_stored(&mut self, key: ConvKey, identity: MessageIdentity, completion: Completion) {
        self.flush(); // the copy may be in the pending batch
        let Some(session) = self.session.as_ref() else { return self.not_logged_in(completion) };
        let store = session.store();
        let found = match &identity {
            MessageIdentity::Id(id) => {
                store.find_messages(&key, std::slice::from_ref(id)).map(|mut v| v.pop().map(|s| s.msg))
            }
            MessageIdentity::Seq(seq) => store.message_by_seq(&key, *seq),
        };
        match found {
            Ok(Some(msg)) => self.reply(completion, 0, "", msg_wire::message_json(&msg)),
            Ok(None) => self.reply(
                completion,
                codes::ERR_SDK_INTERNAL_ERROR,
                "the stored copy is gone",
                String::new(),
            ),
            Err(err) => self.store_failed(completion, err),
        }
    }

    fn not_logged_in(&mut self, completion: Completion) {
        self.reply(
            completion,
            codes::ERR_SDK_NOT_LOGGED_IN,
            "not logged in: call TIMLogin first",
            String::new(),
        );
    }

    fn store_failed(&mut self, completion: Completion, err: StoreError) {
        self.reply(completion, err.code, err.desc, String::new());
    }

    /// Marks conversations read up to `limit`, resolved against their stored messages.
    pub(super) fn clean_unread(&mut self, scope: CleanScope, limit: ReadLimit, completion: Completion) {
        if self.session.is_none() {
            return self.not_logged_in(completion);
        }
        self.flush();
        let Some(session) = self.session.as_mut() else { return self.not_logged_in(completion) };
        let now = now_secs();
        let (engine, store) = session.parts();
        let targets = engine.clean_candidates(&scope).map(|convs| {
            convs
                .into_iter()
                .map(|c| {
                    let up_to = if c.key.conv_type == ConvType::C2C { limit.c2c } else { limit.group };
                    store.clean_target(c, up_to, now)
                })
                .collect::<Result<Vec<_>, _>>()
        });
        match targets {
            Err(failure) => self.reply(completion, failure.code, failure.desc, String::new()),
            Ok(Err(err)) => self.store_failed(completion, err),
            Ok(Ok(targets)) => {
                let read: Vec<(ConvKey, u64)> = targets.iter().map(|t| (t.key.clone(), t.read_seq)).collect();
                self.apply(Command::CleanUnread(targets), completion);
                if self.replicates() {
                    self.replicate_read(read);
                }
            }
        }
    }

    /// A page of history as Message JSON (newest first going back in time, oldest first going
    /// forward), with read and peer-read state as of now. With a homeserver, a page the store
    /// cannot fill going back first fetches older messages from the server.
    pub(super) fn get_messages(&mut self, key: ConvKey, req: HistoryRequest, completion: Completion) {
        self.get_messages_with(key, req, completion, true);
    }

    /// As `get_messages`; `may_fetch`: whether the server may be asked for older history.
    pub(super) fn get_messages_with(
        &mut self,
        key: ConvKey,
        req: HistoryRequest,
        completion: Completion,
        may_fetch: bool,
    ) {
        if self.session.is_none() {
            return self.not_logged_in(completion);
        }
        self.flush();
        if may_fetch {
            if let Some((room, from)) = self.history_source(&key, &req) {
                let Some(session) = self.session.as_ref() else { return self.not_logged_in(completion) };
                let stored = history_page(session.store(), &key, &req).map_or(0, |page| page.len());
                if stored < req.count {
                    return self.fetch_history(key, room, from, req, completion);
                }
            }
        }
        let Some(session) = self.session.as_ref() else { return self.not_logged_in(completion) };
        let conv = match session.engine.peek(&key) {
            Ok(Some(conv)) => conv,
            Ok(None) => return self.reply(completion, 0, "", "[]".into()),
            Err(failure) => return self.reply(completion, failure.code, failure.desc, String::new()),
        };
        let store = session.store();
        let page = history_page(store, &key, &req).map(|msgs| {
            msgs.into_iter()
                .map(|mut m| {
                    with_read_state(&mut m, &conv);
                    m
                })
                .collect::<Vec<_>>()
        });
        match page {
            Ok(msgs) => self.reply(completion, 0, "", msg_wire::messages_json(&msgs)),
            Err(err) => self.store_failed(completion, err),
        }
    }

    /// Local message search; messages carry their read state as of now.
    pub(super) fn search(&mut self, query: SearchQuery, completion: Completion) {
        if self.session.is_none() {
            return self.not_logged_in(completion);
        }
        self.flush();
        let Some(session) = self.session.as_mut() else { return self.not_logged_in(completion) };
        let (store, engine) = session.parts_mut();
        match store.search_messages(&query) {
            Ok((total, mut items)) => {
                for item in &mut items {
                    if let Some(conv) = engine.stored_conversation(&item.conv) {
                        for m in &mut item.messages {
                            with_read_state(m, &conv);
                        }
                    }
                }
                self.reply(completion, 0, "", search_wire::result_json(total, &items));
            }
            Err(err) => self.store_failed(completion, err),
        }
    }

    /// Deletes stored messages; the conversation's last message falls back to the newest
    /// remaining one and unread drops by the unread ones deleted. 7011 if none exists.
    pub(super) fn delete_messages(&mut self, key: ConvKey, msg_ids: Vec<String>, completion: Completion) {
        if self.session.is_none() {
            return self.not_logged_in(completion);
        }
        self.flush();
        let Some(session) = self.session.as_ref() else { return self.not_logged_in(completion) };
        let conv = match session.engine.peek(&key) {
            Ok(Some(conv)) if !conv.hidden => conv,
            Ok(_) => {
                let desc = format!("conversation {key} does not exist");
                return self.reply(completion, codes::ERR_INVALID_CONVERSATION, desc, String::new());
            }
            Err(failure) => return self.reply(completion, failure.code, failure.desc, String::new()),
        };
        let resolved = session.store().find_messages(&key, &msg_ids).and_then(|found| {
            let removed: Vec<RemovedMessage> = found
                .into_iter()
                .map(|s| RemovedMessage {
                    msg_id: s.msg.msg_id,
                    seq: s.msg.seq,
                    counted_unread: s.counted_unread,
                })
                .collect();
            let ids: Vec<String> = removed.iter().map(|m| m.msg_id.clone()).collect();
            let last_removed = conv.last_msg.as_ref().is_some_and(|l| ids.contains(&l.msg_id));
            let new_last =
                if last_removed { Some(session.store().newest_message_except(&key, &ids)?) } else { None };
            let keeps_last = new_last.as_ref().map_or(conv.last_msg.is_some(), Option::is_some);
            let messages_left = keeps_last || session.store().has_messages_except(&key, &ids)?;
            Ok((removed, new_last, messages_left))
        });
        match resolved {
            Err(err) => self.store_failed(completion, err),
            Ok((removed, ..)) if removed.is_empty() => self.reply(
                completion,
                codes::ERR_SDK_COMM_DATABASE_NOTFOUND,
                "no such message",
                String::new(),
            ),
            Ok((removed, new_last, messages_left)) => {
                self.apply(Command::RemoveMessages { key, removed, new_last, messages_left }, completion)
            }
        }
    }

    /// Revokes stored messages (status 6). The user may revoke their own messages within 2
    /// minutes of sending (6223 after) and, in groups, others' (as an admin may; roles are the
    /// server's business); others' C2C messages are 7014. Revoking a revoked message changes
    /// nothing. Revokes by others also reach the revoke listener as MsgLocator objects.
    pub(super) fn revoke(
        &mut self,
        messages: Vec<(ConvKey, String)>,
        by_other: bool,
        completion: Completion,
    ) {
        if self.session.is_none() {
            return self.not_logged_in(completion);
        }
        self.flush();
        let Some(session) = self.session.as_ref() else { return self.not_logged_in(completion) };
        let now = now_secs();
        let mut revoked = Vec::new();
        for (key, id) in messages {
            let found = match session.store().find_messages(&key, std::slice::from_ref(&id)) {
                Ok(found) => found,
                Err(err) => return self.store_failed(completion, err),
            };
            let Some(mut msg) = found.into_iter().next().map(|s| s.msg) else {
                if by_other {
                    continue;
                }
                return self.reply(
                    completion,
                    codes::ERR_SDK_COMM_DATABASE_NOTFOUND,
                    "no such message",
                    String::new(),
                );
            };
            if msg.status == status::REVOKED {
                continue; // already revoked: nothing changes, nothing to tell
            }
            if !by_other && !msg.is_from_self && key.conv_type == ConvType::C2C {
                let desc = "only your own messages can be revoked in a one-to-one conversation";
                return self.reply(completion, codes::ERR_SDK_INVALID_OPERATION, desc, String::new());
            }
            if !by_other && msg.is_from_self && now.saturating_sub(msg.server_time) > REVOKE_LIMIT_SECS {
                let desc = "messages can be revoked within 2 minutes of sending";
                return self.reply(completion, codes::ERR_REVOKE_TIME_LIMIT_EXCEED, desc, String::new());
            }
            msg.status = status::REVOKED;
            revoked.push(msg);
        }
        let extra =
            (by_other && !revoked.is_empty()).then(|| Delivery::Revoked(msg_wire::locators_json(&revoked)));
        self.apply_with(Command::Rewrite(revoked), completion, extra);
    }

    /// Messages changed by the server: stored ones are replaced (keeping their position, IDs,
    /// status and read state), the conversation reflects a changed last message, and the
    /// message-update listener gets them. Unknown messages are skipped.
    pub(super) fn update_messages(&mut self, msgs: Vec<Message>, completion: Completion) {
        if self.session.is_none() {
            return self.not_logged_in(completion);
        }
        self.flush();
        let Some(session) = self.session.as_ref() else { return self.not_logged_in(completion) };
        let mut changed = Vec::new();
        for msg in msgs {
            let found = match session.store().find_messages(&msg.conv, std::slice::from_ref(&msg.msg_id)) {
                Ok(found) => found,
                Err(err) => return self.store_failed(completion, err),
            };
            if let Some(stored) = found.into_iter().next().map(|s| s.msg) {
                changed.push(Message { payload: msg.payload, at_users: msg.at_users, ..stored });
            }
        }
        let extra =
            (!changed.is_empty()).then(|| Delivery::MessagesUpdated(msg_wire::messages_json(&changed)));
        self.apply_with(Command::Rewrite(changed), completion, extra);
    }
}

/// Sets a stored message's read and peer-read flags from its conversation's state now.
fn with_read_state(m: &mut Message, conv: &Conversation) {
    m.is_read |= m.seq <= conv.read_seq;
    m.is_peer_read |=
        conv.key.conv_type == ConvType::C2C && m.is_from_self && m.server_time <= conv.peer_read_time;
}

/// Resolves a history request's starting point and reads the page.
fn history_page(
    store: &Store,
    key: &ConvKey,
    req: &HistoryRequest,
) -> Result<Vec<crate::engine::Message>, StoreError> {
    let anchor = if let Some((id, time, seq)) = &req.after_msg {
        let found = store.find_messages(key, std::slice::from_ref(id))?;
        let (server_time, seq) = found.first().map_or((*time, *seq), |s| (s.msg.server_time, s.msg.seq));
        Some(Anchor { server_time, seq, inclusive: false })
    } else if let Some(seq) = req.from_seq {
        match store.message_by_seq(key, seq)? {
            Some(m) => Some(Anchor { server_time: m.server_time, seq: m.seq, inclusive: true }),
            None => return Ok(Vec::new()),
        }
    } else {
        None
    };
    let query = HistoryQuery {
        anchor,
        forward: req.forward,
        count: req.count,
        time_range: req.time_range,
        seqs: req.seqs.clone(),
        elem_types: req.elem_types.clone(),
    };
    store.history(key, &query)
}
