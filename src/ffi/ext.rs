//! `TIMExtension.h`: what a server would push, fed in by the app's own backend layer or tests.
#![allow(non_snake_case)]

use std::os::raw::{c_char, c_int, c_void};

use super::defs::TIMCommCallback;
use super::json_objects_arg;
use super::{boundary, clean_scope_arg, read_limit, result, submit, try_arg, NetworkStatusArg};
use crate::engine::{ids, Arrival, Command, Message, MessageIdentity};
use crate::engine::{ConvKey, ConvType, InfoPatch};
use crate::runtime::local::{ForcedLogout, LocalRequest};
use crate::runtime::{self, clock, Completion, Request};
use crate::wire::message::{check_elems, MessageJson};
use crate::wire::params::{GroupInfoPatch, ReceiptParam, UserProfilePatch};
use crate::wire::Invalid;

/// Delivers messages pushed by the server to the logged-in user, exactly as the SDK handles a
/// push: conversations are created (Add) or updated (Update); unread grows by one per message
/// not from the user, not online-only and not `message_is_excluded_from_unread_count`; the last
/// message is replaced unless `message_excluded_from_last_message`; the new-message listeners
/// get the array. Online-only messages (`message_is_online_msg`) reach the listeners only.
///
/// `json_msg_array` is a JSON array of Message, each with `message_conv_id` (bare),
/// `message_conv_type` (1 or 2), `message_sender` and `message_elem_array`; seq, server time and
/// IDs are assigned when absent. Nothing is applied if any message is invalid (`TIM_ERR_PARAM`).
/// Pushing a message again changes nothing: one with the `message_msg_id` of a stored message
/// of its conversation (or, without an ID, its `message_seq`) is skipped, as the SDK
/// de-duplicates the server's at-least-once delivery.
/// Callback JSON: the stored messages (repeats left out).
#[no_mangle]
pub extern "C" fn TIMExtReceiveMessages(
    json_msg_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let msgs: Vec<MessageJson> = try_arg!(unsafe { json_objects_arg(json_msg_array, "json_msg_array") });
        let now = clock::now_secs();
        let msgs = try_arg!(msgs.into_iter().map(|m| pushed_message(m, now)).collect::<Result<Vec<_>, _>>());
        runtime::submit(Request::Ingest { msgs, arrival: Arrival::Received }, Completion::new(cb, user_data))
    })
}

/// Validates one pushed message and fills in the IDs a server assigns; with its identity.
fn pushed_message(mut m: MessageJson, now: u64) -> Result<(Message, Option<MessageIdentity>), Invalid> {
    let key = m.conv_key()?;
    if !ids::is_valid_id(&m.message_sender, ids::MAX_USER_ID_LEN) {
        return Err(Invalid::param("message_sender must be a valid user ID"));
    }
    check_elems(&m.rest, false)?;
    super::check_positions(&m)?;
    let identity = super::identity_of(&m);
    super::assign_ids(&mut m, now);
    Ok((m.into_message(key), identity))
}

/// The bare ID and type of a pushed message or receipt, validated.
fn conv_key(id: &str, conv_type: i64, what: &str) -> Result<ConvKey, Invalid> {
    let t = ConvType::from_code(conv_type)
        .ok_or_else(|| Invalid::param(format!("{what}: conversation type must be 1 or 2")))?;
    if !ids::is_valid_id(id, t.max_id_len()) {
        return Err(Invalid::param(format!("{what}: invalid conversation ID")));
    }
    Ok(ConvKey::new(t, id))
}

/// Profile changes pushed by the server: a JSON array of UserProfile
/// (`user_profile_identifier` required; `user_profile_nick_name`, `user_profile_face_url`,
/// `user_profile_friend_remark` when changed). C2C conversations with these users show
/// `conv_show_name` = friend remark, else nickname, else the user ID, and `conv_face_url`
/// (Update when they change); users without a conversation yet are remembered.
/// Callback JSON: "".
#[no_mangle]
pub extern "C" fn TIMExtUpdateUserProfiles(
    json_profile_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let profiles: Vec<UserProfilePatch> =
            try_arg!(unsafe { json_objects_arg(json_profile_array, "json_profile_array") });
        let mut patches = Vec::with_capacity(profiles.len());
        for p in profiles {
            let key = try_arg!(conv_key(&p.user_profile_identifier, 1, "user_profile_identifier"));
            let patch = InfoPatch {
                name: p.user_profile_nick_name,
                remark: p.user_profile_friend_remark,
                face_url: p.user_profile_face_url,
                ..InfoPatch::default()
            };
            patches.push((key, patch));
        }
        submit(Request::Engine(Command::UpdateInfo(patches)), cb, user_data)
    })
}

/// Group information pushed by the server: a JSON array of group base info
/// (`group_base_info_group_id` required; `group_base_info_group_name`,
/// `group_base_info_face_url`, `group_base_info_group_type`, `group_base_info_msg_flag` — the
/// user's receive option — when changed). Group conversations show `conv_show_name` = group
/// name, else the group ID, `conv_face_url`, `conv_group_type` and `conv_recv_opt` (Update when
/// they change; unread listeners fire when a total changes). AVChatRoom groups never count
/// unread and keep no history. Callback JSON: "".
#[no_mangle]
pub extern "C" fn TIMExtUpdateGroupInfos(
    json_group_info_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let infos: Vec<GroupInfoPatch> =
            try_arg!(unsafe { json_objects_arg(json_group_info_array, "json_group_info_array") });
        let mut patches = Vec::with_capacity(infos.len());
        for g in infos {
            let key = try_arg!(conv_key(&g.group_base_info_group_id, 2, "group_base_info_group_id"));
            if g.group_base_info_group_type.is_some_and(|t| t > 5)
                || g.group_base_info_msg_flag.is_some_and(|f| f > 4)
            {
                return result::ERR_PARAM;
            }
            let patch = InfoPatch {
                name: g.group_base_info_group_name,
                face_url: g.group_base_info_face_url,
                group_type: g.group_base_info_group_type,
                recv_opt: g.group_base_info_msg_flag,
                ..InfoPatch::default()
            };
            patches.push((key, patch));
        }
        submit(Request::Engine(Command::UpdateInfo(patches)), cb, user_data)
    })
}

/// Read receipts pushed by the server: a JSON array of MessageReceipt (`msg_receipt_conv_id`,
/// `msg_receipt_conv_type`, `msg_receipt_time_stamp`: the peer read the user's messages up to
/// that time). C2C conversations mark the user's messages up to then as peer-read
/// (`message_is_peer_read`, Update if the last message changes). The read-receipt listener gets
/// the array with every MessageReceipt key: the given values, else `msg_receipt_msg_id` `""`,
/// `msg_receipt_time_stamp`, `msg_receipt_read_count` and `msg_receipt_unread_count` 0, and
/// `msg_receipt_is_peer_read` true for C2C (the peer read), false for groups; other keys are
/// kept. Callback JSON: "".
#[no_mangle]
pub extern "C" fn TIMExtReceiveReadReceipts(
    json_receipt_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let text = try_arg!(unsafe { super::c_str(json_receipt_array, "json_receipt_array") });
        let receipts: Vec<ReceiptParam> = try_arg!(crate::wire::parse_objects(text));
        let mut reads = Vec::new();
        for r in receipts {
            let key =
                try_arg!(conv_key(&r.msg_receipt_conv_id, r.msg_receipt_conv_type, "msg_receipt_conv_id"));
            if key.conv_type == ConvType::C2C {
                reads.push((key, r.msg_receipt_time_stamp));
            }
        }
        let json = try_arg!(crate::wire::params::receipts_for_listener(text));
        submit(Request::ReadReceipts { reads, json }, cb, user_data)
    })
}

/// Read state from the user's other devices: as `TIMConvCleanConversationUnreadMessageCount`
/// (same `conversation_id` forms; C2C read up to `read_timestamp`, groups up to
/// `read_sequence`, 0 = everything), with Update events and unread listeners.
/// Callback JSON: "".
#[no_mangle]
pub extern "C" fn TIMExtSyncReadState(
    conversation_id: *const c_char,
    read_timestamp: u64,
    read_sequence: u64,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let scope = try_arg!(unsafe { clean_scope_arg(conversation_id) });
        let limit = read_limit(read_timestamp, read_sequence);
        submit(Request::CleanUnread { scope, limit }, cb, user_data)
    })
}

/// Revokes by others pushed by the server: a JSON array of Message naming stored messages
/// (`message_conv_id`, `message_conv_type`, `message_msg_id`). Each becomes status 6, a
/// conversation whose last message it is reflects it (Update), and the revoke listener gets
/// their MsgLocator objects. Unknown messages are skipped. Callback JSON: "".
#[no_mangle]
pub extern "C" fn TIMExtRevokeMessages(
    json_msg_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let msgs: Vec<MessageJson> = try_arg!(unsafe { json_objects_arg(json_msg_array, "json_msg_array") });
        let mut targets = Vec::with_capacity(msgs.len());
        for m in msgs {
            let key = try_arg!(m.conv_key());
            if m.message_msg_id.is_empty() {
                return result::ERR_PARAM;
            }
            targets.push((key, m.message_msg_id));
        }
        submit(Request::Revoke { messages: targets, by_other: true }, cb, user_data)
    })
}

/// Messages modified by the server (e.g. edited): a JSON array of Message naming stored
/// messages by `message_conv_id`, `message_conv_type`, `message_msg_id`, with their new
/// content. Stored copies are replaced (position, IDs, status and read state kept), a
/// conversation whose last message changed reflects it (Update), and the message-update
/// listener gets them. Unknown messages are skipped. Callback JSON: "".
#[no_mangle]
pub extern "C" fn TIMExtUpdateMessages(
    json_msg_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let msgs: Vec<MessageJson> = try_arg!(unsafe { json_objects_arg(json_msg_array, "json_msg_array") });
        let mut updated = Vec::with_capacity(msgs.len());
        for m in msgs {
            let key = try_arg!(m.conv_key());
            if m.message_msg_id.is_empty() {
                return result::ERR_PARAM;
            }
            try_arg!(check_elems(&m.rest, false));
            updated.push(m.into_message(key));
        }
        submit(Request::UpdateMessages(updated), cb, user_data)
    })
}

/// The connection state changed (the app's own transport connected, lost or retried its
/// connection): the network-status listener (`TIMSetNetworkStatusListenerCallback`) gets
/// `status` (`TIMNetworkStatus`: 0 connected, 1 disconnected, 2 connecting, 3 connect failed;
/// else `TIM_ERR_PARAM`), `code` and `desc` (NULL = ""), on the worker thread in order with
/// every other event. Needs `TIMInit`, not a login. Callback JSON: "".
#[no_mangle]
pub extern "C" fn TIMExtSetNetworkStatus(
    status: NetworkStatusArg,
    code: i32,
    desc: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        if !(0..=3).contains(&status) {
            return super::rejected(Invalid::param("status is not a TIMNetworkStatus"));
        }
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let desc = try_arg!(unsafe { super::opt_c_str(desc, "desc") }).unwrap_or("").to_owned();
        submit(Request::Local(LocalRequest::NetworkStatus { status, code, desc }), cb, user_data)
    })
}

/// The server logged the user out because the account logged in on another device: the
/// session closes as with `TIMLogout` (pending changes committed; `TIMGetLoginStatus` becomes
/// UnLogined), then the kicked-offline listener (`TIMSetKickedOfflineCallback`) runs, on the
/// worker thread. Callback JSON: ""; 6014 if nobody is logged in (no listener call).
#[no_mangle]
pub extern "C" fn TIMExtKickedOffline(cb: TIMCommCallback, user_data: *const c_void) -> c_int {
    boundary!(result::ERR_PARAM, {
        submit(Request::Local(LocalRequest::ForcedLogout(ForcedLogout::KickedOffline)), cb, user_data)
    })
}

/// The user's signature expired: as `TIMExtKickedOffline`, with the user-signature-expired
/// listener (`TIMSetUserSigExpiredCallback`). Callback JSON: ""; 6014 if nobody is logged in.
#[no_mangle]
pub extern "C" fn TIMExtUserSigExpired(cb: TIMCommCallback, user_data: *const c_void) -> c_int {
    boundary!(result::ERR_PARAM, {
        submit(Request::Local(LocalRequest::ForcedLogout(ForcedLogout::UserSigExpired)), cb, user_data)
    })
}

/// Checks the logged-in user's store now and repairs what it finds. The conversation rows are
/// the truth; every copy the database derives from them is compared with them: each listed
/// conversation's place in the list and stored ConvInfo (what `TIMConvGetConvList` answers
/// with), the conversation-group memberships, the unread total and counters, the order clock.
/// A copy that differs is rebuilt from its row, as after every login, where the same check runs
/// in the background: repairs are logged, conversations whose list entry changed get an Update
/// (entries of conversations that are not there, a Del), and the unread listeners fire when a
/// total changes.
///
/// The check runs in slices while the worker has nothing else to do (a call waits at most about
/// a millisecond for it); at 100,000 conversations it needs one to two seconds of such time.
/// The callback comes when it has walked the whole store; a second call while one runs gets the
/// same report, and a logout or `TIMUninit` lets it finish first. Callback JSON: a
/// StoreCheckReport: what this check walked (`store_check_conversations`,
/// `store_check_list_entries`, `store_check_memberships`, `store_check_unreadable_rows`,
/// `store_check_busy_ms`, `store_check_elapsed_ms`, `store_check_longest_step_us`) and what the
/// checks since login found
/// (`store_check_repairs`, `store_check_rendered`, `store_check_findings`, and
/// `store_check_login_rebuilt`: what the login itself rebuilt). 6014 if nobody is logged in.
#[no_mangle]
pub extern "C" fn TIMExtVerifyStore(cb: TIMCommCallback, user_data: *const c_void) -> c_int {
    boundary!(result::ERR_PARAM, { submit(Request::CheckStore, cb, user_data) })
}
