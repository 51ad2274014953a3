//! Time and message IDs, assigned as a server would.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use once_cell::sync::Lazy;

/// Unix time in seconds.
pub fn now_secs() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

static SALT: Lazy<u64> = Lazy::new(|| {
    let mut h = RandomState::new().build_hasher();
    h.write_u64(now_secs());
    h.write_u32(std::process::id());
    h.finish()
});
static COUNTER: AtomicU64 = AtomicU64::new(0);

/// IDs of a new message: `(message_unique_id, message_msg_id, message_rand)`.
/// Unique per process by construction (a bijective mix of a counter) and across processes by
/// a random per-process salt.
pub fn new_message_ids(time: u64) -> (u64, String, u64) {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let unique = splitmix64(n ^ *SALT);
    let rand = unique & 0xffff_ffff;
    (unique, format!("{unique}-{time}-{rand}"), rand)
}

/// SplitMix64's finaliser: a bijection on u64.
fn splitmix64(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}
