//! The bare client the T figures are measured against, and the data setup: plain HTTP with
//! ureq and serde_json, no store.

use std::time::Duration;

use serde_json::{json, Value};

/// A logged-in bare client.
#[derive(Clone)]
pub struct Bare {
    pub agent: ureq::Agent,
    pub url: String,
    pub token: String,
    pub user_id: String,
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(300)))
        .http_status_as_error(false)
        .build()
        .into()
}

/// Percent-encodes a path segment or query value.
pub fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

impl Bare {
    /// Logs in with a JWT (a new device each time).
    pub fn login(url: &str, jwt: &str) -> Bare {
        let agent = agent();
        let answer = call(
            &agent,
            "POST",
            &format!("{url}/_matrix/client/v3/login"),
            None,
            Some(json!({"type": "org.matrix.login.jwt", "token": jwt})),
        );
        Bare {
            agent,
            url: url.to_owned(),
            token: answer["access_token"].as_str().expect("a token").to_owned(),
            user_id: answer["user_id"].as_str().expect("a user ID").to_owned(),
        }
    }

    pub fn request(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        call(&self.agent, method, &format!("{}/_matrix/client/v3{path}", self.url), Some(&self.token), body)
    }

    /// The raw bytes of a `GET sync`.
    pub fn sync_raw(&self, since: Option<&str>, filter: &str, timeout_ms: u64) -> Vec<u8> {
        self.try_sync_raw(since, filter, timeout_ms).expect("sync")
    }

    /// As `sync_raw`; `None` if the server does not answer.
    pub fn try_sync_raw(&self, since: Option<&str>, filter: &str, timeout_ms: u64) -> Option<Vec<u8>> {
        let mut url =
            format!("{}/_matrix/client/v3/sync?timeout={timeout_ms}&filter={}", self.url, enc(filter));
        if let Some(since) = since {
            url.push_str(&format!("&since={}", enc(since)));
        }
        let mut answer =
            self.agent.get(&url).header("Authorization", &format!("Bearer {}", self.token)).call().ok()?;
        answer.body_mut().with_config().limit(1 << 30).read_to_vec().ok()
    }

    pub fn create_room(&self, name: &str, invite: &[&str], direct: bool) -> String {
        let body = json!({"name": name, "preset": if direct {"trusted_private_chat"} else {"private_chat"},
                          "invite": invite, "is_direct": direct});
        self.request("POST", "/createRoom", Some(body))["room_id"].as_str().expect("a room").to_owned()
    }

    pub fn send(&self, room: &str, txn: &str, text: &str) -> String {
        let path = format!("/rooms/{}/send/m.room.message/{}", enc(room), enc(txn));
        let answer = self.request("PUT", &path, Some(json!({"msgtype": "m.text", "body": text})));
        answer["event_id"].as_str().unwrap_or_default().to_owned()
    }

    pub fn join(&self, room: &str) {
        self.request("POST", &format!("/join/{}", enc(room)), Some(json!({})));
    }
}

fn call(agent: &ureq::Agent, method: &str, url: &str, token: Option<&str>, body: Option<Value>) -> Value {
    for _ in 0..20 {
        let mut req = ureq::http::Request::builder().method(method).uri(url);
        if let Some(t) = token {
            req = req.header("Authorization", format!("Bearer {t}"));
        }
        let req = req
            .header("Content-Type", "application/json")
            .body(body.as_ref().map_or_else(String::new, Value::to_string))
            .unwrap();
        let mut answer = agent.run(req).expect("the homeserver answers");
        let status = answer.status().as_u16();
        let text = answer.body_mut().read_to_string().unwrap_or_default();
        if status == 429 {
            std::thread::sleep(Duration::from_millis(500));
            continue;
        }
        assert!(status < 300, "{method} {url}: {status} {text}");
        return serde_json::from_str(&text).unwrap_or(Value::Null);
    }
    panic!("{method} {url}: rate limited for good");
}
