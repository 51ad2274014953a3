//! Shared harness of the fuzz targets: exactly-once callback accounting (`ledger`), listeners
//! that check what they are given, a logged-in session with a fixture (`session`), and the
//! layout of a call target's input (`input`).

pub mod input;
pub mod ledger;
pub mod listeners;
pub mod session;
pub mod store_base;
pub mod db_mutation;
