//! Comparisons of the engine against the model, run after every step.

use std::borrow::Cow;
use std::collections::BTreeSet;

use timconv::engine::conversation::PINNED_BIT;
use timconv::engine::{Command, ConvType, Conversation, Effects, Engine, Filter, Reply};
use timconv::wire::conversation::{conv_array_json, conv_info_json, listed_json, write_listed};

use super::driver::{Driver, Events};
use super::ops::{C, PEERS};
use super::reference::{Conv, Model, ModelFilter};

/// A filter as the model reads it and as the engine is given it; `subscribe` = also registered
/// as an unread-by-filter subscription (subscriptions differ in type, mark and group).
pub struct FilterCase {
    pub model: ModelFilter,
    pub engine: Filter,
    pub subscribe: bool,
}

fn case(model: ModelFilter, subscribe: bool) -> FilterCase {
    let engine = Filter {
        conv_type: model.c2c.map(|c2c| if c2c { ConvType::C2C } else { ConvType::Group }),
        group: model.group.map(str::to_owned),
        mark: model.mark,
        has_unread: model.has_unread,
        has_at: model.has_at,
    };
    FilterCase { model, engine, subscribe }
}

/// The filters every step checks.
pub fn filters() -> Vec<FilterCase> {
    let f = ModelFilter::default;
    vec![
        case(f(), true),
        case(ModelFilter { c2c: Some(true), ..f() }, true),
        case(ModelFilter { c2c: Some(false), ..f() }, true),
        case(ModelFilter { group: Some("A"), ..f() }, true),
        case(ModelFilter { group: Some(""), ..f() }, true),
        case(ModelFilter { mark: Some(0), ..f() }, true),
        case(ModelFilter { mark: Some(1), ..f() }, true),
        case(ModelFilter { mark: Some(1 << 32), ..f() }, true),
        case(ModelFilter { mark: Some(2 | 4), ..f() }, true),
        case(ModelFilter { c2c: Some(true), mark: Some(1), ..f() }, true),
        case(ModelFilter { c2c: Some(false), group: Some("B"), has_unread: Some(true), ..f() }, true),
        case(ModelFilter { has_unread: Some(true), ..f() }, false),
        case(ModelFilter { has_unread: Some(false), ..f() }, false),
        case(ModelFilter { has_at: Some(true), ..f() }, false),
        case(ModelFilter { group: Some("C"), has_at: Some(false), ..f() }, false),
    ]
}

macro_rules! ensure_eq {
    ($what:expr, $got:expr, $want:expr) => {{
        let (got, want) = (&$got, &$want);
        if got != want {
            return Err(format!("{}: engine {:?}, model {:?}", $what, got, want));
        }
    }};
}

fn ask(engine: &mut Engine, cmd: Command, now: u64) -> Reply {
    let mut fx = Effects::default();
    let reply = engine.apply(cmd, now, &mut fx).expect("a query succeeds");
    if fx.changed_conversations() || !fx.stored.is_empty() {
        panic!("a query changed something: {fx:?}");
    }
    reply
}

/// Everything observable after a step equals what the model predicts.
pub fn state(model: &Model, d: &mut Driver, filters: &[FilterCase], page: usize) -> Result<(), String> {
    for c in C::all() {
        let e = d.engine.peek(&c.key()).map_err(|f| f.desc)?.filter(|e| !e.hidden);
        match (e, model.conv(c)) {
            (None, None) => {}
            (Some(_), None) => return Err(format!("{c:?} exists in the engine, not in the model")),
            (None, Some(_)) => return Err(format!("{c:?} exists in the model, not in the engine")),
            (Some(e), Some(m)) => conversation(model, c, &e, m).map_err(|err| format!("{c:?}: {err}"))?,
        }
    }
    let all = d.engine.peek_listed().map_err(|f| f.desc)?;
    let listed: Vec<C> = all.iter().map(|c| C::of(&c.key)).collect();
    ensure_eq!("list order", listed, model.listed());
    let times: Vec<u64> = all.iter().map(|c| c.active_time()).collect();
    let want_json = conv_array_json(all.iter().map(|c| &**c));
    drop(all);
    let Reply::List(whole) = ask(&mut d.engine, Command::GetList, model.now) else {
        return Err("GetList answered something else".into());
    };
    // Written afresh, and as handed over (the stored text itself when nothing else joins it).
    ensure_eq!("GetList written afresh", write_listed(&d.engine, &whole), want_json);
    let got_json = listed_json(&d.engine, whole);
    ensure_eq!("GetList", got_json, want_json);
    if times.windows(2).any(|w| w[0] <= w[1]) {
        return Err(format!("conv_active_time not strictly decreasing along the list: {times:?}"));
    }
    ensure_eq!("total unread", d.engine.total_unread(), model.total_unread());
    ensure_eq!("conversation groups", d.engine.group_names().to_vec(), model.groups);
    let now = model.now;
    let peers = PEERS.iter().map(|p| p.to_string()).collect();
    if let Reply::RecvOpts(opts) = ask(&mut d.engine, Command::GetRecvOpts(peers), now) {
        let got: Vec<u32> = opts.iter().map(|(_, o)| *o).collect();
        ensure_eq!("C2C receive options", got, model.opts[..3].to_vec());
    }
    for f in filters {
        let what = |s: &str| format!("{s} for {:?}", f.model);
        let want: Vec<C> = model.listed().into_iter().filter(|c| model.matches(*c, &f.model)).collect();
        ensure_eq!(what("pages"), walk(&mut d.engine, &f.engine, page, now)?, want);
        let want_unread = model.unread_matching(&f.model);
        let got = ask(&mut d.engine, Command::GetUnreadByFilter(f.engine.clone()), now);
        ensure_eq!(what("unread by filter"), got, Reply::TotalUnread(want_unread));
        if f.subscribe {
            ensure_eq!(what("subscribed total"), d.engine.subscription_total(&f.engine), Some(want_unread));
        }
    }
    Ok(())
}

/// Walks the filtered list page by page; each page is at most `page` long and continues
/// where the previous one stopped.
fn walk(engine: &mut Engine, filter: &Filter, page: usize, now: u64) -> Result<Vec<C>, String> {
    let mut out = Vec::new();
    let mut cursor = 0;
    for _ in 0..=(ops_limit() / page + 1) {
        let Reply::Page(p) =
            ask(engine, Command::GetPage { filter: filter.clone(), cursor, count: page }, now)
        else {
            return Err("GetPage answered something else".into());
        };
        if p.keys.len() > page {
            return Err(format!("a page of {page} returned {}", p.keys.len()));
        }
        if let Some(last) = p.keys.last() {
            let t = engine.conversation(last).map(Conversation::active_time);
            debug_assert!(t.is_some(), "a page's conversations are in memory to be rendered");
            if t != Some(p.next) {
                return Err(format!("next_seq {} is not the last conversation's active time {t:?}", p.next));
            }
        }
        out.extend(p.keys.iter().map(C::of));
        if p.finished {
            return Ok(out);
        }
        if p.keys.is_empty() {
            return Err("an empty page that is not the last".into());
        }
        cursor = p.next;
    }
    Err(format!("paging does not finish: {out:?}"))
}

fn ops_limit() -> usize {
    usize::from(super::ops::CONV_COUNT)
}

fn conversation(model: &Model, c: C, e: &Conversation, m: &Conv) -> Result<(), String> {
    ensure_eq!("unread", e.unread, m.unread());
    ensure_eq!("pinned", e.pinned, m.pinned);
    ensure_eq!("pinned bit", e.active_time() & PINNED_BIT != 0, m.pinned);
    ensure_eq!("draft", e.draft.as_ref().map(|d| d.user_define.clone()), m.draft.map(|t| format!("d{t}")));
    ensure_eq!("marks", e.marks, m.marks);
    ensure_eq!("custom data", e.custom_data, m.custom);
    ensure_eq!("conversation groups", e.groups, m.groups.iter().cloned().collect::<BTreeSet<_>>());
    ensure_eq!("receive option", e.recv_opt, model.opts[c.0 as usize]);
    ensure_eq!("show name", e.display_name(), model.show_name(c));
    if !c.is_c2c() {
        ensure_eq!("AVChatRoom", e.is_avchatroom(), model.avchatroom[c.0 as usize]);
    }
    let ats: Vec<(u64, u32)> = e.at_info.iter().map(|a| (a.seq, a.at_type)).collect();
    ensure_eq!("@ info", ats, m.ats());
    ensure_eq!("c2c read timestamp", e.c2c_read_timestamp, m.c2c_read_ts);
    ensure_eq!("group read sequence", e.group_read_sequence, m.group_read_seq);
    ensure_eq!("max seq", e.max_seq, m.max_seq);
    ensure_eq!("listed", e.is_listed(), m.listed());
    match m.activation {
        None => ensure_eq!("order key of a never activated conversation", e.order_key, 0),
        Some(a) => {
            // The key is the activation time, bumped by at most one per activation so far.
            let ok = e.order_key >= a.time && e.order_key <= a.time + model.activations();
            if !ok {
                return Err(format!("order key {} for an activation at {}", e.order_key, a.time));
            }
        }
    }
    ensure_eq!("last message", e.last_msg.as_ref().map(|l| l.msg_id.clone()), m.last);
    if let (Some(l), Some(want)) = (&e.last_msg, m.last_msg()) {
        let got = (l.seq, l.server_time, l.status, l.sender.as_str(), l.is_from_self);
        ensure_eq!(
            "last message seq/time/status/sender/own",
            got,
            (want.seq, want.time, want.status, want.sender.as_str(), want.mine)
        );
        ensure_eq!("last message is_read", l.is_read, want.read);
    }
    Ok(())
}

/// Everything the engine holds, for comparing it with a reload from the store.
#[derive(Debug, PartialEq)]
pub struct Dump {
    convs: Vec<Option<Conversation>>,
    groups: Vec<String>,
    infos: Vec<Option<timconv::engine::ConvInfo>>,
    total: u64,
    list_json: String,
    subscriptions: Vec<Option<u64>>,
}

pub fn dump(engine: &Engine, filters: &[FilterCase]) -> Dump {
    Dump {
        convs: C::all().map(|c| engine.stored_conversation(&c.key()).map(Cow::into_owned)).collect(),
        groups: engine.group_names().to_vec(),
        // An all-default entry is the same as none (the engine may keep one it never stores).
        infos: C::all()
            .map(|c| engine.info(&c.key()).filter(|i| **i != Default::default()).cloned())
            .collect(),
        total: engine.total_unread(),
        list_json: conv_array_json(engine.peek_listed().expect("read").iter().map(|c| &**c)),
        subscriptions: filters
            .iter()
            .filter(|f| f.subscribe)
            .map(|f| engine.subscription_total(&f.engine))
            .collect(),
    }
}

/// The stored history of each conversation equals the model's: IDs and status, newest
/// first.
pub fn history(model: &Model, d: &Driver) -> Result<(), String> {
    for c in C::all() {
        let mut want: Vec<_> =
            model.history(c).iter().map(|m| ((m.time, m.seq), m.id.clone(), m.status)).collect();
        want.sort_by_key(|w| std::cmp::Reverse(w.0));
        let want: Vec<_> = want.into_iter().map(|(_, id, s)| (id, s)).collect();
        ensure_eq!(format!("stored history of {c:?}"), d.history(&c.key()), want);
    }
    Ok(())
}

/// Each conversation's ConvInfo JSON (None when it does not exist).
pub fn conv_infos(engine: &Engine) -> Vec<Option<String>> {
    C::all()
        .map(|c| engine.stored_conversation(&c.key()).filter(|c| !c.hidden).map(|c| conv_info_json(&c)))
        .collect()
}

/// The events a command fired match what changed: Add for conversations that appeared, Del
/// for those that went, Update (only) for every other one whose ConvInfo changed, at most one
/// event per conversation. A failed command changes nothing.
pub fn events(
    before: &[Option<String>],
    after: &[Option<String>],
    events: Option<&Events>,
) -> Result<(), String> {
    let Some(ev) = events else {
        if before != after {
            return Err("a failed or event-less request changed conversations".into());
        }
        return Ok(());
    };
    let has = |list: &[timconv::engine::ConvKey], c: C| list.iter().filter(|k| **k == c.key()).count();
    for c in C::all() {
        let i = c.0 as usize;
        let (added, updated, deleted) = (has(&ev.added, c), has(&ev.updated, c), has(&ev.deleted, c));
        if added + updated + deleted > 1 {
            return Err(format!("{c:?}: more than one event in one command: {ev:?}"));
        }
        let want = match (&before[i], &after[i]) {
            (None, Some(_)) => "Add",
            (Some(_), None) => "Del",
            (Some(b), Some(a)) if b != a => "Update",
            _ => "none or Update",
        };
        let got = if added == 1 {
            "Add"
        } else if deleted == 1 {
            "Del"
        } else if updated == 1 {
            "Update"
        } else {
            "none"
        };
        let ok = match want {
            "none or Update" => got == "none" || got == "Update",
            w => w == got,
        };
        if !ok {
            return Err(format!("{c:?}: expected {want}, the engine fired {got} ({ev:?})"));
        }
    }
    Ok(())
}
