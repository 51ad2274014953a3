//! What the server says about peers and groups — names, remarks, faces, group types, the
//! user's receive options — kept per conversation key (also for conversations that do not exist
//! yet) and applied to conversations when they appear or the information changes.

use super::conversation::Conversation;
use super::ids::ConvType;

/// Known information about one peer (C2C) or group.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConvInfo {
    /// Nickname (C2C) or group name.
    pub name: String,
    /// Friend remark (C2C only).
    pub remark: String,
    pub face_url: String,
    /// `TIMGroupType` (groups only).
    pub group_type: u32,
    /// `TIMReceiveMessageOpt`.
    pub recv_opt: u32,
}

/// A partial update: `None` fields keep their value.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InfoPatch {
    pub name: Option<String>,
    pub remark: Option<String>,
    pub face_url: Option<String>,
    pub group_type: Option<u32>,
    pub recv_opt: Option<u32>,
}

impl ConvInfo {
    /// Applies `patch`; returns whether anything changed.
    pub fn apply(&mut self, patch: &InfoPatch) -> bool {
        let before = self.clone();
        if let Some(v) = &patch.name {
            self.name.clone_from(v);
        }
        if let Some(v) = &patch.remark {
            self.remark.clone_from(v);
        }
        if let Some(v) = &patch.face_url {
            self.face_url.clone_from(v);
        }
        if let Some(v) = patch.group_type {
            self.group_type = v;
        }
        if let Some(v) = patch.recv_opt {
            self.recv_opt = v;
        }
        *self != before
    }

    /// Copies the information into the conversation's fields: show name is the remark, then
    /// the name (nickname / group name), then (when both are empty) the ID.
    pub fn apply_to(&self, c: &mut Conversation) {
        let name = match c.key.conv_type {
            ConvType::C2C if !self.remark.is_empty() => &self.remark,
            _ => &self.name,
        };
        c.show_name.clone_from(name);
        c.face_url.clone_from(&self.face_url);
        c.recv_opt = self.recv_opt;
        if c.key.conv_type == ConvType::Group {
            c.group_type = self.group_type;
        }
    }
}
