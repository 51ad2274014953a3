//! Logging in against the homeserver. The user signature is a JWT the server verifies
//! (`org.matrix.login.jwt`), or, when `TIMInit` says so, an access token. The server must name
//! the same user; one data directory is one device, whose ID is passed again at every login.
//! A server that cannot be reached does not stop a user who has logged in here before: the
//! session starts from the local data and syncs once the server answers.

use std::sync::Arc;
use std::time::Duration;

use super::super::Worker;
use super::inbound::SINCE;
use super::state::ServerSession;
use crate::engine::codes;
use crate::runtime::job::{Job as QueueJob, Request};
use crate::runtime::log::{self, log};
use crate::runtime::session::Session;
use crate::runtime::{login_status, set_login, settings, Completion, ServerConfig};
use crate::transport::api::{self, Account};
use crate::transport::{errors, ids, Http, Link, NetError, OutItem, Transport};

/// Stored names of the session's server values.
pub const ACCESS_TOKEN: &str = "access_token";
const DEVICE_ID: &str = "device_id";
const USER: &str = "user";

/// How long a login waits for the server before it goes on offline.
const LOGIN_TIMEOUT: Duration = Duration::from_secs(10);

impl Worker {
    /// Logs `user_id` in against the homeserver; the callback reports the server's verdict.
    pub(in super::super) fn login_to_server(
        &mut self,
        server: &ServerConfig,
        user_id: &str,
        user_sig: &str,
        completion: Completion,
    ) {
        let fail = |worker: &mut Worker, completion: Completion, code: i32, desc: String| {
            log!(log::level::ERROR, "login", "{user_id} cannot log in: {desc}");
            set_login(login_status::UNLOGINED, Some(""));
            worker.reply(completion, code, desc, String::new());
        };
        let mut session = match Session::open(&self.config, user_id) {
            Ok(session) => session,
            Err(err) => return fail(self, completion, err.code, err.desc),
        };
        let stored = match session.store().server_state() {
            Ok(stored) => stored,
            Err(err) => return fail(self, completion, err.code, err.desc),
        };
        let http = match Http::new(&server.homeserver, settings::proxy_url().as_deref()) {
            Ok(http) => http,
            Err(why) => return fail(self, completion, codes::ERR_INVALID_PARAMETERS, why),
        };
        let device = stored.get(DEVICE_ID).map(String::as_str);
        let (account, online) = match authenticate(&http, server, user_sig, device) {
            Ok(account) => (account, true),
            Err(e) if e.is_transient() => {
                // Offline: the device's last session, if it was this user's, carries on.
                let offline = match (stored.get(USER), stored.get(ACCESS_TOKEN), stored.get(DEVICE_ID)) {
                    (Some(me), Some(token), Some(device)) if owner(me).as_deref() == Some(user_id) => {
                        let token = if server.sig_is_access_token { user_sig } else { token.as_str() };
                        Some(Account {
                            user_id: me.clone(),
                            access_token: token.to_owned(),
                            device_id: device.clone(),
                        })
                    }
                    _ => None,
                };
                match offline {
                    Some(account) => {
                        log!(
                            log::level::WARN,
                            "login",
                            "{user_id}: the homeserver cannot be reached ({e}); continuing offline"
                        );
                        (account, false)
                    }
                    None => {
                        let desc = format!("cannot reach the homeserver ({e}) and this device has no session of {user_id} to continue offline");
                        return fail(self, completion, errors::code_for(&e, false), desc);
                    }
                }
            }
            Err(e) => {
                return fail(
                    self,
                    completion,
                    errors::login_code(&e),
                    format!("the homeserver refused the login: {e}"),
                )
            }
        };
        if owner(&account.user_id).as_deref() != Some(user_id) {
            if online && !server.sig_is_access_token {
                // Do not leave the other user a device they never asked for.
                http.set_token(Some(account.access_token.clone()));
                let _ = api::logout(&http);
            }
            let desc = format!("the user signature belongs to {}, not to {user_id}", account.user_id);
            return fail(self, completion, errors::ERR_SVR_ACCOUNT_USERSIG_MISMATCH_ID, desc);
        }
        let outbox: Vec<(u64, OutItem)> = match session.store().server_outbox() {
            Ok(items) => items
                .into_iter()
                .filter_map(|(id, text)| OutItem::from_text(&text).map(|i| (id, i)))
                .collect(),
            Err(err) => return fail(self, completion, err.code, err.desc),
        };
        let rooms = match session.store().server_rooms() {
            Ok(rooms) => rooms,
            Err(err) => return fail(self, completion, err.code, err.desc),
        };
        http.set_token(Some(account.access_token.clone()));
        self.generation += 1;
        let generation = self.generation;
        let queue = Arc::clone(&self.queue);
        let sink = Box::new(move |event| {
            queue.push(QueueJob {
                request: Request::Server { generation, event },
                completion: Completion::none(),
            })
        });
        let jwt = (!server.sig_is_access_token).then(|| user_sig.to_owned());
        let link = Link::new(http, account.user_id.clone(), account.device_id.clone(), jwt, sink);
        let transport = match Transport::start(link, stored.get(SINCE).cloned(), outbox.clone()) {
            Ok(t) => t,
            Err(e) => {
                return fail(
                    self,
                    completion,
                    codes::ERR_SDK_INTERNAL_ERROR,
                    format!("cannot start the sync: {e}"),
                )
            }
        };
        session.server = Some(ServerSession::new(transport, generation, rooms, &outbox));
        log!(
            log::level::INFO,
            "login",
            "{user_id} logged in as {} on device {} ({}; {})",
            account.user_id,
            account.device_id,
            if online { "online" } else { "offline" },
            session.store().path().display()
        );
        self.session = Some(session);
        if online {
            let state = &mut self.batch.server.state;
            state.insert(USER.into(), Some(account.user_id));
            state.insert(DEVICE_ID.into(), Some(account.device_id));
            state.insert(ACCESS_TOKEN.into(), Some(account.access_token));
        }
        self.resubscribe();
        set_login(login_status::LOGINED, Some(user_id));
        self.reply(completion, 0, "", String::new());
        self.resume_sends();
        self.notify_totals();
    }
}

/// Checks the signature with the server: the account it logs in (JWT), or whose it is
/// (access token).
fn authenticate(
    http: &Http,
    server: &ServerConfig,
    user_sig: &str,
    device: Option<&str>,
) -> Result<Account, NetError> {
    if server.sig_is_access_token {
        http.set_token(Some(user_sig.to_owned()));
        let (user_id, device_id) = api::whoami(http, LOGIN_TIMEOUT)?;
        Ok(Account { user_id, access_token: user_sig.to_owned(), device_id: device_id.unwrap_or_default() })
    } else {
        api::login_jwt(http, user_sig, device, LOGIN_TIMEOUT)
    }
}

/// The SDK user a Matrix user ID belongs to (on its own server).
fn owner(mxid: &str) -> Option<String> {
    ids::user_id(mxid, ids::server_of(mxid)?)
}
