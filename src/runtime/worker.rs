//! The worker thread: drain the queue, apply the batch, commit it in one transaction, then
//! fire its callbacks and events in submission order. A success callback means "on disk".

use std::panic::{catch_unwind, AssertUnwindSafe};

use crate::engine::{codes, Command, Effects, Reply};
use crate::wire::{conversation as conv_wire, message as msg_wire};

use super::clock::now_secs;
use super::completion::Completion;
use super::job::{Job, Request};
use super::listeners;
use super::queue::Queue;
use super::session::Session;
use super::{login_status, set_login, InitConfig};
use crate::store::{Batch, StoreError};

/// `TIMConvEvent` values.
mod conv_event {
    pub const ADD: i32 = 0;
    pub const DEL: i32 = 1;
    pub const UPDATE: i32 = 2;
    pub const START: i32 = 3;
    pub const FINISH: i32 = 4;
}

/// Something to hand to the app once the batch is applied.
enum Delivery {
    Reply {
        completion: Completion,
        code: i32,
        desc: String,
        json: String,
    },
    ConvEvent {
        event: i32,
        json: String,
    },
    TotalUnread(i32),
    NewMessages(String),
}

struct Worker {
    config: InitConfig,
    session: Option<Session>,
    /// Set once the app has asked for the total; holds the last total it was told.
    told_total: Option<u64>,
    /// `told_total` as of the last commit (restored if a commit fails).
    committed_told_total: Option<u64>,
    /// Writes of the commands applied since the last commit.
    batch: Batch,
    /// Deliveries waiting for the commit.
    out: Vec<Delivery>,
}

/// The worker's main loop; returns when the queue is closed and empty.
pub fn run(config: InitConfig, queue: &Queue) {
    let mut worker = Worker::new(config);
    while let Some(batch) = queue.take_batch() {
        worker.run_batch(batch);
    }
    worker.session = None;
}

impl Worker {
    fn new(config: InitConfig) -> Worker {
        Worker {
            config,
            session: None,
            told_total: None,
            committed_told_total: None,
            batch: Batch::default(),
            out: Vec::new(),
        }
    }

    fn run_batch(&mut self, batch: Vec<Job>) {
        for job in batch {
            match job.request {
                Request::Login { user_id } => {
                    self.flush();
                    self.login(&user_id, job.completion);
                    self.flush();
                }
                Request::Logout => {
                    self.flush();
                    self.logout(job.completion);
                    self.flush();
                }
                Request::Fail { code, desc } => {
                    self.reply(job.completion, code, desc, String::new())
                }
                Request::Engine(cmd) => self.apply(cmd, job.completion),
            }
        }
        self.flush();
    }

    /// Commits the batch, then hands its results to the app, in order.
    fn flush(&mut self) {
        let batch = std::mem::take(&mut self.batch);
        if let (false, Some(session)) = (batch.is_empty(), self.session.as_mut()) {
            if let Err(err) = session.commit(&batch) {
                self.fail_batch(&err);
            }
        }
        self.committed_told_total = self.told_total;
        for delivery in std::mem::take(&mut self.out) {
            let _ = catch_unwind(AssertUnwindSafe(|| deliver(delivery)));
        }
    }

    /// A commit failed: every callback of the batch reports it, its events are dropped, and
    /// memory is reloaded from disk so the two agree.
    fn fail_batch(&mut self, err: &StoreError) {
        self.out = std::mem::take(&mut self.out)
            .into_iter()
            .filter_map(|d| match d {
                Delivery::Reply { completion, .. } => Some(Delivery::Reply {
                    completion,
                    code: err.code,
                    desc: err.desc.clone(),
                    json: String::new(),
                }),
                _ => None,
            })
            .collect();
        self.told_total = self.committed_told_total;
        let reloaded = self.session.as_mut().map(Session::reload);
        if let Some(Err(_)) = reloaded {
            // Memory can no longer be trusted to match disk: log the user out.
            self.session = None;
            set_login(login_status::UNLOGINED, Some(""));
        }
    }

    fn reply(&mut self, completion: Completion, code: i32, desc: impl Into<String>, json: String) {
        self.out.push(Delivery::Reply {
            completion,
            code,
            desc: desc.into(),
            json,
        });
    }

    fn login(&mut self, user_id: &str, completion: Completion) {
        if let Some(s) = &self.session {
            if s.engine.user_id() == user_id {
                set_login(login_status::LOGINED, None);
                self.reply(completion, 0, "", String::new());
                return;
            }
            self.session = None;
        }
        match Session::open(&self.config, user_id) {
            Ok(session) => {
                self.session = Some(session);
                set_login(login_status::LOGINED, Some(user_id));
                self.reply(completion, 0, "", String::new());
                self.out.push(Delivery::ConvEvent {
                    event: conv_event::START,
                    json: String::new(),
                });
                self.out.push(Delivery::ConvEvent {
                    event: conv_event::FINISH,
                    json: String::new(),
                });
                self.notify_total();
            }
            Err(err) => {
                set_login(login_status::UNLOGINED, Some(""));
                self.reply(completion, err.code, err.desc, String::new());
            }
        }
    }

    fn logout(&mut self, completion: Completion) {
        if self.session.take().is_none() {
            set_login(login_status::UNLOGINED, Some(""));
            self.reply(
                completion,
                codes::ERR_SDK_NOT_LOGGED_IN,
                "not logged in",
                String::new(),
            );
            return;
        }
        set_login(login_status::UNLOGINED, Some(""));
        self.reply(completion, 0, "", String::new());
    }

    fn apply(&mut self, cmd: Command, completion: Completion) {
        let Some(session) = self.session.as_mut() else {
            let desc = "not logged in: call TIMLogin first";
            self.reply(
                completion,
                codes::ERR_SDK_NOT_LOGGED_IN,
                desc,
                String::new(),
            );
            return;
        };
        let arms_total = matches!(cmd, Command::GetTotalUnread);
        let mut fx = Effects::default();
        let engine = &mut session.engine;
        let result = catch_unwind(AssertUnwindSafe(|| engine.apply(cmd, now_secs(), &mut fx)));
        match result {
            Ok(Ok(reply)) => {
                let json = render(engine, &reply);
                if arms_total {
                    self.told_total = Some(engine.total_unread());
                }
                self.reply(completion, 0, "", json);
                self.push_effects(&fx);
                self.batch.absorb(fx);
            }
            Ok(Err(failure)) => self.reply(completion, failure.code, failure.desc, String::new()),
            Err(_) => {
                // The engine may hold part of the failed command: commit what came before,
                // then reload from disk so the rest is dropped.
                let desc = "internal error while handling the request";
                self.reply(
                    completion,
                    codes::ERR_SDK_INTERNAL_ERROR,
                    desc,
                    String::new(),
                );
                self.flush();
                if let Some(Err(_)) = self.session.as_mut().map(Session::reload) {
                    self.session = None;
                    set_login(login_status::UNLOGINED, Some(""));
                }
            }
        }
    }

    /// Queues the conversation events, total-unread change and new messages of one command.
    /// Events are rendered only for listeners registered when the command is applied.
    fn push_effects(&mut self, fx: &Effects) {
        let Some(session) = &self.session else { return };
        let engine = &session.engine;
        if listeners::has_conv_event() {
            let convs = |keys: &[crate::engine::ConvKey]| {
                conv_wire::conv_array_json(keys.iter().filter_map(|k| engine.conversation(k)))
            };
            for (event, json) in [
                (
                    conv_event::ADD,
                    (!fx.added.is_empty()).then(|| convs(&fx.added)),
                ),
                (
                    conv_event::UPDATE,
                    (!fx.updated.is_empty()).then(|| convs(&fx.updated)),
                ),
                (
                    conv_event::DEL,
                    (!fx.deleted.is_empty()).then(|| conv_wire::conv_array_json(&fx.deleted)),
                ),
            ] {
                if let Some(json) = json {
                    self.out.push(Delivery::ConvEvent { event, json });
                }
            }
        }
        if !fx.received.is_empty() && listeners::has_recv_new_msg() {
            self.out
                .push(Delivery::NewMessages(msg_wire::messages_json(&fx.received)));
        }
        self.notify_total();
    }

    /// Tells the app the new total if it has asked for it once and it changed.
    fn notify_total(&mut self) {
        let (Some(told), Some(session)) = (self.told_total, &self.session) else {
            return;
        };
        let total = session.engine.total_unread();
        if total != told {
            self.told_total = Some(total);
            self.out
                .push(Delivery::TotalUnread(conv_wire::unread_as_c_int(total)));
        }
    }
}

/// Renders a reply as the API's result JSON.
fn render(engine: &crate::engine::Engine, reply: &Reply) -> String {
    match reply {
        Reply::Empty => String::new(),
        Reply::Conversation(key) => engine
            .conversation(key)
            .map(conv_wire::conv_info_json)
            .unwrap_or_default(),
        Reply::Conversations(keys) => {
            conv_wire::conv_array_json(keys.iter().filter_map(|k| engine.conversation(k)))
        }
        Reply::TotalUnread(total) => conv_wire::total_unread_json(*total),
        Reply::Message(msg) => msg_wire::message_json(msg),
        Reply::Messages(msgs) => msg_wire::messages_json(msgs),
    }
}

fn deliver(delivery: Delivery) {
    match delivery {
        Delivery::Reply {
            completion,
            code,
            desc,
            json,
        } => completion.complete(code, &desc, &json),
        Delivery::ConvEvent { event, json } => listeners::emit_conv_event(event, &json),
        Delivery::TotalUnread(total) => listeners::emit_total_unread(total),
        Delivery::NewMessages(json) => listeners::emit_new_messages(&json),
    }
}

#[cfg(test)]
mod tests {
    use std::os::raw::{c_char, c_void};
    use std::sync::Mutex;

    use super::*;
    use crate::engine::{ConvKey, Message};
    use crate::wire::message::MessageJson;

    static REPLIES: Mutex<Vec<i32>> = Mutex::new(Vec::new());

    unsafe extern "C" fn record(code: i32, _: *const c_char, _: *const c_char, _: *const c_void) {
        REPLIES.lock().unwrap().push(code);
    }

    fn job(request: Request) -> Job {
        Job {
            request,
            completion: Completion::new(Some(record), std::ptr::null()),
        }
    }

    fn big_message(conv: &str, n: usize) -> Message {
        let text = "x".repeat(4000 + n);
        let json = serde_json::json!({"message_sender": conv, "message_msg_id": format!("m{n}"),
            "message_elem_array": [{"elem_type": 0, "text_elem_content": text}]});
        serde_json::from_value::<MessageJson>(json)
            .unwrap()
            .into_message(ConvKey::c2c(conv))
    }

    #[test]
    fn a_failed_commit_fails_the_whole_batch_and_memory_follows_disk() {
        let dir = std::env::temp_dir().join(format!("timconv-worker-{}", std::process::id()));
        let mut w = Worker::new(InitConfig {
            sdk_app_id: 1,
            data_dir: dir.clone(),
        });
        w.run_batch(vec![job(Request::Login {
            user_id: "me".into(),
        })]);
        w.run_batch(vec![job(Request::Engine(Command::Receive(vec![
            big_message("bob", 0),
        ])))]);
        assert_eq!(*REPLIES.lock().unwrap(), vec![0, 0]);
        let before = conv_wire::conv_array_json(w.session.as_ref().unwrap().engine.listed());

        let pages: u32 = 1 + std::fs::metadata(w.session.as_ref().unwrap().store().path())
            .map_or(0, |m| m.len() as u32 / 4096);
        w.session
            .as_ref()
            .unwrap()
            .store()
            .limit_pages_for_test(pages);
        let flood: Vec<_> = (1..200).map(|n| big_message("carol", n)).collect();
        w.run_batch(vec![
            job(Request::Engine(Command::Receive(flood))),
            job(Request::Engine(Command::GetList)),
        ]);
        assert_eq!(REPLIES.lock().unwrap()[2..], [6019, 6019]);
        let engine = &w.session.as_ref().unwrap().engine;
        assert!(
            engine.conversation(&ConvKey::c2c("carol")).is_none(),
            "memory reloaded from disk"
        );
        assert!(
            conv_wire::conv_array_json(engine.listed()) == before,
            "state as before the batch"
        );
        let _ = std::fs::remove_dir_all(dir);
    }
}
