//! Matrix events as the transport reads them: every field optional, every value checked, so
//! one malformed event is skipped instead of spoiling the answer it came in.

use serde_json::Value;

/// One event of a sync answer or a history page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Event {
    /// `type`.
    pub kind: String,
    /// Empty for ephemeral and account-data events.
    pub event_id: String,
    pub sender: String,
    pub origin_server_ts: u64,
    pub state_key: Option<String>,
    pub content: Value,
    /// `redacts` (in the event or, from room version 11 on, in its content).
    pub redacts: Option<String>,
    /// `unsigned.transaction_id`: set on the sending device's own events.
    pub transaction_id: Option<String>,
    /// Whether the event was redacted before it reached us (`unsigned.redacted_because`).
    pub redacted: bool,
    /// A state event's previous content (`unsigned.prev_content`), if it replaced one.
    pub prev_content: Option<Value>,
}

impl Event {
    /// Reads one event; `None` when it is not an object with a string `type`.
    pub fn from_value(v: &Value) -> Option<Event> {
        let obj = v.as_object()?;
        let text = |k: &str| obj.get(k).and_then(Value::as_str).map(str::to_owned);
        let unsigned = obj.get("unsigned");
        let content = obj
            .get("content")
            .filter(|c| c.is_object())
            .cloned()
            .unwrap_or(Value::Object(Default::default()));
        let redacts =
            text("redacts").or_else(|| content.get("redacts").and_then(Value::as_str).map(str::to_owned));
        Some(Event {
            kind: text("type")?,
            event_id: text("event_id").unwrap_or_default(),
            sender: text("sender").unwrap_or_default(),
            origin_server_ts: obj.get("origin_server_ts").and_then(Value::as_u64).unwrap_or(0),
            state_key: text("state_key"),
            redacts,
            transaction_id: unsigned
                .and_then(|u| u.get("transaction_id"))
                .and_then(Value::as_str)
                .map(str::to_owned),
            redacted: unsigned.and_then(|u| u.get("redacted_because")).is_some(),
            prev_content: unsigned
                .and_then(|u| u.get("prev_content"))
                .or_else(|| obj.get("prev_content"))
                .filter(|c| c.is_object())
                .cloned(),
            content,
        })
    }

    /// The events of `{"events": [...]}` at `v` (absent or malformed: none).
    pub fn list(v: Option<&Value>) -> Vec<Event> {
        v.and_then(|v| v.get("events"))
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Event::from_value).collect())
            .unwrap_or_default()
    }

    /// A string field of the content.
    pub fn content_str(&self, key: &str) -> Option<&str> {
        self.content.get(key).and_then(Value::as_str)
    }

    /// Whether this is a state event of `kind` (any state key).
    pub fn is_state(&self, kind: &str) -> bool {
        self.kind == kind && self.state_key.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn malformed_events_are_skipped_and_fields_checked() {
        let events = json!({"events": [
            {"type": "m.room.message", "event_id": "$1", "sender": "@a:hs", "origin_server_ts": 5,
             "content": {"body": "x"}, "unsigned": {"transaction_id": "t1"}},
            {"type": 7}, "not an object", null,
            {"type": "m.room.redaction", "content": {"redacts": "$1"}, "origin_server_ts": "soon"},
        ]});
        let list = Event::list(Some(&events));
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].transaction_id.as_deref(), Some("t1"));
        assert_eq!(list[1].redacts.as_deref(), Some("$1"));
        assert_eq!(list[1].origin_server_ts, 0, "a timestamp of the wrong type reads as unknown");
        assert!(Event::list(Some(&json!({"events": "nope"}))).is_empty());
        assert!(Event::list(None).is_empty());
    }
}
