//! T1: A→B latency. A sends with `TIMMsgSendMessage`; B, another process, notes when its
//! new-message listener runs. The baseline: a bare `PUT send` and a bare `/sync` long-poll in a
//! thread, noting when the answer holding the message is parsed.

use std::ffi::{c_char, c_void, CStr, CString};
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};
use timconv::ffi::manager::*;
use timconv::ffi::message::{TIMAddRecvNewMsgCallback, TIMMsgSendMessage};

use super::bare::Bare;
use super::common::call;
use super::report::{Figure, Report};
use super::Server;

fn now_ns() -> u128 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos()
}

/// Logs a timconv device in as `user` on `server` with data in `dir`.
pub fn device(url: &str, dir: &std::path::Path, user: &str, jwt: &str) {
    let config = json!({"sdk_config_config_file_path": dir, "timconv_homeserver": url});
    let config = CString::new(config.to_string()).unwrap();
    assert_eq!(TIMInit(1, config.as_ptr()), 0);
    let (user, jwt) = (CString::new(user).unwrap(), CString::new(jwt).unwrap());
    let (code, desc, _) = call(|cb, ud| TIMLogin(user.as_ptr(), jwt.as_ptr(), cb, ud));
    assert_eq!(code, 0, "login: {desc}");
}

unsafe extern "C" fn print_texts(json: *const c_char, _: *const c_void) {
    // SAFETY: valid during the call.
    let text = unsafe { CStr::from_ptr(json) }.to_string_lossy();
    let at = now_ns();
    let msgs: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
    let mut out = std::io::stdout().lock();
    for m in msgs.as_array().into_iter().flatten() {
        let body = m["message_elem_array"][0]["text_elem_content"].as_str().unwrap_or("");
        let _ = writeln!(out, "recv {body} {at}");
    }
    let _ = out.flush();
}

/// The receiving process: `--t1-receiver URL DIR USER JWT`; prints `recv <text> <ns>` per
/// message, `ready` once logged in; ends when its input closes.
pub fn receiver(args: &[String]) {
    TIMAddRecvNewMsgCallback(Some(print_texts), std::ptr::null());
    device(&args[0], std::path::Path::new(&args[1]), &args[2], &args[3]);
    println!("ready");
    let _ = std::io::stdin().read_line(&mut String::new());
    TIMUninit();
}

fn percentile(samples: &mut [f64], p: f64) -> f64 {
    samples.sort_by(|a, b| a.partial_cmp(b).unwrap());
    samples[((samples.len() - 1) as f64 * p).round() as usize]
}

pub fn run(server: &Server, report: &mut Report, n: usize) {
    let tag = format!("{}", now_ns() % 1_000_000_000);
    let (a, b) = (format!("t1a{tag}"), format!("t1b{tag}"));
    let dir = std::env::temp_dir().join(format!("timconv-bench-t1-{tag}"));
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--t1-receiver", &server.url, dir.join("b").to_str().unwrap(), &b, &server.jwt(&b)])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let (lines_tx, lines) = mpsc::channel::<String>();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = lines_tx.send(line);
        }
    });
    assert_eq!(lines.recv().unwrap(), "ready");
    device(&server.url, &dir.join("a"), &a, &server.jwt(&a));
    let peer = CString::new(b.clone()).unwrap();
    let send = |text: &str| {
        let msg = CString::new(
            json!({"message_elem_array": [{"elem_type": 0, "text_elem_content": text}]}).to_string(),
        )
        .unwrap();
        let mut id = [0 as c_char; 128];
        let start = now_ns();
        let (code, desc, _) =
            call(|cb, ud| TIMMsgSendMessage(peer.as_ptr(), 1, msg.as_ptr(), id.as_mut_ptr(), cb, ud));
        assert_eq!(code, 0, "send: {desc}");
        start
    };
    let wait_for = |text: &str| -> u128 {
        loop {
            let line = lines.recv_timeout(Duration::from_secs(60)).expect("B receives");
            let mut parts = line.split(' ');
            if parts.next() == Some("recv") && parts.next() == Some(text) {
                return parts.next().unwrap().parse().unwrap();
            }
        }
    };
    send("warm-up");
    wait_for("warm-up");
    let mut ours = Vec::with_capacity(n);
    for i in 0..n {
        let text = format!("t1-{i}");
        let sent = send(&text);
        let got = wait_for(&text);
        ours.push((got - sent) as f64 / 1e3);
    }
    drop(child.stdin.take());
    let _ = child.wait();
    TIMUninit();
    let _ = std::fs::remove_dir_all(&dir);

    let mut base = baseline(server, &tag, n);
    let (p50, p99) = (percentile(&mut ours, 0.5), percentile(&mut ours, 0.99));
    let (b50, b99) = (percentile(&mut base, 0.5), percentile(&mut base, 0.99));
    report.add(Figure::us("T1", "A→B latency p50", p50, Some(b50), "≤ 1.2× baseline", |r| r <= 1.2));
    report.add(Figure::us("T1", "A→B latency p99", p99, Some(b99), "≤ 1.2× baseline", |r| r <= 1.2));
}

/// The bare client's latency: a `PUT send`, seen in the answer of a `/sync` long-poll.
fn baseline(server: &Server, tag: &str, n: usize) -> Vec<f64> {
    let sender = Bare::login(&server.url, &server.jwt(&format!("t1c{tag}")));
    let receiver = Bare::login(&server.url, &server.jwt(&format!("t1d{tag}")));
    let room = sender.create_room("t1", &[&receiver.user_id], true);
    receiver.join(&room);
    let (seen_tx, seen) = mpsc::channel::<(String, u128)>();
    let poller = receiver.clone();
    std::thread::spawn(move || {
        let filter = json!({"room": {"timeline": {"limit": 100}}}).to_string();
        let mut since: Option<String> = None;
        loop {
            let Some(bytes) =
                poller.try_sync_raw(since.as_deref(), &filter, if since.is_some() { 30_000 } else { 0 })
            else {
                return; // the server stopped after the run
            };
            let answer: Value = serde_json::from_slice(&bytes).unwrap();
            let at = now_ns();
            since = answer["next_batch"].as_str().map(str::to_owned);
            for room in answer["rooms"]["join"].as_object().into_iter().flat_map(|r| r.values()) {
                for e in room["timeline"]["events"].as_array().into_iter().flatten() {
                    if let Some(body) = e["content"]["body"].as_str() {
                        if seen_tx.send((body.to_owned(), at)).is_err() {
                            return;
                        }
                    }
                }
            }
        }
    });
    let wait = |text: &str| loop {
        let (body, at) = seen.recv_timeout(Duration::from_secs(60)).expect("the bare receiver sees it");
        if body == text {
            return at;
        }
    };
    sender.send(&room, "warm", "warm-up");
    wait("warm-up");
    (0..n)
        .map(|i| {
            let text = format!("b-{i}");
            let sent = now_ns();
            sender.send(&room, &format!("b{i}"), &text);
            (wait(&text) - sent) as f64 / 1e3
        })
        .collect()
}
