//! The benchmark suite of issue-style targets P1–P6, Q1 and S1–S5, each measured next to a baseline
//! in the same run where there is one (these machines are noisy: ratios, not absolute numbers,
//! are what compares).
//!
//! Run it with `bash benches/run` (builds the P1 C driver, writes `benches/results.md`,
//! `benches/scale.csv`, the plots, and the README table). Directly:
//! `cargo bench --bench suite -- --p1 build/bench_p1_roundtrip [--quick] [--out DIR]
//! [--label TEXT] [--scale-only]`; `--scale-only` measures S1–S4 alone and writes only the
//! scale CSV; `--label` heads that CSV (the commit measured).

#[path = "../common/mod.rs"]
mod common;
mod lists;
mod p1;
mod report;
mod scale;

use std::path::PathBuf;

use common::ingest::{timconv_ingest, Ingest};
use common::{init_login, populate};
use report::{Figure, Report};
use timconv::ffi::manager::TIMUninit;

fn flag(name: &str) -> Option<String> {
    let argv: Vec<String> = std::env::args().collect();
    argv.windows(2).find(|w| w[0] == name).map(|w| w[1].clone())
}

fn main() {
    let argv: Vec<String> = std::env::args().collect();
    if let Some(dir) = flag("--p5-child") {
        let n: usize = flag("--n").unwrap().parse().unwrap();
        println!("p5 {}", lists::rss_per_conversation(&PathBuf::from(dir), n));
        return;
    }
    if let Some(dir) = flag("--scale-generate") {
        scale::generate(&PathBuf::from(dir), flag("--n").unwrap().parse().unwrap());
        return;
    }
    if let Some(dir) = flag("--scale-first-login") {
        scale::first_login(&PathBuf::from(dir));
        return;
    }
    if let Some(dir) = flag("--scale-sample") {
        scale::sample(&PathBuf::from(dir));
        return;
    }
    let quick = argv.iter().any(|a| a == "--quick");
    let out = PathBuf::from(flag("--out").unwrap_or_else(|| "benches".into()));
    let label = flag("--label").unwrap_or_else(|| "unlabelled run".into());
    let mut report = Report::new(quick);
    if argv.iter().any(|a| a == "--scale-only") {
        scale::run(&mut report, quick, &out, &label);
        return;
    }
    let sizes: &[usize] = if quick { &[100, 1_000] } else { &[1_000, 10_000, 100_000] };
    let largest = *sizes.last().unwrap();
    // P2 at the largest size, shown again as S5.
    let mut whole_list_largest = (0.0, 0.0);

    // P1 — from C, if the driver was built; its baseline program is built next to it.
    if let Some(program) = flag("--p1") {
        let driver = PathBuf::from(program);
        let baseline = driver.with_file_name("bench_p1_pingpong");
        let (calls, rounds) = if quick { (2_000, 1) } else { (20_000, 3) };
        for (one_core, placement) in [(false, "threads on any core"), (true, "all threads on one core")] {
            let m = p1::measure(&driver, &baseline, calls, rounds, one_core);
            report.add(Figure::us(
                "P1",
                &format!("call→callback p50 (from C, {placement})"),
                m.ours.p50,
                Some(m.baseline.p50),
                "≤ 1.5× baseline",
                |r| r <= 1.5,
            ));
            report.add(Figure::us(
                "P1",
                &format!("call→callback p99 (from C, {placement})"),
                m.ours.p99,
                Some(m.baseline.p99),
                "≤ 20 µs",
                |_| m.ours.p99 <= 20.0,
            ));
        }
    }

    // P2, P4, P6 over prepared data directories; P5 in a child process.
    for &n in sizes {
        let dir = lists::prepared(n);
        init_login(&dir, "bench");
        let (ours, base) = lists::whole_list(if n >= 100_000 { 5 } else { 20 });
        report.add(Figure::ms(
            "P2",
            &format!("TIMConvGetConvList, {n} conversations"),
            ours,
            Some(base),
            "≤ 1.0× serde_json",
            |r| r <= 1.0,
        ));
        report.series("P2", n, ours, base);
        if n == largest {
            whole_list_largest = (ours, base);
            let (by_type, by_mark) = lists::filtered_pages(n);
            let per_page = ours / (n as f64 / 100.0);
            report.add(Figure::us(
                "P6",
                &format!("page of 100 of {n}, by type"),
                by_type * 1e6,
                Some(per_page * 1e6),
                "≤ 200 µs median",
                |_| by_type <= 200e-6,
            ));
            report.add(Figure::us(
                "P6",
                &format!("page of 100 of {n}, by mark"),
                by_mark * 1e6,
                Some(per_page * 1e6),
                "≤ 200 µs median",
                |_| by_mark <= 200e-6,
            ));
        }
        TIMUninit();
        let (ours, base) = lists::login_to_list(&dir);
        report.add(Figure::ms(
            "P4",
            &format!("login → first list, {n} conversations"),
            ours,
            Some(base),
            "≤ 2× raw read + parse",
            |r| r <= 2.0,
        ));
        report.series("P4", n, ours, base);
        if n == largest {
            let child = std::process::Command::new(std::env::current_exe().unwrap())
                .args(["--p5-child", dir.to_str().unwrap(), "--n", &n.to_string()])
                .output()
                .unwrap();
            let text = String::from_utf8_lossy(&child.stdout);
            let bytes: f64 =
                text.split_whitespace().nth(1).and_then(|v| v.parse().ok()).expect("P5 child output");
            report.add(Figure::plain(
                "P5",
                &format!("RSS per conversation, {n} loaded"),
                bytes,
                "B",
                None,
                "≤ 1.5 KB",
                |_| bytes <= 1536.0,
            ));
        }
        // P2 in a busy session: the same whole list right after every conversation received a
        // message in this session, against the list after a fresh login measured just before.
        init_login(&dir, "bench");
        let samples = if n >= 100_000 { 5 } else { 20 };
        let (fresh, _) = lists::whole_list(samples);
        populate(n);
        let (busy, _) = lists::whole_list(samples);
        TIMUninit();
        report.add(Figure::ms(
            "P2",
            &format!("TIMConvGetConvList right after {n} conversations received messages (busy session)"),
            busy,
            Some(fresh),
            "≤ 1.1× after a fresh login",
            |r| r <= 1.1,
        ));
        let _ = std::fs::remove_dir_all(&dir);
    }

    // P3 — durable ingest.
    let ingest = if quick {
        Ingest { messages: 20_000, convs: 200, batch: 100 }
    } else {
        Ingest { messages: 1_000_000, convs: 10_000, batch: 100 }
    };
    let raw = ingest.raw_rusqlite();
    let batches = ingest.batches();
    let n = ingest.messages as f64;
    // Pipelined (calls queued without waiting; the worker commits what is queued at once) and
    // serial (each call waits for its callback: one commit per batch, as the raw baseline).
    for (pipelined, how, target, pass) in [
        (true, "pipelined", "≥ 0.5× raw rusqlite", 0.5),
        (false, "each call waiting for its callback", "≥ 0.8× raw rusqlite", 0.8),
    ] {
        let ours = timconv_ingest(&batches, pipelined);
        report.add(Figure::plain(
            "P3",
            &format!(
                "durable ingest, {} msgs / {} convs, batches of {}, {how}",
                ingest.messages, ingest.convs, ingest.batch
            ),
            n / ours,
            "msgs/s",
            Some(n / raw),
            target,
            move |r| r >= pass,
        ));
    }

    // Q1 — local search over stored messages, against a LIKE scan of the same database.
    let (messages, convs) = if quick { (20_000, 200) } else { (1_000_000, 1_000) };
    let run = common::search::measure(messages, convs, if quick { 5 } else { 20 });
    report.add(Figure::recorded(
        "Q1",
        &format!("first search after storing {messages} messages (indexes them)"),
        run.first.as_secs_f64() * 1e3,
        "ms",
    ));
    for k in &run.keywords {
        let (ours, scan) = (k.ours.as_secs_f64(), k.scan.as_secs_f64());
        let what = format!(
            "search {:?} in {messages} messages ({} conversations match)",
            k.keyword, k.conversations
        );
        // "zebra" is in 1 message of 100,000, "rare" and "罕见" in 1 of 1,000; the others in
        // about 1 of 10.
        let figure = if common::search::is_rare(k.keyword) {
            Figure::ms("Q1", &what, ours, Some(scan), "≤ 1 ms median", move |_| ours <= 1e-3)
        } else {
            Figure::ms("Q1", &what, ours, Some(scan), "≤ 0.2× LIKE scan", |r| r <= 0.2)
        };
        report.add(figure);
    }

    // S1–S4 in child processes over cached data sets; S5 is the P2 figure at 100k.
    scale::run(&mut report, quick, &out, &label);
    let (ours, base) = whole_list_largest;
    report.add(Figure::ms(
        "S5",
        &format!("TIMConvGetConvList (all), {largest} conversations (the P2 figure)"),
        ours,
        Some(base),
        "≤ 0.5× serde_json",
        |r| r <= 0.5,
    ));

    report.write(&out, quick);
}
