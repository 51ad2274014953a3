//! `TIMConversationManager.h`, continued: conversation groups (named sets of conversations).
//!
//! Limits, reported through the callback: at most 20 groups (51010); names of 1..32 bytes
//! (51011 when longer, 6017 when empty); at most 100 conversations per request (51006); an
//! unknown group is 51009. Group listeners receive `conversation_array` as a JSON array of
//! ConvInfo objects (those whose membership changed).
#![allow(non_snake_case)]

use std::os::raw::{c_char, c_int, c_void};

use super::conversation::submit;
use super::defs::TIMCommCallback;
use super::{boundary, c_str, conv_refs_arg, try_arg};
use crate::engine::Command;
use crate::runtime::listeners;

/// A conversation group was created.
pub type TIMConvConversationGroupCreatedCallback = Option<
    unsafe extern "C" fn(
        group_name: *const c_char,
        conversation_array: *const c_char,
        user_data: *const c_void,
    ),
>;
/// A conversation group was deleted.
pub type TIMConvConversationGroupDeletedCallback =
    Option<unsafe extern "C" fn(group_name: *const c_char, user_data: *const c_void)>;
/// A conversation group was renamed.
pub type TIMConvConversationGroupNameChangedCallback =
    Option<unsafe extern "C" fn(old_name: *const c_char, new_name: *const c_char, user_data: *const c_void)>;
/// Conversations were added to a group.
pub type TIMConvConversationsAddedToGroupCallback = Option<
    unsafe extern "C" fn(
        group_name: *const c_char,
        conversation_array: *const c_char,
        user_data: *const c_void,
    ),
>;
/// Conversations were removed from a group (the SDK 8.2+ form; `reason` 0 = the app removed
/// them, 1 = evicted from a full group).
pub type TIMConvConversationsDeletedFromGroupCallback = Option<
    unsafe extern "C" fn(
        group_name: *const c_char,
        conversation_array: *const c_char,
        reason: u32,
        user_data: *const c_void,
    ),
>;

/// Creates the group `group_name` holding the conversations in `conversation_id_array` (a
/// non-empty JSON array of `c2c_…` / `group_…` IDs). Fires the group-created listener and
/// Update for each conversation added. An empty `group_name` is `TIM_ERR_PARAM` at once, in
/// every state (as the SDK answers).
/// Callback JSON: an array of TIMConversationOperationResult.
#[no_mangle]
pub extern "C" fn TIMConvCreateConversationGroup(
    group_name: *const c_char,
    conversation_id_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(super::result::ERR_PARAM, {
        // SAFETY: the caller passes NUL-terminated strings or NULL.
        let name = try_arg!(unsafe { c_str(group_name, "group_name") }).to_owned();
        if name.is_empty() {
            return super::result::ERR_PARAM;
        }
        // SAFETY: as above.
        let convs = try_arg!(unsafe { conv_refs_arg(conversation_id_array) });
        submit(Command::CreateGroup { name, convs }, cb, user_data)
    })
}

/// The group names, in creation order. Callback JSON: a JSON array of strings.
#[no_mangle]
pub extern "C" fn TIMConvGetConversationGroupList(cb: TIMCommCallback, user_data: *const c_void) -> c_int {
    boundary!(super::result::ERR_PARAM, { submit(Command::GetGroups, cb, user_data) })
}

/// Deletes the group (its conversations stay). Fires the group-deleted listener and Update for
/// each member. Callback JSON: "".
#[no_mangle]
pub extern "C" fn TIMConvDeleteConversationGroup(
    group_name: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(super::result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let name = try_arg!(unsafe { c_str(group_name, "group_name") }).to_owned();
        submit(Command::DeleteGroup(name), cb, user_data)
    })
}

/// Renames a group (the new name must not exist). Fires the name-changed listener and Update
/// for each member. Callback JSON: "".
#[no_mangle]
pub extern "C" fn TIMConvRenameConversationGroup(
    old_name: *const c_char,
    new_name: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(super::result::ERR_PARAM, {
        // SAFETY: the caller passes NUL-terminated strings or NULL.
        let old = try_arg!(unsafe { c_str(old_name, "old_name") }).to_owned();
        // SAFETY: as above.
        let new = try_arg!(unsafe { c_str(new_name, "new_name") }).to_owned();
        submit(Command::RenameGroup { old, new }, cb, user_data)
    })
}

/// Adds conversations to an existing group. Fires the conversations-added listener and Update
/// for each conversation added. Callback JSON: an array of TIMConversationOperationResult.
#[no_mangle]
pub extern "C" fn TIMConvAddConversationsToGroup(
    group_name: *const c_char,
    conversation_id_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(super::result::ERR_PARAM, {
        // SAFETY: the caller passes NUL-terminated strings or NULL.
        let name = try_arg!(unsafe { c_str(group_name, "group_name") }).to_owned();
        // SAFETY: as above.
        let convs = try_arg!(unsafe { conv_refs_arg(conversation_id_array) });
        submit(Command::AddToGroup { name, convs }, cb, user_data)
    })
}

/// Removes conversations from a group. Fires the conversations-deleted-from-group listener
/// (reason 0) and Update for each conversation removed.
/// Callback JSON: an array of TIMConversationOperationResult.
#[no_mangle]
pub extern "C" fn TIMConvDeleteConversationsFromGroup(
    group_name: *const c_char,
    conversation_id_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(super::result::ERR_PARAM, {
        // SAFETY: the caller passes NUL-terminated strings or NULL.
        let name = try_arg!(unsafe { c_str(group_name, "group_name") }).to_owned();
        // SAFETY: as above.
        let convs = try_arg!(unsafe { conv_refs_arg(conversation_id_array) });
        submit(Command::RemoveFromGroup { name, convs }, cb, user_data)
    })
}

/// Registers the group-created listener (NULL unregisters). Works in any state.
#[no_mangle]
pub extern "C" fn TIMSetConvConversationGroupCreatedCallback(
    cb: TIMConvConversationGroupCreatedCallback,
    user_data: *const c_void,
) {
    boundary!((), { listeners::set_group_created(cb, user_data) })
}

/// Registers the group-deleted listener (NULL unregisters). Works in any state.
#[no_mangle]
pub extern "C" fn TIMSetConvConversationGroupDeletedCallback(
    cb: TIMConvConversationGroupDeletedCallback,
    user_data: *const c_void,
) {
    boundary!((), { listeners::set_group_deleted(cb, user_data) })
}

/// Registers the group-renamed listener (NULL unregisters). Works in any state.
#[no_mangle]
pub extern "C" fn TIMSetConvConversationGroupNameChangedCallback(
    cb: TIMConvConversationGroupNameChangedCallback,
    user_data: *const c_void,
) {
    boundary!((), { listeners::set_group_renamed(cb, user_data) })
}

/// Registers the conversations-added-to-group listener (NULL unregisters). Works in any state.
#[no_mangle]
pub extern "C" fn TIMSetConvConversationsAddedToGroupCallback(
    cb: TIMConvConversationsAddedToGroupCallback,
    user_data: *const c_void,
) {
    boundary!((), { listeners::set_group_added(cb, user_data) })
}

/// Registers the conversations-deleted-from-group listener, 4-argument (8.2+) form (NULL
/// unregisters). Works in any state.
#[no_mangle]
pub extern "C" fn TIMSetConvConversationsDeletedFromGroupCallback(
    cb: TIMConvConversationsDeletedFromGroupCallback,
    user_data: *const c_void,
) {
    boundary!((), { listeners::set_group_removed(cb, user_data) })
}
