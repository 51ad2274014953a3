//! Engine behaviour, without threads or FFI.

use super::message::{status, Payload};
use super::*;

const NOW: u64 = 1_700_000_000;

fn msg(conv: ConvKey, sender: &str) -> Message {
    Message {
        conv,
        sender: sender.into(),
        seq: 0,
        server_time: 0,
        client_time: 0,
        msg_id: String::new(),
        unique_id: 0,
        rand: 0,
        status: status::SEND_SUCC,
        is_from_self: false,
        is_read: false,
        is_online: false,
        excluded_from_unread: false,
        excluded_from_last: false,
        at_users: Vec::new(),
        is_peer_read: false,
        payload: Payload::default(),
    }
}

fn draft() -> Draft {
    Draft { msg: Payload::default(), user_define: "u".into(), edit_time: NOW }
}

struct Harness {
    engine: Engine,
    now: u64,
}

impl Harness {
    fn new() -> Harness {
        Harness { engine: Engine::new("me"), now: NOW }
    }

    fn apply(&mut self, cmd: Command) -> (Result<Reply, Failure>, Effects) {
        let mut fx = Effects::default();
        let r = self.engine.apply(cmd, self.now, &mut fx);
        (r, fx)
    }

    fn receive(&mut self, msgs: Vec<Message>) -> Effects {
        let (r, fx) = self.apply(Command::Receive(msgs));
        r.unwrap();
        fx
    }

    fn order(&self) -> Vec<String> {
        self.engine.listed().map(|c| c.key.id.clone()).collect()
    }

    fn conv(&self, key: &ConvKey) -> &Conversation {
        self.engine.conversation(key).unwrap()
    }
}

#[test]
fn receive_creates_then_updates_and_counts_unread() {
    let mut h = Harness::new();
    let bob = ConvKey::c2c("bob");
    let fx = h.receive(vec![msg(bob.clone(), "bob"), msg(bob.clone(), "bob")]);
    assert_eq!(fx.added, vec![bob.clone()]);
    assert!(fx.updated.is_empty(), "one event per conversation per change");
    assert_eq!(fx.received, 2);
    assert_eq!(h.conv(&bob).unread, 2);
    assert_eq!(h.conv(&bob).last_msg.as_ref().unwrap().seq, 2);
    assert_eq!(h.engine.total_unread(), 2);

    let fx = h.receive(vec![msg(bob.clone(), "bob")]);
    assert!(fx.added.is_empty());
    assert_eq!(fx.updated, vec![bob.clone()]);
    assert_eq!(h.engine.total_unread(), 3);
}

#[test]
fn own_excluded_and_online_messages_do_not_count() {
    let mut h = Harness::new();
    let g = ConvKey::group("g");
    let mut excluded = msg(g.clone(), "bob");
    excluded.excluded_from_unread = true;
    let mut online = msg(g.clone(), "bob");
    online.is_online = true;
    h.receive(vec![msg(g.clone(), "me"), excluded, online]);
    let conv = h.conv(&g);
    assert_eq!(conv.unread, 0);
    assert!(conv.last_msg.as_ref().unwrap().excluded_from_unread);
    assert_eq!(conv.max_seq, 2, "online message is not stored");
    let (r, _) = h.apply(Command::Send(msg(g.clone(), "")));
    let Reply::Message(sent) = r.unwrap() else { panic!("send replies with the message") };
    assert!(sent.is_from_self && sent.is_read);
    assert_eq!(h.conv(&g).unread, 0);
}

#[test]
fn excluded_from_last_message_keeps_the_previous_one() {
    let mut h = Harness::new();
    let bob = ConvKey::c2c("bob");
    h.receive(vec![msg(bob.clone(), "bob")]);
    let mut hidden = msg(bob.clone(), "bob");
    hidden.excluded_from_last = true;
    h.receive(vec![hidden]);
    assert_eq!(h.conv(&bob).last_msg.as_ref().unwrap().seq, 1);
    assert_eq!(h.conv(&bob).unread, 2);
}

#[test]
fn order_is_pinned_first_then_most_recent() {
    let mut h = Harness::new();
    for id in ["a", "b", "c"] {
        h.receive(vec![msg(ConvKey::c2c(id), id)]);
    }
    assert_eq!(h.order(), ["c", "b", "a"]);
    h.apply(Command::Pin(ConvKey::c2c("a"), true)).0.unwrap();
    assert_eq!(h.order(), ["a", "c", "b"]);
    assert!(h.conv(&ConvKey::c2c("a")).active_time() & conversation::PINNED_BIT != 0);
    h.apply(Command::SetDraft(ConvKey::c2c("b"), draft())).0.unwrap();
    assert_eq!(h.order(), ["a", "b", "c"]);
    h.apply(Command::Pin(ConvKey::c2c("a"), false)).0.unwrap();
    assert_eq!(h.order(), ["b", "a", "c"], "pinning activated a; unpinning keeps that position");
}

#[test]
fn order_keys_are_unique_within_one_second() {
    let mut h = Harness::new();
    for i in 0..50 {
        h.receive(vec![msg(ConvKey::c2c(format!("u{i}")), "x")]);
    }
    let keys: std::collections::BTreeSet<u64> = h.engine.listed().map(|c| c.active_time()).collect();
    assert_eq!(keys.len(), 50);
    assert_eq!(h.order()[0], "u49");
}

#[test]
fn pin_of_unknown_conversation_fails_without_change() {
    let mut h = Harness::new();
    let (r, fx) = h.apply(Command::Pin(ConvKey::c2c("ghost"), true));
    assert_eq!(r.unwrap_err().code, codes::ERR_INVALID_CONVERSATION);
    assert!(!fx.changed_conversations());
    assert!(h.engine.conversation(&ConvKey::c2c("ghost")).is_none());
}

#[test]
fn repinning_is_not_a_change() {
    let mut h = Harness::new();
    let a = ConvKey::c2c("a");
    h.receive(vec![msg(a.clone(), "a")]);
    assert_eq!(h.apply(Command::Pin(a.clone(), true)).1.updated, vec![a.clone()]);
    assert!(h.apply(Command::Pin(a.clone(), true)).1.updated.is_empty());
}

#[test]
fn create_is_unlisted_until_activated() {
    let mut h = Harness::new();
    let a = ConvKey::c2c("a");
    let (r, fx) = h.apply(Command::Create(a.clone()));
    assert_eq!(r.unwrap(), Reply::Conversation(a.clone()));
    assert_eq!(fx.added, vec![a.clone()]);
    assert!(h.order().is_empty());
    let (_, fx) = h.apply(Command::Create(a.clone()));
    assert!(fx.added.is_empty(), "existing conversation is fetched, not re-added");
    h.apply(Command::Pin(a.clone(), true)).0.unwrap();
    assert_eq!(h.order(), ["a"]);
}

#[test]
fn draft_creates_activates_and_cancels() {
    let mut h = Harness::new();
    let a = ConvKey::group("g");
    let (_, fx) = h.apply(Command::SetDraft(a.clone(), draft()));
    assert_eq!(fx.added, vec![a.clone()]);
    assert_eq!(h.order(), ["g"]);
    let (_, fx) = h.apply(Command::CancelDraft(a.clone()));
    assert_eq!(fx.updated, vec![a.clone()]);
    assert!(h.conv(&a).draft.is_none());
    let (_, fx) = h.apply(Command::CancelDraft(a.clone()));
    assert!(!fx.changed_conversations(), "cancelling no draft changes nothing");
}

#[test]
fn delete_removes_and_a_later_message_recreates_fresh() {
    let mut h = Harness::new();
    let a = ConvKey::c2c("a");
    h.receive(vec![msg(a.clone(), "a"), msg(a.clone(), "a")]);
    h.apply(Command::Pin(a.clone(), true)).0.unwrap();
    let (r, fx) = h.apply(Command::Delete(a.clone()));
    r.unwrap();
    assert_eq!(fx.deleted.len(), 1);
    assert_eq!(h.engine.total_unread(), 0);
    assert!(h.order().is_empty());
    assert_eq!(h.apply(Command::Delete(a.clone())).0.unwrap_err().code, codes::ERR_INVALID_CONVERSATION);
    let fx = h.receive(vec![msg(a.clone(), "a")]);
    assert_eq!(fx.added, vec![a.clone()]);
    let conv = h.conv(&a);
    assert_eq!((conv.unread, conv.pinned, conv.max_seq), (1, false, 1));
}

#[test]
fn muted_and_avchatroom_conversations_leave_the_total() {
    let convs = vec![
        Conversation {
            unread: 3,
            recv_opt: conversation::recv_opt::NOT_NOTIFY,
            ..Conversation::new(ConvKey::c2c("muted"))
        },
        Conversation { unread: 4, ..Conversation::new(ConvKey::c2c("loud")) },
        Conversation {
            unread: 5,
            recv_opt: conversation::recv_opt::NOT_RECEIVE,
            ..Conversation::new(ConvKey::group("g"))
        },
        Conversation {
            unread: 6,
            recv_opt: conversation::recv_opt::NOT_NOTIFY_EXCEPT_AT,
            ..Conversation::new(ConvKey::group("h"))
        },
        Conversation {
            unread: 7,
            recv_opt: conversation::recv_opt::NOT_RECEIVE_EXCEPT_AT,
            ..Conversation::new(ConvKey::group("i"))
        },
    ];
    let engine = Engine::with_conversations("me", convs);
    assert_eq!(engine.total_unread(), 4 + 7);

    let mut h = Harness::new();
    let live = ConvKey::group("live");
    h.engine = Engine::with_conversations(
        "me",
        vec![Conversation {
            group_type: conversation::GROUP_TYPE_AVCHATROOM,
            ..Conversation::new(live.clone())
        }],
    );
    h.receive(vec![msg(live.clone(), "x")]);
    assert_eq!(h.conv(&live).unread, 0, "AVChatRoom never counts unread");
}

#[test]
fn explicit_seq_and_time_are_kept_and_older_messages_do_not_replace_last() {
    let mut h = Harness::new();
    let a = ConvKey::group("g");
    let mut newer = msg(a.clone(), "x");
    newer.seq = 10;
    newer.server_time = NOW;
    let mut older = msg(a.clone(), "x");
    older.seq = 5;
    older.server_time = NOW - 100;
    h.receive(vec![newer, older]);
    let conv = h.conv(&a);
    assert_eq!(conv.last_msg.as_ref().unwrap().seq, 10);
    assert_eq!(conv.max_seq, 10);
    assert_eq!(conv.unread, 2);
    h.receive(vec![msg(a.clone(), "x")]);
    assert_eq!(h.conv(&a).last_msg.as_ref().unwrap().seq, 11);
}

#[test]
fn get_info_skips_unknown_and_list_is_ordered() {
    let mut h = Harness::new();
    h.receive(vec![msg(ConvKey::c2c("a"), "a")]);
    let (r, _) = h.apply(Command::GetInfo(vec![ConvKey::c2c("zz"), ConvKey::c2c("a")]));
    assert_eq!(r.unwrap(), Reply::Conversations(vec![ConvKey::c2c("a")]));
    let (r, _) = h.apply(Command::GetTotalUnread);
    assert_eq!(r.unwrap(), Reply::TotalUnread(1));
}

#[test]
fn subscription_totals_follow_every_change_and_exclude_muted_conversations() {
    use super::conversation::recv_opt;
    let muted = Conversation {
        unread: 5,
        recv_opt: recv_opt::NOT_NOTIFY,
        ..Conversation::new(ConvKey::group("muted"))
    };
    let mut h = Harness::new();
    h.engine = Engine::with_conversations("me", vec![muted]);
    let groups = Filter { conv_type: Some(ConvType::Group), ..Filter::default() };
    let unread_c2c = Filter { conv_type: Some(ConvType::C2C), has_unread: Some(true), ..Filter::default() };
    h.engine.subscribe(groups.clone()).unwrap();
    h.engine.subscribe(unread_c2c.clone()).unwrap();
    assert_eq!(h.engine.subscription_total(&groups), Some(0), "muted conversations are excluded");
    for i in 0..30 {
        let conv = if i % 3 == 0 {
            ConvKey::group(format!("g{}", i % 4))
        } else {
            ConvKey::c2c(format!("u{}", i % 5))
        };
        h.receive(vec![msg(conv, "peer")]);
        if i % 7 == 0 {
            h.apply(Command::Delete(ConvKey::c2c("u1"))).0.ok();
        }
        if i % 11 == 0 {
            let target = CleanTarget {
                key: ConvKey::c2c("u2"),
                read_seq: 100,
                read_late: Vec::new(),
                unread: 0,
                read_mark: 1,
            };
            h.apply(Command::CleanUnread(vec![target])).0.ok();
        }
        for f in [&groups, &unread_c2c] {
            assert_eq!(h.engine.subscription_total(f), h.engine.unread_matching(f).ok(), "step {i}");
        }
    }
    assert!(h.engine.unsubscribe(&Filter { has_unread: None, ..unread_c2c.clone() }), "same type/mark/group");
    assert_eq!(h.engine.subscription_total(&unread_c2c), None);
}

#[test]
fn batch_requests_check_their_size_and_report_each_id() {
    let mut h = Harness::new();
    h.receive(vec![msg(ConvKey::c2c("a"), "a")]);
    let refs = |ids: &[&str]| ids.iter().map(|s| ConvRef::parse(s)).collect::<Vec<_>>();
    let (r, fx) = h.apply(Command::Mark { convs: refs(&["c2c_a", "c2c_b", "x"]), bits: 1, enable: true });
    let Reply::Results(results) = r.unwrap() else { panic!("results") };
    let codes: Vec<i32> = results.iter().map(|r| r.code).collect();
    assert_eq!(codes, [0, codes::ERR_INVALID_CONVERSATION, codes::ERR_INVALID_PARAMETERS]);
    assert_eq!(fx.updated, vec![ConvKey::c2c("a")]);
    let (_, fx) = h.apply(Command::Mark { convs: refs(&["c2c_a"]), bits: 1, enable: true });
    assert!(fx.updated.is_empty(), "no change, no event");
    let many: Vec<String> = (0..=MAX_IDS_PER_REQUEST).map(|i| format!("c2c_{i}")).collect();
    let many: Vec<&str> = many.iter().map(String::as_str).collect();
    let (r, _) = h.apply(Command::SetCustomData { convs: refs(&many), data: "x".into() });
    assert_eq!(r.unwrap_err().code, codes::ERR_SVR_CONV_CONV_MARK_REQ_COUNT_EXCEED_LIMIT);
}

#[test]
fn a_new_conversation_whose_only_message_is_excluded_from_the_last_message_is_listed() {
    let mut h = Harness::new();
    let x = ConvKey::c2c("x");
    let mut m = msg(x.clone(), "x");
    m.excluded_from_last = true;
    let fx = h.receive(vec![m]);
    assert_eq!(fx.added, vec![x.clone()]);
    assert_eq!(h.order(), ["x"]);
    assert!(h.conv(&x).last_msg.is_none());
    assert!(h.conv(&x).order_key > 0);
    assert_eq!(h.engine.total_unread(), 1);
}

/// Reads the whole conversation (as a clean-unread resolved against the store would).
fn read_all(h: &mut Harness, key: &ConvKey) {
    let max_seq = h.conv(key).max_seq;
    let target = CleanTarget {
        key: key.clone(),
        read_seq: max_seq,
        read_late: Vec::new(),
        unread: 0,
        read_mark: max_seq,
    };
    h.apply(Command::CleanUnread(vec![target])).0.unwrap();
}

#[test]
fn a_last_message_read_back_from_the_store_keeps_the_read_state() {
    let mut h = Harness::new();
    let g = ConvKey::group("g");
    h.receive(vec![msg(g.clone(), "bob"), msg(g.clone(), "bob")]);
    read_all(&mut h, &g);
    assert!(h.conv(&g).last_msg.as_ref().unwrap().is_read);
    // Stored copies carry the flags they arrived with (unread).
    let mut revoked = h.conv(&g).last_msg.clone().unwrap();
    (revoked.is_read, revoked.status) = (false, status::REVOKED);
    h.apply(Command::Rewrite(vec![revoked])).0.unwrap();
    let last = h.conv(&g).last_msg.clone().unwrap();
    assert!(last.is_read && last.status == status::REVOKED, "revoke keeps the last message read");

    let mut older = last.clone();
    (older.seq, older.msg_id, older.is_read) = (1, "first".into(), false);
    let removed = vec![RemovedMessage { msg_id: last.msg_id, seq: last.seq, counted_unread: true }];
    let cmd =
        Command::RemoveMessages { key: g.clone(), removed, new_last: Some(Some(older)), messages_left: true };
    h.apply(cmd).0.unwrap();
    assert!(h.conv(&g).last_msg.as_ref().unwrap().is_read, "the fallback last message is read too");
    assert_eq!(h.conv(&g).unread, 0);
}

#[test]
fn a_conversation_deleted_with_its_messages_kept_keeps_its_receive_option() {
    let mut h = Harness::new();
    let g = ConvKey::group("g");
    let muted = InfoPatch { recv_opt: Some(conversation::recv_opt::NOT_NOTIFY), ..InfoPatch::default() };
    h.apply(Command::UpdateInfo(vec![(g.clone(), muted)])).0.unwrap();
    h.receive(vec![msg(g.clone(), "bob")]);
    let refs = vec![ConvRef::parse("group_g")];
    h.apply(Command::DeleteList { convs: refs, clear_messages: false }).0.unwrap();
    h.receive(vec![msg(g.clone(), "bob")]);
    assert_eq!(h.conv(&g).recv_opt, conversation::recv_opt::NOT_NOTIFY);
    assert_eq!(h.engine.total_unread(), 0, "still muted");

    h.apply(Command::DeleteList { convs: vec![ConvRef::parse("group_g")], clear_messages: false }).0.unwrap();
    let silent = InfoPatch { recv_opt: Some(conversation::recv_opt::NOT_RECEIVE), ..InfoPatch::default() };
    let (r, fx) = h.apply(Command::UpdateInfo(vec![(g.clone(), silent)]));
    r.unwrap();
    assert_eq!(fx.quiet, vec![g.clone()], "the deleted conversation's stored row changes too");
    assert_eq!(h.engine.stored_conversation(&g).unwrap().recv_opt, conversation::recv_opt::NOT_RECEIVE);
}
