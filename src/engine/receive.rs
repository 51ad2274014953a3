//! Messages arriving in conversations: sent by the user or pushed by the server.

use super::{Effects, Engine, Message};

impl Engine {
    /// Messages pushed by the server; online-only ones only reach the listeners.
    pub(super) fn receive(
        &mut self,
        msgs: Vec<Message>,
        now: u64,
        fx: &mut Effects,
    ) -> Vec<Message> {
        let mut out = Vec::with_capacity(msgs.len());
        for msg in msgs {
            let msg = if msg.is_online {
                msg
            } else {
                self.store_message(msg, now, fx)
            };
            fx.received.push(msg.clone());
            out.push(msg);
        }
        out
    }

    /// Adds a message to its conversation (creating it if needed): seq and time assigned when
    /// absent, unread counted, last message replaced, conversation activated.
    pub(super) fn store_message(
        &mut self,
        mut msg: Message,
        now: u64,
        fx: &mut Effects,
    ) -> Message {
        let key = msg.conv.clone();
        self.ensure(&key, fx);
        msg.is_from_self = msg.is_from_self || msg.sender == self.user_id;
        if msg.is_from_self {
            msg.is_read = true;
        }
        if msg.server_time == 0 {
            msg.server_time = now;
        }
        if msg.client_time == 0 {
            msg.client_time = msg.server_time;
        }
        let stored = self
            .update(&key, |conv, clock| {
                if msg.seq == 0 {
                    msg.seq = conv.max_seq + 1;
                }
                conv.max_seq = conv.max_seq.max(msg.seq);
                if msg.seq <= conv.read_seq {
                    msg.is_read = true;
                }
                if !msg.is_read && !msg.excluded_from_unread && !conv.is_avchatroom() {
                    conv.unread += 1;
                }
                let newer = conv
                    .last_msg
                    .as_ref()
                    .is_none_or(|last| msg.timeline_pos() >= last.timeline_pos());
                if !msg.excluded_from_last && newer {
                    conv.last_msg = Some(msg.clone());
                    conv.order_key = clock.next(now);
                }
                msg
            })
            .expect("conversation ensured above");
        fx.touch(&key);
        fx.stored.push(stored.clone());
        stored
    }
}
