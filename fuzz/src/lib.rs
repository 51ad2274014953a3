//! Shared harness of the fuzz targets: exactly-once callback accounting (`ledger`), listeners
//! that check what they are given, a logged-in session with a fixture (`session`), list
//! consistency checks (`oracle`), replayable input history (`history`), the layout of a call
//! target's input (`input`), and the store target's base database and mutations.

pub mod db_mutation;
pub mod history;
pub mod input;
pub mod ledger;
pub mod listeners;
pub mod oracle;
pub mod session;
pub mod store_base;
