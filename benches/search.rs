//! Local message search: `TIMMsgSearchLocalMessages` over N stored messages (keyword search
//! across all conversations, grouped, first page of 20), next to a plain `LIKE` scan of the
//! same database giving the same grouped answer, in the same run.
//!
//! `cargo bench --bench search` (1M messages over 1k conversations; the first search also
//! indexes them, and is reported apart); `-- --messages 100000` for a quicker run.

mod common;

use common::arg;
use common::search::measure;

fn main() {
    let messages = arg("--messages", 1_000_000);
    let convs = arg("--convs", 1_000);
    let runs = arg("--runs", 20);
    let run = measure(messages, convs, runs);
    println!("stored {messages} messages over {convs} conversations in {:.1} s", run.ingest.as_secs_f64());
    println!("first search (indexes every message): {:.2} s", run.first.as_secs_f64());
    println!("| keyword | conversations with matches | timconv search, median of {runs} | plain LIKE scan, median of {} | ratio |", runs.clamp(1, 5));
    println!("|---|---|---|---|---|");
    for k in &run.keywords {
        println!(
            "| {} | {} | {:.2} ms | {:.1} ms | {:.3}x |",
            k.keyword,
            k.conversations,
            k.ours.as_secs_f64() * 1e3,
            k.scan.as_secs_f64() * 1e3,
            k.ours.as_secs_f64() / k.scan.as_secs_f64()
        );
    }
}
