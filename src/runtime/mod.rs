//! Lifecycle (`TIMInit` … `TIMUninit`), the queue to the worker thread, and the synchronous
//! login snapshot. API callers only enqueue; everything else happens on the worker.

pub mod clock;
pub mod completion;
mod delivery;
pub mod job;
pub mod listeners;
mod orphans;
mod queue;
mod session;
mod worker;

use std::path::PathBuf;
use std::sync::Arc;
use std::thread::{self, JoinHandle, ThreadId};

use once_cell::sync::Lazy;
use parking_lot::{Mutex, RwLock};

use crate::engine::codes;
pub use completion::{CommCallback, Completion};
pub use job::{Job, Request};
use queue::Queue;

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
}

struct Runtime {
    queue: Arc<Queue>,
    worker: JoinHandle<()>,
    worker_id: ThreadId,
}

static RUNTIME: Lazy<Mutex<Option<Runtime>>> = Lazy::new(|| Mutex::new(None));

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
    // Rejection callbacks are joined without the lock: one may call the API, which takes it.
    // One spawned meanwhile sends us round again, so none outlives `TIMInit`.
    let mut rt = loop {
        orphans::join_all();
        let rt = RUNTIME.lock();
        if rt.is_some() || orphans::all_done() {
            break rt;
        }
    };
    if rt.is_some() {
        return Ok(false);
    }
    let queue = Arc::new(Queue::default());
    let worker_queue = Arc::clone(&queue);
    let worker = thread::Builder::new()
        .name("timconv-worker".into())
        .spawn(move || worker::run(config, &worker_queue))?;
    let worker_id = worker.thread().id();
    *rt = Some(Runtime { queue, worker, worker_id });
    Ok(true)
}

/// Stops intake, completes every accepted call, joins the worker and closes the database.
/// From a callback (on the worker itself) it cannot wait: the worker finishes the queue right
/// after that callback returns, then exits.
pub fn uninit() {
    let Some(rt) = RUNTIME.lock().take() else {
        orphans::join_all();
        return;
    };
    rt.queue.close();
    if thread::current().id() != rt.worker_id {
        let _ = rt.worker.join();
    }
    orphans::join_all();
    set_login(login_status::UNLOGINED, Some(""));
}

/// Whether `TIMInit` has succeeded (and `TIMUninit` not been called since).
pub fn is_initialized() -> bool {
    RUNTIME.lock().is_some()
}

/// Enqueues a request for an API that reports through a callback. If the SDK is not
/// initialised the call is still accepted, and the callback gets 6013 on another thread, as the
/// real SDK does.
pub fn submit(request: Request, completion: Completion) {
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
    if let Some(completion) = rejected {
        orphans::reject(
            completion,
            codes::ERR_SDK_NOT_INITIALIZED,
            "the SDK is not initialised: call TIMInit first",
        );
    }
}

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
