//! `TIMInit`'s SdkConfig.

use serde::Deserialize;

/// The SdkConfig keys timconv uses; every other key is accepted and ignored.
#[derive(Deserialize, Default, Debug)]
#[serde(default)]
pub struct SdkConfig {
    /// Directory under which each user's database lives.
    pub sdk_config_config_file_path: Option<String>,
    /// Directory of the log file (default: `log` inside the data directory).
    pub sdk_config_log_file_path: Option<String>,
}
