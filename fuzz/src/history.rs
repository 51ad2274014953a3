//! The inputs since the session last started over. A failure can depend on all of them, so on
//! a failure (contract breach or panic) they are written, numbered, to `$TIMCONV_FUZZ_HISTORY`
//! (default `fuzz-history-<pid>/`); running the target on those files in order rebuilds the
//! state and replays it: `cargo +nightly fuzz run <target> fuzz-history-<pid>/* -- -detect_leaks=0`.
//! The call targets must run with `-detect_leaks=0`: libFuzzer's leak check runs an input a
//! second time, which changes the state the next inputs see.

use std::path::PathBuf;
use std::sync::Mutex;

/// The inputs back to back, and where each ends. Kept in place between resets: memory that
/// grows with every input would make libFuzzer run a leak scan after each one.
struct Inputs {
    bytes: Vec<u8>,
    ends: Vec<usize>,
}

static INPUTS: Mutex<Inputs> = Mutex::new(Inputs { bytes: Vec::new(), ends: Vec::new() });

/// Forgets the inputs (the session started over).
pub fn clear() {
    let mut inputs = INPUTS.lock().unwrap_or_else(|e| e.into_inner());
    inputs.bytes.clear();
    inputs.ends.clear();
    inputs.bytes.reserve(1 << 20);
    inputs.ends.reserve(1 << 10);
}

/// Remembers one input.
pub fn record(data: &[u8]) {
    let mut inputs = INPUTS.lock().unwrap_or_else(|e| e.into_inner());
    inputs.bytes.extend_from_slice(data);
    let end = inputs.bytes.len();
    inputs.ends.push(end);
}

/// Writes the remembered inputs out (only when there is more than the failing one).
pub fn dump() {
    // A panic can come while the lock is held: then there is nothing safe to write.
    let Ok(inputs) = INPUTS.try_lock() else { return };
    if inputs.ends.len() < 2 {
        return;
    }
    let dir = std::env::var_os("TIMCONV_FUZZ_HISTORY")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(format!("fuzz-history-{}", std::process::id())));
    if std::fs::create_dir_all(&dir).is_err() {
        return;
    }
    let mut start = 0;
    for (n, end) in inputs.ends.iter().enumerate() {
        let _ = std::fs::write(dir.join(format!("{n:04}")), &inputs.bytes[start..*end]);
        start = *end;
    }
    eprintln!("the {} inputs leading here are in {}", inputs.ends.len(), dir.display());
}

/// Dumps the history on any panic too, then runs the hook that was installed (libFuzzer's).
pub fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            dump();
            previous(info);
        }));
    });
}
