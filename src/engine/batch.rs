//! Operations on a `conversation_id_array`: delete, custom data, marks.

use super::{check_batch, ConvRef, Effects, Engine, Failure, Reply};

/// Longest `conv_custom_data`, in bytes.
pub const MAX_CUSTOM_DATA_BYTES: usize = 256;

impl Engine {
    /// Deletes each conversation. With `clear_messages` its messages go too; without, it is
    /// hidden and a later message brings it back, fresh, after its old history.
    pub(super) fn delete_list(
        &mut self,
        convs: Vec<ConvRef>,
        clear_messages: bool,
        fx: &mut Effects,
    ) -> Result<Reply, Failure> {
        check_batch(&convs)?;
        let results = self.for_each_ref(&convs, fx, |engine, key, fx| {
            let conv = if clear_messages {
                fx.purged.push(key.clone());
                engine.remove(key).expect("visible")
            } else {
                let before = engine.conversation(key).expect("visible").clone();
                // Fresh, but what the server says about the peer or group (name, receive
                // option, group type) still holds.
                let info = engine.infos.get(key).cloned();
                engine.update(key, |c, _| {
                    let (max_seq, read_seq) = (c.max_seq, c.max_seq);
                    *c = super::Conversation {
                        max_seq,
                        read_seq,
                        hidden: true,
                        ..super::Conversation::new(key.clone())
                    };
                    if let Some(info) = &info {
                        info.apply_to(c);
                    }
                });
                before
            };
            fx.delete(conv);
            false
        });
        Ok(Reply::Results(results))
    }

    /// Sets `conv_custom_data` on each conversation.
    pub(super) fn set_custom_data(
        &mut self,
        convs: Vec<ConvRef>,
        data: String,
        fx: &mut Effects,
    ) -> Result<Reply, Failure> {
        check_batch(&convs)?;
        let results = self.for_each_ref(&convs, fx, |engine, key, _| {
            engine
                .update(key, |c, _| std::mem::replace(&mut c.custom_data, data.clone()) != data)
                .expect("visible")
        });
        Ok(Reply::Results(results))
    }

    /// Sets or clears mark bits on each conversation.
    pub(super) fn mark(
        &mut self,
        convs: Vec<ConvRef>,
        bits: u64,
        enable: bool,
        fx: &mut Effects,
    ) -> Result<Reply, Failure> {
        check_batch(&convs)?;
        let results = self.for_each_ref(&convs, fx, |engine, key, _| {
            engine
                .update(key, |c, _| {
                    let before = c.marks;
                    c.marks = if enable { c.marks | bits } else { c.marks & !bits };
                    c.marks != before
                })
                .expect("visible")
        });
        Ok(Reply::Results(results))
    }
}
