//! The logged-in user's state on the worker: the engine and its database.

use crate::engine::Engine;
use crate::store::{Batch, Store, StoreError};

use super::InitConfig;

/// One logged-in user.
pub struct Session {
    pub engine: Engine,
    store: Store,
}

impl Session {
    /// Opens the user's database and loads their conversations.
    pub fn open(config: &InitConfig, user_id: &str) -> Result<Session, StoreError> {
        let store = Store::open(&config.data_dir, config.sdk_app_id, user_id)?;
        let (convs, groups) = store.load()?;
        let engine = Engine::with_state(user_id, convs, groups);
        Ok(Session { engine, store })
    }

    /// Writes a batch in one transaction.
    pub fn commit(&mut self, batch: &Batch) -> Result<(), StoreError> {
        self.store.commit(batch, &self.engine)
    }

    /// Replaces the in-memory state with what is on disk.
    pub fn reload(&mut self) -> Result<(), StoreError> {
        let user = self.engine.user_id().to_owned();
        let (convs, groups) = self.store.load()?;
        self.engine = Engine::with_state(user, convs, groups);
        Ok(())
    }

    pub fn store(&self) -> &Store {
        &self.store
    }
}
