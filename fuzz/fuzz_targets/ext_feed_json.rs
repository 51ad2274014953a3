//! The server-feed functions (TIMExtension.h) with fuzzed JSON, on a logged-in session.
//! Input layout: see `timconv_fuzz::input`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use timconv::ffi::ext::*;
use timconv_fuzz::input::Input;
use timconv_fuzz::ledger::call;
use timconv_fuzz::session::{begin_input, end_input};

fuzz_target!(|data: &[u8]| {
    begin_input(data);
    let i = Input::parse(data);
    let json = i.text_or_null(0);
    match i.pick(7) {
        0 => drop(call(|cb, ud| TIMExtReceiveMessages(json, cb, ud))),
        1 => drop(call(|cb, ud| TIMExtUpdateUserProfiles(json, cb, ud))),
        2 => drop(call(|cb, ud| TIMExtUpdateGroupInfos(json, cb, ud))),
        3 => drop(call(|cb, ud| TIMExtReceiveReadReceipts(json, cb, ud))),
        4 => {
            let (ts, seq) = (i.number(), [0, 1, 2, u64::MAX][usize::from(i.small() & 3)]);
            drop(call(|cb, ud| TIMExtSyncReadState(json, ts, seq, cb, ud)))
        }
        5 => drop(call(|cb, ud| TIMExtRevokeMessages(json, cb, ud))),
        _ => drop(call(|cb, ud| TIMExtUpdateMessages(json, cb, ud))),
    }
    end_input();
});
