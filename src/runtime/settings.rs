//! `TIMSetConfig`: the log levels and console output take effect at once; the HTTP and SOCKS5
//! proxies apply to the homeserver connection of the next login; every other key (user config,
//! user-defined data, DNS choice, PAC proxy) is checked for its JSON type, kept and reported
//! back, and changes nothing else. Settings live outside `TIMInit`/`TIMUninit`, as the SDK's do.

use once_cell::sync::Lazy;
use parking_lot::Mutex;
use serde_json::{Map, Value};

use super::log;
use crate::wire::{keys, Invalid};

static KEPT: Lazy<Mutex<Map<String, Value>>> = Lazy::new(Mutex::default);

/// A SetConfig key and the JSON type its value must have.
enum Kind {
    Level,
    Bool,
    Text,
    Object,
}

fn kind_of(key: &str) -> Option<Kind> {
    Some(match key {
        keys::kTIMSetConfigLogLevel | keys::kTIMSetConfigCallbackLogLevel => Kind::Level,
        keys::kTIMSetConfigIsLogOutputConsole | keys::kTIMSetConfigIsOnlyLocalDNSSource => Kind::Bool,
        keys::kTIMSetConfigUserDefineData => Kind::Text,
        keys::kTIMSetConfigUserConfig
        | keys::kTIMSetConfigHttpProxyInfo
        | keys::kTIMSetConfigSocks5ProxyInfo
        | keys::kTIMSetConfigPACProxyInfo => Kind::Object,
        _ => return None,
    })
}

/// Checks a SetConfig object: each known key must hold its type (levels 0..=7); unknown keys
/// are ignored. `TIM_ERR_PARAM` names the first bad key.
pub fn check(config: &Map<String, Value>) -> Result<(), Invalid> {
    for (key, value) in config {
        let ok = match kind_of(key) {
            None => true,
            Some(Kind::Level) => value.as_u64().is_some_and(|l| l <= u64::from(log::level::ASSERT)),
            Some(Kind::Bool) => value.is_boolean(),
            Some(Kind::Text) => value.is_string(),
            Some(Kind::Object) => value.is_object(),
        };
        if !ok {
            return Err(Invalid::param(format!("{key} has the wrong type or value")));
        }
    }
    Ok(())
}

/// Applies a checked SetConfig object and returns the whole configuration now, as JSON: the
/// log keys always, every other known key once set.
pub fn apply(config: Map<String, Value>) -> String {
    let level = |k: &str| config.get(k).and_then(Value::as_u64).map(|l| l as u8);
    let console = config.get(keys::kTIMSetConfigIsLogOutputConsole).and_then(Value::as_bool);
    log::set_levels(level(keys::kTIMSetConfigLogLevel), level(keys::kTIMSetConfigCallbackLogLevel), console);
    let mut kept = KEPT.lock();
    for (key, value) in config {
        if kind_of(&key).is_some() {
            kept.insert(key, value);
        }
    }
    let (file, callback, console) = log::levels();
    let mut all = kept.clone();
    all.insert(keys::kTIMSetConfigLogLevel.into(), file.into());
    all.insert(keys::kTIMSetConfigCallbackLogLevel.into(), callback.into());
    all.insert(keys::kTIMSetConfigIsLogOutputConsole.into(), console.into());
    Value::Object(all).to_string()
}

/// The proxy for homeserver connections, as a URL: the SOCKS5 proxy if one is set, else the
/// HTTP proxy (`set_config_*_proxy_info` with an IP/host and a port).
pub fn proxy_url() -> Option<String> {
    let kept = KEPT.lock();
    let from = |config: &str, scheme: &str, prefix: &str| -> Option<String> {
        let info = kept.get(config)?;
        let text =
            |k: &str| info.get(format!("{prefix}_{k}")).and_then(Value::as_str).unwrap_or("").to_owned();
        let host = text("ip");
        let port =
            info.get(format!("{prefix}_port")).and_then(Value::as_u64).filter(|p| *p > 0 && *p < 65536)?;
        if host.is_empty() {
            return None;
        }
        let (user, password) = (text("username"), text("password"));
        let auth = if user.is_empty() {
            String::new()
        } else {
            format!(
                "{}:{}@",
                crate::transport::http::encode(&user),
                crate::transport::http::encode(&password)
            )
        };
        let host = if host.contains(':') && !host.starts_with('[') { format!("[{host}]") } else { host };
        Some(format!("{scheme}://{auth}{host}:{port}"))
    };
    from(keys::kTIMSetConfigSocks5ProxyInfo, "socks5", "socks5_proxy_info")
        .or_else(|| from(keys::kTIMSetConfigHttpProxyInfo, "http", "http_proxy_info"))
}
