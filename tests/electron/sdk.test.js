'use strict';
// Tencent's Electron SDK (im_electron_sdk, its main-process module) driven under plain Node
// against timconv's library: init, login, every conversation-manager call, sending, the local
// message and profile reads, logout and uninit, each checked for its result.
//
// Run by .ci/electron, which installs the packages, puts timconv's libImSDK.so where a
// packaged app keeps it (TIMCONV_RESOURCES/linux/lib/libImSDK.so) and runs `node --test`.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const resources = process.env.TIMCONV_RESOURCES;
assert.ok(resources, 'TIMCONV_RESOURCES names the directory holding linux/lib/libImSDK.so');
// The SDK reads this when its module loads (the electron stand-in says the app is packaged).
process.resourcesPath = resources;

const ffi = require('ffi-rs');
const TimMain = require('im_electron_sdk');

const main = new TimMain({ sdkappid: 1400000123 });
const tim = main._tim;
const base = tim.getTimbaseManager();
const conv = tim.getConversationManager();
const msg = tim.getAdvanceMessageManager();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timconv-electron-'));

const C2C = 1;
const GROUP = 2;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits until `pred()` holds (listener calls arrive through Node's event loop). */
async function until(pred, what, ms = 3000) {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** Calls one of timconv's TIMExt* functions (json, cb, user_data) through the library the SDK opened. */
function ext(funcName, json) {
  return new Promise((resolve, reject) => {
    const rc = ffi.load({
      library: 'libImSDK',
      funcName,
      retType: ffi.DataType.I32,
      paramsType: [
        ffi.DataType.String,
        ffi.funcConstructor({
          paramsType: [ffi.DataType.I32, ffi.DataType.String, ffi.DataType.String, ffi.DataType.String],
          retType: ffi.DataType.Void,
        }),
        ffi.DataType.String,
      ],
      paramsValue: [
        JSON.stringify(json),
        (code, desc, jsonParam) => (code === 0 ? resolve(jsonParam) : reject({ code, desc })),
        '',
      ],
    });
    if (rc !== 0) reject({ code: rc });
  });
}

const text = (t) => [{ elem_type: 0, text_elem_content: t }];
const incoming = (sender, t, extra = {}) => ({
  message_conv_id: sender,
  message_conv_type: C2C,
  message_sender: sender,
  message_elem_array: text(t),
  ...extra,
});

const events = [];
const totals = [];
const groupEvents = [];
const newMessages = [];

test('the SDK loaded timconv and TIMInit succeeds', async () => {
  const version = base.TIMGetSDKVersion();
  assert.match(version, /timconv/, `the loaded library is timconv: ${version}`);
  assert.equal(base.TIMGetLoginStatus(), 3, 'not logged in before TIMInit');
  // electron_log: the SDK writes its own calls to the library's log (internal_operation_write_log).
  const rc = await base.TIMInit({ config_path: dataDir, electron_log: true });
  assert.equal(rc, 0);
  const config = await base.TIMSetConfig({ json_config: { set_config_log_level: 4, set_config_callback_log_level: 4 }, user_data: '' });
  assert.equal(config.code, 0);
  assert.equal(JSON.parse(config.json_param).set_config_log_level, 4);
  const logLines = [];
  base.TIMSetLogCallback({ callback: (level, line) => logLines.push([level, line]), user_data: '' });
  const op = await base.callExperimentalAPI({
    json_param: { request_internal_operation: 'internal_operation_write_log', request_write_log_log_level_param: 4, request_write_log_log_content_param: 'from the electron test' },
  });
  assert.equal(op.code, 0);
  await until(() => logLines.some(([, l]) => l.includes('from the electron test')), 'the log listener');
  assert.ok(base.TIMGetServerTime() > 1_600_000_000);
});

test('listeners register through the SDK', async () => {
  await conv.TIMSetConvEventCallback({
    callback: (type, json) => events.push({ type, convs: JSON.parse(json || '[]') }),
  });
  await conv.TIMSetConvTotalUnreadMessageCountChangedCallback({ callback: (n) => totals.push(n) });
  await conv.TIMSetConvUnreadMessageCountChangedByFilterCallback({ callback: () => {} });
  await conv.TIMSetConvConversationGroupCreatedCallback({
    callback: (name, convs) => groupEvents.push(['created', name, JSON.parse(convs)]),
  });
  await conv.TIMSetConvConversationGroupDeletedCallback({
    callback: (name) => groupEvents.push(['deleted', name]),
  });
  await conv.TIMSetConvConversationGroupNameChangedCallback({
    callback: (oldName, newName) => groupEvents.push(['renamed', oldName, newName]),
  });
  await conv.TIMSetConvConversationsAddedToGroupCallback({
    callback: (name, convs) => groupEvents.push(['added', name, JSON.parse(convs)]),
  });
  await conv.TIMSetConvConversationsDeletedFromGroupCallback({
    callback: (name, convs, reason) => groupEvents.push(['removed', name, JSON.parse(convs), reason]),
  });
  msg.TIMAddRecvNewMsgCallback({ callback: (json) => newMessages.push(...JSON.parse(json)) });
  base.TIMSetNetworkStatusListenerCallback({ callback: () => {}, userData: '' });
  base.TIMSetKickedOfflineCallback({ callback: () => {}, userData: '' });
  base.TIMSetUserSigExpiredCallback({ callback: () => {}, userData: '' });
});

test('login', async () => {
  const res = await base.TIMLogin({ userID: 'alice', userSig: 'sig' });
  assert.equal(res.code, 0);
  assert.equal(base.TIMGetLoginStatus(), 1);
  const id = await base.TIMGetLoginUserID();
  assert.equal(id.json_param, 'alice');
  const list = await conv.TIMConvGetConvList({});
  assert.deepEqual(list.json_param, [], 'a new user has no conversations');
});

test('sending a message creates the conversation', async () => {
  const res = await msg.TIMMsgSendMessage({
    conv_id: 'bob',
    conv_type: C2C,
    params: { message_elem_array: text('hello bob') },
    user_data: '',
  });
  assert.equal(res.code, 0);
  const sent = JSON.parse(res.json_param);
  assert.equal(sent.message_conv_id, 'bob');
  assert.equal(sent.message_status, 2, 'sent');
  assert.ok(sent.message_msg_id.length > 0);
  assert.equal(sent.message_elem_array[0].text_elem_content, 'hello bob');
  const list = (await conv.TIMConvGetConvList({})).json_param;
  assert.equal(list.length, 1);
  assert.equal(list[0].conv_id, 'bob');
  assert.equal(list[0].conv_last_msg.message_msg_id, sent.message_msg_id);
  await until(() => events.some((e) => e.type === 0 && e.convs.some((c) => c.conv_id === 'bob')), 'Add event');
});

test('saving a message answers the one saved Message object', async () => {
  const res = await msg.TIMMsgSaveMsg({
    conv_id: 'bob',
    conv_type: C2C,
    params: { message_elem_array: text('memo') },
    user_data: '',
  });
  assert.equal(res.code, 0);
  assert.ok(!Array.isArray(res.json_params), 'an object, as TIMMsgSendMessage answers');
  assert.equal(res.json_params.message_elem_array[0].text_elem_content, 'memo');
  assert.equal(res.json_params.message_sender, 'alice', 'the user\'s own without a sender');
  assert.ok(res.json_params.message_msg_id.length > 0);
  const list = (await conv.TIMConvGetConvList({})).json_param;
  assert.equal(list[0].conv_last_msg.message_msg_id, res.json_params.message_msg_id);
  assert.equal(list[0].conv_unread_num, 0);
});

test('incoming messages count unread, and the total listener fires', async () => {
  const total0 = await conv.TIMConvGetTotalUnreadMessageCount({});
  assert.equal(total0.json_param.conv_get_total_unread_message_count_result_unread_count, 0);
  await ext('TIMExtReceiveMessages', [incoming('carol', 'hi 1'), incoming('carol', 'hi 2'), incoming('bob', 'yo')]);
  const total = await conv.TIMConvGetTotalUnreadMessageCount({});
  assert.equal(total.json_param.conv_get_total_unread_message_count_result_unread_count, 3);
  await until(() => totals.includes(3), 'total-unread listener');
  await until(() => newMessages.length === 3, 'new-message listener');
  const info = await conv.TIMConvGetConvInfo({
    json_get_conv_list_param: [{ get_conversation_list_param_conv_id: 'carol', get_conversation_list_param_conv_type: C2C }],
  });
  assert.equal(info.json_param.length, 1);
  assert.equal(info.json_param[0].conv_unread_num, 2);
  const byFilter = await conv.TIMConvGetUnreadMessageCountByFilter({
    params: { conversation_list_filter_conv_type: C2C },
  });
  assert.equal(byFilter.json_params.conv_get_total_unread_message_count_result_unread_count, 3);
  assert.equal(conv.TIMConvSubscribeUnreadMessageCountByFilter({ params: { conversation_list_filter_conv_type: C2C } }), 0);
  assert.equal(conv.TIMConvUnsubscribeUnreadMessageCountByFilter({ params: { conversation_list_filter_conv_type: C2C } }), 0);
});

test('clean unread', async () => {
  const res = await conv.TIMConvCleanConversationUnreadMessageCount({
    conversation_id: 'c2c_carol',
    clean_timestamp: 0,
    clean_sequence: 0,
  });
  assert.equal(res.code, 0);
  const total = await conv.TIMConvGetTotalUnreadMessageCount({});
  assert.equal(total.json_param.conv_get_total_unread_message_count_result_unread_count, 1);
});

test('create, draft, pin, mark, custom data', async () => {
  const created = await conv.TIMConvCreate({ convId: 'team', convType: GROUP });
  assert.equal(created.code, 0);
  assert.equal(JSON.parse(created.json_param).conv_id, 'team');
  assert.equal(
    conv.TIMConvSetDraft({ convId: 'team', convType: GROUP, draftParam: { draft_msg: { message_elem_array: text('wip') }, draft_user_define: 'u' } }),
    0,
  );
  let list = (await conv.TIMConvGetConvList({})).json_param;
  const team = list.find((c) => c.conv_id === 'team');
  assert.ok(team.conv_is_has_draft, 'draft shows');
  assert.equal(team.conv_draft.draft_user_define, 'u');
  assert.equal(list[0].conv_id, 'team', 'the draft made it the newest');

  assert.equal((await conv.TIMConvPinConversation({ convId: 'bob', convType: C2C, isPinned: true })).code, 0);
  list = (await conv.TIMConvGetConvList({})).json_param;
  assert.equal(list[0].conv_id, 'bob', 'pinned first');
  assert.equal(list[0].conv_is_pinned, true);

  const marked = await conv.TIMConvMarkConversation({
    conversation_id_array: ['c2c_bob', 'c2c_nobody'],
    mark_type: 1,
    enable_mark: true,
  });
  assert.deepEqual(
    marked.json_params.map((r) => [r.conversation_operation_result_conversation_id, r.conversation_operation_result_result_code]),
    [['c2c_bob', 0], ['c2c_nobody', 6004]],
  );
  const custom = await conv.TIMConvSetConversationCustomData({ conversation_id_array: ['c2c_carol'], custom_data: 'cd' });
  assert.equal(custom.json_params[0].conversation_operation_result_result_code, 0);

  const page = await conv.TIMConvGetConversationListByFilter({
    params: { conversation_list_filter_mark_type: 1, conversation_list_filter_next_seq: 0, conversation_list_filter_count: 10 },
  });
  assert.deepEqual(page.json_params.conversation_list_result_conv_list.map((c) => c.conv_id), ['bob']);
  assert.equal(page.json_params.conversation_list_result_is_finished, true);
  const carol = (await conv.TIMConvGetConvInfo({
    json_get_conv_list_param: [{ get_conversation_list_param_conv_id: 'carol', get_conversation_list_param_conv_type: C2C }],
  })).json_param[0];
  assert.equal(carol.conv_custom_data, 'cd');

  assert.equal(conv.TIMConvCancelDraft({ convId: 'team', convType: GROUP }), 0);
  list = (await conv.TIMConvGetConvList({})).json_param;
  assert.equal(list.find((c) => c.conv_id === 'team'), undefined, 'without the draft it has nothing to list');
});

test('conversation groups', async () => {
  const created = await conv.TIMConvCreateConversationGroup({ group_name: 'work', conversation_id_array: ['c2c_bob'] });
  assert.equal(created.code, 0);
  assert.equal((await conv.TIMConvGetConversationGroupList({})).json_params.conv_group_array[0], 'work');
  await conv.TIMConvAddConversationsToGroup({ group_name: 'work', conversation_id_array: ['c2c_carol'] });
  await conv.TIMConvRenameConversationGroup({ old_name: 'work', new_name: 'job' });
  const inGroup = await conv.TIMConvGetConversationListByFilter({
    params: { conversation_list_filter_conversation_group: 'job', conversation_list_filter_next_seq: 0, conversation_list_filter_count: 10 },
  });
  assert.deepEqual(inGroup.json_params.conversation_list_result_conv_list.map((c) => c.conv_id).sort(), ['bob', 'carol']);
  await conv.TIMConvDeleteConversationsFromGroup({ group_name: 'job', conversation_id_array: ['c2c_bob'] });
  await conv.TIMConvDeleteConversationGroup({ group_name: 'job' });
  assert.deepEqual((await conv.TIMConvGetConversationGroupList({})).json_params.conv_group_array, []);
  await until(() => groupEvents.length === 5, 'five conversation-group listener calls');
  assert.deepEqual(groupEvents.map((e) => e[0]), ['created', 'added', 'renamed', 'removed', 'deleted']);
  assert.equal(groupEvents[0][2][0].conv_id, 'bob', 'listeners get ConvInfo objects');
  assert.equal(groupEvents[3][3], 0, 'reason');
});

test('message lookups, local custom data, profiles and groups', async () => {
  const page = await msg.TIMMsgGetMsgList({ conv_id: 'carol', conv_type: C2C, params: { msg_getmsglist_param_count: 1 }, user_data: '' });
  const newest = (typeof page.json_params === 'string' ? JSON.parse(page.json_params) : page.json_params)[0];
  const found = await msg.TIMMsgFindMessages({ json_message_id_array: [newest.message_msg_id], user_data: '' });
  const foundMsgs = found.json_params;
  assert.equal(foundMsgs[0].message_msg_id, newest.message_msg_id);
  const custom = await msg.TIMMsgSetLocalCustomData({ json_msg_param: { ...newest, message_custom_str: 'seen' }, user_data: '' });
  assert.equal(custom.code, 0);
  await ext('TIMExtUpdateUserProfiles', [{ user_profile_identifier: 'carol', user_profile_nick_name: 'Carol' }]);
  const profiles = await base.TIMProfileGetUserProfileList({ json_get_user_profile_list_param: { friendship_getprofilelist_param_identifier_array: ['carol'] }, user_data: '' });
  assert.equal(profiles.json_param[0].user_profile_nick_name, 'Carol');
  await ext('TIMExtUpdateGroupInfos', [{ group_base_info_group_id: 'team', group_base_info_group_name: 'Team' }]);
  // This one takes its user data as its only argument.
  const groups = await tim.getGroupManager().TIMGroupGetJoinedGroupList('');
  const groupList = groups.json_param;
  assert.deepEqual(groupList.map((g) => g.group_base_info_group_name), ['Team']);
});

test('history through the message manager', async () => {
  const page = await msg.TIMMsgGetMsgList({ conv_id: 'carol', conv_type: C2C, params: { msg_getmsglist_param_count: 10 }, user_data: '' });
  const msgs = typeof page.json_params === 'string' ? JSON.parse(page.json_params) : page.json_params;
  assert.deepEqual(msgs.map((m) => m.message_elem_array[0].text_elem_content), ['hi 2', 'hi 1'], 'newest first');
});

test('delete conversations', async () => {
  const res = await conv.TIMConvDeleteConversationList({ conversation_id_array: ['c2c_carol'], clearMessage: true });
  assert.equal(res.json_params[0].conversation_operation_result_result_code, 0);
  assert.equal((await conv.TIMConvDelete({ convId: 'bob', convType: C2C })).code, 0);
  assert.deepEqual((await conv.TIMConvGetConvList({})).json_param, []);
  await until(() => events.some((e) => e.type === 1), 'Del event');
  const total = await conv.TIMConvGetTotalUnreadMessageCount({});
  assert.equal(total.json_param.conv_get_total_unread_message_count_result_unread_count, 0);
});

test('paging through pinned conversations from JavaScript neither skips nor repeats', async () => {
  // The SDK parses replies with JSON.parse and hands next_seq back as a Number: every order key
  // and cursor must be exact as one (at most 2^53 - 1).
  const pinned = Array.from({ length: 12 }, (_, i) => `pin${i}`);
  const plain = ['plain0', 'plain1', 'plain2'];
  await ext('TIMExtReceiveMessages', [...pinned, ...plain].map((id) => incoming(id, 'x')));
  for (const id of pinned) {
    assert.equal((await conv.TIMConvPinConversation({ convId: id, convType: C2C, isPinned: true })).code, 0);
  }
  const whole = (await conv.TIMConvGetConvList({})).json_param;
  assert.equal(whole.length, 15);
  assert.ok(whole.every((c) => Number.isSafeInteger(c.conv_active_time)), 'exact as Numbers');
  assert.equal(new Set(whole.map((c) => c.conv_active_time)).size, 15, 'distinct as Numbers');
  assert.deepEqual(new Set(whole.slice(0, 12).map((c) => c.conv_id)), new Set(pinned), 'pinned first');
  const walked = [];
  let next = 0;
  for (let pages = 0; ; pages++) {
    assert.ok(pages < 20, 'paging finishes');
    const page = (await conv.TIMConvGetConversationListByFilter({
      params: { conversation_list_filter_next_seq: next, conversation_list_filter_count: 2 },
    })).json_params;
    walked.push(...page.conversation_list_result_conv_list.map((c) => c.conv_id));
    if (page.conversation_list_result_is_finished) break;
    next = page.conversation_list_result_next_seq;
  }
  assert.deepEqual(walked, whole.map((c) => c.conv_id), 'every conversation once, in list order');
  const ids = [...pinned, ...plain].map((id) => `c2c_${id}`);
  await conv.TIMConvDeleteConversationList({ conversation_id_array: ids, clearMessage: true });
  assert.deepEqual((await conv.TIMConvGetConvList({})).json_param, []);
});

test('a renderer call through the SDK\'s IPC handler', async () => {
  const { ipcMain } = require('electron');
  const reply = await ipcMain.invoke(
    'TIMIPCLISTENR',
    { sender: { send() {} } },
    JSON.stringify({ manager: 'conversationManager', method: 'TIMConvGetTotalUnreadMessageCount', param: {} }),
  );
  const data = JSON.parse(reply);
  assert.equal(data.code, 0);
  assert.equal(data.json_param.conv_get_total_unread_message_count_result_unread_count, 0);
});

test('logout and uninit', async () => {
  // The SDK's TIMLogout declares the function void, then treats the undefined return value as
  // an error code: its promise rejects with {code: undefined} whatever the library does. The
  // logout itself is checked through the login state.
  await base.TIMLogout({}).catch((e) => assert.deepEqual(e, { code: undefined }));
  await until(() => base.TIMGetLoginStatus() === 3, 'logged out');
  await assert.rejects(base.TIMGetLoginUserID(), (e) => e.code === -2);
  await assert.rejects(conv.TIMConvGetConvList({}), (e) => e.code === 6014);
  assert.equal(base.TIMUninit(), 0);
  await assert.rejects(conv.TIMConvGetConvList({}), (e) => e.code === 6013);
  fs.rmSync(dataDir, { recursive: true, force: true });
});
