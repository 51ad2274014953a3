//! Lifecycle (`TIMInit` … `TIMUninit`), the queue to the worker thread, and the synchronous
//! login snapshot. API callers only enqueue; everything else happens on the worker.

pub mod clock;
pub mod completion;
mod delivery;
pub mod feature_listeners;
pub mod job;
pub mod listeners;
pub mod local;
pub mod log;
mod orphans;
mod queue;
pub mod remote;
mod resident;
mod session;
pub mod settings;
mod ui_thread;
mod worker;

use std::path::PathBuf;
use std::sync::Arc;
use std::thread::{self, JoinHandle};
use std::time::Duration;

use once_cell::sync::Lazy;
use parking_lot::{Mutex, MutexGuard, RwLock};

use crate::engine::codes;
pub use completion::{CommCallback, Completion};
pub use job::{Job, Request};
use queue::Queue;
use ui_thread::UiThread;

/// `TIMLoginStatus` values.
pub mod login_status {
    pub const LOGINED: i32 = 1;
    pub const LOGINING: i32 = 2;
    pub const UNLOGINED: i32 = 3;
    pub const LOGOUTING: i32 = 4;
}

/// What `TIMInit` was given.
#[derive(Clone, Debug)]
pub struct InitConfig {
    pub sdk_app_id: u64,
    /// Directory holding one database per user.
    pub data_dir: PathBuf,
    /// The homeserver, if one is configured (else everything is local).
    pub server: Option<ServerConfig>,
    /// `sdk_config_main_thread_id`: which thread is the app's UI thread (Windows only; absent
    /// or 0: the process's main thread).
    pub main_thread_id: Option<i64>,
}

/// A homeserver configured in `TIMInit` (`timconv_homeserver`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServerConfig {
    /// Base URL, `http(s)://host[:port]`, no trailing slash.
    pub homeserver: String,
    /// `timconv_user_sig_is_access_token`: the user signature is an access token, not a JWT.
    pub sig_is_access_token: bool,
}

struct Runtime {
    queue: Arc<Queue>,
    worker: JoinHandle<()>,
    /// The app's UI thread, when callbacks are delivered there (Windows GUI apps).
    ui: Option<Arc<UiThread>>,
}

/// A worker told to stop from inside a callback, and its UI thread if it has one.
struct Retiring {
    worker: JoinHandle<()>,
    ui: Option<Arc<UiThread>>,
}

static RUNTIME: Lazy<Mutex<Option<Runtime>>> = Lazy::new(|| Mutex::new(None));

/// Held for the whole of a `TIMUninit`, so a second concurrent call returns only once the
/// first has finished shutting down.
static SHUTDOWN: Mutex<()> = parking_lot::const_mutex(());

/// Workers whose `TIMUninit` came from inside a callback: they finish their queue and exit on
/// their own; the next `TIMInit` or `TIMUninit` from outside a callback joins them.
static RETIRING: Mutex<Vec<Retiring>> = parking_lot::const_mutex(Vec::new());

thread_local! {
    /// Set on worker threads: a `TIMUninit` from a callback cannot wait for its own thread.
    static ON_WORKER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the calling thread is running a callback (on the worker, or on a UI thread).
fn in_callback() -> bool {
    ON_WORKER.with(|w| w.get()) || ui_thread::delivering_here()
}

/// Takes SHUTDOWN. A UI thread keeps running its due callbacks while it waits: the thread
/// holding SHUTDOWN may be a `TIMUninit` waiting for them.
fn lock_shutdown() -> MutexGuard<'static, ()> {
    if !ui_thread::is_ui_thread_here() {
        return SHUTDOWN.lock();
    }
    loop {
        if let Some(guard) = SHUTDOWN.try_lock_for(Duration::from_millis(2)) {
            return guard;
        }
        ui_thread::run_due_here();
    }
}

/// A job that only makes the worker flush (after a UI thread went away, it then delivers what
/// was left for it).
fn kick(queue: &Arc<Queue>) -> ui_thread::Kick {
    let queue = Arc::clone(queue);
    Box::new(move || {
        let request = Request::Answer { code: 0, desc: String::new(), json: String::new() };
        queue.push(Job { request, completion: Completion::none() });
    })
}

/// Login state readable without waiting for the worker.
#[derive(Clone, Debug)]
pub struct LoginSnapshot {
    pub status: i32,
    pub user_id: String,
}

static LOGIN: Lazy<RwLock<LoginSnapshot>> =
    Lazy::new(|| RwLock::new(LoginSnapshot { status: login_status::UNLOGINED, user_id: String::new() }));

/// The current login state.
pub fn login_snapshot() -> LoginSnapshot {
    LOGIN.read().clone()
}

fn set_login(status: i32, user_id: Option<&str>) {
    let mut snap = LOGIN.write();
    snap.status = status;
    if let Some(id) = user_id {
        snap.user_id = id.to_owned();
    }
}

/// Starts the worker. Returns false if already initialised (the running instance is kept).
pub fn init(config: InitConfig) -> std::io::Result<bool> {
    // Rejection callbacks are waited for without any lock held: one may call the API (even
    // TIMUninit, which takes SHUTDOWN). One queued meanwhile sends us round again, so none
    // outlives TIMInit.
    // Retired workers are joined before taking RUNTIME too: their callbacks may call the API.
    let (_shutdown_done, mut rt) = loop {
        orphans::join_all();
        let shutdown = (!in_callback()).then(lock_shutdown);
        join_retiring();
        let rt = RUNTIME.lock();
        if rt.is_some() || orphans::all_done() {
            break (shutdown, rt);
        }
    };
    if rt.is_some() {
        return Ok(false);
    }
    resident::stay_loaded();
    let queue = Arc::new(Queue::default());
    let ui = UiThread::attach(config.main_thread_id, kick(&queue)).map(Arc::new);
    let worker_queue = Arc::clone(&queue);
    let worker_ui = ui.clone();
    let spawned = thread::Builder::new().name("timconv-worker".into()).spawn(move || {
        ON_WORKER.with(|w| w.set(true));
        worker::run(config, worker_queue, worker_ui)
    });
    let worker = match spawned {
        Ok(worker) => worker,
        Err(e) => {
            if let Some(ui) = ui {
                ui.discard();
            }
            return Err(e);
        }
    };
    *rt = Some(Runtime { queue, worker, ui });
    Ok(true)
}

/// Stops intake, completes every accepted call, joins the worker and closes the database.
/// Concurrent calls all return only after the shutdown finished. On a UI thread that receives
/// the callbacks, the remaining ones run inside this call. From a callback it cannot wait: the
/// remaining calls complete right after that callback returns, and the next
/// `TIMInit`/`TIMUninit` from outside a callback waits for them.
pub fn uninit() {
    if in_callback() {
        let running = RUNTIME.lock().take(); // (a guard in `if let` would live through the block)
        if let Some(rt) = running {
            rt.queue.close();
            if let Some(ui) = &rt.ui {
                ui.retire();
            }
            RETIRING.lock().push(Retiring { worker: rt.worker, ui: rt.ui });
            set_login(login_status::UNLOGINED, Some(""));
        }
        return;
    }
    {
        let _one_at_a_time = lock_shutdown();
        // Taken in its own statement: RUNTIME must not stay locked while the worker finishes.
        let running = RUNTIME.lock().take();
        if let Some(rt) = running {
            rt.queue.close();
            finish(rt.worker, rt.ui);
            set_login(login_status::UNLOGINED, Some(""));
        }
        join_retiring();
    }
    // Outside SHUTDOWN: a rejection callback may itself call TIMUninit.
    orphans::join_all();
}

/// Waits for a stopped worker and for every callback it produced to have run.
fn finish(worker: JoinHandle<()>, ui: Option<Arc<UiThread>>) {
    let join = move || {
        let _ = worker.join();
    };
    match ui {
        Some(ui) => ui.finish(join),
        None => join(),
    }
}

/// Finishes workers that were told to stop from inside callbacks.
fn join_retiring() {
    if in_callback() {
        return;
    }
    let retiring = std::mem::take(&mut *RETIRING.lock());
    for r in retiring {
        finish(r.worker, r.ui);
    }
}

/// Whether `TIMInit` has succeeded (and `TIMUninit` not been called since).
pub fn is_initialized() -> bool {
    RUNTIME.lock().is_some()
}

/// Enqueues a request for an API that reports through a callback and returns its
/// `TIMResult`. If the SDK is not initialised the call is still accepted, and the callback
/// gets 6013 after the call returned, as the real SDK does (or, if that cannot be arranged,
/// the call is refused with `TIM_ERR_SDKUNINIT` and no callback).
#[must_use]
pub fn submit(request: Request, completion: Completion) -> i32 {
    let rejected = {
        let rt = RUNTIME.lock();
        match rt.as_ref() {
            Some(rt) => {
                if let Request::Login { .. } = request {
                    set_login(login_status::LOGINING, None);
                }
                if let Request::Logout = request {
                    if login_snapshot().status == login_status::LOGINED {
                        set_login(login_status::LOGOUTING, None);
                    }
                }
                rt.queue.push(Job { request, completion });
                None
            }
            None => Some(completion),
        }
    };
    let Some(completion) = rejected else { return SUCC };
    match orphans::reject(
        completion,
        codes::ERR_SDK_NOT_INITIALIZED,
        "the SDK is not initialised: call TIMInit first",
    ) {
        Ok(()) => SUCC,
        Err(refused) => {
            refused.disarm();
            ERR_SDKUNINIT
        }
    }
}

/// Answers an accepted call without a user or the store: through the queue (in order with
/// other calls) once initialised, else from the thread that reports pre-`TIMInit` calls. Used by
/// calls that work in any state (`TIMSetConfig`, local `callExperimentalAPI` operations).
#[must_use]
pub fn answer(completion: Completion, code: i32, desc: String, json: String) -> i32 {
    let rejected = {
        let rt = RUNTIME.lock();
        match rt.as_ref() {
            Some(rt) => {
                rt.queue.push(Job { request: Request::Answer { code, desc, json }, completion });
                None
            }
            None => Some((completion, desc, json)),
        }
    };
    let Some((completion, desc, json)) = rejected else { return SUCC };
    match orphans::answer(completion, code, desc, json) {
        Ok(()) => SUCC,
        Err(refused) => {
            refused.disarm();
            ERR_SDKUNINIT
        }
    }
}

/// Whether the calling thread is the worker.
pub(crate) fn on_worker() -> bool {
    ON_WORKER.with(|w| w.get())
}

/// Queues a log line for the app's log callback (dropped before `TIMInit`).
pub(crate) fn submit_log(level: u8, line: String) {
    if let Some(rt) = RUNTIME.lock().as_ref() {
        rt.queue.push(Job { request: Request::Log { level, line }, completion: Completion::none() });
    }
}

/// `TIMResult` values `submit` returns.
const SUCC: i32 = 0;
const ERR_SDKUNINIT: i32 = -1;

/// Why a synchronous API could not be accepted.
#[derive(Debug, PartialEq, Eq)]
pub enum NotReady {
    Uninitialized,
    NotLoggedIn,
}

/// Enqueues a request for an API without a callback. It must be initialised and, if
/// `needs_login`, logged in (or logging in) with no logout queued.
pub fn submit_sync(request: Request, needs_login: bool) -> Result<(), NotReady> {
    let rt = RUNTIME.lock();
    let rt = rt.as_ref().ok_or(NotReady::Uninitialized)?;
    if !needs_login {
        rt.queue.push(Job { request, completion: Completion::none() });
        return Ok(());
    }
    // Accepted while logged in or logging in; refused once nobody is, or a logout is queued
    // (the change would otherwise be dropped with no way to report it).
    let status = login_snapshot().status;
    if status == login_status::UNLOGINED || status == login_status::LOGOUTING {
        return Err(NotReady::NotLoggedIn);
    }
    rt.queue.push(Job { request, completion: Completion::none() });
    Ok(())
}

/// Where user data lives when `TIMInit` names no directory.
pub fn default_data_dir() -> PathBuf {
    let env_dir = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    let base = if cfg!(windows) {
        env_dir("APPDATA")
    } else {
        env_dir("XDG_DATA_HOME").or_else(|| env_dir("HOME").map(|h| h.join(".local").join("share")))
    };
    base.unwrap_or_else(std::env::temp_dir).join("timconv")
}
