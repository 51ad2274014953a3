//! Messages arriving in conversations: sent, pushed by the server, imported or saved.

use super::conversation::{recv_opt, GroupAt};
use super::message::status;
use super::{Arrival, ConvKey, ConvType, Effects, Engine, Message};

impl Engine {
    /// Messages pushed by the server. Online-only ones only reach the listeners; conversations
    /// set to not receive drop them (except @s of the user, for Not_Receive_Except_At).
    pub(super) fn receive(&mut self, msgs: Vec<Message>, now: u64, fx: &mut Effects) -> Vec<Message> {
        let mut out = Vec::with_capacity(msgs.len());
        for msg in msgs {
            if self.drops(&msg) {
                continue;
            }
            let msg = if msg.is_online { msg } else { self.store_message(msg, Arrival::Received, now, fx) };
            fx.received += 1;
            out.push(msg);
        }
        out
    }

    /// Whether the user's receive option for the message's conversation drops it.
    pub fn drops(&self, msg: &Message) -> bool {
        let opt = self
            .convs
            .get(&msg.conv)
            .map(|c| c.recv_opt)
            .or_else(|| self.infos.get(&msg.conv).map(|i| i.recv_opt))
            .unwrap_or(recv_opt::RECEIVE);
        match opt {
            recv_opt::NOT_RECEIVE => true,
            recv_opt::NOT_RECEIVE_EXCEPT_AT => msg.at_type_for(&self.user_id).is_none(),
            _ => false,
        }
    }

    /// Adds a message to its conversation (creating it if needed): seq and time assigned when
    /// absent, unread and @ counted for received messages, last message replaced, conversation
    /// activated. AVChatRoom messages are not kept in history.
    pub(super) fn store_message(
        &mut self,
        mut msg: Message,
        arrival: Arrival,
        now: u64,
        fx: &mut Effects,
    ) -> Message {
        let key = msg.conv.clone();
        self.ensure(&key, fx);
        match arrival {
            Arrival::Sent => {
                msg.sender = self.user_id.clone();
                msg.is_from_self = true;
            }
            Arrival::Imported => msg.status = status::LOCAL_IMPORTED,
            Arrival::Received | Arrival::Saved | Arrival::History => {}
        }
        // A message the app stores without a sender is the user's own.
        if arrival != Arrival::Received && msg.sender.is_empty() {
            msg.sender = self.user_id.clone();
        }
        msg.is_from_self = msg.is_from_self || msg.sender == self.user_id;
        if msg.is_from_self || arrival != Arrival::Received {
            msg.is_read = true;
        }
        if msg.server_time == 0 {
            msg.server_time = now;
        }
        if msg.client_time == 0 {
            msg.client_time = msg.server_time;
        }
        let at = (key.conv_type == ConvType::Group && !msg.is_read)
            .then(|| msg.at_type_for(&self.user_id))
            .flatten();
        let (stored, keep) = self
            .update(&key, |conv, clock| {
                if msg.seq == 0 {
                    // Capped where the store's integers end (seqs from outside are at most this).
                    msg.seq = (conv.max_seq + 1).min(i64::MAX as u64);
                }
                conv.max_seq = conv.max_seq.max(msg.seq);
                // Read already: at or below the read seq, or (C2C, whose read state is a time)
                // sent before the read timestamp. Same-second arrivals stay unread.
                if msg.seq <= conv.read_seq
                    || (conv.key.conv_type == ConvType::C2C && msg.server_time < conv.c2c_read_timestamp)
                {
                    msg.is_read = true;
                }
                if !msg.is_read && !msg.excluded_from_unread && !conv.is_avchatroom() {
                    conv.unread += 1;
                }
                if let (Some(at_type), false, false) = (at, msg.is_read, conv.is_avchatroom()) {
                    conv.at_info.push(GroupAt { seq: msg.seq, at_type });
                }
                let newer =
                    conv.last_msg.as_ref().is_none_or(|last| msg.timeline_pos() >= last.timeline_pos());
                if !msg.excluded_from_last && newer {
                    conv.last_msg = Some(msg.clone());
                    conv.order_key = clock.next(now);
                } else if conv.order_key == 0 {
                    // A message excluded from the last message still belongs to the
                    // conversation: it shows up (without a last message) but never moves.
                    conv.order_key = clock.next(now);
                }
                let keep = !conv.is_avchatroom();
                conv.holds_messages |= keep;
                (msg, keep)
            })
            .expect("conversation ensured above");
        fx.touch(&key);
        if keep {
            fx.stored.push(stored.clone());
        }
        stored
    }

    /// Whether `key` is an AVChatRoom (whose messages are not kept).
    /// (Also before its conversation exists, from what the server said about the group.)
    pub fn is_avchatroom(&self, key: &ConvKey) -> bool {
        match self.convs.get(key) {
            Some(c) => c.is_avchatroom(),
            None => {
                key.conv_type == ConvType::Group
                    && self
                        .infos
                        .get(key)
                        .is_some_and(|i| i.group_type == super::conversation::GROUP_TYPE_AVCHATROOM)
            }
        }
    }
}
