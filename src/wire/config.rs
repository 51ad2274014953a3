//! `TIMInit`'s SdkConfig.

use serde::Deserialize;

/// The SdkConfig keys timconv uses; every other key is accepted and ignored.
#[derive(Deserialize, Default, Debug)]
#[serde(default)]
pub struct SdkConfig {
    /// Directory under which each user's database lives.
    pub sdk_config_config_file_path: Option<String>,
}
