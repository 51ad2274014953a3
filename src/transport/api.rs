//! The Matrix client-server calls timconv makes, one function each: paths, request bodies and
//! the fields read from the answers.

use std::time::Duration;

use serde_json::{json, Map, Value};

use super::http::{encode, Http, Method, NetError};

const V3: &str = "/_matrix/client/v3";

/// How long an ordinary request may take.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(15);

/// What a login answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    /// The full Matrix user ID (`@alice:server`).
    pub user_id: String,
    pub access_token: String,
    pub device_id: String,
}

fn text(v: &Value, key: &str) -> Result<String, NetError> {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| NetError::Malformed(format!("the answer has no {key}")))
}

/// `POST login` with a JWT (`org.matrix.login.jwt`), on the device `device_id` when given.
pub fn login_jwt(
    http: &Http,
    jwt: &str,
    device_id: Option<&str>,
    timeout: Duration,
) -> Result<Account, NetError> {
    let mut body = json!({
        "type": "org.matrix.login.jwt",
        "token": jwt,
        "initial_device_display_name": "timconv",
    });
    if let Some(id) = device_id {
        body["device_id"] = Value::from(id);
    }
    let answer = http.call(Method::Post, &format!("{V3}/login"), Some(&body), timeout)?;
    Ok(Account {
        user_id: text(&answer, "user_id")?,
        access_token: text(&answer, "access_token")?,
        device_id: text(&answer, "device_id")?,
    })
}

/// `GET account/whoami` with the client's token: its user ID and device ID.
pub fn whoami(http: &Http, timeout: Duration) -> Result<(String, Option<String>), NetError> {
    let answer = http.call(Method::Get, &format!("{V3}/account/whoami"), None, timeout)?;
    let device = answer.get("device_id").and_then(Value::as_str).map(str::to_owned);
    Ok((text(&answer, "user_id")?, device))
}

/// `POST logout`: ends the token's device on the server.
pub fn logout(http: &Http) -> Result<(), NetError> {
    http.call(Method::Post, &format!("{V3}/logout"), None, REQUEST_TIMEOUT).map(drop)
}

/// `GET sync`: the raw answer (parsed by `inbound`). `timeout_ms` is the long-poll wait.
pub fn sync(http: &Http, since: Option<&str>, filter: &str, timeout_ms: u64) -> Result<Vec<u8>, NetError> {
    let mut path = format!("{V3}/sync?filter={}&timeout={timeout_ms}", encode(filter));
    if let Some(since) = since {
        path.push_str("&since=");
        path.push_str(&encode(since));
    }
    // The long poll plus time to transfer a large answer.
    let timeout = Duration::from_millis(timeout_ms) + Duration::from_secs(90);
    http.call_raw(Method::Get, &path, None, timeout)
}

/// `PUT rooms/{room}/send/m.room.message/{txn}`: returns the event ID.
pub fn send_message(
    http: &Http,
    room: &str,
    txn: &str,
    content: &Value,
    timeout: Duration,
) -> Result<String, NetError> {
    let path = format!("{V3}/rooms/{}/send/m.room.message/{}", encode(room), encode(txn));
    let answer = http.call(Method::Put, &path, Some(content), timeout)?;
    text(&answer, "event_id")
}

/// `GET rooms/{room}/event/{event}`.
pub fn get_event(http: &Http, room: &str, event: &str, timeout: Duration) -> Result<Value, NetError> {
    http.call(Method::Get, &format!("{V3}/rooms/{}/event/{}", encode(room), encode(event)), None, timeout)
}

/// `PUT rooms/{room}/redact/{event}/{txn}`.
pub fn redact(
    http: &Http,
    room: &str,
    event: &str,
    txn: &str,
    timeout: Duration,
) -> Result<String, NetError> {
    let path = format!("{V3}/rooms/{}/redact/{}/{}", encode(room), encode(event), encode(txn));
    let answer = http.call(Method::Put, &path, Some(&json!({})), timeout)?;
    text(&answer, "event_id")
}

/// `POST createRoom` for a direct chat with `peer` (invited, `is_direct`): the room ID.
pub fn create_direct_room(http: &Http, peer: &str, timeout: Duration) -> Result<String, NetError> {
    let body = json!({"is_direct": true, "invite": [peer], "preset": "trusted_private_chat"});
    let answer = http.call(Method::Post, &format!("{V3}/createRoom"), Some(&body), timeout)?;
    text(&answer, "room_id")
}

/// `POST join/{room}`: the joined room's ID.
pub fn join(http: &Http, room: &str) -> Result<String, NetError> {
    let answer = http.call(Method::Post, &format!("{V3}/join/{}", encode(room)), None, REQUEST_TIMEOUT)?;
    text(&answer, "room_id")
}

/// `POST rooms/{room}/read_markers`: the fully-read marker and a read receipt at `event`.
pub fn read_markers(http: &Http, room: &str, event: &str) -> Result<(), NetError> {
    let body = json!({"m.fully_read": event, "m.read": event});
    http.call(
        Method::Post,
        &format!("{V3}/rooms/{}/read_markers", encode(room)),
        Some(&body),
        REQUEST_TIMEOUT,
    )
    .map(drop)
}

/// `GET user/{me}/rooms/{room}/tags`: tag name → tag content.
pub fn get_tags(http: &Http, me: &str, room: &str) -> Result<Map<String, Value>, NetError> {
    let path = format!("{V3}/user/{}/rooms/{}/tags", encode(me), encode(room));
    let answer = http.call(Method::Get, &path, None, REQUEST_TIMEOUT)?;
    Ok(answer.get("tags").and_then(Value::as_object).cloned().unwrap_or_default())
}

/// `PUT` (`on`) or `DELETE` a room tag.
pub fn set_tag(http: &Http, me: &str, room: &str, tag: &str, on: bool) -> Result<(), NetError> {
    let path = format!("{V3}/user/{}/rooms/{}/tags/{}", encode(me), encode(room), encode(tag));
    let result = if on {
        http.call(Method::Put, &path, Some(&json!({})), REQUEST_TIMEOUT)
    } else {
        http.call(Method::Delete, &path, None, REQUEST_TIMEOUT)
    };
    result.map(drop)
}

/// `PUT user/{me}/account_data/{type}` (`room` None) or the room's account data.
pub fn put_account_data(
    http: &Http,
    me: &str,
    room: Option<&str>,
    kind: &str,
    content: &Value,
) -> Result<(), NetError> {
    let path = match room {
        None => format!("{V3}/user/{}/account_data/{}", encode(me), encode(kind)),
        Some(room) => {
            format!("{V3}/user/{}/rooms/{}/account_data/{}", encode(me), encode(room), encode(kind))
        }
    };
    http.call(Method::Put, &path, Some(content), REQUEST_TIMEOUT).map(drop)
}

/// `GET user/{me}/account_data/{type}`: the content, `None` if never set.
pub fn get_account_data(http: &Http, me: &str, kind: &str) -> Result<Option<Value>, NetError> {
    let path = format!("{V3}/user/{}/account_data/{}", encode(me), encode(kind));
    match http.call(Method::Get, &path, None, REQUEST_TIMEOUT) {
        Ok(content) => Ok(Some(content)),
        Err(NetError::Status(s)) if s.status == 404 => Ok(None),
        Err(e) => Err(e),
    }
}

/// `GET rooms/{room}/messages` going back from `from` (to `to` when given): the answer.
pub fn messages_back(
    http: &Http,
    room: &str,
    from: &str,
    to: Option<&str>,
    limit: u32,
) -> Result<Value, NetError> {
    let mut path = format!("{V3}/rooms/{}/messages?dir=b&from={}&limit={limit}", encode(room), encode(from));
    if let Some(to) = to {
        path.push_str("&to=");
        path.push_str(&encode(to));
    }
    http.call(Method::Get, &path, None, REQUEST_TIMEOUT)
}
