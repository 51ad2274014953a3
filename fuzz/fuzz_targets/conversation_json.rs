//! Conversation list functions (TIMConversationManager.h) with fuzzed JSON and string
//! arguments, on a logged-in session. Input layout: see `timconv_fuzz::input`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use timconv::ffi::conversation::*;
use timconv::ffi::conversation_group::*;
use timconv_fuzz::input::Input;
use timconv_fuzz::ledger::{call, check_sync};
use timconv_fuzz::session::{begin_input, end_input, fixture_conv};

fuzz_target!(|data: &[u8]| {
    begin_input(data);
    let i = Input::parse(data);
    let conv_type = i.conv_type();
    // The conversation ID argument: part 1, or a fixture conversation when it is empty.
    let conv = if i.is_empty(1) { fixture_conv(conv_type, i.small()).as_ptr() } else { i.text(1) };
    let json = i.text_or_null(0);
    match i.pick(20) {
        0 => drop(call(|cb, ud| TIMConvGetConvInfo(json, cb, ud))),
        1 => check_sync(TIMConvSetDraft(conv, conv_type, json)),
        2 => {
            let count = u32::from(i.small()) * 7;
            drop(call(|cb, ud| TIMConvGetConversationListByFilter(json, i.number(), count, cb, ud)))
        }
        3 => drop(call(|cb, ud| TIMConvDeleteConversationList(json, i.boolean(), cb, ud))),
        4 => drop(call(|cb, ud| TIMConvSetConversationCustomData(json, i.text(1), cb, ud))),
        5 => {
            let mark = [1u64, 2, 4, 8, 0xf, 1 << 32, 1 << 63, 0, 16, 1 << 31, u64::MAX, 3]
                [usize::from(i.small()) % 12];
            drop(call(|cb, ud| TIMConvMarkConversation(json, mark, i.flag(2).into(), cb, ud)))
        }
        6 => drop(call(|cb, ud| TIMConvGetUnreadMessageCountByFilter(json, cb, ud))),
        7 => check_sync(TIMConvSubscribeUnreadMessageCountByFilter(json)),
        8 => check_sync(TIMConvUnsubscribeUnreadMessageCountByFilter(json)),
        9 => {
            let (ts, seq) = (i.number(), [0, 1, 2, u64::MAX][usize::from(i.small() & 3)]);
            drop(call(|cb, ud| TIMConvCleanConversationUnreadMessageCount(json, ts, seq, cb, ud)))
        }
        10 => drop(call(|cb, ud| TIMConvCreateConversationGroup(i.text(1), json, cb, ud))),
        11 => drop(call(|cb, ud| TIMConvDeleteConversationGroup(json, cb, ud))),
        12 => drop(call(|cb, ud| TIMConvRenameConversationGroup(json, i.text(1), cb, ud))),
        13 => drop(call(|cb, ud| TIMConvAddConversationsToGroup(i.text(1), json, cb, ud))),
        14 => drop(call(|cb, ud| TIMConvDeleteConversationsFromGroup(i.text(1), json, cb, ud))),
        15 => drop(call(|cb, ud| TIMConvCreate(i.text_or_null(0), conv_type, cb, ud))),
        16 => drop(call(|cb, ud| TIMConvDelete(i.text_or_null(0), conv_type, cb, ud))),
        17 => drop(call(|cb, ud| TIMConvPinConversation(i.text_or_null(0), conv_type, i.boolean(), cb, ud))),
        18 => check_sync(TIMConvCancelDraft(i.text_or_null(0), conv_type)),
        _ => {
            drop(call(|cb, ud| TIMConvGetConvList(cb, ud)));
            drop(call(|cb, ud| TIMConvGetConversationGroupList(cb, ud)));
        }
    }
    end_input();
});
