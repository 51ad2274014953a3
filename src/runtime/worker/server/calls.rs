//! Group, profile and block-list calls (`runtime::remote`) through the homeserver: each becomes
//! one operation of the request thread (`transport::calls`), and its answer the SDK's JSON.
//! Nothing changes locally before the server agreed; what it changed arrives with the sync
//! (tips, members, names), except what the caller needs at once: a group created or joined is
//! recorded with its room, a dismissed one leaves the list.

use serde_json::{json, Value};

use super::super::Worker;
use super::call_answers::per_user;
use super::state::Waiting;
use crate::engine::{codes, Command, ConvKey, ConvRef, ConvType, InfoPatch};
use crate::runtime::local::LocalRequest;
use crate::runtime::remote::RemoteRequest;
use crate::runtime::Completion;
use crate::store::RoomRecord;
use crate::transport::calls::{Answer, Call, CallError, GroupEdit, GroupSpec, MemberEdit};
use crate::transport::group_state::role;
use crate::transport::{errors, ids, Job};
use crate::wire::keys;

/// `ERR_SDK_GROUP_INVALID_ID`.
const ERR_SDK_GROUP_INVALID_ID: i32 = 8501;

/// What a call waiting on the server needs to build its answer.
pub struct PendingCall {
    kind: Pending,
    /// A group operation (server refusals read as group codes).
    in_group: bool,
    /// The group named is not known here (a refusal to read it means it does not exist).
    unknown_group: bool,
}

enum Pending {
    Create { group_id: Option<String>, patch: InfoPatch },
    Join { group_id: String },
    Dismiss { group_id: String },
    Done,
    PerUser { users: Vec<String>, invite: bool },
    JoinedGroups,
    GroupInfos { ids: Vec<String> },
    Members { group_id: String, users: Vec<String>, role_filter: u32, next: u64 },
    Profiles { users: Vec<String> },
    BlockChange { users: Vec<String> },
    BlockList,
}

impl Worker {
    /// A call of `function` needing the homeserver: sent there, or, without one, answered from
    /// the feed's directory (reads) or 7013 (everything else).
    pub(in super::super) fn remote(
        &mut self,
        function: &'static str,
        request: RemoteRequest,
        completion: Completion,
    ) {
        if self.session.is_none() {
            let desc = "not logged in: call TIMLogin first";
            return self.reply(completion, codes::ERR_SDK_NOT_LOGGED_IN, desc, String::new());
        }
        if self.server().is_none() {
            let local = match request {
                RemoteRequest::JoinedGroups => LocalRequest::JoinedGroups,
                RemoteRequest::GroupInfos(ids) => LocalRequest::GroupInfos(ids),
                RemoteRequest::UserProfiles(users) => LocalRequest::UserProfiles(users),
                _ => return self.unsupported(function, true, completion),
            };
            return self.on_local_data(local, completion);
        }
        if let RemoteRequest::NotSupported { what } = &request {
            let desc = format!("{function}: {what} is not supported by timconv");
            return self.reply(completion, codes::ERR_SDK_INTERFACE_NOT_SUPPORT, desc, String::new());
        }
        match self.server_call(request) {
            Ok((call, pending)) => {
                let Some(server) = self.server() else { return };
                let ticket = server.wait(Waiting::Call { pending, completion });
                server.transport.submit(Job::Call { ticket, call });
            }
            Err((code, desc)) => self.reply(completion, code, desc, String::new()),
        }
    }

    /// The server operation for a request, and what its answer needs.
    fn server_call(&mut self, request: RemoteRequest) -> Result<(Call, PendingCall), (i32, String)> {
        let server = self.server().ok_or((codes::ERR_SDK_NOT_LOGGED_IN, "logged out".to_owned()))?;
        let name = server.me().1.to_owned();
        let mxid = |u: &str| ids::mxid(u, &name);
        let mxids = |users: &[String]| users.iter().map(|u| mxid(u)).collect::<Vec<_>>();
        let room_of = |g: &str| server.rooms.room_of(&ConvKey::group(g)).map(str::to_owned);
        // A room ID not known here that cannot be read may not exist (an alias that names no
        // room is told apart by the server).
        let group = |g: &str| {
            (
                room_of(g).unwrap_or_else(|| ids::room_or_alias(g, &name)),
                room_of(g).is_none() && g.starts_with('!'),
            )
        };
        let plain = |kind| PendingCall { kind, in_group: false, unknown_group: false };
        let in_group = |kind, unknown_group| PendingCall { kind, in_group: true, unknown_group };
        Ok(match request {
            RemoteRequest::CreateGroup(c) => {
                if let Some(g) = &c.group_id {
                    let bad = g.starts_with(['!', '#', '@'])
                        || g.starts_with("@TGS#")
                        || g.chars().any(|ch| ch == ':' || ch.is_whitespace());
                    if bad {
                        let desc = format!(
                            "{g:?} cannot be a group ID (no ':', '#' or spaces; no leading '!' or '@')"
                        );
                        return Err((ERR_SDK_GROUP_INVALID_ID, desc));
                    }
                }
                let members = c
                    .members
                    .iter()
                    .map(|(u, r)| (mxid(u), if *r == role::ADMIN { role::ADMIN } else { role::MEMBER }))
                    .collect();
                let patch = InfoPatch {
                    name: Some(c.name.clone()),
                    face_url: Some(c.face_url.clone()),
                    group_type: Some(c.group_type),
                    ..InfoPatch::default()
                };
                let spec = GroupSpec {
                    alias: c.group_id.clone(),
                    name: c.name,
                    group_type: c.group_type,
                    introduction: c.introduction,
                    notification: c.notification,
                    face_url: c.face_url,
                    members,
                };
                (Call::CreateGroup(spec), in_group(Pending::Create { group_id: c.group_id, patch }, false))
            }
            RemoteRequest::DismissGroup(g) => {
                let (room, unknown) = group(&g);
                (Call::Dismiss { room }, in_group(Pending::Dismiss { group_id: g }, unknown))
            }
            RemoteRequest::JoinGroup(g) => {
                let (target, unknown) = group(&g);
                (Call::Join { target }, in_group(Pending::Join { group_id: g }, unknown))
            }
            RemoteRequest::QuitGroup(g) => {
                let (room, unknown) = group(&g);
                (Call::Quit { room }, in_group(Pending::Done, unknown))
            }
            RemoteRequest::Invite { group_id, users } => {
                let (room, unknown) = group(&group_id);
                let call = Call::Invite { room, users: mxids(&users) };
                (call, in_group(Pending::PerUser { users, invite: true }, unknown))
            }
            RemoteRequest::Kick { group_id, users, reason } => {
                let (room, unknown) = group(&group_id);
                let call = Call::Kick { room, users: mxids(&users), reason };
                (call, in_group(Pending::PerUser { users, invite: false }, unknown))
            }
            RemoteRequest::JoinedGroups => (Call::JoinedRooms, in_group(Pending::JoinedGroups, false)),
            RemoteRequest::GroupInfos(ids) => {
                let targets = ids.iter().map(|g| group(g).0).collect();
                (Call::Groups { targets }, in_group(Pending::GroupInfos { ids }, false))
            }
            RemoteRequest::ModifyGroup { group_id, changes } => {
                let (room, unknown) = group(&group_id);
                let mut edits = Vec::new();
                edits.extend(changes.name.map(GroupEdit::Name));
                edits.extend(changes.introduction.map(GroupEdit::Introduction));
                edits.extend(changes.notification.map(GroupEdit::Notification));
                edits.extend(changes.face_url.map(GroupEdit::FaceUrl));
                edits.extend(changes.all_muted.map(GroupEdit::AllMuted));
                edits.extend(
                    changes
                        .add_option
                        .map(|o| GroupEdit::JoinRule(if o == 2 { "public" } else { "invite" }.into())),
                );
                (Call::ChangeGroup { room, edits }, in_group(Pending::Done, unknown))
            }
            RemoteRequest::Members { group_id, users, role_filter, next } => {
                let (room, unknown) = group(&group_id);
                let kind = Pending::Members { group_id, users, role_filter, next };
                (Call::Groups { targets: vec![room] }, in_group(kind, unknown))
            }
            RemoteRequest::ModifyMember { group_id, user, changes } => {
                let (room, unknown) = group(&group_id);
                let mut edits = Vec::new();
                match changes.role {
                    Some(role::OWNER) => {
                        let desc = "making a member the owner is not supported by timconv (a room's creators own it)";
                        return Err((codes::ERR_SDK_INTERFACE_NOT_SUPPORT, desc.to_owned()));
                    }
                    Some(r) => edits.push(MemberEdit::Role(r)),
                    None => {}
                }
                if let Some(secs) = changes.mute_seconds {
                    let until = if secs == 0 { 0 } else { crate::runtime::clock::now_secs() + secs };
                    edits.push(MemberEdit::MutedUntil(until));
                }
                edits.extend(changes.name_card.map(MemberEdit::NameCard));
                (Call::ChangeMember { room, user: mxid(&user), edits }, in_group(Pending::Done, unknown))
            }
            RemoteRequest::ModifySelf { nick, face_url } => {
                (Call::SetProfile { name: nick, face_url }, plain(Pending::Done))
            }
            RemoteRequest::UserProfiles(users) => {
                (Call::Profiles { users: mxids(&users) }, plain(Pending::Profiles { users }))
            }
            RemoteRequest::Block(users) => (
                Call::Block { add: mxids(&users), remove: Vec::new() },
                plain(Pending::BlockChange { users }),
            ),
            RemoteRequest::Unblock(users) => (
                Call::Block { add: Vec::new(), remove: mxids(&users) },
                plain(Pending::BlockChange { users }),
            ),
            RemoteRequest::BlockList => (Call::Blocked, plain(Pending::BlockList)),
            RemoteRequest::NotSupported { what } => return Err((codes::ERR_SDK_INTERFACE_NOT_SUPPORT, what)),
        })
    }

    /// The SDK code and description of a failed operation: a group that is not known here
    /// and cannot be read does not exist, as far as the user can tell (10010).
    fn call_failure(in_group: bool, unknown_group: bool, e: &CallError) -> (i32, String) {
        let (code, desc) = errors::call_code(e, in_group);
        if code == errors::ERR_SVR_GROUP_PERMISSION_DENY && unknown_group {
            return (errors::ERR_SVR_GROUP_NOT_FOUND, desc);
        }
        (code, desc)
    }

    /// An operation answered.
    pub(super) fn call_answered(
        &mut self,
        pending: PendingCall,
        result: Result<Answer, CallError>,
        completion: Completion,
    ) {
        let answer = match result {
            Ok(answer) => answer,
            Err(e) => {
                let (code, desc) = Self::call_failure(pending.in_group, pending.unknown_group, &e);
                return self.reply(completion, code, desc, String::new());
            }
        };
        let json = match (pending.kind, answer) {
            (Pending::Create { group_id, patch }, Answer::Room(room)) => self.created(group_id, patch, &room),
            (Pending::Join { group_id }, Answer::Room(room)) => {
                let key = self.recorded_group(&room).unwrap_or_else(|| {
                    ConvKey::group(if group_id.starts_with('!') { room.clone() } else { group_id })
                });
                self.record_primary_room(&room, key);
                String::new()
            }
            (Pending::Dismiss { group_id }, Answer::Done) => {
                self.forget_group(&ConvKey::group(group_id));
                String::new()
            }
            (Pending::Done, _) => String::new(),
            (Pending::PerUser { users, invite }, Answer::PerUser(results)) => {
                per_user(&users, &results, invite)
            }
            (Pending::JoinedGroups, Answer::Rooms(rooms)) => match self.joined_groups(&rooms) {
                Ok(json) => json,
                Err((code, desc)) => return self.reply(completion, code, desc, String::new()),
            },
            (Pending::GroupInfos { ids }, Answer::Groups(groups)) => {
                let results: Vec<Value> = ids
                    .iter()
                    .zip(&groups)
                    .map(|(id, (_, result))| match result {
                        Ok(s) => json!({
                            keys::kTIMGetGroupInfoResultCode: 0,
                            keys::kTIMGetGroupInfoResultDesc: "",
                            keys::kTIMGetGroupInfoResultInfo: self.group_detail(id, s),
                        }),
                        Err(e) => {
                            let unknown = self.group_room(id).is_none() && id.starts_with('!');
                            let (code, desc) = Self::call_failure(true, unknown, e);
                            json!({
                                keys::kTIMGetGroupInfoResultCode: code,
                                keys::kTIMGetGroupInfoResultDesc: desc,
                                keys::kTIMGetGroupInfoResultInfo: {},
                            })
                        }
                    })
                    .collect();
                Value::Array(results).to_string()
            }
            (Pending::Members { group_id, users, role_filter, next }, Answer::Groups(mut groups)) => {
                let Some((_, result)) = groups.pop() else {
                    return self.reply(completion, 0, "", String::new());
                };
                match result {
                    Ok(s) => self.members_page(&group_id, &s, &users, role_filter, next),
                    Err(e) => {
                        let (code, desc) = Self::call_failure(true, pending.unknown_group, &e);
                        return self.reply(completion, code, desc, String::new());
                    }
                }
            }
            (Pending::Profiles { users }, Answer::Profiles(found)) => match self.profiles(&users, &found) {
                Ok(json) => json,
                Err((code, desc)) => return self.reply(completion, code, desc, String::new()),
            },
            (Pending::BlockChange { users }, Answer::Done) => {
                let results: Vec<Value> = users
                    .iter()
                    .map(|u| json!({keys::kTIMFriendResultIdentifier: u, keys::kTIMFriendResultCode: 0, keys::kTIMFriendResultDesc: ""}))
                    .collect();
                Value::Array(results).to_string()
            }
            (Pending::BlockList, Answer::Users(users)) => {
                let name = self.server().map(|s| s.me().1.to_owned()).unwrap_or_default();
                let list: Vec<Value> = users
                    .iter()
                    .filter_map(|u| ids::user_id(u, &name))
                    .map(|u| {
                        json!({
                            keys::kTIMFriendProfileIdentifier: u,
                            keys::kTIMFriendProfileUserProfile: {keys::kTIMUserProfileIdentifier: u},
                        })
                    })
                    .collect();
                Value::Array(list).to_string()
            }
            (_, other) => {
                let desc = format!("unexpected server answer: {other:?}");
                return self.reply(completion, codes::ERR_SDK_INTERNAL_ERROR, desc, String::new());
            }
        };
        self.reply(completion, 0, "", json);
    }

    /// The group conversation a room is recorded as, if it is one.
    pub(super) fn recorded_group(&mut self, room: &str) -> Option<ConvKey> {
        self.server()?.rooms.get(room).map(|r| r.key.clone()).filter(|k| k.conv_type == ConvType::Group)
    }

    /// The room of a group ID, if recorded.
    fn group_room(&mut self, group_id: &str) -> Option<String> {
        self.server()?.rooms.room_of(&ConvKey::group(group_id)).map(str::to_owned)
    }

    /// A group the user created: recorded (as the group ID asked for, else its room ID), its
    /// name, face and type known at once. Returns the CreateGroupResult.
    fn created(&mut self, group_id: Option<String>, patch: InfoPatch, room: &str) -> String {
        let key = match (self.recorded_group(room), group_id) {
            (Some(key), _) => key,
            (None, Some(g)) => ConvKey::group(g),
            (None, None) => {
                let Some(server) = self.server() else { return String::new() };
                let name = server.me().1.to_owned();
                let rooms = &server.rooms;
                ConvKey::group(ids::group_id_for(room, None, &name, |c| rooms.group_taken(c)))
            }
        };
        self.record_primary_room(room, key.clone());
        let was = std::mem::replace(&mut self.from_server, true);
        self.apply(Command::UpdateInfo(vec![(key.clone(), patch)]), Completion::none());
        self.from_server = was;
        json!({keys::kTIMCreateGroupResultGroupId: key.id}).to_string()
    }

    /// A group that no longer exists for the user (dismissed): its room no longer stands for the
    /// group ID (which another group may take), and its conversation is deleted.
    pub(super) fn forget_group(&mut self, key: &ConvKey) {
        let Some(room) = self.server().and_then(|s| s.rooms.room_of(key).map(str::to_owned)) else { return };
        let history = self.server().and_then(|s| s.rooms.get(&room).and_then(|r| r.history_token.clone()));
        let rekeyed = ConvKey::group(if room.len() <= crate::engine::ids::MAX_GROUP_ID_LEN {
            room.clone()
        } else {
            key.id.clone()
        });
        if let Some(server) = self.server() {
            server.rooms.insert(RoomRecord {
                room_id: room.clone(),
                key: rekeyed.clone(),
                history_token: history.clone(),
            });
        }
        self.batch
            .server
            .rooms
            .insert(room.clone(), RoomRecord { room_id: room, key: rekeyed, history_token: history });
        let exists = self.session.as_ref().is_some_and(|s| s.engine.peek(key).ok().flatten().is_some());
        if exists {
            // Not sent back as a deletion: the user is no longer in the room.
            let was = std::mem::replace(&mut self.from_server, true);
            let convs = vec![ConvRef::parse(&key.prefixed())];
            self.apply(Command::DeleteList { convs, clear_messages: false }, Completion::none());
            self.from_server = was;
        }
    }
}
