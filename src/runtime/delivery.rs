//! What the worker hands to the app after a batch commits, and how engine results are rendered.

use crate::engine::{ConvKey, Effects, Engine, GroupEvent, Reply};
use crate::wire::{conversation as conv_wire, message as msg_wire};

use super::completion::Completion;
use super::listeners;

/// `TIMConvEvent` values.
pub mod conv_event {
    pub const ADD: i32 = 0;
    pub const DEL: i32 = 1;
    pub const UPDATE: i32 = 2;
    pub const START: i32 = 3;
    pub const FINISH: i32 = 4;
}

/// One callback or listener call, rendered.
pub enum Delivery {
    Reply {
        completion: Completion,
        code: i32,
        desc: String,
        json: String,
    },
    ConvEvent {
        event: i32,
        json: String,
    },
    TotalUnread(i32),
    FilterUnread {
        filter: String,
        total: i32,
    },
    NewMessages(String),
    Group(GroupDelivery),
    /// Messages revoked by others: a JSON array of MsgLocator.
    Revoked(String),
    /// Read receipts: a JSON array of MessageReceipt.
    ReadReceipts(String),
    /// Messages changed by the server: a JSON array of Message.
    MessagesUpdated(String),
    /// Another listener call, prepared by its feed (connection state, …).
    Listener(Box<dyn FnOnce() + Send>),
}

/// A conversation-group listener call; conversation arrays are ConvInfo arrays.
pub enum GroupDelivery {
    Created { name: String, convs: String },
    Deleted { name: String },
    Renamed { old: String, new: String },
    Added { name: String, convs: String },
    Removed { name: String, convs: String },
}

impl Delivery {
    /// Whether this is a command's result (as opposed to a listener event).
    pub fn is_reply(&self) -> bool {
        matches!(self, Delivery::Reply { .. })
    }

    /// Calls the app.
    pub fn deliver(self) {
        match self {
            Delivery::Reply { completion, code, desc, json } => completion.complete_owned(code, &desc, json),
            Delivery::ConvEvent { event, json } => listeners::emit_conv_event(event, json),
            Delivery::TotalUnread(total) => listeners::emit_total_unread(total),
            Delivery::FilterUnread { filter, total } => listeners::emit_filter_unread(&filter, total),
            Delivery::NewMessages(json) => listeners::emit_new_messages(&json),
            Delivery::Group(g) => listeners::emit_group(g),
            Delivery::Revoked(json) => listeners::emit_revoked(&json),
            Delivery::ReadReceipts(json) => listeners::emit_read_receipts(&json),
            Delivery::MessagesUpdated(json) => listeners::emit_msg_update(&json),
            Delivery::Listener(call) => call(),
        }
    }
}

/// Renders a reply as the API's result JSON.
pub fn render_reply(engine: &Engine, reply: Reply) -> String {
    match reply {
        // Taken by value: a stored whole list can be handed over without a copy.
        Reply::List(list) => conv_wire::listed_json(engine, list),
        other => render_other(engine, &other),
    }
}

fn render_other(engine: &Engine, reply: &Reply) -> String {
    match reply {
        Reply::Empty => String::new(),
        Reply::Conversation(key) => {
            engine.conversation(key).map(conv_wire::conv_info_json).unwrap_or_default()
        }
        Reply::Conversations(keys) => conv_array(engine, keys),
        Reply::List(list) => conv_wire::write_listed(engine, list),
        Reply::Page(page) => conv_wire::page_json(page, |k| engine.conversation(k)),
        Reply::TotalUnread(total) => conv_wire::total_unread_json(*total),
        Reply::Results(results) => conv_wire::results_json(results),
        Reply::GroupNames(names) => serde_json::to_string(names).expect("serialises"),
        Reply::RecvOpts(opts) => msg_wire::recv_opts_json(opts),
        Reply::Message(msg) => msg_wire::message_json(msg),
        Reply::Messages(msgs) => msg_wire::messages_json(msgs),
    }
}

fn conv_array(engine: &Engine, keys: &[ConvKey]) -> String {
    conv_wire::conv_array_json(keys.iter().filter_map(|k| engine.conversation(k)))
}

/// The listener calls one command's effects produce (`reply_json` is the command's rendered
/// reply). Each kind is rendered only if a listener for it is registered when the command is
/// applied.
pub fn effect_deliveries(engine: &Engine, fx: &Effects, reply_json: &str, out: &mut Vec<Delivery>) {
    if listeners::has_conv_event() {
        let events = [
            (conv_event::ADD, (!fx.added.is_empty()).then(|| conv_array(engine, &fx.added))),
            (conv_event::UPDATE, (!fx.updated.is_empty()).then(|| conv_array(engine, &fx.updated))),
            (conv_event::DEL, (!fx.deleted.is_empty()).then(|| conv_wire::conv_array_json(&fx.deleted))),
        ];
        for (event, json) in events {
            // An Update of only hidden conversations renders as "[]": skip it.
            if let Some(json) = json.filter(|j| j != "[]") {
                out.push(Delivery::ConvEvent { event, json });
            }
        }
    }
    if fx.received > 0 && listeners::has_recv_new_msg() {
        // The new messages are exactly the command's reply: reuse its JSON.
        out.push(Delivery::NewMessages(reply_json.to_owned()));
    }
    for event in &fx.group_events {
        let g = match event.clone() {
            GroupEvent::Created { name, convs } => {
                GroupDelivery::Created { name, convs: conv_array(engine, &convs) }
            }
            GroupEvent::Deleted { name } => GroupDelivery::Deleted { name },
            GroupEvent::Renamed { old, new } => GroupDelivery::Renamed { old, new },
            GroupEvent::Added { name, convs } => {
                GroupDelivery::Added { name, convs: conv_array(engine, &convs) }
            }
            GroupEvent::Removed { name, convs } => {
                GroupDelivery::Removed { name, convs: conv_array(engine, &convs) }
            }
        };
        out.push(Delivery::Group(g));
    }
}
