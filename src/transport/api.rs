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
    // The long poll plus time to make and transfer a large answer; a first sync of a big
    // account can take the server minutes.
    let extra = if since.is_none() { Duration::from_secs(600) } else { Duration::from_secs(90) };
    let timeout = Duration::from_millis(timeout_ms) + extra;
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

/// `POST createRoom` with `body` (built by `groups`): the room ID.
pub fn create_room(http: &Http, body: &Value) -> Result<String, NetError> {
    let answer = http.call(Method::Post, &format!("{V3}/createRoom"), Some(body), REQUEST_TIMEOUT)?;
    text(&answer, "room_id")
}

/// `POST rooms/{room}/leave`.
pub fn leave(http: &Http, room: &str) -> Result<(), NetError> {
    http.call(Method::Post, &format!("{V3}/rooms/{}/leave", encode(room)), None, REQUEST_TIMEOUT).map(drop)
}

/// `POST rooms/{room}/invite` of `user`.
pub fn invite(http: &Http, room: &str, user: &str) -> Result<(), NetError> {
    let body = json!({"user_id": user});
    http.call(Method::Post, &format!("{V3}/rooms/{}/invite", encode(room)), Some(&body), REQUEST_TIMEOUT)
        .map(drop)
}

/// `POST rooms/{room}/kick` of `user`, with a reason if given.
pub fn kick(http: &Http, room: &str, user: &str, reason: Option<&str>) -> Result<(), NetError> {
    let mut body = json!({"user_id": user});
    if let Some(reason) = reason {
        body["reason"] = Value::from(reason);
    }
    http.call(Method::Post, &format!("{V3}/rooms/{}/kick", encode(room)), Some(&body), REQUEST_TIMEOUT)
        .map(drop)
}

/// `GET rooms/{room}/state`: every current state event of the room.
pub fn room_state(http: &Http, room: &str) -> Result<Vec<Value>, NetError> {
    let path = format!("{V3}/rooms/{}/state", encode(room));
    let bytes = http.call_raw(Method::Get, &path, None, REQUEST_TIMEOUT)?;
    match serde_json::from_slice::<Value>(&bytes) {
        Ok(Value::Array(events)) => Ok(events),
        _ => Err(NetError::Malformed("the room state is not a JSON array".into())),
    }
}

/// `GET rooms/{room}/state/{type}/{key}`: the content, `None` if there is no such state.
pub fn get_state(http: &Http, room: &str, kind: &str, key: &str) -> Result<Option<Value>, NetError> {
    let path = format!("{V3}/rooms/{}/state/{}/{}", encode(room), encode(kind), encode(key));
    match http.call(Method::Get, &path, None, REQUEST_TIMEOUT) {
        Ok(content) => Ok(Some(content)),
        Err(NetError::Status(s)) if s.status == 404 => Ok(None),
        Err(e) => Err(e),
    }
}

/// `PUT rooms/{room}/state/{type}/{key}`.
pub fn put_state(http: &Http, room: &str, kind: &str, key: &str, content: &Value) -> Result<(), NetError> {
    let path = format!("{V3}/rooms/{}/state/{}/{}", encode(room), encode(kind), encode(key));
    http.call(Method::Put, &path, Some(content), REQUEST_TIMEOUT).map(drop)
}

/// `GET joined_rooms`.
pub fn joined_rooms(http: &Http) -> Result<Vec<String>, NetError> {
    let answer = http.call(Method::Get, &format!("{V3}/joined_rooms"), None, REQUEST_TIMEOUT)?;
    let rooms = answer
        .get("joined_rooms")
        .and_then(Value::as_array)
        .ok_or_else(|| NetError::Malformed("the answer has no joined_rooms".into()))?;
    Ok(rooms.iter().filter_map(Value::as_str).map(str::to_owned).collect())
}

/// `GET directory/room/{alias}`: the room an alias names, `None` if it names none.
pub fn resolve_alias(http: &Http, alias: &str) -> Result<Option<String>, NetError> {
    let path = format!("{V3}/directory/room/{}", encode(alias));
    match http.call(Method::Get, &path, None, REQUEST_TIMEOUT) {
        Ok(answer) => text(&answer, "room_id").map(Some),
        Err(NetError::Status(s)) if s.status == 404 => Ok(None),
        Err(e) => Err(e),
    }
}

/// `DELETE directory/room/{alias}`.
pub fn delete_alias(http: &Http, alias: &str) -> Result<(), NetError> {
    let path = format!("{V3}/directory/room/{}", encode(alias));
    http.call(Method::Delete, &path, None, REQUEST_TIMEOUT).map(drop)
}

/// `GET profile/{user}`: the profile's fields, `None` if the user has none.
pub fn get_profile(http: &Http, user: &str) -> Result<Option<Map<String, Value>>, NetError> {
    match http.call(Method::Get, &format!("{V3}/profile/{}", encode(user)), None, REQUEST_TIMEOUT) {
        Ok(Value::Object(fields)) => Ok(Some(fields)),
        Ok(_) => Ok(Some(Map::new())),
        Err(NetError::Status(s)) if s.status == 404 => Ok(None),
        Err(e) => Err(e),
    }
}

/// `PUT profile/{me}/{field}` (`displayname`, `avatar_url`).
pub fn put_profile(http: &Http, me: &str, field: &str, value: &str) -> Result<(), NetError> {
    let path = format!("{V3}/profile/{}/{}", encode(me), encode(field));
    http.call(Method::Put, &path, Some(&json!({ field: value })), REQUEST_TIMEOUT).map(drop)
}
