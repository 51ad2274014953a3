//! The worker thread: drain the queue, apply the batch, commit it in one transaction, then
//! fire its callbacks and events in submission order. A success callback means "on disk".

mod check;
mod local;
mod messages;
mod server;
mod unsupported;

use std::cell::OnceCell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;

pub use server::ServerSession;

use crate::engine::{codes, Command, Effects, Failure, Filter};
use crate::store::{Batch, StoreError};
use crate::wire::conversation::unread_as_c_int;

use super::clock::now_secs;
use super::completion::Completion;
use super::delivery::{self, conv_event, Delivery};
use super::job::{Job, Request};
use super::log::{self, log};
use super::queue::Queue;
use super::session::Session;
use super::ui_thread::UiThread;
use super::{login_status, set_login, InitConfig};

/// An unread-by-filter subscription: the filter JSON as registered and the last total told.
struct Subscribed {
    json: String,
    filter: Filter,
    told: u64,
}

struct Worker {
    config: InitConfig,
    /// The queue this worker drains (the homeserver transport reports into it).
    queue: Arc<Queue>,
    /// Counts logins, so reports of an ended session's transport are recognised and dropped.
    generation: u64,
    /// Set while applying what the server sent: such changes are not sent back to it.
    from_server: bool,
    session: Option<Session>,
    /// Set once the app has asked for the total; holds the last total it was told.
    told_total: Option<u64>,
    subscriptions: Vec<Subscribed>,
    /// Writes of the commands applied since the last commit.
    batch: Batch,
    /// Deliveries waiting for the commit.
    out: Vec<Delivery>,
    /// `TIMExtVerifyStore` calls waiting for the check under way.
    check_waiters: Vec<Completion>,
}

thread_local! {
    /// On a worker thread whose callbacks go to the app's UI thread: that thread.
    static UI: OnceCell<Arc<UiThread>> = const { OnceCell::new() };
}

/// The worker's main loop; returns when the queue is closed and empty. With `ui`, callbacks
/// are handed to the app's UI thread instead of being run here.
pub fn run(config: InitConfig, queue: Arc<Queue>, ui: Option<Arc<UiThread>>) {
    if let Some(ui) = &ui {
        UI.with(|cell| cell.set(Arc::clone(ui)).ok());
    }
    let mut worker = Worker::new(config, Arc::clone(&queue));
    while let Some(batch) = queue.take_batch(worker.idle_wait()) {
        if batch.is_empty() {
            worker.idle(|| queue.wants_worker());
        } else {
            worker.run_batch(batch);
        }
        if queue.is_closing() {
            // Shutting down: the transport stops reporting, so the queue can run dry.
            worker.stop_transport();
        }
    }
    worker.finish_check();
    worker.flush();
    worker.close_session();
    worker.flush();
    if let Some(ui) = ui {
        ui.worker_finished();
    }
}

/// Runs deliveries in order: here, or on the app's UI thread if callbacks go there.
fn hand_over(deliveries: Vec<Delivery>) {
    if let Some(ui) = UI.with(|cell| cell.get().cloned()) {
        return ui.post(deliveries);
    }
    for delivery in deliveries {
        let _ = catch_unwind(AssertUnwindSafe(|| delivery.deliver()));
    }
}

/// Hands a log line to the app's log callback from the worker (in order with the others).
pub(crate) fn deliver_log(level: u8, line: String) {
    match UI.with(|cell| cell.get().cloned()) {
        Some(ui) => ui.post(vec![Delivery::Listener(Box::new(move || log::deliver(level, &line)))]),
        None => log::deliver(level, &line),
    }
}

impl Worker {
    fn new(config: InitConfig, queue: Arc<Queue>) -> Worker {
        Worker {
            config,
            queue,
            generation: 0,
            from_server: false,
            session: None,
            told_total: None,
            subscriptions: Vec::new(),
            batch: Batch::default(),
            out: Vec::new(),
            check_waiters: Vec::new(),
        }
    }

    fn run_batch(&mut self, jobs: Vec<Job>) {
        for job in jobs {
            if catch_unwind(AssertUnwindSafe(|| self.run_job(job))).is_err() {
                // A bug outside the engine (whose own panics `apply_with` catches): the job's
                // callback reported an internal error as its completion unwound. Commit what came
                // before, reload so memory follows disk, and keep serving.
                self.flush();
                self.reload();
            }
        }
        self.flush();
    }

    fn run_job(&mut self, job: Job) {
        let completion = job.completion;
        match job.request {
            Request::Login { user_id, user_sig } => {
                self.flush();
                self.login(&user_id, &user_sig, completion);
                self.flush();
            }
            Request::Logout => {
                self.flush();
                self.logout(completion);
                self.flush();
            }
            Request::Fail { code, desc } => self.reply(completion, code, desc, String::new()),
            Request::Subscribe { json, filter } => self.subscribe(json, filter),
            Request::Unsubscribe { filter } => self.unsubscribe(&filter),
            Request::CleanUnread { scope, limit } => self.clean_unread(scope, limit, completion),
            Request::GetMessages { key, query } => self.get_messages(key, query, completion),
            Request::DeleteMessages { key, msg_ids } => self.delete_messages(key, msg_ids, completion),
            Request::Revoke { messages, by_other: false } if self.server().is_some() => {
                self.revoke_on_server(messages, completion)
            }
            Request::Revoke { messages, by_other } => self.revoke(messages, by_other, completion),
            Request::UpdateMessages(msgs) => self.update_messages(msgs, completion),
            Request::ReadReceipts { reads, json } => {
                self.apply_with(Command::PeerRead(reads), completion, Some(Delivery::ReadReceipts(json)))
            }
            Request::Ingest { msgs, arrival } => self.ingest(msgs, arrival, completion),
            Request::Search(query) => self.search(query, completion),
            Request::Engine(Command::Send(msg)) if self.server().is_some() => {
                self.send_to_server(msg, completion)
            }
            Request::CheckStore => self.check_store(completion),
            Request::Engine(cmd) => self.apply(cmd, completion),
            Request::Server { generation, event } => self.server_event(generation, event),
            Request::Unsupported { function, needs_login } => {
                self.unsupported(function, needs_login, completion)
            }
            Request::Answer { code, desc, json } => self.reply(completion, code, desc, json),
            Request::Log { level, line } => deliver_log(level, line),
            Request::Local(request) => self.local(request, completion),
            Request::Remote { function, request } => self.remote(function, request, completion),
            #[cfg(test)]
            Request::PanicForTest => panic!("a bug outside the engine"),
        }
    }

    /// Commits the batch, then hands its results to the app, in order. Returns whether the
    /// commit succeeded (or there was nothing to commit).
    fn flush(&mut self) -> bool {
        let batch = std::mem::take(&mut self.batch);
        let mut committed = true;
        if let (false, Some(session)) = (batch.is_empty(), self.session.as_mut()) {
            if let Err(err) = session.commit(&batch) {
                committed = false;
                self.fail_batch(&err);
            }
        }
        self.release_server_jobs(committed);
        let out = std::mem::take(&mut self.out);
        if !out.is_empty() {
            hand_over(out);
        }
        committed
    }

    /// A commit failed: every callback of the batch reports it, its events are dropped, and
    /// memory is reloaded from disk so the two agree.
    fn fail_batch(&mut self, err: &StoreError) {
        log!(log::level::ERROR, "store", "commit failed, the batch is reported as failed: {}", err.desc);
        self.out.retain(Delivery::is_reply);
        for d in &mut self.out {
            if let Delivery::Reply { code, desc, json, .. } = d {
                (*code, *desc, *json) = (err.code, err.desc.clone(), String::new());
            }
        }
        self.reload();
    }

    /// Replaces memory with what is on disk; the app is assumed to know the committed totals.
    fn reload(&mut self) {
        let Some(session) = self.session.as_mut() else {
            return;
        };
        if session.reload().is_err() {
            // Memory can no longer be trusted to match disk: log the user out.
            self.finish_check();
            self.close_session();
            set_login(login_status::UNLOGINED, Some(""));
            return;
        }
        self.resubscribe();
        if let Some(s) = &self.session {
            self.told_total = self.told_total.map(|_| s.engine.total_unread());
            for sub in &mut self.subscriptions {
                sub.told = s.engine.subscription_total(&sub.filter).unwrap_or(0);
            }
        }
    }

    fn reply(&mut self, completion: Completion, code: i32, desc: impl Into<String>, json: String) {
        self.out.push(Delivery::Reply { completion, code, desc: desc.into(), json });
    }

    fn login(&mut self, user_id: &str, user_sig: &str, completion: Completion) {
        if let Some(s) = &self.session {
            if s.engine.user_id() == user_id {
                set_login(login_status::LOGINED, None);
                self.reply(completion, 0, "", String::new());
                return;
            }
            self.finish_check();
            self.close_session();
        }
        if let Some(server) = self.config.server.clone() {
            return self.login_to_server(&server, user_id, user_sig, completion);
        }
        match Session::open(&self.config, user_id) {
            Ok(session) => {
                log!(log::level::INFO, "login", "{user_id} logged in ({})", session.store().path().display());
                for line in session.store().rebuilt_at_login() {
                    log!(log::level::WARN, "store", "at login: {line}");
                }
                self.session = Some(session);
                self.resubscribe();
                set_login(login_status::LOGINED, Some(user_id));
                self.reply(completion, 0, "", String::new());
                for event in [conv_event::START, conv_event::FINISH] {
                    self.out.push(Delivery::ConvEvent { event, json: String::new() });
                }
                self.notify_totals();
            }
            Err(err) => {
                log!(log::level::ERROR, "login", "{user_id} cannot log in: {}", err.desc);
                set_login(login_status::UNLOGINED, Some(""));
                self.reply(completion, err.code, err.desc, String::new());
            }
        }
    }

    fn logout(&mut self, completion: Completion) {
        self.finish_check();
        let was_logged_in = self.session.is_some();
        self.close_session();
        if was_logged_in {
            log!(log::level::INFO, "login", "logged out");
        }
        set_login(login_status::UNLOGINED, Some(""));
        if was_logged_in {
            self.reply(completion, 0, "", String::new());
        } else {
            self.reply(completion, codes::ERR_SDK_NOT_LOGGED_IN, "not logged in", String::new());
        }
    }

    /// Registers every subscription with the current session's engine.
    fn resubscribe(&mut self) {
        if let Some(s) = self.session.as_mut() {
            for sub in &self.subscriptions {
                subscribe_to(&mut s.engine, &sub.filter);
            }
        }
    }

    fn subscribe(&mut self, json: String, filter: Filter) {
        self.unsubscribe(&filter);
        let told = match self.session.as_mut() {
            Some(s) => {
                subscribe_to(&mut s.engine, &filter);
                s.engine.subscription_total(&filter).unwrap_or(0)
            }
            None => 0,
        };
        self.subscriptions.push(Subscribed { json, filter, told });
    }

    fn unsubscribe(&mut self, filter: &Filter) {
        self.subscriptions.retain(|s| !s.filter.same_subscription(filter));
        if let Some(s) = self.session.as_mut() {
            s.engine.unsubscribe(filter);
        }
    }

    fn apply(&mut self, cmd: Command, completion: Completion) {
        self.apply_with(cmd, completion, None);
    }

    /// Applies an engine command; `extra` is delivered with its events, before its callback.
    fn apply_with(&mut self, cmd: Command, completion: Completion, extra: Option<Delivery>) {
        match self.run_command(cmd, extra) {
            Ok(json) => self.reply(completion, 0, "", json),
            Err(failure) => self.reply(completion, failure.code, failure.desc, String::new()),
        }
    }

    /// Applies an engine command, queues its listener events (then `extra`) and its writes,
    /// and returns its reply as JSON; what it changed goes to the server, if there is one.
    fn run_command(&mut self, cmd: Command, extra: Option<Delivery>) -> Result<String, Failure> {
        let Some(session) = self.session.as_mut() else {
            return Err(Failure::new(codes::ERR_SDK_NOT_LOGGED_IN, "not logged in: call TIMLogin first"));
        };
        let arms_total = matches!(cmd, Command::GetTotalUnread);
        let mut fx = Effects::default();
        let engine = &mut session.engine;
        let result = catch_unwind(AssertUnwindSafe(|| engine.apply(cmd, now_secs(), &mut fx)));
        match result {
            Ok(Ok(reply)) => {
                // Listener events first, so the app's state is current when its callback runs.
                let json = delivery::render_reply(engine, reply);
                if arms_total {
                    self.told_total = Some(engine.total_unread());
                }
                if let Some(s) = &self.session {
                    delivery::effect_deliveries(&s.engine, &fx, &json, &mut self.out);
                }
                let replicate = self.replicates().then(|| server::Replicate::of(&fx));
                self.batch.absorb(fx);
                if let Some(change) = replicate {
                    self.replicate(change);
                }
                self.notify_totals();
                self.out.extend(extra);
                Ok(json)
            }
            Ok(Err(failure)) => Err(failure),
            Err(_) => {
                // The engine may hold part of the failed command: commit what came before,
                // then reload from disk so the rest is dropped.
                self.flush();
                self.reload();
                Err(Failure::new(codes::ERR_SDK_INTERNAL_ERROR, "internal error while handling the request"))
            }
        }
    }

    /// Tells the app totals that changed: the total (once asked for) and each subscription.
    fn notify_totals(&mut self) {
        let Some(session) = &self.session else { return };
        let engine = &session.engine;
        if let Some(told) = self.told_total {
            let total = engine.total_unread();
            if total != told {
                self.told_total = Some(total);
                self.out.push(Delivery::TotalUnread(unread_as_c_int(total)));
            }
        }
        for sub in &mut self.subscriptions {
            let total = engine.subscription_total(&sub.filter).unwrap_or(0);
            if total != sub.told {
                sub.told = total;
                let filter = sub.json.clone();
                self.out.push(Delivery::FilterUnread { filter, total: unread_as_c_int(total) });
            }
        }
    }
}

/// Registers a subscription with the engine; if its total cannot be counted (the database
/// cannot be read) it is logged, and the subscription reports nothing until the next login.
fn subscribe_to(engine: &mut crate::engine::Engine, filter: &Filter) {
    if let Err(failure) = engine.subscribe(filter.clone()) {
        log!(log::level::ERROR, "unread", "cannot count the unread of a subscription: {}", failure.desc);
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
        Job { request, completion: Completion::new(Some(record), std::ptr::null()) }
    }

    fn big_message(conv: &str, n: usize) -> Message {
        let text = "x".repeat(4000 + n);
        let json = serde_json::json!({"message_sender": conv, "message_msg_id": format!("m{n}"),
            "message_elem_array": [{"elem_type": 0, "text_elem_content": text}]});
        serde_json::from_value::<MessageJson>(json).unwrap().into_message(ConvKey::c2c(conv))
    }

    static PANIC_REPLIES: Mutex<Vec<i32>> = Mutex::new(Vec::new());

    unsafe extern "C" fn record_panic_test(code: i32, _: *const c_char, _: *const c_char, _: *const c_void) {
        PANIC_REPLIES.lock().unwrap().push(code);
    }

    #[test]
    fn a_panic_outside_the_engine_fails_only_its_request() {
        let dir = std::env::temp_dir().join(format!("timconv-worker-panic-{}", std::process::id()));
        let mut w = Worker::new(
            InitConfig { sdk_app_id: 1, data_dir: dir.clone(), server: None, main_thread_id: None },
            Arc::default(),
        );
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let job =
            |request| Job { request, completion: Completion::new(Some(record_panic_test), std::ptr::null()) };
        w.run_batch(vec![
            job(Request::Login { user_id: "me".into(), user_sig: String::new() }),
            job(Request::PanicForTest),
            job(Request::Engine(Command::GetTotalUnread)),
        ]);
        std::panic::set_hook(hook);
        let codes: Vec<i32> = std::mem::take(&mut *PANIC_REPLIES.lock().unwrap());
        assert_eq!(codes, vec![0, codes::ERR_SDK_INTERNAL_ERROR, 0], "the worker keeps serving");
        assert!(w.session.is_some(), "still logged in");
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn a_failed_commit_fails_the_whole_batch_and_memory_follows_disk() {
        let dir = std::env::temp_dir().join(format!("timconv-worker-{}", std::process::id()));
        let mut w = Worker::new(
            InitConfig { sdk_app_id: 1, data_dir: dir.clone(), server: None, main_thread_id: None },
            Arc::default(),
        );
        w.run_batch(vec![job(Request::Login { user_id: "me".into(), user_sig: String::new() })]);
        w.run_batch(vec![job(Request::Engine(Command::Receive(vec![big_message("bob", 0)])))]);
        assert_eq!(*REPLIES.lock().unwrap(), vec![0, 0]);
        let listed = |engine: &crate::engine::Engine| {
            crate::wire::conversation::conv_array_json(engine.peek_listed().unwrap().iter().map(|c| &**c))
        };
        let before = listed(&w.session.as_ref().unwrap().engine);

        let pages: u32 = 1 + std::fs::metadata(w.session.as_ref().unwrap().store().path())
            .map_or(0, |m| m.len() as u32 / 4096);
        w.session.as_ref().unwrap().store().limit_pages_for_test(pages);
        let flood: Vec<_> = (1..200).map(|n| big_message("carol", n)).collect();
        w.run_batch(vec![
            job(Request::Engine(Command::Receive(flood))),
            job(Request::Engine(Command::GetList)),
        ]);
        assert_eq!(REPLIES.lock().unwrap()[2..], [6019, 6019]);
        let engine = &w.session.as_ref().unwrap().engine;
        assert!(engine.peek(&ConvKey::c2c("carol")).unwrap().is_none(), "memory reloaded from disk");
        assert!(listed(engine) == before, "state as before the batch");
        let _ = std::fs::remove_dir_all(dir);
    }
}
