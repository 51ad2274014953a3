'use strict';
// The C API's JSON objects (ConvInfo, Message) in the Web SDK's shapes, and the Web SDK's
// message options as the C API's Message JSON. Pure functions of their input.

const ids = require('./ids');
const { TYPES } = require('./types');

// C elem types (TIMElemType) and the Web SDK's message types.
const ELEM_TEXT = 0;
const ELEM_CUSTOM = 3;
const ELEM_TYPES = new Map([
  [0, TYPES.MSG_TEXT],
  [1, TYPES.MSG_IMAGE],
  [2, TYPES.MSG_SOUND],
  [3, TYPES.MSG_CUSTOM],
  [4, TYPES.MSG_FILE],
  [5, TYPES.MSG_GRP_TIP],
  [6, TYPES.MSG_FACE],
  [7, TYPES.MSG_LOCATION],
  [8, TYPES.MSG_GRP_SYS_NOTICE],
  [9, TYPES.MSG_VIDEO],
  [12, TYPES.MSG_MERGER],
]);

// What the Web SDK shows for a last message that is not text.
const FOR_SHOW = new Map([
  [TYPES.MSG_IMAGE, '[Image]'],
  [TYPES.MSG_SOUND, '[Voice]'],
  [TYPES.MSG_VIDEO, '[Video]'],
  [TYPES.MSG_FILE, '[File]'],
  [TYPES.MSG_LOCATION, '[Location]'],
  [TYPES.MSG_FACE, '[Emoji]'],
  [TYPES.MSG_CUSTOM, '[Custom Message]'],
  [TYPES.MSG_MERGER, '[Chat History]'],
  [TYPES.MSG_GRP_TIP, '[Group Notification]'],
  [TYPES.MSG_GRP_SYS_NOTICE, '[Group System Notification]'],
]);

// TIMGroupType -> the Web SDK's group type (subType, groupProfile.type).
const GROUP_TYPES = ['Public', 'Private', 'ChatRoom', 'BChatRoom', 'AVChatRoom', 'Community'];

// TIMReceiveMessageOpt -> messageRemindType. 3 and 4 have no Web SDK constant.
const REMIND_TYPES = [
  TYPES.MSG_REMIND_ACPT_AND_NOTE,
  TYPES.MSG_REMIND_DISCARD,
  TYPES.MSG_REMIND_ACPT_NOT_NOTE,
  'AcceptNotNotifyExceptAt',
  'DiscardExceptAt',
];

// Message priorities: C 0 High .. 3 Lowest.
const PRIORITIES = [
  TYPES.MSG_PRIORITY_HIGH,
  TYPES.MSG_PRIORITY_NORMAL,
  TYPES.MSG_PRIORITY_LOW,
  TYPES.MSG_PRIORITY_LOWEST,
];

// TIMMsgStatus -> the Web SDK's message status.
const STATUSES = { 1: 'unSend', 2: 'success', 3: 'fail', 4: 'success', 5: 'success', 6: 'success' };

function elemPayload(elem) {
  switch (elem.elem_type) {
    case ELEM_TEXT:
      return { text: elem.text_elem_content || '' };
    case ELEM_CUSTOM:
      return {
        data: elem.custom_elem_data || '',
        description: elem.custom_elem_desc || '',
        extension: elem.custom_elem_ext || '',
      };
    default:
      return {};
  }
}

function firstElem(message) {
  const elems = message.message_elem_array || [];
  return elems.length > 0 ? elems[0] : { elem_type: -1 };
}

/** The Web SDK's Message for a C Message. `self` is the logged-in user ID. */
function message(m, self) {
  const type = m.message_conv_type;
  const convId = m.message_conv_id || '';
  const elem = firstElem(m);
  const fromSelf = Boolean(m.message_is_from_self);
  const profile = m.message_sender_profile || {};
  const member = m.message_sender_group_member_info || {};
  let to = convId;
  if (type === ids.C2C && !fromSelf) to = self || '';
  return {
    ID: m.message_msg_id || '',
    type: ELEM_TYPES.get(elem.elem_type) || '',
    payload: elemPayload(elem),
    conversationID: ids.fromBare(convId, type),
    conversationType: type === ids.GROUP ? TYPES.CONV_GROUP : TYPES.CONV_C2C,
    to,
    from: m.message_sender || '',
    flow: fromSelf ? 'out' : 'in',
    time: m.message_server_time || 0,
    clientTime: m.message_client_time || 0,
    sequence: m.message_seq || 0,
    random: m.message_rand || 0,
    status: STATUSES[m.message_status] || 'success',
    isRevoked: m.message_status === 6,
    isRead: Boolean(m.message_is_read),
    isPeerRead: Boolean(m.message_is_peer_read),
    isDeleted: false,
    priority: PRIORITIES[m.message_priority] || TYPES.MSG_PRIORITY_NORMAL,
    nick: profile.user_profile_nick_name || '',
    avatar: profile.user_profile_face_url || '',
    nameCard: member.group_member_info_name_card || '',
    atUserList: m.message_group_at_user_array || [],
    cloudCustomData: m.message_cloud_custom_str || '',
    onlineOnlyFlag: Boolean(m.message_is_online_msg),
  };
}

function messageForShow(type, payload) {
  if (type === TYPES.MSG_TEXT) return payload.text;
  return FOR_SHOW.get(type) || '';
}

/** The Web SDK's `conversation.lastMessage` for a C last message (or none). */
function lastMessage(m) {
  if (!m) {
    return {
      lastTime: 0, lastSequence: 0, fromAccount: '', messageForShow: '', type: '', payload: null,
      isRevoked: false, revoker: null, isPeerRead: false, nick: '', nameCard: '',
      cloudCustomData: '', onlineOnlyFlag: false,
    };
  }
  const shaped = message(m, '');
  return {
    lastTime: shaped.time,
    lastSequence: shaped.sequence,
    fromAccount: shaped.from,
    messageForShow: messageForShow(shaped.type, shaped.payload),
    type: shaped.type,
    payload: shaped.payload,
    isRevoked: shaped.isRevoked,
    revoker: null,
    isPeerRead: shaped.isPeerRead,
    nick: shaped.nick,
    nameCard: shaped.nameCard,
    cloudCustomData: shaped.cloudCustomData,
    onlineOnlyFlag: shaped.onlineOnlyFlag,
  };
}

function draftText(c) {
  if (!c.conv_is_has_draft || !c.conv_draft) return '';
  const elems = (c.conv_draft.draft_msg && c.conv_draft.draft_msg.message_elem_array) || [];
  const text = elems.find((e) => e.elem_type === ELEM_TEXT);
  return text ? text.text_elem_content || '' : '';
}

/** The Web SDK's Conversation for a C ConvInfo. */
function conversation(c) {
  const type = c.conv_type;
  const id = c.conv_id;
  const remind = REMIND_TYPES[c.conv_recv_opt] || TYPES.MSG_REMIND_ACPT_AND_NOTE;
  const subType = type === ids.GROUP ? GROUP_TYPES[c.conv_group_type] || '' : '';
  const shaped = {
    conversationID: ids.fromBare(id, type),
    type: type === ids.C2C ? TYPES.CONV_C2C : type === ids.GROUP ? TYPES.CONV_GROUP : TYPES.CONV_SYSTEM,
    subType,
    unreadCount: c.conv_unread_num || 0,
    lastMessage: lastMessage(c.conv_is_has_lastmsg ? c.conv_last_msg : null),
    groupProfile: null,
    userProfile: null,
    remark: '',
    isPinned: Boolean(c.conv_is_pinned),
    messageRemindType: remind,
    groupAtInfoList: (c.conv_group_at_info_array || []).map((at) => ({
      from: '',
      groupID: id,
      messageSequence: at.conv_group_at_info_seq,
      atTypeArray: [at.conv_group_at_info_at_type],
    })),
    markList: c.conv_mark_array || [],
    customData: c.conv_custom_data || '',
    conversationGroupList: c.conv_conversation_group_array || [],
    draftText: draftText(c),
  };
  const showName = c.conv_show_name || '';
  if (type === ids.GROUP) {
    shaped.groupProfile = {
      groupID: id,
      name: showName === id ? '' : showName,
      avatar: c.conv_face_url || '',
      type: subType,
      selfInfo: { messageRemindType: remind },
    };
  } else if (type === ids.C2C) {
    shaped.userProfile = {
      userID: id,
      nick: showName === id ? '' : showName,
      avatar: c.conv_face_url || '',
    };
  }
  return shaped;
}

/** The C Message JSON for a message made by createTextMessage / createCustomMessage. */
function outgoing(msg) {
  let elem;
  if (msg.type === TYPES.MSG_TEXT) {
    elem = { elem_type: ELEM_TEXT, text_elem_content: String(msg.payload.text) };
  } else {
    elem = {
      elem_type: ELEM_CUSTOM,
      custom_elem_data: String(msg.payload.data || ''),
      custom_elem_desc: String(msg.payload.description || ''),
      custom_elem_ext: String(msg.payload.extension || ''),
    };
  }
  const out = {
    message_elem_array: [elem],
    message_priority: Math.max(0, PRIORITIES.indexOf(msg.priority)),
  };
  if (msg.cloudCustomData) out.message_cloud_custom_str = String(msg.cloudCustomData);
  if (msg.atUserList && msg.atUserList.length > 0) {
    out.message_group_at_user_array = msg.atUserList.map(String);
  }
  return JSON.stringify(out);
}

/** The C Draft JSON holding a text draft. */
function textDraft(text) {
  return JSON.stringify({
    draft_msg: { message_elem_array: [{ elem_type: ELEM_TEXT, text_elem_content: text }] },
    draft_edit_time: Math.floor(Date.now() / 1000),
  });
}

module.exports = { message, conversation, outgoing, textDraft, PRIORITIES };
