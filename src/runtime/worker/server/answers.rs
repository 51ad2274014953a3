//! Calls that waited for the server get their answers: sends (one or a batch), edits, revokes
//! and history pages.

use serde_json::{json, Value};

use super::super::Worker;
use super::state::{PendingBatch, PendingSend, SendReply, Waiting};
use crate::engine::message::status;
use crate::engine::{codes, Command, Message};
use crate::runtime::local::LocalRequest;
use crate::runtime::log::{self, log};
use crate::runtime::Completion;
use crate::transport::{content, Job, Outcome, Target};
use crate::wire::keys;

impl Worker {
    /// A call that waited for the server gets its answer.
    pub(super) fn server_answered(&mut self, ticket: u64, outcome: Outcome) {
        let Some(waiting) = self.server().and_then(|s| s.waiting.remove(&ticket)) else { return };
        match (waiting, outcome) {
            (Waiting::Send(send), outcome) => {
                let result = match outcome {
                    Outcome::Sent { event_id, ts_ms, .. } => Ok((event_id, ts_ms)),
                    Outcome::Failed { code, desc } => Err((code, desc)),
                    other => {
                        Err((codes::ERR_SDK_INTERNAL_ERROR, format!("unexpected server answer: {other:?}")))
                    }
                };
                let user = send.key.id.clone();
                let (code, desc, json) = self.settle_send(&send, result);
                match send.reply {
                    SendReply::Call(completion) => self.reply(completion, code, desc, json),
                    SendReply::Batch { batch, index } => {
                        self.batch_part(batch, index, &user, code, desc, json)
                    }
                }
            }
            (Waiting::Call { pending, completion }, Outcome::Called(result)) => {
                self.call_answered(pending, result, completion)
            }
            (Waiting::Call { pending, completion }, Outcome::Failed { code, desc }) => {
                let _ = pending;
                self.reply(completion, code, desc, String::new())
            }
            (Waiting::Modify { new, completion }, Outcome::Sent { .. }) => {
                self.on_local_data(LocalRequest::Modify(new), completion)
            }
            (Waiting::Revoke { key, msg_id, completion }, Outcome::Redacted) => {
                self.revoke(vec![(key, msg_id)], false, completion)
            }
            (Waiting::History { key, room, query, completion }, Outcome::Backfilled { events, next }) => {
                self.backfilled(key.clone(), &room, events, next);
                self.get_messages_with(key, query, completion, false);
            }
            (Waiting::History { key, query, completion, .. }, Outcome::Failed { code, desc }) => {
                log!(log::level::WARN, "history", "cannot fetch older messages of {key} ({code}): {desc}");
                self.get_messages_with(key, query, completion, false);
            }
            (
                Waiting::Revoke { completion, .. } | Waiting::Modify { completion, .. },
                Outcome::Failed { code, desc },
            ) => self.reply(completion, code, desc, String::new()),
            (
                Waiting::Revoke { completion, .. }
                | Waiting::Modify { completion, .. }
                | Waiting::Call { completion, .. }
                | Waiting::History { completion, .. },
                other,
            ) => {
                let desc = format!("unexpected server answer: {other:?}");
                self.reply(completion, codes::ERR_SDK_INTERNAL_ERROR, desc, String::new());
            }
        }
    }

    /// A send finished: the stored message takes its server identity (or status failed).
    /// Returns what its caller is told: code, description, the message as JSON.
    fn settle_send(
        &mut self,
        send: &PendingSend,
        result: Result<(String, u64), (i32, String)>,
    ) -> (i32, String, String) {
        self.flush();
        let Some(session) = self.session.as_ref() else {
            return (codes::ERR_SDK_NOT_LOGGED_IN, "logged out".into(), String::new());
        };
        let ids = match &result {
            Ok((event_id, _)) => vec![send.txn.clone(), event_id.clone()],
            Err(_) => vec![send.txn.clone()],
        };
        let stored = match session.store().find_messages(&send.key, &ids) {
            Ok(found) => found.into_iter().map(|s| s.msg).next(),
            Err(err) => return (err.code, err.desc, String::new()),
        };
        let Some(mut msg) = stored else {
            // Deleted while it was on its way: nothing left to update.
            let (code, desc) = result.err().unwrap_or((0, String::new()));
            return (code, desc, String::new());
        };
        if msg.msg_id != send.txn {
            // The sync brought it back first and settled it.
            return (0, String::new(), crate::wire::message::message_json(&msg));
        }
        let (code, desc) = match result {
            Ok((event_id, ts_ms)) => {
                msg.unique_id = content::unique_id(&event_id);
                msg.msg_id = event_id;
                msg.server_time = ts_ms / 1000;
                msg.status = status::SEND_SUCC;
                (0, String::new())
            }
            Err((code, desc)) => {
                log!(log::level::WARN, "send", "sending to {} failed ({code}): {desc}", send.key);
                msg.status = status::SEND_FAIL;
                (code, desc)
            }
        };
        match self.run_command(Command::Reidentify { old_id: send.txn.clone(), msg }, None) {
            Ok(json) => (code, desc, json),
            Err(failure) => (failure.code, failure.desc, String::new()),
        }
    }

    /// `TIMMsgBatchSend` with a homeserver: each message is sent as by `TIMMsgSendMessage`; the
    /// callback gets one `MsgBatchSendResult` per message, in order, once all are answered.
    pub(in super::super) fn batch_send_to_server(&mut self, msgs: Vec<Message>, completion: Completion) {
        let Some(server) = self.server() else { return };
        let count = msgs.len();
        let batch =
            server.batch(PendingBatch { completion, results: vec![Value::Null; count], remaining: count });
        for (index, msg) in msgs.into_iter().enumerate() {
            self.send_with_reply(msg, SendReply::Batch { batch, index });
        }
    }

    /// One part of a batch send is answered; the batch's callback runs after the last.
    fn batch_part(&mut self, batch: u64, index: usize, user: &str, code: i32, desc: String, json: String) {
        let Some(server) = self.server() else { return };
        let Some(pending) = server.batches.get_mut(&batch) else { return };
        let mut result = json!({
            keys::kTIMMsgBatchSendResultIdentifier: user,
            keys::kTIMMsgBatchSendResultCode: code,
            keys::kTIMMsgBatchSendResultDesc: desc,
        });
        if let Ok(msg) = serde_json::from_str::<Value>(&json) {
            result[keys::kTIMMsgBatchSendResultMsg] = msg;
        }
        pending.results[index] = result;
        pending.remaining -= 1;
        if pending.remaining == 0 {
            let done = server.batches.remove(&batch).expect("present");
            self.reply(done.completion, 0, "", Value::Array(done.results).to_string());
        }
    }

    /// `TIMMsgModifyMessage` of a message on the server: sent as an edit (`m.replace`); the
    /// local copy changes (with its checks) once the server took it.
    pub(in super::super) fn modify_on_server(&mut self, new: Message, completion: Completion) {
        // What the server must not get (someone else's message, a revoked one, an unknown one)
        // is refused by the local checks.
        self.flush();
        let editable = self.session.as_ref().is_some_and(|s| {
            s.store().find_messages(&new.conv, std::slice::from_ref(&new.msg_id)).is_ok_and(|found| {
                found.first().is_some_and(|m| m.msg.is_from_self && m.msg.status != status::REVOKED)
            })
        });
        let room = self.server().and_then(|s| s.rooms.room_of(&new.conv).map(str::to_owned));
        let Some(room) = room.filter(|_| editable) else {
            return self.on_local_data(LocalRequest::Modify(new), completion);
        };
        let Some(server) = self.server() else { return };
        let name = server.me().1.to_owned();
        let mut content = content::content_of(&new, &name);
        let body = content["body"].as_str().unwrap_or("").to_owned();
        let edit = json!({
            "msgtype": "m.text",
            "body": format!("* {body}"),
            "m.new_content": content.take(),
            "m.relates_to": {"rel_type": "m.replace", "event_id": new.msg_id},
        });
        let txn = crate::runtime::clock::new_message_ids(crate::runtime::clock::now_secs()).1;
        let in_group = new.conv.conv_type == crate::engine::ConvType::Group;
        let ticket = server.wait(Waiting::Modify { new, completion });
        server.transport.submit(Job::Send {
            ticket,
            target: Target::Room(room),
            txn,
            content: edit,
            in_group,
        });
    }
}
