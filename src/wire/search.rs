//! Local message search: MessageSearchParam in, MessageSearchResult out, and the searchable
//! text of a stored message.

use serde::Deserialize;

use super::message::write_message;
use super::{into_string, Invalid};
use crate::engine::{ConvKey, Message};

/// Most keywords one search may name (the SDK's limit).
pub const MAX_KEYWORDS: usize = 5;

/// MessageSearchParam (`TIMMsgSearchLocalMessages`).
#[derive(Deserialize, Default, Debug)]
#[serde(default)]
pub struct SearchParam {
    pub msg_search_param_keyword_array: Vec<String>,
    pub msg_search_param_message_type_array: Vec<u32>,
    pub msg_search_param_conv_id: String,
    pub msg_search_param_conv_type: u32,
    pub msg_search_param_search_time_position: u64,
    pub msg_search_param_search_time_period: u64,
    pub msg_search_param_page_index: u32,
    pub msg_search_param_page_size: u32,
    /// `TIMKeywordListMatchType`: 0 = any keyword, 1 = all of them.
    pub msg_search_param_keyword_list_match_type: u32,
    pub msg_search_param_send_identifier_array: Vec<String>,
}

/// What one local search asks for, checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchQuery {
    /// Non-empty keywords, matched case-insensitively as substrings of the message text.
    pub keywords: Vec<String>,
    /// All keywords must match (else any one).
    pub match_all: bool,
    /// Only messages with an element of one of these `TIMElemType`s (empty = any).
    pub elem_types: Vec<u32>,
    /// Only this conversation (else every conversation).
    pub conv: Option<ConvKey>,
    /// Only messages from these senders (empty = anyone).
    pub senders: Vec<String>,
    /// Only messages with `server_time` in this closed range.
    pub time_range: Option<(u64, u64)>,
    /// Page `(index, size)` of messages (one conversation) or conversations (all); none = all.
    pub page: Option<(u32, u32)>,
}

impl SearchParam {
    /// Checks the parameter: 1..5 keywords (or none, when a sender or message type narrows
    /// the search), a valid conversation when one is named.
    pub fn into_query(self, now: u64) -> Result<SearchQuery, Invalid> {
        let keywords: Vec<String> =
            self.msg_search_param_keyword_array.into_iter().filter(|k| !k.trim().is_empty()).collect();
        if keywords.len() > MAX_KEYWORDS {
            return Err(Invalid::param(format!("at most {MAX_KEYWORDS} keywords")));
        }
        if keywords.is_empty()
            && self.msg_search_param_send_identifier_array.is_empty()
            && self.msg_search_param_message_type_array.is_empty()
        {
            return Err(Invalid::param("give keywords, senders or message types to search for"));
        }
        let conv = match (self.msg_search_param_conv_type, self.msg_search_param_conv_id.as_str()) {
            (0, _) | (_, "") => None,
            (t @ (1 | 2), id) => {
                let t = crate::engine::ConvType::from_code(i64::from(t)).expect("1 or 2");
                if !crate::engine::ids::is_valid_id(id, t.max_id_len()) {
                    return Err(Invalid::param("msg_search_param_conv_id is not a valid ID"));
                }
                Some(ConvKey::new(t, id))
            }
            (t, _) => {
                return Err(Invalid::param(format!("msg_search_param_conv_type {t} is not searchable")))
            }
        };
        let time_range =
            match (self.msg_search_param_search_time_position, self.msg_search_param_search_time_period) {
                (0, 0) => None,
                (position, period) => {
                    let end = if position == 0 { now } else { position };
                    let start = if period == 0 { 0 } else { end.saturating_sub(period) };
                    Some((start, end.min(i64::MAX as u64)))
                }
            };
        let page = (self.msg_search_param_page_size > 0)
            .then_some((self.msg_search_param_page_index, self.msg_search_param_page_size));
        Ok(SearchQuery {
            keywords,
            match_all: self.msg_search_param_keyword_list_match_type == 1,
            elem_types: self.msg_search_param_message_type_array,
            conv,
            senders: self.msg_search_param_send_identifier_array,
            time_range,
            page,
        })
    }
}

/// The parts of a stored message that search looks at.
#[derive(Deserialize, Default)]
#[serde(default)]
struct SearchableMessage {
    message_elem_array: Vec<SearchableElem>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct SearchableElem {
    elem_type: u32,
    text_elem_content: Option<String>,
    custom_elem_data: Option<String>,
    custom_elem_desc: Option<String>,
    custom_elem_ext: Option<String>,
    file_elem_file_name: Option<String>,
    location_elem_desc: Option<String>,
    merge_elem_title: Option<String>,
}

/// The searchable text of a stored message body (its elements' text, custom data and
/// descriptions, file names, …, one per line) and its element types as `,t1,t2,`.
pub fn searchable(body: &str) -> (String, String) {
    let msg: SearchableMessage = serde_json::from_str(body).unwrap_or_default();
    let mut text = String::new();
    let mut types = String::from(",");
    for e in &msg.message_elem_array {
        types.push_str(&e.elem_type.to_string());
        types.push(',');
        for part in [
            &e.text_elem_content,
            &e.custom_elem_data,
            &e.custom_elem_desc,
            &e.custom_elem_ext,
            &e.file_elem_file_name,
            &e.location_elem_desc,
            &e.merge_elem_title,
        ]
        .into_iter()
        .flatten()
        {
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(part);
        }
    }
    (text, types)
}

/// One MessageSearchResultItem.
pub struct ResultItem {
    pub conv: ConvKey,
    pub total: u64,
    pub messages: Vec<Message>,
}

/// A MessageSearchResult.
pub fn result_json(total: u64, items: &[ResultItem]) -> String {
    use super::message::{member, raw_member};
    let mut out = Vec::with_capacity(256 + items.iter().map(|i| i.messages.len() * 600).sum::<usize>());
    out.push(b'{');
    member(&mut out, "msg_search_result_total_count", &total);
    raw_member(&mut out, "msg_search_result_item_array", |out| {
        out.push(b'[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            out.push(b'{');
            member(out, "msg_search_result_item_conv_id", &item.conv.id);
            member(out, "msg_search_result_item_conv_type", &item.conv.conv_type.code());
            member(out, "msg_search_result_item_total_message_count", &item.total);
            raw_member(out, "msg_search_result_item_message_array", |out| {
                out.push(b'[');
                for (j, m) in item.messages.iter().enumerate() {
                    if j > 0 {
                        out.push(b',');
                    }
                    write_message(out, m);
                }
                out.push(b']');
            });
            out.push(b'}');
        }
        out.push(b']');
    });
    out.push(b'}');
    into_string(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searchable_text_gathers_every_element_and_its_type() {
        let body = r#"{"message_elem_array":[{"elem_type":0,"text_elem_content":"Hello 世界"},
            {"elem_type":3,"custom_elem_data":"d","custom_elem_desc":"desc"},{"elem_type":1}]}"#;
        let (text, types) = searchable(body);
        assert_eq!(text, "Hello 世界\nd\ndesc");
        assert_eq!(types, ",0,3,1,");
        assert_eq!(searchable("not json"), (String::new(), ",".into()));
    }

    #[test]
    fn parameters_are_checked() {
        let q = |json: &str| serde_json::from_str::<SearchParam>(json).unwrap().into_query(1000);
        assert!(q(r#"{}"#).is_err(), "nothing to search for");
        assert!(q(r#"{"msg_search_param_keyword_array":["a","b","c","d","e","f"]}"#).is_err());
        let ok = q(r#"{"msg_search_param_keyword_array":["a"],"msg_search_param_search_time_period":100}"#);
        assert_eq!(ok.unwrap().time_range, Some((900, 1000)));
        let one = q(r#"{"msg_search_param_message_type_array":[0],"msg_search_param_conv_id":"g",
            "msg_search_param_conv_type":2,"msg_search_param_page_size":5,"msg_search_param_page_index":1}"#)
        .unwrap();
        assert_eq!(
            (one.conv, one.page),
            (Some(ConvKey::new(crate::engine::ConvType::Group, "g")), Some((1, 5)))
        );
        assert!(q(r#"{"msg_search_param_keyword_array":["a"],"msg_search_param_conv_type":3,
            "msg_search_param_conv_id":"x"}"#)
        .is_err());
    }
}
