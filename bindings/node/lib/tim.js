'use strict';
// The Web SDK's `tim` object over the C API. Every call goes to the library; nothing about
// conversations is kept here (events re-read what they report from the library).

const { addon, call, callSync, send, setListener } = require('./native');
const { TIMError } = require('./error');
const ids = require('./ids');
const shape = require('./shape');
const { TYPES, EVENT } = require('./types');

// Listener delivery kinds of the addon (see native/timconv_node.c).
const CONV_EVENT = 1;
const TOTAL_UNREAD = 2;
const GROUP_CREATED = 4;
const GROUP_DELETED = 5;
const GROUP_RENAMED = 6;
const GROUP_ADDED = 7;
const GROUP_REMOVED = 8;
const NEW_MESSAGES = 9;
const REVOKED = 10;
const READ_RECEIPTS = 11;
const MESSAGES_UPDATED = 12;
const CONV_SYNC_FINISH = 4;
const CONV_SYNC_START = 3;

const PAGE = 100;
const U64_MAX = (1n << 64n) - 1n;

function ok(data) {
  return { code: 0, data };
}

function parseJSON(text, fallback) {
  return text === '' ? fallback : JSON.parse(text);
}

function invalid(message) {
  return new TIMError(6017, message);
}

/** A mark or other unsigned 64-bit value as JSON digits (Number up to 2^53, or BigInt). */
function u64(value, what) {
  if (typeof value === 'bigint' && value >= 0n && value <= U64_MAX) return value;
  if (Number.isSafeInteger(value) && value >= 0) return value;
  throw invalid(`${what} must be a non-negative integer (a BigInt above 2^53)`);
}

function filterJSON(filter) {
  const parts = [];
  if (filter.type !== undefined) {
    const type = { [TYPES.CONV_C2C]: ids.C2C, [TYPES.CONV_GROUP]: ids.GROUP }[filter.type];
    if (type === undefined) throw invalid('filter.type must be CONV_C2C or CONV_GROUP');
    parts.push(`"conversation_list_filter_conv_type":${type}`);
  }
  if (filter.markType !== undefined) {
    parts.push(`"conversation_list_filter_mark_type":${u64(filter.markType, 'markType')}`);
  }
  if (filter.groupName !== undefined) {
    const group = JSON.stringify(String(filter.groupName));
    parts.push(`"conversation_list_filter_conversation_group":${group}`);
  }
  if (filter.hasUnreadCount !== undefined) {
    parts.push(`"conversation_list_filter_has_unread_count":${Boolean(filter.hasUnreadCount)}`);
  }
  if (filter.hasGroupAtInfo !== undefined) {
    parts.push(`"conversation_list_filter_has_group_at_info":${Boolean(filter.hasGroupAtInfo)}`);
  }
  return `{${parts.join(',')}}`;
}

/** A TIMConversationOperationResult array as the Web SDK's success / failure lists. */
function operationResults(json) {
  const success = [];
  const failure = [];
  for (const r of parseJSON(json, [])) {
    const conversationID = ids.fromPrefixed(r.conversation_operation_result_conversation_id);
    const code = r.conversation_operation_result_result_code;
    if (code === 0) success.push(conversationID);
    else failure.push({ conversationID, code, message: r.conversation_operation_result_result_info || '' });
  }
  return { successConversationIDList: success, failureConversationIDList: failure };
}

function infoParams(parsed) {
  return JSON.stringify(parsed.map((p) => ({
    get_conversation_list_param_conv_id: p.id,
    get_conversation_list_param_conv_type: p.type,
  })));
}

function conversationsOf(json) {
  return parseJSON(json, []).map(shape.conversation);
}

let instance = null;

class TIM {
  /**
   * Initialises the SDK (TIMInit) and returns its instance; the same one while it lives.
   * `dataPath` (an extension) is the directory of the local databases.
   */
  static create(options) {
    const { SDKAppID, dataPath } = options || {};
    if (instance !== null) {
      if (instance.SDKAppID === SDKAppID) return instance;
      throw invalid('another SDKAppID is initialised: destroy() it first');
    }
    if (!Number.isSafeInteger(SDKAppID) || SDKAppID <= 0) {
      throw invalid('SDKAppID must be a positive integer');
    }
    const config = dataPath === undefined ? null
      : JSON.stringify({ sdk_config_config_file_path: String(dataPath) });
    callSync('TIMInit', SDKAppID, config);
    instance = new TIM(SDKAppID);
    setListener((kind, code, a, b) => instance && instance._onListener(kind, code, a, b));
    return instance;
  }

  constructor(SDKAppID) {
    this.SDKAppID = SDKAppID;
    this._handlers = new Map(); // event name -> [{ handler, context }]
    this._listRefresh = { busy: false, again: false };
    this.ext = new ServerFeed();
  }

  // ---- lifecycle -------------------------------------------------------------------------

  /** Shuts the SDK down (TIMUninit); calls already made still settle. */
  async destroy() {
    if (instance === this) {
      instance = null;
      setListener(null);
      addon.TIMUninit();
    }
    return ok({});
  }

  /** Accepted for compatibility; the library keeps no log. */
  setLogLevel() {}

  async login(options) {
    const { userID, userSig } = options || {};
    const repeatLogin = typeof userID === 'string' && addon.TIMGetLoginUserID() === userID;
    await call('TIMLogin', userID, userSig === undefined ? '' : userSig);
    return ok({ repeatLogin });
  }

  async logout() {
    await call('TIMLogout');
    this._emit(EVENT.SDK_NOT_READY, {});
    return ok({});
  }

  /** The logged-in user ID, or '' (answered at once from the library's snapshot). */
  getLoginUser() {
    return addon.TIMGetLoginUserID() || '';
  }

  // ---- events ----------------------------------------------------------------------------

  on(name, handler, context) {
    if (typeof handler !== 'function') throw invalid('handler must be a function');
    if (!this._handlers.has(name)) this._handlers.set(name, []);
    this._handlers.get(name).push({ handler, context });
  }

  off(name, handler, context) {
    const list = this._handlers.get(name);
    if (!list) return;
    const at = list.findIndex((h) => h.handler === handler && h.context === context);
    if (at >= 0) list.splice(at, 1);
  }

  _listening(name) {
    const list = this._handlers.get(name);
    return list !== undefined && list.length > 0;
  }

  _emit(name, data) {
    for (const { handler, context } of [...(this._handlers.get(name) || [])]) {
      try {
        handler.call(context, { name, data });
      } catch (error) {
        process.nextTick(() => { throw error; });
      }
    }
  }

  _onListener(kind, code, a, b) {
    switch (kind) {
      case CONV_EVENT:
        if (code === CONV_SYNC_FINISH) this._ready();
        else if (code !== CONV_SYNC_START) this._refreshList();
        break;
      case TOTAL_UNREAD:
        this._emit(EVENT.TOTAL_UNREAD_MESSAGE_COUNT_UPDATED, code);
        break;
      case GROUP_CREATED:
        this._refreshGroups();
        this._refreshGroup(a);
        break;
      case GROUP_DELETED:
      case GROUP_RENAMED:
        this._refreshGroups();
        break;
      case GROUP_ADDED:
      case GROUP_REMOVED:
        this._refreshGroup(a);
        break;
      case NEW_MESSAGES:
        this._emitMessages(EVENT.MESSAGE_RECEIVED, a);
        break;
      case MESSAGES_UPDATED:
        this._emitMessages(EVENT.MESSAGE_MODIFIED, a);
        break;
      case REVOKED:
        this._emit(EVENT.MESSAGE_REVOKED, parseJSON(a || '', []).map((l) => ({
          conversationID: ids.fromBare(l.message_locator_conv_id, l.message_locator_conv_type),
          sequence: l.message_locator_seq,
          random: l.message_locator_rand,
          time: l.message_locator_time,
          flow: l.message_locator_is_self ? 'out' : 'in',
          isRevoked: true,
        })));
        break;
      case READ_RECEIPTS:
        this._emit(EVENT.MESSAGE_READ_BY_PEER, parseJSON(a || '', []).map((r) => ({
          conversationID: ids.fromBare(r.msg_receipt_conv_id, r.msg_receipt_conv_type),
          peerReadTime: r.msg_receipt_time_stamp,
        })));
        break;
      default:
        break;
    }
  }

  _emitMessages(name, json) {
    if (!this._listening(name)) return;
    const self = this.getLoginUser();
    this._emit(name, parseJSON(json || '', []).map((m) => shape.message(m, self)));
  }

  // After login: SDK_READY, the total (which also arms the library's total-unread listener) and
  // the list.
  _ready() {
    this._emit(EVENT.SDK_READY, {});
    call('TIMConvGetTotalUnreadMessageCount').then((json) => {
      const total = parseJSON(json, {}).conv_get_total_unread_message_count_result_unread_count;
      this._emit(EVENT.TOTAL_UNREAD_MESSAGE_COUNT_UPDATED, total || 0);
    }, () => {});
    this._refreshList();
  }

  // Re-reads the list for CONVERSATION_LIST_UPDATED; changes that arrive while a read is under
  // way are covered by one more read after it.
  _refreshList() {
    if (!this._listening(EVENT.CONVERSATION_LIST_UPDATED)) return;
    const state = this._listRefresh;
    if (state.busy) {
      state.again = true;
      return;
    }
    state.busy = true;
    call('TIMConvGetConvList').then((json) => {
      if (instance === this) this._emit(EVENT.CONVERSATION_LIST_UPDATED, conversationsOf(json));
    }, () => {}).finally(() => {
      state.busy = false;
      if (state.again) {
        state.again = false;
        this._refreshList();
      }
    });
  }

  _refreshGroups() {
    if (!this._listening(EVENT.CONVERSATION_GROUP_LIST_UPDATED)) return;
    call('TIMConvGetConversationGroupList').then((json) => {
      this._emit(EVENT.CONVERSATION_GROUP_LIST_UPDATED, parseJSON(json, []));
    }, () => {});
  }

  _refreshGroup(groupName) {
    if (!this._listening(EVENT.CONVERSATION_IN_GROUP_UPDATED)) return;
    this._filtered({ groupName }).then((conversationList) => {
      this._emit(EVENT.CONVERSATION_IN_GROUP_UPDATED, { groupName, conversationList });
    }, () => {});
  }

  // ---- conversations ---------------------------------------------------------------------

  /**
   * All conversations (no argument), the named ones (a non-empty array of IDs; unknown ones
   * are left out), or those passing a filter `{ type, markType, groupName, hasUnreadCount,
   * hasGroupAtInfo }`.
   */
  async getConversationList(options) {
    let conversationList;
    if (options === undefined) {
      conversationList = conversationsOf(await call('TIMConvGetConvList'));
    } else if (Array.isArray(options)) {
      if (options.length === 0) throw invalid('the conversation ID list must not be empty');
      const parsed = options.map(ids.parse).filter((p) => p !== null);
      conversationList = parsed.length === 0 ? []
        : conversationsOf(await call('TIMConvGetConvInfo', infoParams(parsed)));
    } else if (options !== null && typeof options === 'object') {
      conversationList = await this._filtered(options);
    } else {
      throw invalid('getConversationList takes nothing, an ID array or a filter object');
    }
    return ok({ conversationList, isSyncCompleted: true });
  }

  // Every page of a filtered list. The cursor is an order key, at most 2^53 - 1: a Number
  // holds it exactly.
  async _filtered(filter) {
    const json = filterJSON(filter);
    const all = [];
    let next = 0;
    for (;;) {
      const result = JSON.parse(await call('TIMConvGetConversationListByFilter', json, next, PAGE));
      all.push(...result.conversation_list_result_conv_list.map(shape.conversation));
      if (result.conversation_list_result_is_finished) return all;
      next = result.conversation_list_result_next_seq;
    }
  }

  /** One conversation; rejects with 6004 if it does not exist. */
  async getConversationProfile(conversationID) {
    const parsed = ids.parse(conversationID);
    const list = parsed === null ? []
      : conversationsOf(await call('TIMConvGetConvInfo', infoParams([parsed])));
    if (list.length === 0) throw new TIMError(6004, `no conversation ${conversationID}`);
    return ok({ conversation: list[0] });
  }

  /**
   * Deletes one conversation (an ID) or several (`{ conversationIDList, clearHistoryMessage }`,
   * history cleared unless `clearHistoryMessage` is false).
   */
  async deleteConversation(options) {
    if (typeof options === 'string') {
      const parsed = ids.parseOperable(options);
      const json = await call('TIMConvDeleteConversationList', JSON.stringify([parsed.prefixed]), true);
      const { failureConversationIDList } = operationResults(json);
      if (failureConversationIDList.length > 0) {
        const failure = failureConversationIDList[0];
        throw new TIMError(failure.code, failure.message);
      }
      return ok({ conversationID: options });
    }
    const { conversationIDList, clearHistoryMessage = true } = options || {};
    const json = await call('TIMConvDeleteConversationList', ids.prefixedList(conversationIDList),
      Boolean(clearHistoryMessage));
    return ok({ conversationIDList: operationResults(json).successConversationIDList });
  }

  async pinConversation(options) {
    const { conversationID, isPinned } = options || {};
    const parsed = ids.parseOperable(conversationID);
    await call('TIMConvPinConversation', parsed.id, parsed.type, Boolean(isPinned));
    return ok({ conversationID });
  }

  /** Marks the conversation read (clears its unread count). */
  async setMessageRead(options) {
    const parsed = ids.parseOperable((options || {}).conversationID);
    await call('TIMConvCleanConversationUnreadMessageCount', parsed.prefixed, 0, 0);
    return ok({});
  }

  /** Marks all C2C, all group, or all conversations read (`scope`, READ_ALL_MSG by default). */
  async setAllMessageRead(options) {
    const scope = (options || {}).scope || TYPES.READ_ALL_MSG;
    const target = {
      [TYPES.READ_ALL_C2C_MSG]: 'c2c',
      [TYPES.READ_ALL_GROUP_MSG]: 'group',
      [TYPES.READ_ALL_MSG]: '',
    }[scope];
    if (target === undefined) throw invalid(`unknown scope ${scope}`);
    await call('TIMConvCleanConversationUnreadMessageCount', target, 0, 0);
    return ok({});
  }

  /** The total unread count. Unlike the Web SDK (a number at once), a promise of the number. */
  async getTotalUnreadMessageCount() {
    const json = await call('TIMConvGetTotalUnreadMessageCount');
    return parseJSON(json, {}).conv_get_total_unread_message_count_result_unread_count || 0;
  }

  /** Sets the draft text ('' removes it); resolves with the conversation once applied. */
  async setConversationDraft(options) {
    const { conversationID, draftText } = options || {};
    const parsed = ids.parseOperable(conversationID);
    if (draftText === undefined || draftText === '') {
      callSync('TIMConvCancelDraft', parsed.id, parsed.type);
    } else {
      callSync('TIMConvSetDraft', parsed.id, parsed.type, shape.textDraft(String(draftText)));
    }
    const list = conversationsOf(await call('TIMConvGetConvInfo', infoParams([parsed])));
    return ok({ conversation: list.length > 0 ? list[0] : null });
  }

  async markConversation(options) {
    const { conversationIDList, markType, enableMark } = options || {};
    const json = await call('TIMConvMarkConversation', ids.prefixedList(conversationIDList),
      u64(markType, 'markType'), Boolean(enableMark));
    return ok(operationResults(json));
  }

  async setConversationCustomData(options) {
    const { conversationIDList, customData } = options || {};
    const json = await call('TIMConvSetConversationCustomData', ids.prefixedList(conversationIDList),
      customData === undefined ? '' : String(customData));
    return ok(operationResults(json));
  }

  // ---- conversation groups ---------------------------------------------------------------

  async getConversationGroupList() {
    return ok(parseJSON(await call('TIMConvGetConversationGroupList'), []));
  }

  async createConversationGroup(options) {
    const { groupName, conversationIDList } = options || {};
    const json = await call('TIMConvCreateConversationGroup', groupName,
      ids.prefixedList(conversationIDList));
    return ok(operationResults(json));
  }

  async deleteConversationGroup(groupName) {
    await call('TIMConvDeleteConversationGroup', groupName);
    return ok({});
  }

  async renameConversationGroup(options) {
    const { oldName, newName } = options || {};
    await call('TIMConvRenameConversationGroup', oldName, newName);
    return ok({});
  }

  async addConversationsToGroup(options) {
    const { groupName, conversationIDList } = options || {};
    const json = await call('TIMConvAddConversationsToGroup', groupName,
      ids.prefixedList(conversationIDList));
    return ok(operationResults(json));
  }

  async deleteConversationsFromGroup(options) {
    const { groupName, conversationIDList } = options || {};
    const json = await call('TIMConvDeleteConversationsFromGroup', groupName,
      ids.prefixedList(conversationIDList));
    return ok(operationResults(json));
  }

  // ---- messages --------------------------------------------------------------------------

  createTextMessage(options) {
    const { payload } = options || {};
    if (!payload || typeof payload.text !== 'string') throw invalid('payload.text must be a string');
    return this._newMessage(options, TYPES.MSG_TEXT, { text: payload.text });
  }

  createCustomMessage(options) {
    const { payload = {} } = options || {};
    return this._newMessage(options, TYPES.MSG_CUSTOM, {
      data: String(payload.data || ''),
      description: String(payload.description || ''),
      extension: String(payload.extension || ''),
    });
  }

  _newMessage(options, type, payload) {
    const { to, conversationType, priority = TYPES.MSG_PRIORITY_NORMAL, cloudCustomData = '' } = options;
    if (typeof to !== 'string' || to === '') throw invalid('to must be a user or group ID');
    if (conversationType !== TYPES.CONV_C2C && conversationType !== TYPES.CONV_GROUP) {
      throw invalid('conversationType must be CONV_C2C or CONV_GROUP');
    }
    if (!shape.PRIORITIES.includes(priority)) throw invalid(`unknown priority ${priority}`);
    return {
      ID: '',
      type,
      payload,
      conversationID: `${conversationType}${to}`,
      conversationType,
      to,
      from: this.getLoginUser(),
      flow: 'out',
      time: 0,
      clientTime: 0,
      sequence: 0,
      random: 0,
      status: 'unSend',
      isRevoked: false,
      isRead: true,
      isPeerRead: false,
      isDeleted: false,
      priority,
      nick: '',
      avatar: '',
      nameCard: '',
      atUserList: options.atUserList || [],
      cloudCustomData: String(cloudCustomData),
      onlineOnlyFlag: false,
    };
  }

  /** Sends a message made by createTextMessage / createCustomMessage; updates it in place. */
  async sendMessage(message) {
    if (!message || typeof message !== 'object') throw invalid('sendMessage takes a message');
    const parsed = ids.parseOperable(message.conversationID);
    const { messageID, promise } = send(parsed.id, parsed.type, shape.outgoing(message));
    message.ID = messageID;
    let json;
    try {
      json = await promise;
    } catch (error) {
      message.status = 'fail';
      throw error;
    }
    Object.assign(message, shape.message(JSON.parse(json), this.getLoginUser()));
    return ok({ message });
  }
}

/**
 * The server feed (TIMExtension.h), for apps with their own backend: what a server would push.
 * Each takes the C API's JSON shapes (as objects) and resolves when the library applied it.
 */
class ServerFeed {
  async receiveMessages(messages) {
    const self = addon.TIMGetLoginUserID() || '';
    const json = await call('TIMExtReceiveMessages', JSON.stringify(messages));
    return ok({ messageList: parseJSON(json, []).map((m) => shape.message(m, self)) });
  }

  async updateUserProfiles(profiles) {
    await call('TIMExtUpdateUserProfiles', JSON.stringify(profiles));
    return ok({});
  }

  async updateGroupInfos(groups) {
    await call('TIMExtUpdateGroupInfos', JSON.stringify(groups));
    return ok({});
  }

  async receiveReadReceipts(receipts) {
    await call('TIMExtReceiveReadReceipts', JSON.stringify(receipts));
    return ok({});
  }

  /** Read state from the user's other devices: one conversation, or all when absent. */
  async syncReadState(options) {
    const { conversationID, readTimestamp = 0, readSequence = 0 } = options || {};
    const target = conversationID === undefined ? '' : ids.parseOperable(conversationID).prefixed;
    await call('TIMExtSyncReadState', target, u64(readTimestamp, 'readTimestamp'),
      u64(readSequence, 'readSequence'));
    return ok({});
  }

  async revokeMessages(messages) {
    await call('TIMExtRevokeMessages', JSON.stringify(messages));
    return ok({});
  }

  async updateMessages(messages) {
    await call('TIMExtUpdateMessages', JSON.stringify(messages));
    return ok({});
  }
}

TIM.TYPES = TYPES;
TIM.EVENT = EVENT;
TIM.TIMError = TIMError;
TIM.VERSION = addon.TIMGetSDKVersion();

module.exports = TIM;
