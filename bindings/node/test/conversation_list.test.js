'use strict';
// getConversationList / getConversationProfile: IDs, field shapes, order, filters and paging,
// with the data pushed through the server feed.

const test = require('node:test');
const assert = require('node:assert/strict');

const { TIM, start, freshUser, c2c, group, listIDs } = require('./helpers');

const tim = start();
test.after(() => tim.destroy());

test('a new user has no conversations', async () => {
  await freshUser(tim);
  const response = await tim.getConversationList();
  assert.equal(response.code, 0);
  assert.deepEqual(response.data, { conversationList: [], isSyncCompleted: true });
});

test('conversations carry the Web SDK ID forms and fields, newest first', async () => {
  const me = await freshUser(tim);
  await tim.ext.updateGroupInfos([{
    group_base_info_group_id: 'team',
    group_base_info_group_name: 'The Team',
    group_base_info_face_url: 'https://x/team.png',
    group_base_info_group_type: 1,
  }]);
  await tim.ext.updateUserProfiles([{ user_profile_identifier: 'bob', user_profile_nick_name: 'Bobby' }]);
  await tim.ext.receiveMessages([c2c('bob', 'hello')]);
  await tim.ext.receiveMessages([group('team', 'carol', 'hi all'), group('team', 'dave', 'hey')]);

  const { conversationList } = (await tim.getConversationList()).data;
  assert.deepEqual(conversationList.map((c) => c.conversationID), ['GROUPteam', 'C2Cbob']);
  const [team, bob] = conversationList;

  assert.equal(team.type, TIM.TYPES.CONV_GROUP);
  assert.equal(team.subType, TIM.TYPES.GRP_WORK);
  assert.equal(team.unreadCount, 2);
  assert.deepEqual(team.groupProfile, {
    groupID: 'team', name: 'The Team', avatar: 'https://x/team.png', type: 'Private',
    selfInfo: { messageRemindType: 'AcceptAndNotify' },
  });
  assert.equal(team.userProfile, null);
  assert.equal(team.lastMessage.fromAccount, 'dave');
  assert.equal(team.lastMessage.messageForShow, 'hey');
  assert.equal(team.lastMessage.type, TIM.TYPES.MSG_TEXT);
  assert.deepEqual(team.lastMessage.payload, { text: 'hey' });
  assert.equal(team.lastMessage.lastSequence, 2);

  assert.equal(bob.type, TIM.TYPES.CONV_C2C);
  assert.equal(bob.subType, '');
  assert.equal(bob.unreadCount, 1);
  assert.deepEqual(bob.userProfile, { userID: 'bob', nick: 'Bobby', avatar: '' });
  assert.equal(bob.groupProfile, null);
  assert.equal(bob.isPinned, false);
  assert.equal(bob.draftText, '');
  assert.deepEqual(bob.markList, []);
  assert.notEqual(me, 'bob');
});

test('specified IDs: known ones in the result, unknown and system ones left out', async () => {
  await freshUser(tim);
  await tim.ext.receiveMessages([c2c('ann', 'a'), c2c('ben', 'b'), group('g1', 'ann', 'c')]);
  const ids = await listIDs(tim, ['C2Cben', 'GROUPg1', 'C2Cnobody', TIM.TYPES.CONV_SYSTEM]);
  assert.deepEqual([...ids].sort(), ['C2Cben', 'GROUPg1']);
  assert.deepEqual(await listIDs(tim, [TIM.TYPES.CONV_SYSTEM]), []);
});

test('an empty ID list and malformed IDs are rejected with { code, message }', async () => {
  await freshUser(tim);
  for (const bad of [[], ['bob'], ['c2c_bob'], ['C2C'], [42], 'C2Cbob', 7]) {
    await assert.rejects(tim.getConversationList(bad), (error) => {
      assert.equal(error.code, 6017, JSON.stringify(bad));
      assert.equal(typeof error.message, 'string');
      return true;
    });
  }
});

test('getConversationProfile returns one conversation; unknown ones reject with 6004', async () => {
  await freshUser(tim);
  await tim.ext.receiveMessages([c2c('zoe', 'ping', { message_cloud_custom_str: 'meta' })]);
  const response = await tim.getConversationProfile('C2Czoe');
  assert.equal(response.code, 0);
  assert.equal(response.data.conversation.conversationID, 'C2Czoe');
  assert.equal(response.data.conversation.lastMessage.cloudCustomData, 'meta');
  await assert.rejects(tim.getConversationProfile('C2Cnobody'), { code: 6004 });
  await assert.rejects(tim.getConversationProfile('GROUPnone'), { code: 6004 });
  await assert.rejects(tim.getConversationProfile('nonsense'), { code: 6017 });
});

test('IDs with any characters survive the round trip', async () => {
  await freshUser(tim);
  const odd = ['名字', 'a b', 'quote"s', 'back\\slash', 'emoji😀', 'C2Cnested'];
  await tim.ext.receiveMessages(odd.map((id) => c2c(id, `from ${id}`)));
  const ids = await listIDs(tim);
  assert.deepEqual([...ids].sort(), odd.map((id) => `C2C${id}`).sort());
  for (const id of odd) {
    const { conversation } = (await tim.getConversationProfile(`C2C${id}`)).data;
    assert.equal(conversation.lastMessage.messageForShow, `from ${id}`);
  }
});

test('a string with a NUL character is refused, not cut short', async () => {
  await freshUser(tim);
  await assert.rejects(tim.pinConversation({ conversationID: 'C2Ca\u0000b', isPinned: true }),
    { code: 6017 });
  await assert.rejects(tim.login({ userID: 'x\u0000y', userSig: '' }), { code: 6017 });
});

test('pinning moves a conversation first; unpinning keeps its place', async () => {
  await freshUser(tim);
  await tim.ext.receiveMessages([c2c('p1', '1')]);
  await tim.ext.receiveMessages([c2c('p2', '2')]);
  await tim.ext.receiveMessages([c2c('p3', '3')]);
  assert.deepEqual(await listIDs(tim), ['C2Cp3', 'C2Cp2', 'C2Cp1']);
  const response = await tim.pinConversation({ conversationID: 'C2Cp1', isPinned: true });
  assert.deepEqual(response, { code: 0, data: { conversationID: 'C2Cp1' } });
  assert.deepEqual(await listIDs(tim), ['C2Cp1', 'C2Cp3', 'C2Cp2']);
  assert.equal((await tim.getConversationProfile('C2Cp1')).data.conversation.isPinned, true);
  await tim.pinConversation({ conversationID: 'C2Cp1', isPinned: false });
  assert.equal((await tim.getConversationProfile('C2Cp1')).data.conversation.isPinned, false);
  await assert.rejects(tim.pinConversation({ conversationID: 'C2Cnobody', isPinned: true }),
    { code: 6004 });
  await assert.rejects(tim.pinConversation({ conversationID: TIM.TYPES.CONV_SYSTEM, isPinned: true }),
    { code: 6017 });
});

test('drafts: set, shown as draftText, removed by an empty text', async () => {
  await freshUser(tim);
  await tim.ext.receiveMessages([c2c('d1', 'x')]);
  const set = await tim.setConversationDraft({ conversationID: 'C2Cd1', draftText: 'half a thought' });
  assert.equal(set.data.conversation.draftText, 'half a thought');
  const fresh = await tim.setConversationDraft({ conversationID: 'C2Cd2', draftText: 'new' });
  assert.equal(fresh.data.conversation.conversationID, 'C2Cd2');
  assert.deepEqual(await listIDs(tim), ['C2Cd2', 'C2Cd1']);
  const cleared = await tim.setConversationDraft({ conversationID: 'C2Cd1', draftText: '' });
  assert.equal(cleared.data.conversation.draftText, '');
});

test('marks and custom data: success and failure lists, filters by mark', async () => {
  await freshUser(tim);
  await tim.ext.receiveMessages([c2c('m1', 'a'), c2c('m2', 'b'), group('mg', 'x', 'c')]);
  const star = TIM.TYPES.CONV_MARK_TYPE_STAR;
  const marked = await tim.markConversation({
    conversationIDList: ['C2Cm1', 'GROUPmg', 'C2Cghost'], markType: star, enableMark: true,
  });
  assert.deepEqual(marked.data.successConversationIDList, ['C2Cm1', 'GROUPmg']);
  assert.equal(marked.data.failureConversationIDList.length, 1);
  assert.equal(marked.data.failureConversationIDList[0].conversationID, 'C2Cghost');
  assert.equal(marked.data.failureConversationIDList[0].code, 6004);

  // A custom mark above 2^53 as a BigInt, one at 2^40 as a Number.
  const high = 1n << 60n;
  await tim.markConversation({ conversationIDList: ['C2Cm2'], markType: high, enableMark: true });
  await tim.markConversation({ conversationIDList: ['C2Cm2'], markType: 2 ** 40, enableMark: true });
  const m2 = (await tim.getConversationProfile('C2Cm2')).data.conversation;
  assert.deepEqual([...m2.markList].sort((a, b) => a - b), [2 ** 40, 2 ** 60]);

  assert.deepEqual((await listIDs(tim, { markType: star })).sort(), ['C2Cm1', 'GROUPmg']);
  assert.deepEqual(await listIDs(tim, { markType: high }), ['C2Cm2']);
  assert.deepEqual(await listIDs(tim, { markType: star, type: TIM.TYPES.CONV_GROUP }), ['GROUPmg']);
  await assert.rejects(tim.markConversation({ conversationIDList: ['C2Cm1'], markType: 1.5, enableMark: true }),
    { code: 6017 });
  await assert.rejects(tim.markConversation({ conversationIDList: [], markType: star, enableMark: true }),
    { code: 6017 });

  const custom = await tim.setConversationCustomData({ conversationIDList: ['C2Cm1'], customData: 'blob' });
  assert.deepEqual(custom.data.successConversationIDList, ['C2Cm1']);
  assert.equal((await tim.getConversationProfile('C2Cm1')).data.conversation.customData, 'blob');
});

test('filters: by type, unread and @ info', async () => {
  const me = await freshUser(tim);
  await tim.ext.receiveMessages([
    c2c('f1', 'a'),
    group('fg', 'x', 'b', { message_group_at_user_array: [me] }),
    group('fh', 'x', 'c'),
  ]);
  await tim.setMessageRead({ conversationID: 'GROUPfh' });
  assert.deepEqual(await listIDs(tim, { type: TIM.TYPES.CONV_C2C }), ['C2Cf1']);
  assert.deepEqual((await listIDs(tim, { type: TIM.TYPES.CONV_GROUP })).sort(), ['GROUPfg', 'GROUPfh']);
  assert.deepEqual((await listIDs(tim, { hasUnreadCount: true })).sort(), ['C2Cf1', 'GROUPfg']);
  assert.deepEqual(await listIDs(tim, { hasUnreadCount: false }), ['GROUPfh']);
  assert.deepEqual(await listIDs(tim, { hasGroupAtInfo: true }), ['GROUPfg']);
  const fg = (await tim.getConversationProfile('GROUPfg')).data.conversation;
  assert.equal(fg.groupAtInfoList.length, 1);
  assert.deepEqual(fg.groupAtInfoList[0].atTypeArray, [TIM.TYPES.CONV_AT_ME]);
  assert.equal(fg.groupAtInfoList[0].groupID, 'fg');
  await assert.rejects(tim.getConversationList({ type: 'nope' }), { code: 6017 });
});

test('a filtered list walks every page, also through pinned conversations', async () => {
  await freshUser(tim);
  // More pinned conversations than one page: the cursor then carries the pinned bit.
  const pinned = Array.from({ length: 105 }, (_, i) => `pin${i}`);
  const plain = Array.from({ length: 30 }, (_, i) => `plain${i}`);
  await tim.ext.receiveMessages([...pinned, ...plain].map((id) => c2c(id, id)));
  await Promise.all(pinned.map((id) => tim.pinConversation({ conversationID: `C2C${id}`, isPinned: true })));
  const all = await listIDs(tim);
  assert.equal(all.length, 135);
  const filtered = await listIDs(tim, { type: TIM.TYPES.CONV_C2C });
  assert.deepEqual(filtered, all);
  assert.equal(new Set(filtered).size, 135);
  assert.deepEqual(new Set(filtered.slice(0, 105)), new Set(pinned.map((id) => `C2C${id}`)));
});

test('pages of the C API walk through pinned conversations with JSON.parse and Numbers', async () => {
  // What any JavaScript app does with the C API's JSON: parse it, hand next_seq back. Every
  // order key and cursor is at most 2^53 - 1, so nothing is rounded: no page skips or repeats.
  const { call } = require('../lib/native');
  await freshUser(tim);
  const pinned = Array.from({ length: 25 }, (_, i) => `p${i}`);
  const plain = Array.from({ length: 12 }, (_, i) => `q${i}`);
  await tim.ext.receiveMessages([...pinned, ...plain].map((id) => c2c(id, id)));
  for (const id of pinned) await tim.pinConversation({ conversationID: `C2C${id}`, isPinned: true });
  const whole = JSON.parse(await call('TIMConvGetConvList'));
  assert.equal(whole.length, 37);
  for (const c of whole) assert.ok(Number.isSafeInteger(c.conv_active_time), `${c.conv_active_time}`);
  const walked = [];
  const cursors = [];
  let next = 0;
  for (;;) {
    const page = JSON.parse(await call('TIMConvGetConversationListByFilter', '{}', next, 4));
    walked.push(...page.conversation_list_result_conv_list.map((c) => c.conv_id));
    if (page.conversation_list_result_is_finished) break;
    next = page.conversation_list_result_next_seq;
    assert.ok(Number.isSafeInteger(next), `cursor ${next}`);
    cursors.push(next);
  }
  assert.deepEqual(walked, whole.map((c) => c.conv_id), 'every conversation once, in list order');
  assert.deepEqual(new Set(walked.slice(0, 25)), new Set(pinned), 'pinned first');
  assert.ok(cursors.length >= 9, 'several pages, most of them through pinned conversations');
});

test('messageRemindType follows the receive option', async () => {
  await freshUser(tim);
  await tim.ext.receiveMessages([group('quiet', 'x', 'a')]);
  await tim.ext.updateGroupInfos([{ group_base_info_group_id: 'quiet', group_base_info_msg_flag: 2 }]);
  const quiet = (await tim.getConversationProfile('GROUPquiet')).data.conversation;
  assert.equal(quiet.messageRemindType, TIM.TYPES.MSG_REMIND_ACPT_NOT_NOTE);
  assert.equal(quiet.groupProfile.selfInfo.messageRemindType, TIM.TYPES.MSG_REMIND_ACPT_NOT_NOTE);
});
