//! The verifier: after login, and when asked, it walks the store in small slices while the
//! worker is idle and repairs every derived copy that disagrees with the conversation rows
//! (see `derived.rs`). A pass has three phases:
//!
//! 1. the view, in list order: each row must be one JSON object, the ConvInfo of the
//!    conversation placed there; others are rendered again from that row, or removed. Rows
//!    walked are trusted by whole-list replies from then on (`Trust`);
//! 2. the conversation rows, in key order: each one's list place, `rendered` flag, view text
//!    and memberships must be what its fields imply. The totals are counted as it goes (a
//!    commit in between corrects the count for rows already walked) and compared with the
//!    engine's at the end;
//! 3. the memberships: each must name a conversation of that group.

use std::cell::{Cell, RefCell};
use std::collections::BTreeSet;
use std::rc::Rc;
use std::time::{Duration, Instant};

use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension};

use super::derived::Tally;
use super::rows::{conversation_from_row, SUMMARY_COLUMNS};
use crate::engine::{ConvKey, Conversation, Engine};
use checks::{at_or_before, Ctx, Found};

mod checks;

/// What whole-list replies and the verifier share (one thread): how far the view is known to
/// hold only well-formed ConvInfo, and the places where a reply found it did not.
#[derive(Debug)]
pub struct Trust {
    /// View rows placed below this were walked by the verifier or found well-formed by a reply
    /// (or written since, by this library): replies do not check them again.
    checked_below: Cell<i64>,
    suspects: RefCell<BTreeSet<i64>>,
}

impl Trust {
    fn new() -> Trust {
        Trust { checked_below: Cell::new(i64::MIN), suspects: RefCell::new(BTreeSet::new()) }
    }

    pub fn checked_below(&self) -> i64 {
        self.checked_below.get()
    }

    /// Every view row is well-formed.
    pub fn all_checked(&self) {
        self.checked_below.set(i64::MAX);
    }

    /// A reply could not use the view row at `place`: the verifier repairs it next.
    pub fn suspect(&self, place: i64) {
        self.suspects.borrow_mut().insert(place);
    }
}

/// What a full check walked, and what the checks of the session found.
#[derive(Clone, Debug, Default)]
pub struct CheckReport {
    /// Rows this check walked: conversations, view rows, memberships; conversation rows that
    /// cannot be read (nothing derived from them is checked).
    pub conversations: u64,
    pub view_rows: u64,
    pub memberships: u64,
    pub unreadable: u64,
    /// Since login: derived copies that disagreed with the rows, repaired; listed rows a
    /// migration or a rebuild left without a view row, rendered; one line per finding (the
    /// first ones).
    pub repairs: u64,
    pub rendered: u64,
    pub findings: Vec<String>,
    /// What this session's login rebuilt.
    pub login: Vec<String>,
    /// Time the worker spent on this check, and from its start to its end; its longest step
    /// (commit included): about the longest a call waited for it.
    pub busy: Duration,
    pub elapsed: Duration,
    pub longest_step: Duration,
}

/// What one step repaired, for the worker to report.
#[derive(Debug, Default)]
pub struct Repairs {
    /// Visible conversations whose place in the list or stored ConvInfo was repaired.
    pub updated: Vec<ConvKey>,
    /// ConvInfo objects the list showed of conversations that are not there (or are deleted).
    pub removed: Vec<String>,
    /// The engine's totals were corrected.
    pub totals: bool,
    /// Findings, one line each, for the log.
    pub lines: Vec<String>,
    /// The report of a pass that ended with this step.
    pub finished: Option<CheckReport>,
}

enum Phase {
    /// View rows from this place up.
    View(i64),
    /// Conversation rows after this key (`None`: from the first).
    Rows(Option<(Value, Value)>),
    /// Memberships after this one.
    Members(Option<(Value, Value, Value)>),
}

struct Pass {
    phase: Phase,
    /// Totals of the rows walked, once the rows phase starts.
    tally: Option<Tally>,
    report: CheckReport,
    started: Instant,
}

/// The store's verifier; one per open store.
pub struct Verifier {
    trust: Rc<Trust>,
    pass: Option<Pass>,
    /// Rows moved out of a place another row owns: checked at the next step.
    displaced: Vec<(Value, Value)>,
    /// How the commit in progress changes the totals of rows already counted.
    change: Option<Tally>,
    login: Vec<String>,
    /// What the checks of this session found.
    found: Found,
}

impl Verifier {
    /// A verifier with a pass to run; `login` is what the login's checks rebuilt.
    pub fn new(login: Vec<String>) -> Verifier {
        let trust = Rc::new(Trust::new());
        let found = Found::default();
        let mut v = Verifier { trust, pass: None, displaced: Vec::new(), change: None, login, found };
        v.start();
        v
    }

    pub fn rebuilt_at_login(&self) -> &[String] {
        &self.login
    }

    pub fn trust(&self) -> Rc<Trust> {
        Rc::clone(&self.trust)
    }

    /// Starts a full pass (a pass already running goes on).
    pub fn start(&mut self) {
        if self.pass.is_none() {
            let report = CheckReport::default();
            self.pass =
                Some(Pass { phase: Phase::View(i64::MIN), tally: None, report, started: Instant::now() });
        }
    }

    /// Whether there is work for `step`.
    pub fn is_pending(&self) -> bool {
        self.pass.is_some() || !self.displaced.is_empty() || !self.trust.suspects.borrow().is_empty()
    }

    /// Drops the pass (its step failed), and the trust it gave.
    pub fn abandon(&mut self) {
        self.change = None;
        self.displaced.clear();
        self.trust.suspects.borrow_mut().clear();
        self.trust.checked_below.set(i64::MIN);
        self.pass = None;
    }

    /// Whether a commit writing `key` changes totals the pass has counted.
    pub fn counts(&self, key: &ConvKey) -> bool {
        matches!(&self.pass, Some(Pass { phase: Phase::Rows(Some(cursor)), .. }) if at_or_before(key, cursor))
    }

    /// Before a commit rewrites (or deletes) the counted row `key`: takes its old state away.
    pub fn before_write(&mut self, tx: &Connection, key: &ConvKey) -> rusqlite::Result<()> {
        let sql = format!("SELECT {SUMMARY_COLUMNS} FROM conversation WHERE conv_type = ?1 AND conv_id = ?2");
        let mut stmt = tx.prepare_cached(&sql)?;
        let old = stmt.query_row(params![key.conv_type.code(), key.id], |r| Ok(conversation_from_row(r)));
        if let Some(Ok(old)) = old.optional()? {
            self.change().count(&old, false);
        }
        Ok(())
    }

    /// After a commit wrote the counted row `conv`: adds its new state.
    pub fn after_write(&mut self, conv: &Conversation) {
        self.change().count(conv, true);
    }

    fn change(&mut self) -> &mut Tally {
        let filters = self.pass.as_ref().and_then(|p| p.tally.as_ref()).map(|t| t.counters.clone());
        self.change.get_or_insert_with(|| Tally::of(filters.unwrap_or_default().into_iter().map(|(f, _)| f)))
    }

    /// The commit succeeded (`true`) or was rolled back: its change counts, or not.
    pub fn committed(&mut self, success: bool) {
        let change = self.change.take();
        if let (true, Some(change), Some(tally)) =
            (success, change, self.pass.as_mut().and_then(|p| p.tally.as_mut()))
        {
            tally.absorb(&change);
        }
    }

    /// A step took `took`, its commit included.
    pub fn stepped(&mut self, took: Duration, out: &mut Repairs) {
        for report in self.pass.as_mut().map(|p| &mut p.report).into_iter().chain(out.finished.as_mut()) {
            report.longest_step = report.longest_step.max(took);
        }
    }

    /// Checks and repairs for about `budget`, in `tx`: first the places replies found unusable,
    /// then the pass where it stands. The engine's totals are corrected at the end of the rows.
    pub fn step(
        &mut self,
        tx: &Connection,
        engine: &mut Engine,
        budget: Duration,
        out: &mut Repairs,
    ) -> rusqlite::Result<()> {
        let start = Instant::now();
        let Verifier { trust, pass, displaced, found, .. } = self;
        let mut scratch = CheckReport::default();
        let (report, walk) = match pass.as_mut() {
            Some(Pass { phase, tally, report, .. }) => (report, Some((phase, tally))),
            None => (&mut scratch, None),
        };
        let mut ctx = Ctx::new(tx, out, report, found, trust, displaced);
        // Places replies could not use first, as many as the budget allows (at least one).
        let mut out_of_time = false;
        loop {
            let next = trust.suspects.borrow_mut().pop_first();
            let Some(place) = next else { break };
            ctx.check_place(place)?;
            out_of_time = start.elapsed() >= budget;
            if out_of_time {
                break;
            }
        }
        ctx.check_displaced()?;
        let mut finished = false;
        if let (Some((phase, tally)), false) = (walk, out_of_time) {
            // At least one slice per step, however small the budget.
            while !finished {
                match phase {
                    Phase::View(from) => {
                        if let Some(next) = ctx.view_slice(*from)? {
                            *from = next;
                        } else {
                            trust.all_checked();
                            *tally = Some(Tally::of(engine.totals().counters.into_iter().map(|(f, _)| f)));
                            *phase = Phase::Rows(None);
                        }
                    }
                    Phase::Rows(after) => {
                        let counted = tally.as_mut().expect("set when the rows phase starts");
                        if ctx.rows_slice(after, counted)? {
                            ctx.correct_totals(tally.take().expect("counted"), engine);
                            *phase = Phase::Members(None);
                        }
                    }
                    Phase::Members(after) => finished = ctx.members_slice(after)?,
                }
                ctx.check_displaced()?;
                if start.elapsed() >= budget {
                    break;
                }
            }
        }
        if let Some(p) = pass.as_mut() {
            p.report.busy += start.elapsed();
        }
        if finished {
            let p = pass.take().expect("a pass ran");
            out.finished = Some(CheckReport {
                repairs: found.repairs,
                rendered: found.rendered,
                findings: found.lines.clone(),
                login: self.login.clone(),
                elapsed: p.started.elapsed(),
                ..p.report
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
