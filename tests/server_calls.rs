//! The group, profile and block-list calls a homeserver serves, without one, through the
//! `extern "C"` functions: each answers as before (7013 naming the function once logged in,
//! 6014 before login, 6013 before TIMInit), and bad input is refused before the call is
//! accepted, in any state, with the SDK's `TIMResult`.

mod common;

use std::os::raw::{c_char, c_int, c_void};

use common::*;
use serde_json::json;
use timconv::ffi::account::*;
use timconv::ffi::defs::TIMCommCallback;
use timconv::ffi::friendship::*;
use timconv::ffi::group::*;
use timconv::ffi::manager::*;

type JsonFn = extern "C" fn(*const c_char, TIMCommCallback, *const c_void) -> c_int;
type TextFn = extern "C" fn(*const c_char, TIMCommCallback, *const c_void) -> c_int;

/// (name, function, a valid argument) of the calls taking one JSON argument.
fn json_calls() -> Vec<(&'static str, JsonFn, String)> {
    vec![
        ("TIMGroupCreate", TIMGroupCreate, json!({"create_group_param_group_name": "G", "create_group_param_group_type": 1}).to_string()),
        ("TIMGroupModifyGroupInfo", TIMGroupModifyGroupInfo,
         json!({"group_modify_info_param_group_id": "g", "group_modify_info_param_modify_flag": 1,
                "group_modify_info_param_group_name": "N"}).to_string()),
        ("TIMGroupGetMemberInfoList", TIMGroupGetMemberInfoList,
         json!({"group_get_members_info_list_param_group_id": "g"}).to_string()),
        ("TIMGroupModifyMemberInfo", TIMGroupModifyMemberInfo,
         json!({"group_modify_member_info_group_id": "g", "group_modify_member_info_identifier": "bob",
                "group_modify_member_info_modify_flag": 8, "group_modify_member_info_name_card": "B"}).to_string()),
        ("TIMGroupInviteMember", TIMGroupInviteMember,
         json!({"group_invite_member_param_group_id": "g", "group_invite_member_param_identifier_array": ["bob"]}).to_string()),
        ("TIMGroupDeleteMember", TIMGroupDeleteMember,
         json!({"group_delete_member_param_group_id": "g", "group_delete_member_param_identifier_array": ["bob"]}).to_string()),
        ("TIMProfileModifySelfUserProfile", TIMProfileModifySelfUserProfile,
         json!({"user_profile_item_nick_name": "Al"}).to_string()),
        ("TIMFriendshipAddToBlackList", TIMFriendshipAddToBlackList, json!(["bob"]).to_string()),
        ("TIMFriendshipDeleteFromBlackList", TIMFriendshipDeleteFromBlackList, json!(["bob"]).to_string()),
    ]
}

fn text_calls() -> Vec<(&'static str, TextFn)> {
    vec![("TIMGroupDelete", TIMGroupDelete), ("TIMGroupQuit", TIMGroupQuit)]
}

/// Every call answers `code` (with the 7013 description naming the function).
fn all_answer(code: i32) {
    let check = |name: &str, r: Reply| {
        assert_eq!(r.code, code, "{name}: {}", r.desc);
        if code == 7013 {
            assert_eq!(r.desc, format!("{name} is not supported by timconv"));
        }
    };
    for (name, f, arg) in json_calls() {
        let arg = cs(&arg);
        check(name, call(|cb, ud| f(arg.as_ptr(), cb, ud)));
    }
    for (name, f) in text_calls() {
        check(name, call(|cb, ud| f(cs("g").as_ptr(), cb, ud)));
    }
    check("TIMGroupJoin", call(|cb, ud| TIMGroupJoin(cs("g").as_ptr(), std::ptr::null(), cb, ud)));
    check("TIMFriendshipGetBlackList", call(|cb, ud| TIMFriendshipGetBlackList(cb, ud)));
}

/// Bad input is refused when the call is made, whatever the state.
fn bad_input_refused() {
    let refused = |f: JsonFn, text: &str, want: c_int| {
        let text = cs(text);
        assert_eq!(f(text.as_ptr(), CB, std::ptr::null()), want, "{}", text.to_string_lossy());
    };
    for (_, f, _) in json_calls() {
        assert_eq!(f(std::ptr::null(), CB, std::ptr::null()), -4, "NULL");
    }
    refused(TIMGroupCreate, "{\"a\":", -3);
    refused(TIMGroupCreate, "[]", -3);
    refused(TIMGroupCreate, &json!({"create_group_param_group_type": "Work"}).to_string(), -3);
    refused(TIMGroupCreate, &json!({"create_group_param_group_type": 9}).to_string(), -4);
    refused(TIMGroupCreate, &json!({"create_group_param_group_id": "x".repeat(49)}).to_string(), -4);
    refused(TIMGroupCreate, &json!({"create_group_param_group_name": "n".repeat(101)}).to_string(), -4);
    refused(
        TIMGroupCreate,
        &json!({"create_group_param_group_member_array": [{"group_member_info_identifier": ""}]}).to_string(),
        -4,
    );
    refused(TIMGroupModifyGroupInfo, &json!({"group_modify_info_param_group_id": "g"}).to_string(), -4);
    refused(TIMGroupModifyGroupInfo, &json!({"group_modify_info_param_modify_flag": 1}).to_string(), -4);
    refused(
        TIMGroupModifyMemberInfo,
        &json!({"group_modify_member_info_group_id": "g", "group_modify_member_info_identifier": "b",
                    "group_modify_member_info_modify_flag": 2, "group_modify_member_info_member_role": 1})
        .to_string(),
        -4,
    );
    refused(TIMGroupInviteMember, &json!({"group_invite_member_param_group_id": "g"}).to_string(), -4);
    refused(
        TIMGroupDeleteMember,
        &json!({"group_delete_member_param_identifier_array": ["b"]}).to_string(),
        -4,
    );
    refused(
        TIMGroupGetMemberInfoList,
        &json!({"group_get_members_info_list_param_group_id": ""}).to_string(),
        -4,
    );
    // The SDK's older convention: malformed JSON is TIM_ERR_PARAM.
    refused(TIMProfileModifySelfUserProfile, "{\"a\":", -4);
    refused(TIMProfileModifySelfUserProfile, &json!({"user_profile_item_nick_name": 5}).to_string(), -4);
    refused(TIMFriendshipAddToBlackList, "[1]", -4);
    refused(TIMFriendshipDeleteFromBlackList, "{}", -4);
    for (_, f) in text_calls() {
        assert_eq!(f(std::ptr::null(), CB, std::ptr::null()), -4);
        assert_eq!(f(cs("").as_ptr(), CB, std::ptr::null()), -4);
    }
    assert_eq!(TIMGroupJoin(std::ptr::null(), std::ptr::null(), CB, std::ptr::null()), -4);
}

#[test]
fn without_a_homeserver_the_calls_answer_as_before() {
    let _g = lock();
    bad_input_refused();
    all_answer(6013);
    let dir = temp_dir("server-calls");
    let config = json!({ "sdk_config_config_file_path": dir }).to_string();
    assert_eq!(TIMInit(1400000000, cs(&config).as_ptr()), 0);
    all_answer(6014);
    login("me");
    bad_input_refused();
    all_answer(7013);
    // A call asking for fields timconv cannot change is 7013 as well.
    let flags =
        cs(&json!({"group_modify_info_param_group_id": "g", "group_modify_info_param_modify_flag": 32})
            .to_string());
    assert_eq!(call(|cb, ud| TIMGroupModifyGroupInfo(flags.as_ptr(), cb, ud)).code, 7013);
    TIMUninit();
    let _ = std::fs::remove_dir_all(dir);
}
