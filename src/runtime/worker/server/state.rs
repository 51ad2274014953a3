//! What the worker keeps about a logged-in session's homeserver: which room each
//! conversation is, what the server last showed of each room's tags and draft, the writes the
//! server has not taken yet, and the calls waiting for a server answer.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::Value;

use crate::engine::{ConvKey, ConvType};
use crate::runtime::completion::Completion;
use crate::runtime::job::HistoryRequest;
use crate::store::RoomRecord;
use crate::transport::tags::TagState;
use crate::transport::{ids, Job, OutItem, Transport};

/// Rooms and conversations, both ways. A conversation may have several rooms (two direct
/// rooms with the same person); it sends into the first recorded.
#[derive(Default)]
pub struct RoomBook {
    rooms: HashMap<String, RoomRecord>,
    primary: HashMap<ConvKey, String>,
}

impl RoomBook {
    pub fn new(records: Vec<RoomRecord>) -> RoomBook {
        let mut book = RoomBook::default();
        for r in records {
            book.insert(r);
        }
        book
    }

    /// Records a room (or updates its record). A room recorded before under another
    /// conversation no longer sends for that one.
    pub fn insert(&mut self, record: RoomRecord) {
        if let Some(old) = self.rooms.get(&record.room_id).filter(|old| old.key != record.key) {
            if self.primary.get(&old.key) == Some(&record.room_id) {
                self.primary.remove(&old.key);
            }
        }
        self.primary.entry(record.key.clone()).or_insert_with(|| record.room_id.clone());
        self.rooms.insert(record.room_id.clone(), record);
    }

    /// Records a room as the one its conversation sends into (a group just created or joined).
    pub fn insert_primary(&mut self, record: RoomRecord) {
        self.primary.insert(record.key.clone(), record.room_id.clone());
        self.insert(record);
    }

    pub fn get(&self, room: &str) -> Option<&RoomRecord> {
        self.rooms.get(room)
    }

    /// The room a conversation sends into.
    pub fn room_of(&self, key: &ConvKey) -> Option<&str> {
        self.primary.get(key).map(String::as_str)
    }

    /// Whether a group ID is already some room's.
    pub fn group_taken(&self, group_id: &str) -> bool {
        self.primary.contains_key(&ConvKey::new(ConvType::Group, group_id))
    }
}

/// A send waiting for the server: the message's pending ID (its transaction ID) and where its
/// outcome goes.
pub struct PendingSend {
    pub key: ConvKey,
    pub txn: String,
    pub reply: SendReply,
}

/// Where a send's outcome goes.
pub enum SendReply {
    /// The callback of `TIMMsgSendMessage` (none for a send resumed after a restart).
    Call(Completion),
    /// Part `index` of the `TIMMsgBatchSend` numbered `batch`.
    Batch { batch: u64, index: usize },
}

/// A `TIMMsgBatchSend` waiting for its parts: one result per message, in order.
pub struct PendingBatch {
    pub completion: Completion,
    pub results: Vec<serde_json::Value>,
    pub remaining: usize,
}

/// A call waiting for a server answer.
pub enum Waiting {
    Send(PendingSend),
    /// A modification by the user (an edit on the server), applied locally once it is there.
    Modify {
        new: crate::engine::Message,
        completion: Completion,
    },
    /// A revoke by the user, applied locally once the server redacted.
    Revoke {
        key: ConvKey,
        msg_id: String,
        completion: Completion,
    },
    /// A group, profile or block-list operation (`calls`).
    Call {
        pending: super::calls::PendingCall,
        completion: Completion,
    },
    /// A history page, read again once older history is stored.
    History {
        key: ConvKey,
        room: String,
        query: HistoryRequest,
        completion: Completion,
    },
}

/// What an outbox item holds back while pending.
enum Tracked {
    /// Server state of this room.
    Room(String),
    /// The server's conversation-group list.
    GroupList,
    Other,
}

/// The homeserver side of a session.
pub struct ServerSession {
    pub transport: Transport,
    /// Distinguishes this session's reports from those of an ended one.
    pub generation: u64,
    pub rooms: RoomBook,
    /// `m.direct` as last seen or written: Matrix user → rooms.
    pub direct: BTreeMap<String, Vec<String>>,
    /// Each room's tags and draft as the server last showed them (or we last wrote them).
    pub tags: HashMap<String, TagState>,
    pub drafts: HashMap<String, Value>,
    /// The conversation-group names as the server last showed them.
    pub group_names: Option<Vec<String>>,
    /// Outbox items not yet taken, by ID, and how many each room has: a room's state from the
    /// server is not applied over local changes still on their way.
    outbox: HashMap<u64, Tracked>,
    pending_per_room: HashMap<String, usize>,
    pending_group_lists: usize,
    next_outbox_id: u64,
    pub waiting: HashMap<u64, Waiting>,
    next_ticket: u64,
    /// Outbox items that wait for the current batch to commit.
    pub after_commit: Vec<Job>,
    /// Batch sends waiting for their parts, by number.
    pub batches: HashMap<u64, PendingBatch>,
    /// Direct rooms being created, by peer (Matrix ID): the room a sync shows first with just
    /// that peer is theirs.
    pub creating_direct: HashSet<String>,
}

impl ServerSession {
    pub fn new(
        transport: Transport,
        generation: u64,
        rooms: Vec<RoomRecord>,
        outbox: &[(u64, OutItem)],
    ) -> ServerSession {
        let mut s = ServerSession {
            transport,
            generation,
            rooms: RoomBook::new(rooms),
            direct: BTreeMap::new(),
            tags: HashMap::new(),
            drafts: HashMap::new(),
            group_names: None,
            outbox: HashMap::new(),
            pending_per_room: HashMap::new(),
            pending_group_lists: 0,
            next_outbox_id: outbox.iter().map(|(id, _)| id + 1).max().unwrap_or(1),
            waiting: HashMap::new(),
            next_ticket: 1,
            after_commit: Vec::new(),
            batches: HashMap::new(),
            creating_direct: HashSet::new(),
        };
        for (id, item) in outbox {
            s.track(*id, item);
        }
        s
    }

    /// The Matrix ID of the logged-in user and their server's name.
    pub fn me(&self) -> (&str, &str) {
        let link = self.transport.link();
        (&link.me, &link.server)
    }

    /// The SDK user ID of a Matrix user.
    pub fn user_id(&self, mxid: &str) -> Option<String> {
        ids::user_id(mxid, &self.transport.link().server)
    }

    /// A number for a batch send (from the same counter as tickets).
    pub fn batch(&mut self, pending: PendingBatch) -> u64 {
        let id = self.next_ticket;
        self.next_ticket += 1;
        self.batches.insert(id, pending);
        id
    }

    /// A new ticket for a call waiting on the server.
    pub fn wait(&mut self, waiting: Waiting) -> u64 {
        let ticket = self.next_ticket;
        self.next_ticket += 1;
        self.waiting.insert(ticket, waiting);
        ticket
    }

    /// Assigns an outbox ID to an item and counts it as pending; the caller stores it.
    pub fn enqueue(&mut self, item: &OutItem) -> u64 {
        let id = self.next_outbox_id;
        self.next_outbox_id += 1;
        self.track(id, item);
        id
    }

    fn track(&mut self, id: u64, item: &OutItem) {
        let tracked = match item {
            OutItem::Tags { room, .. } | OutItem::Draft { room, .. } | OutItem::Deleted { room, .. } => {
                *self.pending_per_room.entry(room.clone()).or_default() += 1;
                Tracked::Room(room.clone())
            }
            OutItem::GroupList { .. } => {
                self.pending_group_lists += 1;
                Tracked::GroupList
            }
            _ => Tracked::Other,
        };
        self.outbox.insert(id, tracked);
    }

    /// An outbox item was taken (or dropped).
    pub fn done(&mut self, id: u64) {
        match self.outbox.remove(&id) {
            Some(Tracked::Room(room)) => {
                if let Some(n) = self.pending_per_room.get_mut(&room) {
                    *n -= 1;
                    if *n == 0 {
                        self.pending_per_room.remove(&room);
                    }
                }
            }
            Some(Tracked::GroupList) => self.pending_group_lists = self.pending_group_lists.saturating_sub(1),
            Some(Tracked::Other) | None => {}
        }
    }

    /// Whether local changes to the room are still on their way to the server.
    pub fn room_pending(&self, room: &str) -> bool {
        self.pending_per_room.contains_key(room)
    }

    /// Whether a local change of the conversation-group list is on its way.
    pub fn group_list_pending(&self) -> bool {
        self.pending_group_lists > 0
    }
}
