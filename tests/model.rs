//! Model-based property test of the conversation engine and its store, without FFI.
//!
//! Random sequences of steps (messages pushed, sent and imported; drafts, pins, marks, custom
//! data, conversation groups, deletes, clean-unread and read reports, receive options, revokes,
//! message deletes, commits and logout/login) run against the engine (driven as the worker
//! drives it, see `model/driver.rs`) and against a plain reference model (`model/reference.rs`).
//! After every step the conversations, list order, unread totals (overall, by filter and by
//! subscription), filtered paging and request results must agree; after each commit the stored
//! history must, and a reload from the store must give back exactly the engine it replaced.
//!
//! ```sh
//! cargo test --test model                                   # 2000 cases (two tests of 1000)
//! PROPTEST_CASES=100000 cargo test --release --test model   # more
//! TIMCONV_MODEL_STEPS=120 ...                               # longer sequences (default 48)
//! ```
//!
//! Message shapes (1 turns one on, 0 off): `TIMCONV_MODEL_EXCLUDED_FROM_LAST` (on; messages
//! with `message_excluded_from_last_message`), `TIMCONV_MODEL_DUPLICATE_IDS` (on; a message ID
//! pushed or imported again, left out as the worker's ingest does). Messages may arrive with a
//! server time older than their conversation's newest (C2C too, where reading "up to a time"
//! then reads a message after one that stays unread).

#[path = "model/act.rs"]
mod act;
#[path = "model/check.rs"]
mod check;
#[path = "model/driver.rs"]
mod driver;
#[path = "model/ops.rs"]
mod ops;
#[path = "model/reference.rs"]
mod reference;
#[path = "model/rules.rs"]
mod rules;

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError};

use act::Act;
use ops::{Shapes, Step};
use reference::Model;

/// Cases per run when `PROPTEST_CASES` is not set.
const DEFAULT_CASES: u32 = 2000;
/// Longest step sequence when `TIMCONV_MODEL_STEPS` is not set.
const DEFAULT_STEPS: usize = 48;
/// The clock at the start of each case.
const T0: u64 = 1_700_000_000;

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

/// Each of the two tests runs half the cases, so the harness runs them on two threads.
fn config() -> Config {
    Config {
        cases: env_number("PROPTEST_CASES").map_or(DEFAULT_CASES, |n| n as u32).div_ceil(2),
        max_shrink_iters: 20_000,
        ..Config::default()
    }
}

/// A fresh data directory per case; in memory where the system has one (commits are durable
/// writes, and this test is about logic, not disks).
fn case_dir() -> PathBuf {
    static N: AtomicU64 = AtomicU64::new(0);
    let shm = PathBuf::from("/dev/shm");
    let base = if shm.is_dir() { shm } else { std::env::temp_dir() };
    base.join(format!("timconv-model-{}-{}", std::process::id(), N.fetch_add(1, Ordering::Relaxed)))
}

fn run(steps: &[Step]) -> Result<(), TestCaseError> {
    let filters = check::filters();
    let subscribed = filters.iter().filter(|f| f.subscribe).map(|f| f.engine.clone()).collect();
    let mut model = Model::new(T0);
    let mut driver = driver::Driver::new(case_dir(), subscribed);
    let fail = |i: usize, act: &Act, e: String| TestCaseError::fail(format!("step {i} {act:?}: {e}"));
    for (i, step) in steps.iter().enumerate() {
        let act = act::resolve(&step.op, &mut model);
        let before = matches!(act, Act::Reload).then(|| check::dump(&driver.engine, &filters));
        let infos_before = check::conv_infos(&driver.engine);
        let got = driver.apply(&act, model.now);
        let want = model.apply(&act);
        if got != want {
            return Err(fail(i, &act, format!("engine answered {got:?}, model {want:?}")));
        }
        check::state(&model, &mut driver, &filters, step.page).map_err(|e| fail(i, &act, e))?;
        let infos_after = check::conv_infos(&driver.engine);
        check::events(&infos_before, &infos_after, driver.events.as_ref()).map_err(|e| fail(i, &act, e))?;
        if let Some(before) = before {
            let after = check::dump(&driver.engine, &filters);
            if before != after {
                return Err(fail(i, &act, format!("reload changed the state:\n{before:#?}\n{after:#?}")));
            }
        }
        if matches!(act, Act::Flush | Act::Reload) {
            check::history(&model, &driver).map_err(|e| fail(i, &act, e))?;
        }
    }
    let before = check::dump(&driver.engine, &filters);
    driver.reload();
    let after = check::dump(&driver.engine, &filters);
    if before != after {
        return Err(TestCaseError::fail(format!("final reload changed the state:\n{before:#?}\n{after:#?}")));
    }
    check::history(&model, &driver).map_err(|e| TestCaseError::fail(format!("at the end: {e}")))
}

/// Random step sequences, as long as `TIMCONV_MODEL_STEPS` says.
fn sequences() -> impl Strategy<Value = Vec<Step>> {
    ops::steps(Shapes::from_env(), env_number("TIMCONV_MODEL_STEPS").map_or(DEFAULT_STEPS, |n| n as usize))
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn engine_follows_the_model(steps in sequences()) {
        run(&steps)?;
    }

    /// The other half of the cases.
    #[test]
    fn engine_follows_the_model_too(steps in sequences()) {
        run(&steps)?;
    }
}
