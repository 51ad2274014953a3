//! The logged-in user's state on the worker.

use crate::engine::Engine;

use super::InitConfig;

/// One logged-in user.
pub struct Session {
    pub engine: Engine,
}

impl Session {
    /// Opens the user's state.
    pub fn open(_config: &InitConfig, user_id: &str) -> Result<Session, String> {
        Ok(Session {
            engine: Engine::new(user_id),
        })
    }
}
