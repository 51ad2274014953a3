//! The answer to functions timconv cannot serve (see `ffi::unsupported`).

use super::Worker;
use crate::engine::codes;
use crate::runtime::completion::Completion;

impl Worker {
    /// 6014 if the function needs a user and nobody is logged in, else 7013 naming it.
    pub(super) fn unsupported(&mut self, function: &'static str, needs_login: bool, completion: Completion) {
        if needs_login && self.session.is_none() {
            let desc = "not logged in: call TIMLogin first";
            self.reply(completion, codes::ERR_SDK_NOT_LOGGED_IN, desc, String::new());
        } else {
            let desc = format!("{function} is not supported by timconv");
            self.reply(completion, codes::ERR_SDK_INTERFACE_NOT_SUPPORT, desc, String::new());
        }
    }
}
