//! The store's check at scale (issue 21): the idle time a full pass over N conversations needs,
//! clean and with damage, and what checking stored ConvInfo costs whole-list replies (the
//! first one of a session checks every stored text the check has not vouched for yet; later
//! ones, the S5 figure, check nothing). `cargo bench --bench check [-- --convs 100000]`.

mod common;

use std::time::Instant;

use common::*;
use serde_json::Value;
use timconv::ffi::conversation::TIMConvGetConvList;
use timconv::ffi::ext::TIMExtVerifyStore;
use timconv::ffi::manager::TIMUninit;

fn whole_list_ms() -> f64 {
    let (code, _, t) = call_len(|cb, ud| TIMConvGetConvList(cb, ud));
    assert_eq!(code, 0);
    t.as_secs_f64() * 1e3
}

fn check() -> Value {
    let (code, json, _) = call(|cb, ud| TIMExtVerifyStore(cb, ud));
    assert_eq!(code, 0, "{json}");
    serde_json::from_str(&json).unwrap()
}

fn login(dir: &std::path::PathBuf) {
    init_login(dir, "bench");
}

fn show(label: &str, r: &Value) {
    println!(
        "| {label} | {} | {} ms | {} ms | {} µs | {} | {} |",
        r["store_check_conversations"],
        r["store_check_busy_ms"],
        r["store_check_elapsed_ms"],
        r["store_check_longest_step_us"],
        r["store_check_repairs"],
        r["store_check_rendered"]
    );
}

fn main() {
    let n = arg("--convs", 100_000);
    let dir = data_dir("check");
    login(&dir);
    populate(n);
    TIMUninit();
    let db = timconv::store::path::database_path(&dir, 1, "bench");

    println!("store check: {n} conversations, one text message each");
    println!();
    println!("| pass | conversations | worker time | start to end | longest step | repairs | rendered |");
    println!("|---|---|---|---|---|---|---|");
    // Each "first of a session" figure is the median of three fresh logins.
    let sessions = |before: &dyn Fn()| -> f64 {
        let mut t: Vec<f64> = (0..3)
            .map(|_| {
                login(&dir);
                before();
                let ms = whole_list_ms();
                TIMUninit();
                ms
            })
            .collect();
        t.sort_by(f64::total_cmp);
        t[1]
    };
    let first = sessions(&|| {});
    let vouched = sessions(&|| {
        check();
    });
    login(&dir);
    whole_list_ms();
    let later = median((0..5).map(|_| call_len(|cb, ud| TIMConvGetConvList(cb, ud)).2).collect());
    show("after login (joined)", &check());
    show("on demand, clean", &check());
    show("on demand, clean", &check());
    TIMUninit();

    // Damage while logged out: 1% of stored ConvInfo malformed, 1% of list places gone, the
    // total raised.
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch(
            "UPDATE conversation_view SET conv_info = substr(conv_info, 2) WHERE list_pos % 100 = 0;
             UPDATE conversation SET list_pos = NULL WHERE order_key % 100 = 1;
             UPDATE engine_state SET value = value + 1000 WHERE name = 'total_unread';",
        )
        .unwrap();
    }
    login(&dir);
    let damaged_first = whole_list_ms();
    show("after login, damaged (joined)", &check());
    show("on demand, repaired", &check());
    TIMUninit();

    // The view dropped: every listed conversation is rendered from its row until the check
    // stores its ConvInfo again (as after an upgrade from schema 5).
    rusqlite::Connection::open(&db).unwrap().execute_batch("DROP TABLE conversation_view").unwrap();
    login(&dir);
    let dropped_first = whole_list_ms();
    show("after login, view dropped (joined)", &check());
    TIMUninit();

    // Checking every stored text alone, outside the library.
    let texts: Vec<String> = {
        let conn = rusqlite::Connection::open(&db).unwrap();
        let mut stmt = conn.prepare("SELECT conv_info FROM conversation_view").unwrap();
        let rows = stmt.query_map([], |r| r.get(0)).unwrap();
        rows.collect::<rusqlite::Result<_>>().unwrap()
    };
    let bytes: usize = texts.iter().map(String::len).sum();
    let start = Instant::now();
    assert!(texts.iter().all(|t| timconv::wire::is_json_object(t)));
    let validate = start.elapsed().as_secs_f64() * 1e3;

    println!();
    println!("| TIMConvGetConvList, {n} conversations | ms |");
    println!("|---|---|");
    println!("| first of a session, every stored text checked | {first:.1} |");
    println!("| first of a session, after the check vouched for the view | {vouched:.1} |");
    println!("| first of a session, damaged store (1% rendered from rows) | {damaged_first:.1} |");
    println!(
        "| first of a session, view dropped (every row rendered from its fields) | {dropped_first:.1} |"
    );
    println!("| later calls, median of 5 (the S5 figure) | {:.1} |", later.as_secs_f64() * 1e3);
    println!(
        "| checking {} MB of stored ConvInfo alone ({} objects) | {validate:.1} |",
        bytes / 1_000_000,
        texts.len()
    );
    let _ = std::fs::remove_dir_all(&dir);
}
