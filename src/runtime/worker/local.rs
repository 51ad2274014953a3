//! Local requests beyond the conversation list (`runtime::local`): connection-state events,
//! message lookups and local edits, batch sends, read receipts and directory reads. Each one
//! that reads the store first commits the pending batch.

use std::os::raw::{c_char, c_int, c_void};
use std::panic::{catch_unwind, AssertUnwindSafe};

use serde_json::{json, Value};

use crate::engine::{codes, Command, ConvInfo, ConvKey, ConvType, Conversation, Effects, Failure, Message};
use crate::runtime::clock::now_secs;
use crate::runtime::completion::c_string;
use crate::runtime::delivery::{self, Delivery};
use crate::runtime::feature_listeners;
use crate::runtime::local::{ForcedLogout, LocalRequest, Locator};
use crate::runtime::log::{self, log};
use crate::runtime::{login_status, set_login, Completion};
use crate::wire::{keys, message as msg_wire};

use super::Worker;

type NetworkStatusFn = unsafe extern "C" fn(c_int, i32, *const c_char, *const c_void);
type PlainFn = unsafe extern "C" fn(*const c_void);

impl Worker {
    pub(super) fn local(&mut self, request: LocalRequest, completion: Completion) {
        match request {
            LocalRequest::NetworkStatus { status, code, desc } => {
                log!(log::level::INFO, "network", "status {status} ({code} {desc})");
                if let Some(l) = feature_listeners::get("TIMSetNetworkStatusListenerCallback") {
                    self.out.push(Delivery::Listener(Box::new(move || {
                        let l = l; // captured whole: `Registered` is Send, its fields are not
                                   // SAFETY: registered by the app with this signature; `desc` lives
                                   // until the call returns.
                        let f: NetworkStatusFn = unsafe { std::mem::transmute(l.function) };
                        let desc = c_string(&desc);
                        unsafe { f(status, code, desc.as_ptr(), l.user_data) };
                    })));
                }
                self.reply(completion, 0, "", String::new());
            }
            LocalRequest::ForcedLogout(why) => self.forced_logout(why, completion),
            LocalRequest::BatchSend(msgs) if self.server().is_some() => {
                self.batch_send_to_server(msgs, completion)
            }
            LocalRequest::Modify(new) if self.server().is_some() && new.msg_id.starts_with('$') => {
                self.modify_on_server(new, completion)
            }
            other => self.on_local_data(other, completion),
        }
    }

    /// A request on the logged-in user's local data, answered from it (after the pending
    /// batch is committed).
    pub(super) fn on_local_data(&mut self, request: LocalRequest, completion: Completion) {
        if self.session.is_none() {
            let desc = "not logged in: call TIMLogin first";
            return self.reply(completion, codes::ERR_SDK_NOT_LOGGED_IN, desc, String::new());
        }
        self.flush();
        if self.session.is_none() {
            let desc = "not logged in: the last commit failed";
            return self.reply(completion, codes::ERR_SDK_NOT_LOGGED_IN, desc, String::new());
        }
        match self.logged_in(request) {
            Ok(json) => self.reply(completion, 0, "", json),
            Err((failure, json)) => self.reply(completion, failure.code, failure.desc, json),
        }
    }

    /// Kicked offline or signature expired: the session closes (as a logout), then the
    /// listener runs. 6014 if nobody is logged in.
    fn forced_logout(&mut self, why: ForcedLogout, completion: Completion) {
        if self.session.is_none() {
            return self.reply(completion, codes::ERR_SDK_NOT_LOGGED_IN, "not logged in", String::new());
        }
        self.flush();
        self.finish_check();
        self.close_session();
        set_login(login_status::UNLOGINED, Some(""));
        let setter = match why {
            ForcedLogout::KickedOffline => "TIMSetKickedOfflineCallback",
            ForcedLogout::UserSigExpired => "TIMSetUserSigExpiredCallback",
        };
        log!(log::level::WARN, "login", "logged out by the server: {why:?}");
        if let Some(l) = feature_listeners::get(setter) {
            self.out.push(Delivery::Listener(Box::new(move || {
                let l = l; // captured whole: `Registered` is Send, its fields are not
                           // SAFETY: registered by the app with this signature.
                let f: PlainFn = unsafe { std::mem::transmute(l.function) };
                unsafe { f(l.user_data) };
            })));
        }
        self.reply(completion, 0, "", String::new());
    }

    /// Requests that need the user's store (already committed). `Err` carries the failure
    /// and the JSON its callback still gets.
    fn logged_in(&mut self, request: LocalRequest) -> Result<String, (Failure, String)> {
        let plain = |f: Failure| (f, String::new());
        match request {
            LocalRequest::FindMessages(ids) => {
                let found = self.store_read(|w| w.session().store().find_messages_anywhere(&ids))?;
                let msgs: Vec<Message> = found.into_iter().map(|s| self.with_read_state(s.msg)).collect();
                Ok(msg_wire::messages_json(&msgs))
            }
            LocalRequest::FindByLocators { key, locators } => {
                let msgs = self.by_locators(&key, &locators)?;
                Ok(msg_wire::messages_json(&msgs))
            }
            LocalRequest::SetLocalCustomData { key, msg_id, custom_str, custom_int } => {
                let mut msg = self.stored_message(&key, &msg_id)?;
                let mut payload: serde_json::Map<String, Value> =
                    serde_json::from_str(msg.payload.as_str()).unwrap_or_default();
                if let Some(s) = custom_str {
                    payload.insert(keys::kTIMMsgCustomStr.into(), s.into());
                }
                if let Some(i) = custom_int {
                    payload.insert(keys::kTIMMsgCustomInt.into(), i.into());
                }
                msg.payload = msg_wire::payload_of(&payload);
                self.apply_for_json(Command::Rewrite(vec![msg]), None).map_err(plain)?;
                Ok(String::new())
            }
            LocalRequest::Modify(new) => self.modify(new),
            LocalRequest::BatchSend(msgs) => Ok(self.batch_send(msgs)),
            LocalRequest::CancelSend { key, msg_id } => {
                // Sending completes within the call here: a stored message is already sent.
                let exists = self.stored_message(&key, &msg_id).is_ok();
                let desc = if exists { "the message was already sent" } else { "no such message" };
                Err(plain(Failure::new(codes::ERR_SDK_INVALID_CANCEL_MESSAGE, desc)))
            }
            LocalRequest::SendReceipts(refs) => self.send_receipts(refs),
            LocalRequest::GetReceipts(refs) => self.get_receipts(refs),
            LocalRequest::UserProfiles(users) => {
                let dir = self.store_read(|w| w.session().store().directory())?;
                let profiles: Vec<Value> = users
                    .iter()
                    .map(|u| {
                        let key = ConvKey::c2c(u.clone());
                        let info =
                            dir.iter().find(|(k, _)| *k == key).map(|(_, i)| i.clone()).unwrap_or_default();
                        user_profile(u, &info)
                    })
                    .collect();
                Ok(Value::Array(profiles).to_string())
            }
            LocalRequest::JoinedGroups => {
                let dir = self.store_read(|w| w.session().store().directory())?;
                let groups: Vec<Value> = dir
                    .iter()
                    .filter(|(k, _)| k.conv_type == ConvType::Group)
                    .map(|(k, info)| self.group_base_info(k, info))
                    .collect();
                Ok(Value::Array(groups).to_string())
            }
            LocalRequest::GroupInfos(ids) => {
                let dir = self.store_read(|w| w.session().store().directory())?;
                let results: Vec<Value> = ids
                    .iter()
                    .map(|id| {
                        let key = ConvKey::group(id.clone());
                        match dir.iter().find(|(k, _)| *k == key) {
                            Some((k, info)) => json!({
                                keys::kTIMGetGroupInfoResultCode: 0,
                                keys::kTIMGetGroupInfoResultDesc: "",
                                keys::kTIMGetGroupInfoResultInfo: self.group_detail_info(k, info),
                            }),
                            None => json!({
                                keys::kTIMGetGroupInfoResultCode: codes::ERR_SVR_GROUP_NOT_FOUND,
                                keys::kTIMGetGroupInfoResultDesc: format!("group {id} is not known"),
                                keys::kTIMGetGroupInfoResultInfo: {},
                            }),
                        }
                    })
                    .collect();
                Ok(Value::Array(results).to_string())
            }
            LocalRequest::NetworkStatus { .. } | LocalRequest::ForcedLogout(_) => {
                unreachable!("handled above")
            }
        }
    }

    pub(super) fn session(&self) -> &crate::runtime::session::Session {
        self.session.as_ref().expect("checked by the caller")
    }

    fn store_read<T>(
        &self,
        read: impl FnOnce(&Worker) -> Result<T, crate::store::StoreError>,
    ) -> Result<T, (Failure, String)> {
        read(self).map_err(|e| (Failure::new(e.code, e.desc), String::new()))
    }

    /// The stored message `msg_id` of `key`; 7011 if there is none.
    fn stored_message(&self, key: &ConvKey, msg_id: &str) -> Result<Message, (Failure, String)> {
        let found = self.store_read(|w| w.session().store().find_messages(key, &[msg_id.to_owned()]))?;
        found.into_iter().next().map(|s| s.msg).ok_or_else(|| {
            (
                Failure::new(codes::ERR_SDK_COMM_DATABASE_NOTFOUND, format!("no message {msg_id} in {key}")),
                String::new(),
            )
        })
    }

    /// A stored message with its conversation's read state as of now.
    fn with_read_state(&self, mut m: Message) -> Message {
        if let Some(conv) = self.session().engine.stored_conversation(&m.conv) {
            read_state(&mut m, &conv);
        }
        m
    }

    fn by_locators(&self, key: &ConvKey, locators: &[Locator]) -> Result<Vec<Message>, (Failure, String)> {
        let mut out = Vec::new();
        for l in locators {
            let candidates = self.store_read(|w| w.session().store().messages_at(key, l.seq, l.time))?;
            if let Some(m) = candidates.into_iter().find(|m| l.matches(m)) {
                out.push(self.with_read_state(m));
            }
        }
        Ok(out)
    }

    /// `TIMMsgModifyMessage`: the user's own stored message gets the new content
    /// (`message_elem_array`, `message_cloud_custom_str`, …); everything the server assigned and
    /// the local custom fields stay. The message-update listener and the callback get it.
    fn modify(&mut self, new: Message) -> Result<String, (Failure, String)> {
        let stored = self.stored_message(&new.conv, &new.msg_id)?;
        if !stored.is_from_self || stored.status == crate::engine::message::status::REVOKED {
            let desc = if stored.is_from_self {
                "a revoked message cannot be modified"
            } else {
                "only your own messages can be modified"
            };
            let current = msg_wire::message_json(&self.with_read_state(stored));
            return Err((Failure::new(codes::ERR_SDK_INVALID_OPERATION, desc), current));
        }
        let mut fields: serde_json::Map<String, Value> =
            serde_json::from_str(new.payload.as_str()).unwrap_or_default();
        let old: serde_json::Map<String, Value> =
            serde_json::from_str(stored.payload.as_str()).unwrap_or_default();
        for local in [keys::kTIMMsgCustomStr, keys::kTIMMsgCustomInt] {
            if let Some(v) = old.get(local) {
                fields.insert(local.into(), v.clone());
            }
        }
        let changed = Message { payload: msg_wire::payload_of(&fields), at_users: new.at_users, ..stored };
        let json = msg_wire::message_json(&self.with_read_state(changed.clone()));
        let listener = Delivery::MessagesUpdated(format!("[{json}]"));
        self.apply_for_json(Command::Rewrite(vec![changed]), Some(listener))
            .map_err(|f| (f, String::new()))?;
        Ok(json)
    }

    /// One send per message; each user's result as `MsgBatchSendResult`.
    fn batch_send(&mut self, msgs: Vec<Message>) -> String {
        let mut results = Vec::with_capacity(msgs.len());
        for msg in msgs {
            let user = msg.conv.id.clone();
            let result = match self.apply_for_json(Command::Send(msg), None) {
                Ok(sent) => json!({
                    keys::kTIMMsgBatchSendResultIdentifier: user,
                    keys::kTIMMsgBatchSendResultCode: 0,
                    keys::kTIMMsgBatchSendResultDesc: "",
                    keys::kTIMMsgBatchSendResultMsg: serde_json::from_str::<Value>(&sent).unwrap_or_default(),
                }),
                Err(f) => json!({
                    keys::kTIMMsgBatchSendResultIdentifier: user,
                    keys::kTIMMsgBatchSendResultCode: f.code,
                    keys::kTIMMsgBatchSendResultDesc: f.desc,
                }),
            };
            results.push(result);
        }
        Value::Array(results).to_string()
    }

    /// Marks received messages as having had their read receipt sent (`message_has_sent_receipt`);
    /// unread counts do not change (as the SDK). The user's own messages are 7014, unknown ones
    /// 7011.
    fn send_receipts(&mut self, refs: Vec<(ConvKey, String)>) -> Result<String, (Failure, String)> {
        let mut changed = Vec::with_capacity(refs.len());
        for (key, id) in refs {
            let msg = self.stored_message(&key, &id)?;
            if msg.is_from_self {
                let desc = "read receipts are sent for messages of others";
                return Err((Failure::new(codes::ERR_SDK_INVALID_OPERATION, desc), String::new()));
            }
            let mut fields: serde_json::Map<String, Value> =
                serde_json::from_str(msg.payload.as_str()).unwrap_or_default();
            if fields.get(keys::kTIMMsgHasSentReceipt) == Some(&Value::Bool(true)) {
                continue;
            }
            fields.insert(keys::kTIMMsgHasSentReceipt.into(), true.into());
            changed.push(Message { payload: msg_wire::payload_of(&fields), ..msg });
        }
        self.apply_for_json(Command::Rewrite(changed), None).map_err(|f| (f, String::new()))?;
        Ok(String::new())
    }

    /// MessageReceipt objects from what is stored: C2C messages are peer-read once the peer
    /// read up to them (`msg_receipt_is_peer_read`, `msg_receipt_time_stamp` = the peer's read
    /// time); group counts are those the server feed stored on the message (else 0).
    fn get_receipts(&mut self, refs: Vec<(ConvKey, String)>) -> Result<String, (Failure, String)> {
        let mut out = Vec::with_capacity(refs.len());
        for (key, id) in refs {
            let msg = self.with_read_state(self.stored_message(&key, &id)?);
            let fields: serde_json::Map<String, Value> =
                serde_json::from_str(msg.payload.as_str()).unwrap_or_default();
            let count = |k: &str| fields.get(k).and_then(Value::as_u64).unwrap_or(0);
            let receipt_read = fields.get(keys::kTIMMsgReceiptPeerRead) == Some(&Value::Bool(true));
            let peer_time = self.session().engine.stored_conversation(&key).map_or(0, |c| c.peer_read_time);
            out.push(json!({
                keys::kTIMMsgReceiptConvId: key.id,
                keys::kTIMMsgReceiptConvType: key.conv_type.code(),
                keys::kTIMMsgReceiptMsgId: msg.msg_id,
                keys::kTIMMsgReceiptTimeStamp: if key.conv_type == ConvType::C2C { peer_time } else { 0 },
                keys::kTIMMsgReceiptIsPeerRead: msg.is_peer_read || receipt_read,
                keys::kTIMMsgReceiptReadCount: count(keys::kTIMMsgGroupReceiptReadCount),
                keys::kTIMMsgReceiptUnreadCount: count(keys::kTIMMsgGroupReceiptUnreadCount),
            }));
        }
        Ok(Value::Array(out).to_string())
    }

    pub(super) fn group_base_info(&self, key: &ConvKey, info: &ConvInfo) -> Value {
        let conv = self.session().engine.stored_conversation(key);
        json!({
            keys::kTIMGroupBaseInfoGroupId: key.id,
            keys::kTIMGroupBaseInfoGroupName: info.name,
            keys::kTIMGroupBaseInfoGroupType: info.group_type,
            keys::kTIMGroupBaseInfoFaceUrl: info.face_url,
            keys::kTIMGroupBaseInfoInfoSeq: 0,
            keys::kTIMGroupBaseInfoLatestSeq: conv.as_ref().map_or(0, |c| c.max_seq),
            keys::kTIMGroupBaseInfoReadedSeq: conv.as_ref().map_or(0, |c| c.read_seq),
            keys::kTIMGroupBaseInfoMsgFlag: info.recv_opt,
            keys::kTIMGroupBaseInfoIsShutupAll: false,
        })
    }

    fn group_detail_info(&self, key: &ConvKey, info: &ConvInfo) -> Value {
        let conv = self.session().engine.stored_conversation(key);
        json!({
            keys::kTIMGroupDetailInfoGroupId: key.id,
            keys::kTIMGroupDetailInfoGroupType: info.group_type,
            keys::kTIMGroupDetailInfoGroupName: info.name,
            keys::kTIMGroupDetailInfoFaceUrl: info.face_url,
            keys::kTIMGroupDetailInfoNextMsgSeq: conv.as_ref().map_or(0, |c| c.max_seq + 1),
            keys::kTIMGroupDetailInfoLastMsgTime: conv.as_ref().and_then(|c| c.last_msg.as_ref()).map_or(0, |m| m.server_time),
            keys::kTIMGroupBaseInfoMsgFlag: info.recv_opt,
        })
    }

    /// Applies an engine command as `apply_with` does, returning its rendered reply instead of
    /// replying (`extra` is delivered with its events). A panic fails only this command.
    fn apply_for_json(&mut self, cmd: Command, extra: Option<Delivery>) -> Result<String, Failure> {
        let Some(session) = self.session.as_mut() else {
            return Err(Failure::new(codes::ERR_SDK_NOT_LOGGED_IN, "not logged in"));
        };
        let mut fx = Effects::default();
        let engine = &mut session.engine;
        match catch_unwind(AssertUnwindSafe(|| engine.apply(cmd, now_secs(), &mut fx))) {
            Ok(Ok(reply)) => {
                let json = delivery::render_reply(engine, reply);
                delivery::effect_deliveries(engine, &fx, &json, &mut self.out);
                self.batch.absorb(fx);
                self.notify_totals();
                self.out.extend(extra);
                Ok(json)
            }
            Ok(Err(failure)) => Err(failure),
            Err(_) => {
                self.flush();
                self.reload();
                Err(Failure::new(codes::ERR_SDK_INTERNAL_ERROR, "internal error while handling the request"))
            }
        }
    }
}

/// A stored message's read flags from its conversation's state now.
fn read_state(m: &mut Message, conv: &Conversation) {
    m.is_read |= m.seq <= conv.read_seq;
    m.is_peer_read |=
        conv.key.conv_type == ConvType::C2C && m.is_from_self && m.server_time <= conv.peer_read_time;
}

/// A UserProfile from what the directory knows (unknown fields empty).
pub(super) fn user_profile(user: &str, info: &ConvInfo) -> Value {
    json!({
        keys::kTIMUserProfileIdentifier: user,
        keys::kTIMUserProfileNickName: info.name,
        keys::kTIMUserProfileFaceUrl: info.face_url,
        keys::kTIMUserProfileFriendRemark: info.remark,
        keys::kTIMUserProfileGender: 0,
        keys::kTIMUserProfileSelfSignature: "",
        keys::kTIMUserProfileAddPermission: 0,
        keys::kTIMUserProfileLocation: "",
        keys::kTIMUserProfileLanguage: 0,
        keys::kTIMUserProfileBirthDay: 0,
        keys::kTIMUserProfileLevel: 0,
        keys::kTIMUserProfileRole: 0,
        keys::kTIMUserProfileCustomStringArray: [],
    })
}
