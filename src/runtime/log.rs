//! The SDK log: lines at or above a level go to a rotating file under `TIMInit`'s
//! `sdk_config_log_file_path`, to the app's log callback (`TIMSetLogCallback`), and, when
//! asked, to standard error. Levels are `TIMLogLevel` values; 0 (`kTIMLog_Off`) turns a sink off.
//!
//! Logging costs one atomic load while no sink wants the level: the [`log!`] macro checks
//! [`enabled`] before it formats anything.
//!
//! The callback runs on the worker thread, like every other callback: lines logged there are
//! handed to it at once; lines logged on other threads (the app's `TIMWriteLog`, refused calls)
//! travel through the queue, and before `TIMInit` (no queue) reach only the file and console.
//! A line logged from inside the log callback is not passed to it again.

use std::cell::Cell;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::os::raw::{c_char, c_int, c_void};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, Ordering};

use parking_lot::Mutex;

use super::completion::{c_string, UserData};

/// `TIMLogLevel` values.
pub mod level {
    pub const OFF: u8 = 0;
    pub const TEST: u8 = 1;
    pub const VERBOSE: u8 = 2;
    pub const DEBUG: u8 = 3;
    pub const INFO: u8 = 4;
    pub const WARN: u8 = 5;
    pub const ERROR: u8 = 6;
    pub const ASSERT: u8 = 7;
}

/// The log file's name in the log directory; rotated copies add `.1` (newest) to `.3`.
pub const FILE_NAME: &str = "timconv.log";
/// How many rotated copies are kept.
pub const KEPT_FILES: u32 = 3;
/// Size at which the file is rotated.
const DEFAULT_ROTATE_BYTES: u64 = 8 * 1024 * 1024;

/// `TIMLogCallback`.
pub type LogFn = unsafe extern "C" fn(c_int, *const c_char, *const c_void);

static FILE_LEVEL: AtomicU8 = AtomicU8::new(level::INFO);
static CALLBACK_LEVEL: AtomicU8 = AtomicU8::new(level::INFO);
static CONSOLE: AtomicBool = AtomicBool::new(false);
/// The lowest level any active sink takes (`u8::MAX`: none), so [`enabled`] is one load.
static THRESHOLD: AtomicU8 = AtomicU8::new(u8::MAX);
static ROTATE_BYTES: AtomicU64 = AtomicU64::new(DEFAULT_ROTATE_BYTES);

struct Sink {
    file: Option<LogFile>,
    callback: Option<(LogFn, UserData)>,
}

static SINK: Mutex<Sink> = parking_lot::const_mutex(Sink { file: None, callback: None });

thread_local! {
    /// Set while the app's log callback runs on this thread.
    static IN_CALLBACK: Cell<bool> = const { Cell::new(false) };
}

/// Whether a line at `level` would go anywhere.
#[inline]
pub fn enabled(level: u8) -> bool {
    level != level::OFF && level >= THRESHOLD.load(Ordering::Relaxed)
}

/// Logs a formatted line if some sink takes `$level` (nothing is formatted otherwise).
macro_rules! log {
    ($level:expr, $tag:expr, $($arg:tt)+) => {
        if $crate::runtime::log::enabled($level) {
            $crate::runtime::log::write($level, $tag, &format!($($arg)+));
        }
    };
}
pub(crate) use log;

fn refresh_threshold(sink: &Sink) {
    let mut t = u8::MAX;
    let file = FILE_LEVEL.load(Ordering::Relaxed);
    if sink.file.is_some() && file != level::OFF {
        t = t.min(file);
    }
    let cb = CALLBACK_LEVEL.load(Ordering::Relaxed);
    if sink.callback.is_some() && cb != level::OFF {
        t = t.min(cb);
    }
    if CONSOLE.load(Ordering::Relaxed) && file != level::OFF {
        t = t.min(file);
    }
    THRESHOLD.store(t, Ordering::Relaxed);
}

/// Sets the file (and console) level and the callback level; `None` keeps one.
pub fn set_levels(file: Option<u8>, callback: Option<u8>, console: Option<bool>) {
    let sink = SINK.lock();
    if let Some(l) = file {
        FILE_LEVEL.store(l, Ordering::Relaxed);
    }
    if let Some(l) = callback {
        CALLBACK_LEVEL.store(l, Ordering::Relaxed);
    }
    if let Some(c) = console {
        CONSOLE.store(c, Ordering::Relaxed);
    }
    refresh_threshold(&sink);
}

/// The current (file level, callback level, console output).
pub fn levels() -> (u8, u8, bool) {
    (
        FILE_LEVEL.load(Ordering::Relaxed),
        CALLBACK_LEVEL.load(Ordering::Relaxed),
        CONSOLE.load(Ordering::Relaxed),
    )
}

/// Registers (or with `None` removes) the app's log callback.
pub fn set_callback(cb: Option<LogFn>, user_data: *const c_void) {
    let mut sink = SINK.lock();
    sink.callback = cb.map(|f| (f, UserData(user_data)));
    refresh_threshold(&sink);
}

/// Starts writing to `dir/timconv.log` (creating `dir`); on failure only the callback and
/// console get lines, and the reason is returned.
pub fn open_file(dir: &Path) -> Result<(), String> {
    let opened = LogFile::open(dir);
    let mut sink = SINK.lock();
    let result = match opened {
        Ok(f) => {
            sink.file = Some(f);
            Ok(())
        }
        Err(e) => {
            sink.file = None;
            Err(format!("cannot write the log in {}: {e}", dir.display()))
        }
    };
    refresh_threshold(&sink);
    result
}

/// Stops writing to the file (`TIMUninit`).
pub fn close_file() {
    let mut sink = SINK.lock();
    sink.file = None;
    refresh_threshold(&sink);
}

/// Test hook: rotate the file once it reaches `bytes`.
#[doc(hidden)]
pub fn set_rotate_bytes(bytes: u64) {
    ROTATE_BYTES.store(bytes, Ordering::Relaxed);
}

/// One letter per level, as log lines show it.
fn letter(level: u8) -> char {
    match level {
        level::TEST => 'T',
        level::VERBOSE => 'V',
        level::DEBUG => 'D',
        level::INFO => 'I',
        level::WARN => 'W',
        level::ERROR => 'E',
        _ => 'A',
    }
}

/// Writes one line (call through [`log!`], which checks [`enabled`] first).
pub fn write(level: u8, tag: &str, text: &str) {
    let line = format!("[{}][{}][{tag}] {text}", timestamp(), letter(level));
    let mut sink = SINK.lock();
    let file_level = FILE_LEVEL.load(Ordering::Relaxed);
    if file_level != level::OFF && level >= file_level {
        if let Some(file) = sink.file.as_mut() {
            file.write_line(&line);
        }
        if CONSOLE.load(Ordering::Relaxed) {
            eprintln!("{line}");
        }
    }
    let cb_level = CALLBACK_LEVEL.load(Ordering::Relaxed);
    let callback = sink.callback.filter(|_| cb_level != level::OFF && level >= cb_level);
    drop(sink);
    if callback.is_none() || IN_CALLBACK.with(Cell::get) {
        return;
    }
    if super::on_worker() {
        super::worker::deliver_log(level, line);
    } else {
        super::submit_log(level, line);
    }
}

/// Hands a line to the app's log callback (on the worker thread).
pub fn deliver(level: u8, line: &str) {
    let cb_level = CALLBACK_LEVEL.load(Ordering::Relaxed);
    let Some((f, ud)) = SINK.lock().callback else { return };
    if cb_level == level::OFF || level < cb_level {
        return;
    }
    let line = c_string(&format!("{line}\n"));
    IN_CALLBACK.with(|c| c.set(true));
    // SAFETY: registered by the app for this signature; `line` outlives the call.
    unsafe { f(c_int::from(level), line.as_ptr(), ud.0) };
    IN_CALLBACK.with(|c| c.set(false));
}

/// UTC time of day with milliseconds, `YYYY-MM-DD hh:mm:ss.mmm`.
fn timestamp() -> String {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    let secs = now.as_secs();
    let (days, rem) = (secs / 86_400, secs % 86_400);
    let (y, m, d) = civil_from_days(days as i64);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}.{:03}",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        now.subsec_millis()
    )
}

/// Gregorian date of a day count since 1970-01-01 (H. Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The open log file and its size.
struct LogFile {
    dir: PathBuf,
    file: File,
    size: u64,
}

impl LogFile {
    fn open(dir: &Path) -> std::io::Result<LogFile> {
        std::fs::create_dir_all(dir)?;
        let file = OpenOptions::new().create(true).append(true).open(dir.join(FILE_NAME))?;
        let size = file.metadata()?.len();
        Ok(LogFile { dir: dir.to_owned(), file, size })
    }

    fn write_line(&mut self, line: &str) {
        let len = line.len() as u64 + 1;
        if self.size > 0 && self.size + len > ROTATE_BYTES.load(Ordering::Relaxed) {
            self.rotate();
        }
        let mut buf = Vec::with_capacity(line.len() + 1);
        buf.extend_from_slice(line.as_bytes());
        buf.push(b'\n');
        if self.file.write_all(&buf).is_ok() {
            self.size += len;
        }
    }

    /// `timconv.log` becomes `.1`, `.1` becomes `.2`, …; the oldest is dropped.
    fn rotate(&mut self) {
        let path = |n: u32| {
            if n == 0 {
                self.dir.join(FILE_NAME)
            } else {
                self.dir.join(format!("{FILE_NAME}.{n}"))
            }
        };
        let _ = std::fs::remove_file(path(KEPT_FILES));
        for n in (0..KEPT_FILES).rev() {
            let _ = std::fs::rename(path(n), path(n + 1));
        }
        if let Ok(file) = OpenOptions::new().create(true).append(true).open(path(0)) {
            self.file = file;
            self.size = 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_gregorian() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(20_454), (2026, 1, 1));
    }

    #[test]
    fn letters_follow_the_levels() {
        let letters: String = (1..=7).map(letter).collect();
        assert_eq!(letters, "TVDIWEA");
    }
}
