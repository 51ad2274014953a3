//! P1: call-to-callback round trip, measured from C (the user's view), against a bare
//! ping-pong between two Rust threads over the same kind of queue and wakeup.

use std::collections::VecDeque;
use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Instant;

/// p50 and p99 in microseconds.
pub struct Percentiles {
    pub p50: f64,
    pub p99: f64,
}

/// The baseline: thread A pushes onto a parking_lot queue and waits on a std condvar; thread B
/// waits for the queue, pops, and signals back — the two wakeups of a real round trip.
pub fn baseline(calls: usize) -> Percentiles {
    let queue = Arc::new((parking_lot::Mutex::new(VecDeque::<u64>::new()), parking_lot::Condvar::new()));
    let reply = Arc::new((Mutex::new(false), Condvar::new()));
    let (q, r) = (Arc::clone(&queue), Arc::clone(&reply));
    let worker = std::thread::spawn(move || loop {
        let item = {
            let mut jobs = q.0.lock();
            while jobs.is_empty() {
                q.1.wait(&mut jobs);
            }
            jobs.pop_front().unwrap()
        };
        if item == u64::MAX {
            return;
        }
        *r.0.lock().unwrap() = true;
        r.1.notify_one();
    });
    let round_trip = || {
        let start = Instant::now();
        queue.0.lock().push_back(1);
        queue.1.notify_one();
        let mut done = reply.0.lock().unwrap();
        while !*done {
            done = reply.1.wait(done).unwrap();
        }
        *done = false;
        start.elapsed().as_secs_f64() * 1e6
    };
    (0..calls / 10).for_each(|_| {
        round_trip();
    });
    let mut samples: Vec<f64> = (0..calls).map(|_| round_trip()).collect();
    queue.0.lock().push_back(u64::MAX);
    queue.1.notify_one();
    worker.join().unwrap();
    percentiles(&mut samples)
}

fn percentiles(samples: &mut [f64]) -> Percentiles {
    samples.sort_by(f64::total_cmp);
    Percentiles { p50: samples[samples.len() / 2], p99: samples[samples.len() * 99 / 100] }
}

/// Runs the C driver and parses its `p50_us=… p99_us=…` line.
pub fn from_c(program: &Path, calls: usize) -> Percentiles {
    let out = Command::new(program).arg(calls.to_string()).output().expect("run the P1 program");
    assert!(out.status.success(), "P1 program failed: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    let field = |name: &str| -> f64 {
        text.split_whitespace()
            .find_map(|w| w.strip_prefix(name))
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("no {name} in {text:?}"))
    };
    Percentiles { p50: field("p50_us="), p99: field("p99_us=") }
}
