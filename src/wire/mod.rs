//! The JSON shapes of the C API. Field names are the JSON keys; `keys` holds every key string.

pub mod config;
pub mod conversation;
pub mod groups;
pub mod keys;
pub mod local_params;
pub mod message;
pub mod params;
pub mod search;

use serde::de::DeserializeOwned;

/// Why an argument was rejected: which `TIMResult` and a description.
#[derive(Debug, PartialEq, Eq)]
pub struct Invalid {
    /// `TIM_ERR_JSON` (-3) or `TIM_ERR_PARAM` (-4).
    pub result: i32,
    pub desc: String,
}

/// `TIM_ERR_JSON`.
pub const ERR_JSON: i32 = -3;
/// `TIM_ERR_PARAM`.
pub const ERR_PARAM: i32 = -4;

impl Invalid {
    pub fn param(desc: impl Into<String>) -> Invalid {
        Invalid { result: ERR_PARAM, desc: desc.into() }
    }

    pub fn json(desc: impl Into<String>) -> Invalid {
        Invalid { result: ERR_JSON, desc: desc.into() }
    }

    /// The same refusal under the SDK's older convention, which some functions keep: JSON that
    /// does not parse or has the wrong shape is `TIM_ERR_PARAM` there, as any other bad argument.
    pub fn as_param(self) -> Invalid {
        Invalid { result: ERR_PARAM, ..self }
    }
}

/// Text written by the JSON writers (ASCII punctuation, serde_json output, stored JSON text).
pub(crate) fn into_string(out: Vec<u8>) -> String {
    String::from_utf8(out).expect("JSON is UTF-8")
}

/// Whether `text` is exactly one JSON object (whitespace around it allowed): stored JSON text
/// is checked with this before it is handed to the app as part of a reply.
pub fn is_json_object(text: &str) -> bool {
    text.trim_start().starts_with('{') && serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok()
}

/// Parses a JSON argument: malformed JSON and values of the wrong shape are `TIM_ERR_JSON`.
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, Invalid> {
    serde_json::from_str(text).map_err(|e| Invalid::json(format!("invalid JSON: {e}")))
}

/// Parses a JSON object argument. (serde would also read a struct from an array, by position;
/// the SDK's parameters are objects, so anything else is `TIM_ERR_JSON`.)
pub fn parse_object<T: DeserializeOwned>(text: &str) -> Result<T, Invalid> {
    if !text.trim_start().starts_with('{') {
        return Err(Invalid::json("expected a JSON object"));
    }
    parse(text)
}

/// Parses a JSON array of objects.
pub fn parse_objects<T: DeserializeOwned>(text: &str) -> Result<Vec<T>, Invalid> {
    let raw: Vec<&serde_json::value::RawValue> =
        serde_json::from_str(text).map_err(|e| Invalid::json(format!("invalid JSON: {e}")))?;
    raw.into_iter().map(|r| parse_object(r.get())).collect()
}

/// Converts a JSON value that must be an object.
pub fn from_object<T: DeserializeOwned>(value: serde_json::Value, what: &str) -> Result<T, Invalid> {
    if !value.is_object() {
        return Err(Invalid::json(format!("{what} must be a JSON object")));
    }
    serde_json::from_value(value).map_err(|e| Invalid::json(format!("{what}: {e}")))
}
