//! The store's check on the worker: it runs in slices while the queue is empty (after each
//! login, and on `TIMExtVerifyStore`), its repairs reach the app as any other change does
//! (conversation events, unread listeners, the log), and those who asked get its report.

use std::time::Duration;

use serde_json::json;

use crate::engine::codes;
use crate::runtime::completion::Completion;
use crate::runtime::delivery::{conv_event, Delivery};
use crate::runtime::listeners;
use crate::runtime::log::{self, log};
use crate::store::{CheckReport, Repairs};
use crate::wire::{conversation as conv_wire, keys};

use super::Worker;

/// How long the queue must stay empty before checking starts.
const IDLE_AFTER: Duration = Duration::from_millis(2);
/// Worker time per slice; the slice's last chunk of rows and its commit come on top (about
/// 1 ms in all: the longest a call that arrives meanwhile waits for the check).
const SLICE: Duration = Duration::from_micros(600);
/// Slices when the check must end before the session does.
const FINISHING_SLICE: Duration = Duration::from_millis(50);

impl Worker {
    /// How long the queue may stay empty before `idle` has work (`None`: wait for calls).
    pub(super) fn idle_wait(&self) -> Option<Duration> {
        self.check_pending().then_some(IDLE_AFTER)
    }

    fn check_pending(&self) -> bool {
        self.session.as_ref().is_some_and(|s| s.check_pending())
    }

    /// Runs check slices until a call is queued (or `TIMUninit` closes the queue) or the
    /// check is done.
    pub(super) fn idle(&mut self, wanted: impl Fn() -> bool) {
        while !wanted() && self.check_pending() {
            self.check_step(SLICE);
        }
    }

    /// `TIMExtVerifyStore`: starts a full check (or joins the one under way); answered when it
    /// ends. Pending changes are committed first, so the check sees them.
    pub(super) fn check_store(&mut self, completion: Completion) {
        if self.session.is_none() {
            let desc = "not logged in: call TIMLogin first";
            return self.reply(completion, codes::ERR_SDK_NOT_LOGGED_IN, desc, String::new());
        }
        self.flush();
        match self.session.as_mut() {
            Some(session) => {
                session.start_check();
                self.check_waiters.push(completion);
            }
            None => {
                let desc = "not logged in: the last commit failed";
                self.reply(completion, codes::ERR_SDK_NOT_LOGGED_IN, desc, String::new());
            }
        }
    }

    /// Before the session ends: a check someone asked for runs to its end.
    pub(super) fn finish_check(&mut self) {
        while !self.check_waiters.is_empty() {
            if !self.check_pending() {
                let desc = "the store check ended without a report";
                for c in std::mem::take(&mut self.check_waiters) {
                    self.reply(c, codes::ERR_SDK_INTERNAL_ERROR, desc, String::new());
                }
                break;
            }
            self.check_step(FINISHING_SLICE);
        }
    }

    fn check_step(&mut self, budget: Duration) {
        let Some(session) = self.session.as_mut() else { return };
        match session.verify_step(budget) {
            Ok(repairs) => self.report_repairs(repairs),
            Err(err) => {
                log!(log::level::ERROR, "store", "the store check stopped: {}", err.desc);
                for c in std::mem::take(&mut self.check_waiters) {
                    self.reply(c, err.code, err.desc.clone(), String::new());
                }
            }
        }
        self.flush();
    }

    /// Logs what a step repaired and tells the app: Update for conversations whose list entry
    /// changed, Del for entries of conversations that are not there, the unread listeners for
    /// corrected totals; the report to those who asked when the check ended.
    fn report_repairs(&mut self, repairs: Repairs) {
        for line in &repairs.lines {
            log!(log::level::WARN, "store", "repaired: {line}");
        }
        if let (Some(s), true) = (&self.session, listeners::has_conv_event()) {
            let engine = &s.engine;
            let shown: Vec<_> = repairs
                .updated
                .iter()
                .filter_map(|k| engine.peek(k).ok().flatten())
                .filter(|c| !c.hidden)
                .collect();
            if !shown.is_empty() {
                let json = conv_wire::conv_array_json(shown.iter().map(|c| &**c));
                self.out.push(Delivery::ConvEvent { event: conv_event::UPDATE, json });
            }
            if !repairs.removed.is_empty() {
                let json = format!("[{}]", repairs.removed.join(","));
                self.out.push(Delivery::ConvEvent { event: conv_event::DEL, json });
            }
        }
        if repairs.totals {
            self.notify_totals();
        }
        if let Some(report) = repairs.finished {
            let level = if report.repairs > 0 { log::level::WARN } else { log::level::INFO };
            log!(
                level,
                "store",
                "checked {} conversations, {} list entries, {} memberships in {} ms of idle time: {} repaired, {} rows unreadable",
                report.conversations,
                report.view_rows,
                report.memberships,
                report.busy.as_millis(),
                report.repairs,
                report.unreadable
            );
            let json = report_json(&report);
            for c in std::mem::take(&mut self.check_waiters) {
                self.reply(c, 0, "", json.clone());
            }
        }
    }
}

/// The callback JSON of `TIMExtVerifyStore`.
fn report_json(r: &CheckReport) -> String {
    json!({
        keys::kTIMExtStoreCheckConversations: r.conversations,
        keys::kTIMExtStoreCheckListEntries: r.view_rows,
        keys::kTIMExtStoreCheckMemberships: r.memberships,
        keys::kTIMExtStoreCheckRepairs: r.repairs,
        keys::kTIMExtStoreCheckUnreadableRows: r.unreadable,
        keys::kTIMExtStoreCheckRendered: r.rendered,
        keys::kTIMExtStoreCheckFindings: r.findings,
        keys::kTIMExtStoreCheckLoginRebuilt: r.login,
        keys::kTIMExtStoreCheckBusyMs: r.busy.as_millis() as u64,
        keys::kTIMExtStoreCheckElapsedMs: r.elapsed.as_millis() as u64,
        keys::kTIMExtStoreCheckLongestStepUs: r.longest_step.as_micros() as u64,
    })
    .to_string()
}
