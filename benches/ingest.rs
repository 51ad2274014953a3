//! Durable ingest: messages pushed through `TIMExtReceiveMessages` in batches, against raw
//! rusqlite inserting the same rows in the same batches (same WAL + synchronous=FULL settings).
//!
//! `cargo bench --bench ingest` (100k messages over 1k conversations, batches of 100);
//! `cargo bench --bench ingest -- --messages 1000000 --convs 10000` for larger runs.

mod common;

use common::arg;
use common::ingest::{timconv_ingest, Ingest};

fn main() {
    let a = Ingest {
        messages: arg("--messages", 100_000),
        convs: arg("--convs", 1_000),
        batch: arg("--batch", 100),
    };
    let batches = a.batches();
    let n = a.messages as f64;
    let raw = a.raw_rusqlite();
    let serial = timconv_ingest(&batches, false);
    let pipelined = timconv_ingest(&batches, true);
    println!(
        "durable ingest: {} messages over {} conversations, batches of {}",
        a.messages, a.convs, a.batch
    );
    println!("| run | seconds | msgs/s | vs raw rusqlite |");
    println!("|---|---|---|---|");
    for (name, secs) in [
        ("raw rusqlite, 1 txn per batch", raw),
        ("timconv, wait for each callback", serial),
        ("timconv, pipelined (group commit)", pipelined),
    ] {
        println!("| {name} | {secs:.2} | {:.0} | {:.2}x |", n / secs, raw / secs);
    }
}
