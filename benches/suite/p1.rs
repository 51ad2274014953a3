//! P1: call-to-callback round trip, measured from C (the user's view), against the bare
//! hand-off between two C threads (`bench_p1_pingpong`), each in a process of its own, in
//! alternating rounds: spread over the machine's cores as the scheduler likes, and on one core.

use std::path::Path;
use std::process::Command;

/// p50 and p99 in microseconds.
pub struct Percentiles {
    pub p50: f64,
    pub p99: f64,
}

/// Both programs' figures, each the median over the rounds.
pub struct Measured {
    pub ours: Percentiles,
    pub baseline: Percentiles,
}

/// Runs the library's driver and the baseline `rounds` times each, alternating, with every
/// thread on one core (`one_core`) or wherever the scheduler puts them.
pub fn measure(driver: &Path, baseline: &Path, calls: usize, rounds: usize, one_core: bool) -> Measured {
    let mut ours = Vec::new();
    let mut base = Vec::new();
    for _ in 0..rounds {
        base.push(run(baseline, calls, one_core));
        ours.push(run(driver, calls, one_core));
    }
    Measured { ours: median(&ours), baseline: median(&base) }
}

fn median(runs: &[Percentiles]) -> Percentiles {
    let pick = |f: fn(&Percentiles) -> f64| {
        let mut v: Vec<f64> = runs.iter().map(f).collect();
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    Percentiles { p50: pick(|p| p.p50), p99: pick(|p| p.p99) }
}

/// Runs one program and parses its `p50_us=… p99_us=…` line.
fn run(program: &Path, calls: usize, one_core: bool) -> Percentiles {
    let out = Command::new(program)
        .arg(calls.to_string())
        .env("P1_ONE_CORE", if one_core { "1" } else { "0" })
        .output()
        .expect("run a P1 program");
    assert!(out.status.success(), "{} failed: {}", program.display(), String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    let field = |name: &str| -> f64 {
        text.split_whitespace()
            .find_map(|w| w.strip_prefix(name))
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("no {name} in {text:?}"))
    };
    Percentiles { p50: field("p50_us="), p99: field("p99_us=") }
}
