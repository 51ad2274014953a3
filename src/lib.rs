//! timconv: a drop-in replacement for the conversation module of the Tencent Cloud IM C SDK.
//!
//! Layers (each only calls the one below): `ffi` (the C boundary) → `runtime` (queue, worker,
//! callbacks, group commit) → `engine` (the conversation state machine) and `store` (SQLite);
//! `wire` holds the JSON shapes.

pub mod engine;
pub mod ffi;
pub mod runtime;
pub mod store;
pub mod transport;
pub mod wire;
