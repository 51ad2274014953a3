//! Message functions (TIMMessageManager.h) with fuzzed JSON and string arguments, on a
//! logged-in session. Input layout: see `timconv_fuzz::input`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use timconv::ffi::message::*;
use timconv::ffi::message_history::*;
use timconv_fuzz::input::Input;
use timconv_fuzz::ledger::{call, fail};
use timconv_fuzz::session::{begin_input, end_input, fixture_conv};

/// Size the header asks of `message_id_buffer`.
const ID_BUFFER: usize = 128;

fuzz_target!(|data: &[u8]| {
    begin_input(data);
    let i = Input::parse(data);
    let conv_type = i.conv_type();
    let conv = if i.is_empty(1) { fixture_conv(conv_type, i.small()).as_ptr() } else { i.text(1) };
    let json = i.text_or_null(0);
    let opt = i32::from(i.small()) - 2;
    match i.pick(13) {
        0 => {
            // Exactly the documented size on the heap, so an overrun is caught.
            let mut buf = vec![0x55u8; ID_BUFFER];
            let ptr = if i.flag(2) { std::ptr::null_mut() } else { buf.as_mut_ptr().cast() };
            let reply = call(|cb, ud| TIMMsgSendMessage(conv, conv_type, json, ptr, cb, ud));
            if reply.is_some() && !ptr.is_null() && !buf.contains(&0) {
                fail("message_id_buffer was not NUL-terminated");
            }
        }
        1 => drop(call(|cb, ud| TIMMsgSetC2CReceiveMessageOpt(json, opt, cb, ud))),
        2 => drop(call(|cb, ud| TIMMsgGetC2CReceiveMessageOpt(json, cb, ud))),
        3 => drop(call(|cb, ud| TIMMsgSetGroupReceiveMessageOpt(json, opt, cb, ud))),
        4 => drop(call(|cb, ud| TIMMsgImportMsgList(conv, conv_type, json, cb, ud))),
        5 => drop(call(|cb, ud| TIMMsgSaveMsg(conv, conv_type, json, cb, ud))),
        6 => drop(call(|cb, ud| TIMMsgGetMsgList(conv, conv_type, json, cb, ud))),
        7 => drop(call(|cb, ud| TIMMsgRevoke(conv, conv_type, json, cb, ud))),
        8 => drop(call(|cb, ud| TIMMsgDelete(conv, conv_type, json, cb, ud))),
        9 => drop(call(|cb, ud| TIMMsgListDelete(conv, conv_type, json, cb, ud))),
        10 => drop(call(|cb, ud| TIMMsgClearHistoryMessage(i.text_or_null(0), conv_type, cb, ud))),
        11 => {
            // The conversation may be NULL or "" here (all of that type).
            let conv = if i.flag(2) { i.text(1) } else { conv };
            drop(call(|cb, ud| TIMMsgReportReaded(conv, conv_type, json, cb, ud)))
        }
        _ => drop(call(|cb, ud| TIMMsgMarkAllMessageAsRead(cb, ud))),
    }
    end_input();
});
