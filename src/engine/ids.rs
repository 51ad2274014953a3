//! Conversation identity: type plus bare ID.

use std::fmt;

/// Conversation type, as far as conversations can have one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ConvType {
    C2C,
    Group,
}

impl ConvType {
    /// The `TIMConvType` value.
    pub fn code(self) -> u32 {
        match self {
            ConvType::C2C => 1,
            ConvType::Group => 2,
        }
    }

    /// Parses a `TIMConvType` value; `None` for invalid, system and out-of-range values.
    pub fn from_code(code: i64) -> Option<ConvType> {
        match code {
            1 => Some(ConvType::C2C),
            2 => Some(ConvType::Group),
            _ => None,
        }
    }

    /// Prefix of the prefixed ("V2") conversation ID form.
    pub fn prefix(self) -> &'static str {
        match self {
            ConvType::C2C => "c2c_",
            ConvType::Group => "group_",
        }
    }

    /// Longest ID the SDK accepts for this type (user IDs 32 bytes, group IDs 48 bytes).
    pub fn max_id_len(self) -> usize {
        match self {
            ConvType::C2C => MAX_USER_ID_LEN,
            ConvType::Group => MAX_GROUP_ID_LEN,
        }
    }
}

/// Longest user ID, in bytes.
pub const MAX_USER_ID_LEN: usize = 32;
/// Longest group ID, in bytes.
pub const MAX_GROUP_ID_LEN: usize = 48;

/// Whether `id` is a usable identifier: 1..=`max` bytes with no control characters.
pub fn is_valid_id(id: &str, max: usize) -> bool {
    !id.is_empty() && id.len() <= max && !id.chars().any(char::is_control)
}

/// A conversation's identity: its type and bare ID.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ConvKey {
    pub conv_type: ConvType,
    pub id: String,
}

impl ConvKey {
    pub fn new(conv_type: ConvType, id: impl Into<String>) -> ConvKey {
        ConvKey { conv_type, id: id.into() }
    }

    pub fn c2c(id: impl Into<String>) -> ConvKey {
        ConvKey::new(ConvType::C2C, id)
    }

    pub fn group(id: impl Into<String>) -> ConvKey {
        ConvKey::new(ConvType::Group, id)
    }

    /// Parses the prefixed form (`c2c_<id>` / `group_<id>`).
    pub fn from_prefixed(s: &str) -> Option<ConvKey> {
        [ConvType::C2C, ConvType::Group].into_iter().find_map(|t| {
            s.strip_prefix(t.prefix())
                .filter(|id| is_valid_id(id, t.max_id_len()))
                .map(|id| ConvKey::new(t, id))
        })
    }

    /// The prefixed form.
    pub fn prefixed(&self) -> String {
        format!("{}{}", self.conv_type.prefix(), self.id)
    }
}

impl fmt::Display for ConvKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.conv_type.prefix(), self.id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixed_round_trip() {
        let k = ConvKey::group("g1");
        assert_eq!(ConvKey::from_prefixed(&k.prefixed()), Some(k));
        assert_eq!(ConvKey::from_prefixed("c2c_"), None);
        assert_eq!(ConvKey::from_prefixed("user_x"), None);
        assert_eq!(ConvKey::from_prefixed("c2c_a\u{1}"), None);
    }

    #[test]
    fn id_rules() {
        assert!(is_valid_id("é", 32));
        assert!(is_valid_id(&"a".repeat(32), 32));
        assert!(!is_valid_id(&"a".repeat(33), 32));
        assert!(!is_valid_id("", 32));
        assert!(!is_valid_id("a\nb", 32));
    }
}
