//! S1–S4: startup and memory against the number of conversations on disk (1k … 1M).
//!
//! Each data set (one text message per conversation, as [`crate::common::populate`] writes it)
//! is generated once, in a child process, into a cache directory outside the repository and
//! kept in the schema it was written in. Every measurement works on a fresh copy of it: a
//! first login (which migrates an older schema; timed separately), then fresh child processes
//! that each log in (S1), read the first page of 100 (S2), note the resident memory added (S3)
//! and ask for the unread totals (S4).

use std::collections::HashMap;
use std::ffi::CString;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use timconv::ffi::conversation::*;
use timconv::ffi::manager::*;

use crate::common::{call, call_len, copy_dir, data_dir, init_login, populate};
use crate::report::{Figure, Report};

/// Names the data set the generator writes; change it whenever [`generate`] changes, so cached
/// data sets of the old shape are not used.
const GENERATOR: &str = "scale-v1";
const USER: &str = "bench";
/// The by-filter total of S4: C2C conversations.
const C2C_FILTER: &str = r#"{"conversation_list_filter_conv_type":1}"#;
/// The first page's size (S2 and its baseline).
const PAGE: usize = 100;

/// What a cached data set holds, as its `meta.json` records it.
struct Meta {
    n: usize,
    unread_total: u64,
    unread_c2c: u64,
    /// `PRAGMA user_version` of the store as generated.
    schema: i64,
    generate_secs: f64,
}

/// One size's figures: medians; times in seconds, memory in bytes.
struct Row {
    n: usize,
    /// S1: `TIMLogin` until its callback.
    login: f64,
    /// S2: from the start of `TIMLogin` until the first page's callback.
    first_page: f64,
    /// S3: resident memory added by login + first page, per conversation.
    rss_per_conv: f64,
    /// S4: latency of the total, and (value seen, value in the data set).
    total_unread: Duration,
    total_exact: (u64, u64),
    /// S4: latency of the C2C total, and (value seen, value in the data set).
    filter_unread: Duration,
    filter_exact: (u64, u64),
    /// The first login of the fresh copy, and the schema it migrated from (if older).
    first_login: f64,
    migrated_from: Option<i64>,
    /// The S1 and S2 baselines.
    login_base: f64,
    page_base: f64,
    /// How long the data set took to generate (once, when it was cached).
    generate_secs: f64,
}

/// Where data sets are cached: `$TIMCONV_BENCH_CACHE`, else `timconv-bench` in the user's cache
/// directory (`$XDG_CACHE_HOME`, `~/.cache`), else in the temporary directory.
fn cache_root() -> PathBuf {
    if let Some(dir) = std::env::var_os("TIMCONV_BENCH_CACHE") {
        return PathBuf::from(dir);
    }
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(std::env::temp_dir);
    base.join("timconv-bench")
}

fn read_meta(dir: &Path) -> Option<Meta> {
    let text = std::fs::read_to_string(dir.join("meta.json")).ok()?;
    let v: Value = serde_json::from_str(&text).ok()?;
    Some(Meta {
        n: v["conversations"].as_u64()? as usize,
        unread_total: v["unread_total"].as_u64()?,
        unread_c2c: v["unread_c2c"].as_u64()?,
        schema: v["schema"].as_i64()?,
        generate_secs: v["generate_secs"].as_f64()?,
    })
}

/// The cached data set of `n` conversations, generated (in a child process) if absent.
fn cached(n: usize) -> (PathBuf, Meta) {
    let dir = cache_root().join(format!("{GENERATOR}-{n}"));
    if let Some(meta) = read_meta(&dir) {
        assert_eq!(meta.n, n, "{} holds another size", dir.display());
        return (dir, meta);
    }
    std::fs::create_dir_all(cache_root()).unwrap();
    let partial = cache_root().join(format!("{GENERATOR}-{n}.partial-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&partial);
    println!("S: generating {n} conversations (once; cached for later runs)");
    let out = child(&["--scale-generate", partial.to_str().unwrap(), "--n", &n.to_string()]);
    assert!(out.contains("generated"), "generator output: {out}");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::rename(&partial, &dir).unwrap();
    let meta = read_meta(&dir).expect("the generator writes meta.json");
    println!("S: generated {n} conversations in {:.2} s", meta.generate_secs);
    (dir, meta)
}

/// Runs this program with `args` and returns its standard output; panics if it fails.
fn child(args: &[&str]) -> String {
    let out = Command::new(std::env::current_exe().unwrap()).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn fields(out: &str) -> HashMap<String, f64> {
    out.split_whitespace()
        .filter_map(|w| w.split_once('='))
        .filter_map(|(k, v)| Some((k.to_string(), v.parse().ok()?)))
        .collect()
}

/// Child: writes the data set of `n` conversations into `dir` (`store/`, `baseline.db`,
/// `meta.json`).
pub fn generate(dir: &Path, n: usize) {
    let store = dir.join("store");
    std::fs::create_dir_all(&store).unwrap();
    let start = Instant::now();
    init_login(&store, USER);
    populate(n);
    let generate_secs = start.elapsed().as_secs_f64();
    // Every message comes from someone else and is unread; every third conversation is a group.
    let (total, c2c) = (n as u64, (0..n).filter(|i| i % 3 != 0).count() as u64);
    assert_eq!(total_unread(None).0, total, "generated total unread");
    assert_eq!(total_unread(Some(C2C_FILTER)).0, c2c, "generated C2C unread");
    write_baseline(&dir.join("baseline.db"), n);
    TIMUninit();
    let _ = std::fs::remove_dir_all(store.join("log"));
    let schema = user_version(&timconv::store::path::database_path(&store, 1, USER));
    let meta = json!({"generator": GENERATOR, "conversations": n, "unread_total": total,
                      "unread_c2c": c2c, "schema": schema, "generate_secs": generate_secs});
    std::fs::write(dir.join("meta.json"), meta.to_string()).unwrap();
    println!("generated {generate_secs}");
}

/// The first-page baseline's database: every conversation's ConvInfo as the library lists it,
/// by position, with an index on the order.
fn write_baseline(path: &Path, n: usize) {
    let mut conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(
        "CREATE TABLE conv (id INTEGER PRIMARY KEY, order_key INTEGER NOT NULL, info TEXT NOT NULL);
         CREATE INDEX conv_order ON conv (order_key);",
    )
    .unwrap();
    let tx = conn.transaction().unwrap();
    let mut seen = 0;
    let filter = CString::new("{}").unwrap();
    let mut cursor = 0;
    loop {
        let (code, text, _) =
            call(|cb, ud| TIMConvGetConversationListByFilter(filter.as_ptr(), cursor, 10_000, cb, ud));
        assert_eq!(code, 0);
        let page: Value = serde_json::from_str(&text).unwrap();
        for info in page["conversation_list_result_conv_list"].as_array().unwrap() {
            tx.execute(
                "INSERT INTO conv (order_key, info) VALUES (?1, ?2)",
                ((n - seen) as i64, info.to_string()),
            )
            .unwrap();
            seen += 1;
        }
        cursor = page["conversation_list_result_next_seq"].as_u64().unwrap();
        if page["conversation_list_result_is_finished"].as_bool().unwrap() {
            break;
        }
    }
    tx.commit().unwrap();
    assert_eq!(seen, n, "the paged list holds every conversation");
}

fn user_version(db: &Path) -> i64 {
    let conn = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap()
}

/// The schema version this library writes: `PRAGMA user_version` of a fresh store.
fn library_schema() -> i64 {
    let dir = data_dir("scale-schema");
    init_login(&dir, USER);
    TIMUninit();
    let version = user_version(&timconv::store::path::database_path(&dir, 1, USER));
    let _ = std::fs::remove_dir_all(&dir);
    version
}

/// `TIMConvGetTotalUnreadMessageCount`, or `TIMConvGetUnreadMessageCountByFilter` with
/// `filter`: the count and the call's latency.
fn total_unread(filter: Option<&str>) -> (u64, Duration) {
    let filter = filter.map(|f| CString::new(f).unwrap());
    let (code, text, t) = call(|cb, ud| match &filter {
        Some(f) => TIMConvGetUnreadMessageCountByFilter(f.as_ptr(), cb, ud),
        None => TIMConvGetTotalUnreadMessageCount(cb, ud),
    });
    assert_eq!(code, 0, "{text}");
    let v: Value = serde_json::from_str(&text).unwrap();
    (v["conv_get_total_unread_message_count_result_unread_count"].as_u64().unwrap(), t)
}

fn init(dir: &Path) {
    let config = CString::new(json!({"sdk_config_config_file_path": dir}).to_string()).unwrap();
    assert_eq!(TIMInit(1, config.as_ptr()), 0);
}

fn login() -> Duration {
    let user = CString::new(USER).unwrap();
    let (code, text, t) = call(|cb, ud| TIMLogin(user.as_ptr(), user.as_ptr(), cb, ud));
    assert_eq!(code, 0, "login: {text}");
    t
}

/// Child: the first login of the copy in `dir` (migrating it if it is older), in seconds.
pub fn first_login(dir: &Path) {
    init(dir);
    let t = login();
    TIMUninit();
    println!("first_login={}", t.as_secs_f64());
}

/// Child: one S1–S4 sample on the store in `dir`, printed as `key=value` words.
pub fn sample(dir: &Path) {
    init(dir);
    let before = crate::lists::rss_bytes();
    let start = Instant::now();
    let login = login();
    let filter = CString::new("{}").unwrap();
    let (code, _, _) =
        call_len(|cb, ud| TIMConvGetConversationListByFilter(filter.as_ptr(), 0, PAGE as u32, cb, ud));
    let first_page = start.elapsed();
    assert_eq!(code, 0);
    let after = crate::lists::rss_bytes();
    let (total, total_t) = total_unread(None);
    let (c2c, c2c_t) = total_unread(Some(C2C_FILTER));
    // The page again, to check what the timed call returned.
    let (_, text, _) =
        call(|cb, ud| TIMConvGetConversationListByFilter(filter.as_ptr(), 0, PAGE as u32, cb, ud));
    let page: Value = serde_json::from_str(&text).unwrap();
    let ids = conv_ids(page["conversation_list_result_conv_list"].as_array().unwrap());
    TIMUninit();
    println!(
        "login={} first_page={} rss_before={before} rss_after={after} total={total} total_t={} c2c={c2c} \
         c2c_t={} ids={ids}",
        login.as_secs_f64(),
        first_page.as_secs_f64(),
        total_t.as_secs_f64(),
        c2c_t.as_secs_f64()
    );
}

/// The `conv_id`s of a list of ConvInfo, comma-separated.
fn conv_ids(list: &[Value]) -> String {
    list.iter().map(|c| c["conv_id"].as_str().unwrap()).collect::<Vec<_>>().join(",")
}

/// The IDs of the top page as the library listed them when the data set was generated.
fn top_ids(db: &Path) -> String {
    let conn = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let mut stmt = conn.prepare("SELECT info FROM conv ORDER BY order_key DESC LIMIT ?1").unwrap();
    let page: Vec<Value> = stmt
        .query_map([PAGE as i64], |r| Ok(serde_json::from_str(r.get_ref(0)?.as_str()?).unwrap()))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    conv_ids(&page)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// S1 baseline: open the store and read one conversation row.
fn open_and_read_one(db: &Path) -> f64 {
    let start = Instant::now();
    let conn = rusqlite::Connection::open(db).unwrap();
    let row: Vec<rusqlite::types::Value> = conn
        .query_row("SELECT * FROM conversation LIMIT 1", [], |r| {
            (0..r.as_ref().column_count()).map(|i| r.get(i)).collect()
        })
        .unwrap();
    assert!(!row.is_empty());
    start.elapsed().as_secs_f64()
}

/// S2 baseline: open the baseline database (read-only, in the cache), read the top `want` by
/// the order index, parse them.
fn read_top_page(db: &Path, want: usize) -> f64 {
    let start = Instant::now();
    let conn = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let mut stmt = conn.prepare("SELECT info FROM conv ORDER BY order_key DESC LIMIT ?1").unwrap();
    let page: Vec<Value> = stmt
        .query_map([PAGE as i64], |r| Ok(serde_json::from_str(r.get_ref(0)?.as_str()?).unwrap()))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(page.len(), want);
    start.elapsed().as_secs_f64()
}

/// Measures one size: a fresh copy of the cached store, its first login, `runs` samples in
/// fresh processes (medians), and the baselines.
fn measure(n: usize, runs: usize, schema: i64) -> Row {
    let (cache, meta) = cached(n);
    let work = data_dir(&format!("scale-{n}"));
    let store = work.join("store");
    copy_dir(&cache.join("store"), &store);
    let db = timconv::store::path::database_path(&store, 1, USER);
    let cached_schema = user_version(&db);
    assert_eq!(cached_schema, meta.schema);
    let first = fields(&child(&["--scale-first-login", store.to_str().unwrap()]))["first_login"];
    let top = top_ids(&cache.join("baseline.db"));
    let samples: Vec<HashMap<String, f64>> = (0..runs)
        .map(|_| {
            let out = child(&["--scale-sample", store.to_str().unwrap()]);
            let ids = out.split_whitespace().find_map(|w| w.strip_prefix("ids=")).unwrap_or("");
            assert_eq!(ids, top, "the first page is not the top {PAGE} of the list");
            fields(&out)
        })
        .collect();
    let med = |key: &str| median(samples.iter().map(|s| s[key]).collect());
    // A sample's total that differs from the data set's, else the data set's.
    let seen =
        |key: &str, want: u64| samples.iter().map(|s| s[key] as u64).find(|&v| v != want).unwrap_or(want);
    let rss_per_conv =
        median(samples.iter().map(|s| (s["rss_after"] - s["rss_before"]) / n as f64).collect());
    let row = Row {
        n,
        login: med("login"),
        first_page: med("first_page"),
        rss_per_conv,
        total_unread: Duration::from_secs_f64(med("total_t")),
        total_exact: (seen("total", meta.unread_total), meta.unread_total),
        filter_unread: Duration::from_secs_f64(med("c2c_t")),
        filter_exact: (seen("c2c", meta.unread_c2c), meta.unread_c2c),
        first_login: first,
        migrated_from: (cached_schema < schema).then_some(cached_schema),
        login_base: median((0..5).map(|_| open_and_read_one(&db)).collect()),
        page_base: median((0..5).map(|_| read_top_page(&cache.join("baseline.db"), PAGE.min(n))).collect()),
        generate_secs: meta.generate_secs,
    };
    let _ = std::fs::remove_dir_all(&work);
    println!(
        "S n={n}: login {:.2} ms, first page {:.2} ms, {:.0} B/conversation, total unread {:.1} µs, \
         by filter {:.1} µs, first login {:.2} ms",
        row.login * 1e3,
        row.first_page * 1e3,
        row.rss_per_conv,
        row.total_unread.as_secs_f64() * 1e6,
        row.filter_unread.as_secs_f64() * 1e6,
        row.first_login * 1e3
    );
    row
}

/// Measures every size, adds the S1–S4 figures of the two largest to `report`, and writes the
/// series to `scale.csv` (`scale-quick.csv`) in `out`, headed by `label` (the commit measured).
pub fn run(report: &mut Report, quick: bool, out: &Path, label: &str) {
    let sizes: &[(usize, usize)] = if quick {
        &[(100, 3), (1_000, 3)]
    } else {
        &[(1_000, 5), (10_000, 5), (100_000, 5), (1_000_000, 3)]
    };
    let schema = library_schema();
    let rows: Vec<Row> = sizes.iter().map(|&(n, runs)| measure(n, runs, schema)).collect();
    // The table shows the two largest sizes (the targets' sizes); the CSV and plot show all.
    let judged = &rows[rows.len() - 2..];
    for r in judged {
        report.add(Figure::ms(
            "S1",
            &format!("TIMLogin → callback, {} on disk", r.n),
            r.login,
            Some(r.login_base),
            "≤ 20 ms",
            |_| r.login <= 0.020,
        ));
    }
    for r in judged {
        report.add(Figure::ms(
            "S2",
            &format!("login → first page of 100, {} on disk", r.n),
            r.first_page,
            Some(r.page_base),
            "≤ 30 ms",
            |_| r.first_page <= 0.030,
        ));
    }
    let last = rows.last().unwrap();
    report.add(Figure::plain(
        "S3",
        &format!("RSS after login + first page, per conversation, {} on disk", last.n),
        last.rss_per_conv,
        "B",
        None,
        "≤ 100 B",
        |v| v <= 100.0,
    ));
    for r in judged {
        for (what, t, (got, want)) in [
            ("TIMConvGetTotalUnreadMessageCount", r.total_unread, r.total_exact),
            ("TIMConvGetUnreadMessageCountByFilter (C2C)", r.filter_unread, r.filter_exact),
        ] {
            let exact =
                if got == want { format!("= {got}, exact") } else { format!("= {got}, expected {want}") };
            let us = t.as_secs_f64() * 1e6;
            report.add(Figure::us(
                "S4",
                &format!("{what} after login, {} on disk ({exact})", r.n),
                us,
                None,
                "exact, ≤ 1 ms",
                |_| got == want && us <= 1000.0,
            ));
        }
    }
    for r in judged.iter().filter(|r| r.migrated_from.is_some()) {
        report.add(Figure::recorded(
            "S1",
            &format!(
                "first login of a schema-v{} store (migrates to v{schema}), {} on disk",
                r.migrated_from.unwrap(),
                r.n
            ),
            r.first_login * 1e3,
            "ms",
        ));
    }
    let made: Vec<String> = rows.iter().map(|r| format!("{}: {:.2} s", r.n, r.generate_secs)).collect();
    let runs: Vec<String> = sizes.iter().map(|(n, runs)| format!("{runs} at {n}")).collect();
    report.note(&format!(
        "S1–S4: each data set (one text message per conversation, written in schema v{}) is \
         generated once and cached (took {}); each size is measured on a fresh copy, every sample \
         in a fresh process (medians; runs per size: {}).",
        rows[0].migrated_from.unwrap_or(schema),
        made.join(", "),
        runs.join(", ")
    ));
    write_csv(&rows, out, quick, label, schema);
}

/// `scale.csv`: one line per size; the plot reads it next to `scale-before.csv`.
fn write_csv(rows: &[Row], out: &Path, quick: bool, label: &str, schema: i64) {
    let mut csv = format!("# {label}; library schema v{schema}\n");
    csv.push_str(
        "conversations,login_ms,first_page_ms,rss_per_conv_b,total_unread_us,filter_unread_us,\
         unread_exact,first_login_ms,migrated_from,login_base_ms,page_base_ms,generate_s\n",
    );
    for r in rows {
        let _ = writeln!(
            csv,
            "{},{:.3},{:.3},{:.1},{:.1},{:.1},{},{:.3},{},{:.3},{:.3},{:.2}",
            r.n,
            r.login * 1e3,
            r.first_page * 1e3,
            r.rss_per_conv,
            r.total_unread.as_secs_f64() * 1e6,
            r.filter_unread.as_secs_f64() * 1e6,
            r.total_exact.0 == r.total_exact.1 && r.filter_exact.0 == r.filter_exact.1,
            r.first_login * 1e3,
            r.migrated_from.map_or(String::new(), |v| v.to_string()),
            r.login_base * 1e3,
            r.page_base * 1e3,
            r.generate_secs
        );
    }
    let suffix = if quick { "-quick" } else { "" };
    std::fs::write(out.join(format!("scale{suffix}.csv")), csv).unwrap();
}
