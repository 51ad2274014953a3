//! T1–T3: timconv against a real Synapse, each next to a bare client (ureq + serde_json, no
//! store) doing the same work in the same run.
//!
//! - T1: A→B latency, from A's `TIMMsgSendMessage` to B's new-message listener (B is another
//!   process), p50/p99, against a bare `PUT send` seen by a bare `/sync` long-poll.
//! - T2: a fresh device's first login with 1,000 and 10,000 rooms, until the first sync is
//!   applied (Finish) and the whole list is read, against a bare login plus the same `/sync`
//!   parsed by serde_json.
//! - T3: catching up after 10,000 messages arrived while offline: timconv's own time per
//!   message (the catch-up minus the time the same requests take a bare client) against raw
//!   rusqlite inserts of the same messages.
//!
//! `bash benches/homeserver/run [--quick]`; it starts (and keeps, with its data, in
//! `$TIMCONV_BENCH_CACHE/synapse`) a Synapse of its own, so the rooms and messages are made
//! once, and stops it at the end. Directly: `cargo bench --bench homeserver -- [--quick]
//! [--out DIR] [--only t1|t2|t3]`.

mod bare;
#[path = "../common/mod.rs"]
mod common;
mod t1;
mod t2;
mod t3;

use std::path::{Path, PathBuf};
use std::process::Command;

#[allow(dead_code)] // shared with the suite, which uses all of it
#[path = "../suite/report.rs"]
mod report;

/// The benchmark's homeserver.
pub struct Server {
    pub url: String,
    pub secret: String,
    pub cache: PathBuf,
}

impl Server {
    fn start(cache: &Path) -> Server {
        let dir = cache.join("synapse");
        let status = Command::new("tools/synapse/server")
            .arg("start")
            .arg(&dir)
            .status()
            .expect("tools/synapse/server");
        assert!(status.success(), "cannot start Synapse");
        let read = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap().trim().to_owned();
        Server { url: read("url"), secret: read("jwt_secret"), cache: cache.to_owned() }
    }

    /// A JWT for `user` (an hour).
    pub fn jwt(&self, user: &str) -> String {
        let out = Command::new("tools/synapse/jwt")
            .arg(&self.secret)
            .arg(user)
            .output()
            .expect("tools/synapse/jwt");
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
    }

    /// Whether setup step `name` was done before (its data is on the server).
    pub fn done(&self, name: &str) -> bool {
        self.cache.join(format!("{name}.done")).exists()
    }

    pub fn mark_done(&self, name: &str) {
        std::fs::write(self.cache.join(format!("{name}.done")), b"").unwrap();
    }
}

/// `name value` from the command line; the last one given wins (so the run script's
/// `--out benches` can be overridden).
fn flag(name: &str) -> Option<String> {
    let argv: Vec<String> = std::env::args().collect();
    argv.windows(2).rev().find(|w| w[0] == name).map(|w| w[1].clone())
}

fn main() {
    let argv: Vec<String> = std::env::args().collect();
    if argv.iter().any(|a| a == "--t1-receiver") {
        return t1::receiver(&argv[argv.iter().position(|a| a == "--t1-receiver").unwrap() + 1..]);
    }
    let quick = argv.iter().any(|a| a == "--quick");
    let out = PathBuf::from(flag("--out").unwrap_or_else(|| "benches".into()));
    let cache = std::env::var_os("TIMCONV_BENCH_CACHE")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var("HOME").unwrap()).join(".cache/timconv-bench"));
    std::fs::create_dir_all(&cache).unwrap();
    // `--only t3` (or t1, t2): one part, for profiling it.
    let only = flag("--only");
    let wanted = |part: &str| only.as_deref().is_none_or(|o| o == part);
    let server = Server::start(&cache);
    let mut report = report::Report::new(quick);
    if wanted("t1") {
        t1::run(&server, &mut report, if quick { 30 } else { 300 });
    }
    for rooms in if quick { vec![100] } else { vec![1_000, 10_000] } {
        if wanted("t2") {
            t2::run(&server, &mut report, rooms);
        }
    }
    if wanted("t3") {
        t3::run(&server, &mut report, if quick { 500 } else { 10_000 });
    }
    let name = if quick { "homeserver-quick" } else { "homeserver" };
    report.write_named(&out, name);
    let _ = Command::new("tools/synapse/server").arg("stop").arg(cache.join("synapse")).status();
}
