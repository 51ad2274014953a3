//! `TIMInit`'s SdkConfig.

use serde::Deserialize;

use super::Invalid;

/// The SdkConfig keys timconv uses; every other key is accepted and ignored.
#[derive(Deserialize, Default, Debug)]
#[serde(default)]
pub struct SdkConfig {
    /// Directory under which each user's database lives.
    pub sdk_config_config_file_path: Option<String>,
    /// Directory of the log file (default: `log` inside the data directory).
    pub sdk_config_log_file_path: Option<String>,
    /// The Matrix homeserver (`http(s)://…`); absent or empty: no server, everything local.
    pub timconv_homeserver: Option<String>,
    /// The user signature `TIMLogin` gets is an access token, not a JWT.
    pub timconv_user_sig_is_access_token: bool,
    /// The app's UI thread (Windows); any JSON value is accepted, only an integer is used.
    pub sdk_config_main_thread_id: Option<serde_json::Value>,
}

impl SdkConfig {
    /// The configured homeserver; a value that is not an `http(s)://` URL is `TIM_ERR_PARAM`.
    pub fn server(&self) -> Result<Option<crate::runtime::ServerConfig>, Invalid> {
        let Some(url) = self.timconv_homeserver.as_deref().filter(|u| !u.is_empty()) else {
            return Ok(None);
        };
        let homeserver = crate::transport::check_homeserver_url(url).map_err(Invalid::param)?;
        let sig_is_access_token = self.timconv_user_sig_is_access_token;
        Ok(Some(crate::runtime::ServerConfig { homeserver, sig_is_access_token }))
    }

    /// `sdk_config_main_thread_id` if it is an integer (one beyond `i64` names no thread: -1).
    pub fn main_thread_id(&self) -> Option<i64> {
        let v = self.sdk_config_main_thread_id.as_ref()?;
        v.as_i64().or_else(|| v.as_u64().map(|_| -1))
    }

    /// The configured data directory, `None` when absent or empty (the default applies).
    ///
    /// A path with control characters is refused (`TIM_ERR_PARAM`): no file system needs them,
    /// and they are what a Windows path whose backslashes were not JSON-escaped turns into
    /// (`"C:\tdata"` reads as C, colon, TAB, "data"), which would otherwise put the data in
    /// some other directory without a word.
    pub fn data_dir(&self) -> Result<Option<&str>, Invalid> {
        let Some(path) = self.sdk_config_config_file_path.as_deref().filter(|p| !p.is_empty()) else {
            return Ok(None);
        };
        match path.chars().find(|c| c.is_control()) {
            None => Ok(Some(path)),
            Some(c) => Err(Invalid::param(format!(
                "sdk_config_config_file_path contains the control character U+{:04X}; \
                 escape backslashes in JSON (\"C:\\\\data\") or use forward slashes",
                c as u32
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(json: &str) -> SdkConfig {
        super::super::parse_object(json).unwrap()
    }

    #[test]
    fn paths_with_control_characters_are_refused() {
        for json in [
            r#"{"sdk_config_config_file_path":"C:\tdata"}"#,
            r#"{"sdk_config_config_file_path":"C:\\Users\new"}"#,
            r#"{"sdk_config_config_file_path":"/tmp/a\u0001b"}"#,
            r#"{"sdk_config_config_file_path":"/tmp/a\u007fb"}"#,
            r#"{"sdk_config_config_file_path":"/tmp/a\u0085b"}"#,
        ] {
            let err = config(json).data_dir().unwrap_err();
            assert_eq!(err.result, super::super::ERR_PARAM, "{json}");
            assert!(err.desc.contains("control character"), "{json}: {}", err.desc);
        }
    }

    #[test]
    fn windows_and_unicode_paths_are_kept_as_given() {
        for (json, path) in [
            (r#"{"sdk_config_config_file_path":"C:\\tdata"}"#, "C:\\tdata"),
            (r#"{"sdk_config_config_file_path":"C:/tdata"}"#, "C:/tdata"),
            (r#"{"sdk_config_config_file_path":"\\\\server\\share\\im"}"#, "\\\\server\\share\\im"),
            (r#"{"sdk_config_config_file_path":"/data/données-日本"}"#, "/data/données-日本"),
        ] {
            assert_eq!(config(json).data_dir().unwrap(), Some(path), "{json}");
        }
        assert_eq!(config("{}").data_dir().unwrap(), None);
        assert_eq!(config(r#"{"sdk_config_config_file_path":""}"#).data_dir().unwrap(), None);
    }
}
