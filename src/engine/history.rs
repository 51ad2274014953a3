//! Changes to stored messages that move conversations: removal, revoke, clearing history, peer
//! read receipts — plus the profile / group information shown on conversations.

use super::{ConvKey, Effects, Engine, Failure, InfoPatch, Message, Reply};

/// A stored message being removed, as the store knows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RemovedMessage {
    pub msg_id: String,
    pub seq: u64,
    /// Whether it counted as unread when it arrived.
    pub counted_unread: bool,
}

impl Engine {
    /// Removes messages: unread drops by the unread ones among them, their @s go, and the last
    /// message falls back to `new_last` when it was removed; with no message left the
    /// conversation is no longer listed (unless a draft or pin keeps it).
    pub(super) fn remove_messages(
        &mut self,
        key: ConvKey,
        removed: Vec<RemovedMessage>,
        new_last: Option<Option<Message>>,
        messages_left: bool,
        fx: &mut Effects,
    ) -> Result<Reply, Failure> {
        self.visible(&key)?;
        self.update(&key, |c, _| {
            let read_seq = c.read_seq;
            let unread_gone = removed.iter().filter(|m| m.counted_unread && m.seq > read_seq).count() as u64;
            c.unread = c.unread.saturating_sub(unread_gone);
            c.at_info.retain(|a| !removed.iter().any(|m| m.seq == a.seq));
            if let Some(last) = new_last {
                c.last_msg = last;
                c.refresh_read_state_of_last();
            }
            c.holds_messages = messages_left;
        });
        fx.touch(&key);
        fx.removed_messages.push((key, removed.into_iter().map(|m| m.msg_id).collect()));
        Ok(Reply::Empty)
    }

    /// Records changed stored messages; a conversation whose last message changed reflects it.
    pub(super) fn rewrite(&mut self, msgs: Vec<Message>, fx: &mut Effects) -> Result<Reply, Failure> {
        for msg in msgs {
            self.replace_last(&msg.msg_id.clone(), &msg, fx);
            fx.rewritten.push(msg);
        }
        Ok(Reply::Empty)
    }

    /// A stored message under a new identity (a send the server answered); a conversation
    /// whose last message it is reflects it. Replies with the message.
    pub(super) fn reidentify(&mut self, old_id: String, msg: Message, fx: &mut Effects) -> Reply {
        self.replace_last(&old_id, &msg, fx);
        fx.reidentified.push((old_id, msg.clone()));
        Reply::Message(msg)
    }

    /// If the last message of `msg`'s conversation is the one with ID `id`, it becomes `msg`
    /// (an Update).
    fn replace_last(&mut self, id: &str, msg: &Message, fx: &mut Effects) {
        let key = msg.conv.clone();
        if self.conversation(&key).is_none() {
            return;
        }
        let changed = self.update(&key, |c, _| match c.last_msg.as_mut().filter(|l| l.msg_id == id) {
            Some(last) => {
                *last = msg.clone();
                c.refresh_read_state_of_last();
                true
            }
            None => false,
        });
        if changed == Some(true) {
            fx.touch(&key);
        }
    }

    /// Deletes every message of the conversation; it stays (without a last message).
    pub(super) fn clear_history(&mut self, key: ConvKey, fx: &mut Effects) -> Result<Reply, Failure> {
        self.visible(&key)?;
        self.update(&key, |c, _| {
            c.last_msg = None;
            c.holds_messages = false;
            c.unread = 0;
            c.at_info.clear();
            c.read_seq = c.max_seq;
        });
        fx.touch(&key);
        fx.purged.push(key);
        Ok(Reply::Empty)
    }

    /// Read receipts from C2C peers: the user's messages up to `time` are read by the peer.
    pub(super) fn peer_read(&mut self, reads: Vec<(ConvKey, u64)>, fx: &mut Effects) {
        for (key, time) in reads {
            if self.conversation(&key).is_none_or(|c| c.peer_read_time >= time) {
                continue;
            }
            let last_changed = self
                .update(&key, |c, _| {
                    c.peer_read_time = time;
                    match c
                        .last_msg
                        .as_mut()
                        .filter(|m| m.is_from_self && !m.is_peer_read && m.server_time <= time)
                    {
                        Some(last) => {
                            last.is_peer_read = true;
                            true
                        }
                        None => false,
                    }
                })
                .unwrap_or(false);
            if last_changed {
                fx.touch(&key);
            } else {
                fx.quiet.push(key);
            }
        }
    }

    /// Applies profile / group / receive-option changes to the directory and to conversations.
    pub(super) fn update_info(&mut self, patches: Vec<(ConvKey, InfoPatch)>, fx: &mut Effects) {
        for (key, patch) in patches {
            if !self.infos.entry(key.clone()).or_default().apply(&patch) {
                continue;
            }
            fx.infos.push(key.clone());
            let info = self.infos[&key].clone();
            if self.conversation(&key).is_some() {
                let changed = self
                    .update(&key, |c, _| {
                        let before = (c.show_name.clone(), c.face_url.clone(), c.recv_opt, c.group_type);
                        info.apply_to(c);
                        before != (c.show_name.clone(), c.face_url.clone(), c.recv_opt, c.group_type)
                    })
                    .unwrap_or(false);
                if changed {
                    fx.touch(&key);
                }
            } else if let Some(hidden) = self.convs.get_mut(&key) {
                info.apply_to(hidden);
                self.changed.insert(key.clone());
                fx.quiet.push(key);
            }
        }
    }
}
