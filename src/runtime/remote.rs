//! Calls that need the homeserver's word: groups, profiles and the block list. With a
//! homeserver the worker carries them out there (`worker::server::calls`); without one, the
//! directory reads fall back to what the server feed told and every other call answers 7013.
//! User and group IDs are the SDK's.

/// A group to create (`TIMGroupCreate`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GroupCreate {
    /// The group ID asked for (`None`: the server's room ID becomes the group ID).
    pub group_id: Option<String>,
    pub name: String,
    /// `TIMGroupType`.
    pub group_type: u32,
    pub introduction: String,
    pub notification: String,
    pub face_url: String,
    /// Members invited at once, with their `TIMGroupMemberRole`.
    pub members: Vec<(String, u32)>,
}

/// Group fields to change (`TIMGroupModifyGroupInfo`); `None` keeps a field.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GroupChanges {
    pub name: Option<String>,
    pub introduction: Option<String>,
    pub notification: Option<String>,
    pub face_url: Option<String>,
    pub all_muted: Option<bool>,
    /// `TIMGroupAddOption`.
    pub add_option: Option<u32>,
}

/// Member fields to change (`TIMGroupModifyMemberInfo`); `None` keeps a field.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MemberChanges {
    /// `TIMGroupMemberRole`.
    pub role: Option<u32>,
    /// Seconds from now (0: no longer muted).
    pub mute_seconds: Option<u64>,
    pub name_card: Option<String>,
}

/// A request for the homeserver.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RemoteRequest {
    CreateGroup(GroupCreate),
    DismissGroup(String),
    JoinGroup(String),
    QuitGroup(String),
    Invite {
        group_id: String,
        users: Vec<String>,
    },
    Kick {
        group_id: String,
        users: Vec<String>,
        reason: String,
    },
    JoinedGroups,
    GroupInfos(Vec<String>),
    ModifyGroup {
        group_id: String,
        changes: GroupChanges,
    },
    /// A page of members (`next` from the previous page, 0 first), of the roles in
    /// `role_filter` (`TIMGroupMemberRoleFlag` bits; 0: all), or the members `users` named.
    Members {
        group_id: String,
        users: Vec<String>,
        role_filter: u32,
        next: u64,
    },
    ModifyMember {
        group_id: String,
        user: String,
        changes: MemberChanges,
    },
    ModifySelf {
        nick: Option<String>,
        face_url: Option<String>,
    },
    UserProfiles(Vec<String>),
    Block(Vec<String>),
    Unblock(Vec<String>),
    BlockList,
    /// A call asking for something timconv cannot do on the server (`what`): 7013.
    NotSupported {
        what: String,
    },
}
