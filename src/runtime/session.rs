//! The logged-in user's state on the worker: the engine and its database.

use std::time::Duration;

use crate::engine::Engine;
use crate::store::{Batch, Repairs, Store, StoreError};

use super::InitConfig;

/// One logged-in user.
pub struct Session {
    pub engine: Engine,
    store: Store,
    /// The homeserver side, when `TIMInit` named one.
    pub server: Option<super::worker::ServerSession>,
}

impl Session {
    /// Opens the user's database; conversations are read from it as they are needed.
    pub fn open(config: &InitConfig, user_id: &str) -> Result<Session, StoreError> {
        let store = Store::open(&config.data_dir, config.sdk_app_id, user_id)?;
        let engine = store.engine(user_id)?;
        Ok(Session { engine, store, server: None })
    }

    /// Writes a batch in one transaction.
    pub fn commit(&mut self, batch: &Batch) -> Result<(), StoreError> {
        self.store.commit(batch, &mut self.engine)
    }

    /// Replaces the in-memory state with what is on disk.
    pub fn reload(&mut self) -> Result<(), StoreError> {
        let user = self.engine.user_id().to_owned();
        self.engine = self.store.engine(&user)?;
        Ok(())
    }

    /// Checks the store's derived data for about `budget` (every change must be committed).
    pub fn verify_step(&mut self, budget: Duration) -> Result<Repairs, StoreError> {
        self.store.verify_step(&mut self.engine, budget)
    }

    /// Starts a full check of the store (one runs after login anyway).
    pub fn start_check(&mut self) {
        self.store.start_check();
    }

    /// Whether the store has checking to do.
    pub fn check_pending(&self) -> bool {
        self.store.check_pending()
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The engine and the store, for work that reads both and brings conversations into memory.
    pub fn parts(&mut self) -> (&mut Engine, &Store) {
        (&mut self.engine, &self.store)
    }

    /// The store and the engine, for work that writes outside a batch (search indexing).
    pub fn parts_mut(&mut self) -> (&mut Store, &Engine) {
        (&mut self.store, &self.engine)
    }
}
