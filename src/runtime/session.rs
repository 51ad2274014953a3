//! The logged-in user's state on the worker: the engine and its database.

use crate::engine::Engine;
use crate::store::{Batch, Loaded, Store, StoreError};

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
        let engine = engine_from(user_id, store.load()?);
        Ok(Session { engine, store })
    }

    /// Writes a batch in one transaction.
    pub fn commit(&mut self, batch: &Batch) -> Result<(), StoreError> {
        self.store.commit(batch, &self.engine)
    }

    /// Replaces the in-memory state with what is on disk.
    pub fn reload(&mut self) -> Result<(), StoreError> {
        let user = self.engine.user_id().to_owned();
        self.engine = engine_from(&user, self.store.load()?);
        Ok(())
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The store and the engine, for work that writes outside a batch (search indexing).
    pub fn parts_mut(&mut self) -> (&mut Store, &Engine) {
        (&mut self.store, &self.engine)
    }
}

fn engine_from(user_id: &str, loaded: Loaded) -> Engine {
    Engine::restore(user_id, loaded.conversations, loaded.groups, loaded.infos.into_iter().collect())
}
