//! The JSON shapes of the C API. Field names are the JSON keys; `keys` holds every key string.

pub mod config;
pub mod conversation;
pub mod keys;
pub mod message;
pub mod params;

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
}

/// Parses a JSON argument: malformed JSON and values of the wrong shape are `TIM_ERR_JSON`.
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, Invalid> {
    serde_json::from_str(text).map_err(|e| Invalid::json(format!("invalid JSON: {e}")))
}
