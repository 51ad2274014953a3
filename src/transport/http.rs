//! The HTTP client of one session: JSON requests to the homeserver with the session's access
//! token, and their failures classified the way the transport acts on them.

use std::io::Read;
use std::time::Duration;

use parking_lot::Mutex;
use serde_json::Value;
use ureq::tls::{RootCerts, TlsConfig};
use ureq::Agent;

/// Largest answer read (an initial sync of tens of thousands of rooms fits).
const MAX_BODY_BYTES: u64 = 512 * 1024 * 1024;

/// How a request failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NetError {
    /// No answer: connection refused or reset, name not found, TLS failure, or (`timed_out`)
    /// no answer in time.
    Unreachable { why: String, timed_out: bool },
    /// The server answered with an error status (Matrix `errcode` / `error` when given).
    Status(StatusError),
    /// The answer is not the JSON the call expects (truncated, not JSON, wrong shape).
    Malformed(String),
}

/// An error answer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StatusError {
    pub status: u16,
    pub errcode: String,
    pub error: String,
    /// `retry_after_ms` of a 429 answer.
    pub retry_after_ms: Option<u64>,
    /// `soft_logout` of an `M_UNKNOWN_TOKEN` answer: the token expired, the device remains.
    pub soft_logout: bool,
}

impl NetError {
    /// Whether trying again later may succeed (no answer, rate limited, a server error, a
    /// garbled answer), as opposed to a refusal.
    pub fn is_transient(&self) -> bool {
        match self {
            NetError::Unreachable { .. } | NetError::Malformed(_) => true,
            NetError::Status(s) => s.status == 429 || s.status >= 500,
        }
    }

    /// Whether the server refused the access token.
    pub fn is_unknown_token(&self) -> bool {
        matches!(self, NetError::Status(s) if s.status == 401 || s.errcode == "M_UNKNOWN_TOKEN")
    }

    /// How long the server asked to wait (429).
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            NetError::Status(s) => s.retry_after_ms.map(Duration::from_millis),
            _ => None,
        }
    }
}

impl std::fmt::Display for NetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NetError::Unreachable { why, .. } => write!(f, "server unreachable: {why}"),
            NetError::Status(s) => write!(f, "HTTP {} {} {}", s.status, s.errcode, s.error),
            NetError::Malformed(why) => write!(f, "malformed answer: {why}"),
        }
    }
}

/// HTTP methods the client-server API needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Put,
    Delete,
}

/// A proxy from `TIMSetConfig`, as a URL (`http://user:pass@host:port`, `socks5://…`).
pub type ProxyUrl = String;

/// One session's client: the homeserver's base URL, the agent (connection pool, proxy, TLS)
/// and the access token, which a re-login replaces.
pub struct Http {
    agent: Agent,
    base: String,
    token: Mutex<Option<String>>,
}

impl Http {
    /// A client for `base` (`http(s)://host[:port]`, no trailing slash), through `proxy` if set.
    pub fn new(base: &str, proxy: Option<&str>) -> Result<Http, String> {
        let proxy = match proxy {
            Some(url) => Some(ureq::Proxy::new(url).map_err(|e| format!("proxy {url:?}: {e}"))?),
            None => None,
        };
        let config = Agent::config_builder()
            .http_status_as_error(false)
            .proxy(proxy)
            .timeout_connect(Some(Duration::from_secs(5)))
            .tls_config(TlsConfig::builder().root_certs(RootCerts::PlatformVerifier).build())
            .user_agent(concat!("timconv/", env!("CARGO_PKG_VERSION")))
            .build();
        Ok(Http {
            agent: config.into(),
            base: base.trim_end_matches('/').to_owned(),
            token: Mutex::new(None),
        })
    }

    /// Sets (or clears) the access token sent with every request.
    pub fn set_token(&self, token: Option<String>) {
        *self.token.lock() = token;
    }

    /// The access token in use.
    pub fn token(&self) -> Option<String> {
        self.token.lock().clone()
    }

    /// Performs a request on `path` (under the base URL, already percent-encoded) and returns
    /// the answer as JSON (an object; an empty body reads as `{}`).
    pub fn call(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
        timeout: Duration,
    ) -> Result<Value, NetError> {
        let bytes = self.call_raw(method, path, body, timeout)?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(Value::Object(Default::default()));
        }
        let value: Value = serde_json::from_slice(&bytes).map_err(|e| NetError::Malformed(e.to_string()))?;
        if !value.is_object() {
            return Err(NetError::Malformed("the answer is not a JSON object".into()));
        }
        Ok(value)
    }

    /// As `call`, returning the successful answer's bytes unparsed.
    pub fn call_raw(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
        timeout: Duration,
    ) -> Result<Vec<u8>, NetError> {
        let url = format!("{}{}", self.base, path);
        let token = self.token();
        let auth = token.as_ref().map(|t| format!("Bearer {t}"));
        let sent = match method {
            Method::Get | Method::Delete => {
                let mut req =
                    if method == Method::Get { self.agent.get(&url) } else { self.agent.delete(&url) };
                if let Some(auth) = &auth {
                    req = req.header("Authorization", auth);
                }
                req.config().timeout_global(Some(timeout)).build().call()
            }
            Method::Post | Method::Put => {
                let mut req =
                    if method == Method::Post { self.agent.post(&url) } else { self.agent.put(&url) };
                if let Some(auth) = &auth {
                    req = req.header("Authorization", auth);
                }
                let payload = body.map_or_else(|| b"{}".to_vec(), |b| b.to_string().into_bytes());
                req.config()
                    .timeout_global(Some(timeout))
                    .build()
                    .content_type("application/json")
                    .send(&payload[..])
            }
        };
        let mut answer = sent.map_err(unreachable)?;
        let status = answer.status().as_u16();
        let mut bytes = Vec::new();
        answer
            .body_mut()
            .with_config()
            .limit(MAX_BODY_BYTES)
            .reader()
            .read_to_end(&mut bytes)
            .map_err(|e| NetError::Malformed(format!("cannot read the answer: {e}")))?;
        if (200..300).contains(&status) {
            return Ok(bytes);
        }
        Err(NetError::Status(status_error(status, &bytes)))
    }
}

/// A failure without an answer (described without the token: it travels in a header).
fn unreachable(e: ureq::Error) -> NetError {
    match e {
        ureq::Error::Timeout(t) => {
            NetError::Unreachable { why: format!("no answer in time ({t})"), timed_out: true }
        }
        other => NetError::Unreachable { why: other.to_string(), timed_out: false },
    }
}

/// Reads a Matrix error answer; a body that is not the standard shape still gives the status.
fn status_error(status: u16, body: &[u8]) -> StatusError {
    let json: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    let text = |k: &str| json.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
    StatusError {
        status,
        errcode: text("errcode"),
        error: text("error"),
        retry_after_ms: json.get("retry_after_ms").and_then(Value::as_u64),
        soft_logout: json.get("soft_logout").and_then(Value::as_bool).unwrap_or(false),
    }
}

/// Percent-encodes one path segment or query value (everything but RFC 3986 unreserved
/// characters).
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_are_percent_encoded() {
        assert_eq!(encode("!abc:example.org"), "%21abc%3Aexample.org");
        assert_eq!(encode("@bob:hs/x y"), "%40bob%3Ahs%2Fx%20y");
        assert_eq!(encode("u.timconv.group.日"), "u.timconv.group.%E6%97%A5");
    }

    #[test]
    fn error_answers_are_classified() {
        let e = status_error(429, br#"{"errcode":"M_LIMIT_EXCEEDED","error":"slow","retry_after_ms":1500}"#);
        assert_eq!(e.retry_after_ms, Some(1500));
        assert!(NetError::Status(e).is_transient());
        let e = status_error(401, br#"{"errcode":"M_UNKNOWN_TOKEN","soft_logout":true}"#);
        assert!(e.soft_logout);
        let e = NetError::Status(e);
        assert!(e.is_unknown_token() && !e.is_transient());
        let garbage = status_error(502, b"<html>bad gateway");
        assert_eq!((garbage.status, garbage.errcode.as_str()), (502, ""));
        assert!(NetError::Status(garbage).is_transient());
        assert!(NetError::Malformed("x".into()).is_transient());
    }

    #[test]
    fn an_unreachable_server_is_reported_without_an_answer() {
        // A port nothing listens on: bind one, then close it.
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let http = Http::new(&format!("http://127.0.0.1:{port}"), None).unwrap();
        http.set_token(Some("secret-token".into()));
        let err =
            http.call(Method::Get, "/_matrix/client/versions", None, Duration::from_secs(2)).unwrap_err();
        assert!(matches!(&err, NetError::Unreachable { timed_out: false, .. }), "{err:?}");
        assert!(!err.to_string().contains("secret-token"), "tokens never appear in errors");
    }
}
