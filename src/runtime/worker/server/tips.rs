//! What rooms' membership and state events mean for groups: group tips, stored as group-tips
//! messages (`kTIMElem_GroupTips`, not counted as unread) and told to the group tips listener;
//! departures (quit, removed, dismissed) with the SDK's group reports; and which invitations
//! are accepted.

use std::os::raw::{c_char, c_void};

use serde_json::{json, Value};

use super::super::Worker;
use super::group_json::{self, report, TipContext};
use crate::engine::message::status;
use crate::engine::{Arrival, ConvKey, ConvType, Message, MessageIdentity};
use crate::runtime::completion::c_string;
use crate::runtime::delivery::Delivery;
use crate::runtime::feature_listeners;
use crate::runtime::log::{self, log};
use crate::runtime::Completion;
use crate::transport::content;
use crate::transport::group_state::{group_type, DISMISS_REASON};
use crate::transport::inbound::{Invite, LeftRoom, RoomFacts};
use crate::transport::tips::{tips_of, Tip};
use crate::transport::{ids, Event, OutItem};
use crate::wire::keys;
use crate::wire::message::MessageJson;

type TipsFn = unsafe extern "C" fn(*const c_char, *const c_void);

/// What tips of one room show of the group.
pub struct TipSource {
    pub name: String,
    pub member_num: u64,
}

impl Worker {
    /// The tips of a group's events, as messages (in event order) and listener JSON.
    pub(super) fn tip_messages(
        &mut self,
        key: &ConvKey,
        e: &Event,
        src: &TipSource,
    ) -> Vec<(Message, String)> {
        if key.conv_type != ConvType::Group {
            return Vec::new();
        }
        let Some(server) = self.server() else { return Vec::new() };
        let name = server.me().1.to_owned();
        let user = |m: &str| ids::user_id(m, &name).unwrap_or_else(|| m.to_owned());
        let cx = TipContext {
            group_id: &key.id,
            group_name: &src.name,
            member_num: src.member_num,
            time: e.origin_server_ts / 1000,
        };
        tips_of(e)
            .iter()
            .enumerate()
            .map(|(n, tip)| {
                let elem = group_json::tip_elem(tip, &cx, user);
                let msg_id = if n == 0 { e.event_id.clone() } else { format!("{}/{n}", e.event_id) };
                (tip_message(key, tip, &elem, &msg_id, e.origin_server_ts, user), elem.to_string())
            })
            .collect()
    }

    /// The group tips listener gets each tip, in order.
    pub(super) fn tell_tips(&mut self, tips: Vec<String>) {
        let Some(l) = feature_listeners::get("TIMSetGroupTipsEventCallback") else { return };
        for json in tips {
            self.out.push(Delivery::Listener(Box::new(move || {
                let l = l; // captured whole: `Registered` is Send, its fields are not
                           // SAFETY: registered by the app with this signature; `json` lives until the call returns.
                let f: TipsFn = unsafe { std::mem::transmute(l.function) };
                let json = c_string(&json);
                unsafe { f(json.as_ptr(), l.user_data) };
            })));
        }
    }

    /// A room the user left. For a group: dismissed, its conversation goes; otherwise what
    /// happened up to the departure is stored (the tip of one's own quit or removal last). The
    /// new-message listener gets the SDK's group report (dismissed, removed, quit).
    pub(super) fn apply_left(&mut self, room: LeftRoom) {
        let Some(server) = self.server() else { return };
        let Some(key) = server.rooms.get(&room.room_id).map(|r| r.key.clone()) else { return };
        if key.conv_type != ConvType::Group {
            return;
        }
        let me = server.me().0.to_owned();
        let name = server.me().1.to_owned();
        let facts = RoomFacts::read(room.state.iter().chain(room.timeline.iter()));
        let departure = room
            .timeline
            .iter()
            .rev()
            .find(|e| e.is_state("m.room.member") && e.state_key.as_deref() == Some(&me));
        let reason = departure.and_then(|e| e.content_str("reason")).unwrap_or("");
        let dismissed = facts.dismissed || reason == DISMISS_REASON;
        let group_name = facts
            .name
            .clone()
            .or_else(|| {
                self.session
                    .as_ref()
                    .and_then(|s| s.engine.peek(&key).ok().flatten().map(|c| c.show_name.clone()))
            })
            .unwrap_or_default();
        let op = departure.map_or(me.clone(), |e| e.sender.clone());
        let report_type = if dismissed {
            report::DELETE
        } else if op == me {
            report::QUIT
        } else {
            report::BE_KICKED
        };
        if dismissed {
            self.forget_group(&key);
        } else {
            let src = TipSource { name: group_name.clone(), member_num: 0 };
            self.timeline(&key, &room.timeline, 0, &src, None);
        }
        let (event_id, time) =
            departure.map_or((String::new(), 0), |e| (e.event_id.clone(), e.origin_server_ts / 1000));
        let op_id = ids::user_id(&op, &name).unwrap_or(op);
        let report =
            group_json::report_message(report_type, &key.id, &group_name, &op_id, reason, (&event_id, time));
        log!(log::level::INFO, "groups", "left group {} (report {report_type})", key.id);
        self.out.push(Delivery::NewMessages(Value::Array(vec![report]).to_string()));
    }

    /// Accepts an invitation, except into a live-broadcast group (AVChatRoom), which members
    /// join by its ID as with the SDK. A direct one is recorded as the inviter's conversation.
    pub(super) fn accept_invite(&mut self, invite: Invite) {
        let Some(server) = self.server() else { return };
        if matches!(invite.group_type, Some(group_type::AVCHATROOM | 3)) && !invite.is_direct {
            log!(log::level::INFO, "groups", "invitation to live group {} not accepted", invite.room_id);
            return;
        }
        if server.rooms.get(&invite.room_id).is_none() && invite.is_direct {
            if let Some(user) = server.user_id(&invite.inviter) {
                self.record_room(&invite.room_id, ConvKey::c2c(user), None);
                self.add_direct(&invite.inviter, &invite.room_id);
            }
        }
        self.queue_for_server(OutItem::Join { room: invite.room_id });
    }

    /// Stores tip messages read from history (no listener calls).
    pub(super) fn history_tips(
        &mut self,
        key: &ConvKey,
        events: &[Event],
    ) -> Vec<(Message, Option<MessageIdentity>)> {
        let src = TipSource { name: String::new(), member_num: 0 };
        events
            .iter()
            .flat_map(|e| self.tip_messages(key, e, &src))
            .map(|(m, _)| {
                let identity = MessageIdentity::Id(m.msg_id.clone());
                (m, Some(identity))
            })
            .collect()
    }

    /// Ingests received messages of `key` (tips among them) and then tells the tips listener
    /// of the tips not stored before (an answer applied again tells nothing twice).
    pub(super) fn ingest_with_tips(
        &mut self,
        key: &ConvKey,
        msgs: Vec<Message>,
        tips: Vec<(String, String)>,
    ) {
        let ids: Vec<String> = tips.iter().map(|(id, _)| id.clone()).collect();
        let known: Vec<String> = match self.session.as_ref().filter(|_| !ids.is_empty()) {
            Some(s) => {
                s.store().find_messages(key, &ids).map(|f| f.into_iter().map(|m| m.msg.msg_id).collect())
            }
            None => Ok(Vec::new()),
        }
        .unwrap_or_default();
        let tips: Vec<String> =
            tips.into_iter().filter(|(id, _)| !known.contains(id)).map(|(_, json)| json).collect();
        if !msgs.is_empty() {
            let msgs = msgs
                .into_iter()
                .map(|m| {
                    let identity = MessageIdentity::Id(m.msg_id.clone());
                    (m, Some(identity))
                })
                .collect();
            self.ingest(msgs, Arrival::Received, Completion::none());
        }
        self.tell_tips(tips);
    }
}

/// A group-tips message: sent by whoever did it, not counted as unread.
fn tip_message(
    key: &ConvKey,
    tip: &Tip,
    elem: &Value,
    msg_id: &str,
    ts_ms: u64,
    user: impl Fn(&str) -> String,
) -> Message {
    let mut json = MessageJson {
        message_conv_id: key.id.clone(),
        message_conv_type: 2,
        message_sender: user(&tip.op),
        message_server_time: ts_ms / 1000,
        message_client_time: ts_ms / 1000,
        message_msg_id: msg_id.to_owned(),
        message_unique_id: content::unique_id(msg_id),
        message_status: status::SEND_SUCC,
        message_is_excluded_from_unread_count: true,
        ..MessageJson::default()
    };
    json.message_rand = json.message_unique_id & 0xffff_ffff;
    json.rest.insert(keys::kTIMMsgElemArray.into(), json!([elem]));
    json.into_message(key.clone())
}
