'use strict';
// Unread counts and the events: SDK_READY / SDK_NOT_READY, CONVERSATION_LIST_UPDATED,
// TOTAL_UNREAD_MESSAGE_COUNT_UPDATED, MESSAGE_RECEIVED and the message feed events.

const test = require('node:test');
const assert = require('node:assert/strict');

const { TIM, start, freshUser, c2c, group, nextEvent, idsOf } = require('./helpers');

const { EVENT, TYPES } = TIM;
const tim = start();
test.after(() => tim.destroy());

test('login fires SDK_READY, then the total; logout fires SDK_NOT_READY', async () => {
  const ready = nextEvent(tim, EVENT.SDK_READY);
  const total = nextEvent(tim, EVENT.TOTAL_UNREAD_MESSAGE_COUNT_UPDATED);
  const userID = await freshUser(tim);
  assert.deepEqual(await ready, {});
  assert.equal(await total, 0);
  assert.equal(tim.getLoginUser(), userID);
  const again = await tim.login({ userID, userSig: 'sig' });
  assert.deepEqual(again, { code: 0, data: { repeatLogin: true } });

  const notReady = nextEvent(tim, EVENT.SDK_NOT_READY);
  assert.deepEqual(await tim.logout(), { code: 0, data: {} });
  await notReady;
  assert.equal(tim.getLoginUser(), '');
  await assert.rejects(tim.getConversationList(), { code: 6014 });
  await assert.rejects(tim.logout(), { code: 6014 });
});

test('the total unread count follows messages, reads and the receive option', async () => {
  await freshUser(tim);
  const totals = [];
  const onTotal = (event) => totals.push(event.data);
  tim.on(EVENT.TOTAL_UNREAD_MESSAGE_COUNT_UPDATED, onTotal);
  try {
    await tim.ext.receiveMessages([c2c('u1', 'a'), c2c('u1', 'b'), group('ug', 'x', 'c')]);
    assert.equal(await tim.getTotalUnreadMessageCount(), 3);
    await tim.setMessageRead({ conversationID: 'C2Cu1' });
    assert.equal((await tim.getConversationProfile('C2Cu1')).data.conversation.unreadCount, 0);
    assert.equal(await tim.getTotalUnreadMessageCount(), 1);
    // Muting the group takes its unread out of the total.
    await tim.ext.receiveMessages([group('ug', 'x', 'd')]);
    await tim.ext.updateGroupInfos([{ group_base_info_group_id: 'ug', group_base_info_msg_flag: 2 }]);
    assert.equal(await tim.getTotalUnreadMessageCount(), 0);
    assert.equal((await tim.getConversationProfile('GROUPug')).data.conversation.unreadCount, 2);
    // Each change of the total was reported, in order, ending at the current value.
    assert.deepEqual(totals.slice(-4), [3, 1, 2, 0]);
  } finally {
    tim.off(EVENT.TOTAL_UNREAD_MESSAGE_COUNT_UPDATED, onTotal);
  }
});

test('setAllMessageRead clears C2C, group or all conversations', async () => {
  await freshUser(tim);
  await tim.ext.receiveMessages([c2c('r1', 'a'), c2c('r2', 'b'), group('rg', 'x', 'c')]);
  await tim.setAllMessageRead({ scope: TYPES.READ_ALL_C2C_MSG });
  assert.equal(await tim.getTotalUnreadMessageCount(), 1);
  await tim.ext.receiveMessages([c2c('r1', 'd')]);
  await tim.setAllMessageRead({ scope: TYPES.READ_ALL_GROUP_MSG });
  assert.equal(await tim.getTotalUnreadMessageCount(), 1);
  await tim.setAllMessageRead();
  assert.equal(await tim.getTotalUnreadMessageCount(), 0);
  await assert.rejects(tim.setAllMessageRead({ scope: 'everything' }), { code: 6017 });
  await assert.rejects(tim.setMessageRead({ conversationID: 'C2Cnobody' }), { code: 6004 });
});

test('read state from another device (server feed) clears unread', async () => {
  await freshUser(tim);
  await tim.ext.receiveMessages([group('sg', 'x', 'a'), group('sg', 'x', 'b'), group('sg', 'x', 'c')]);
  await tim.ext.syncReadState({ conversationID: 'GROUPsg', readSequence: 2 });
  assert.equal((await tim.getConversationProfile('GROUPsg')).data.conversation.unreadCount, 1);
  await tim.ext.syncReadState({});
  assert.equal(await tim.getTotalUnreadMessageCount(), 0);
});

test('CONVERSATION_LIST_UPDATED delivers the whole list after each change', async () => {
  await freshUser(tim);
  let updated = nextEvent(tim, EVENT.CONVERSATION_LIST_UPDATED,
    (list) => idsOf(list).includes('C2Cl1'));
  await tim.ext.receiveMessages([c2c('l1', 'a')]);
  let list = await updated;
  assert.deepEqual(idsOf(list), ['C2Cl1']);
  assert.equal(list[0].unreadCount, 1);

  updated = nextEvent(tim, EVENT.CONVERSATION_LIST_UPDATED, (l) => l.length === 2);
  await tim.ext.receiveMessages([group('lg', 'x', 'b')]);
  list = await updated;
  assert.deepEqual(idsOf(list), ['GROUPlg', 'C2Cl1']);

  updated = nextEvent(tim, EVENT.CONVERSATION_LIST_UPDATED, (l) => l[0].unreadCount === 0);
  await tim.setMessageRead({ conversationID: 'GROUPlg' });
  list = await updated;
  assert.equal(list[0].conversationID, 'GROUPlg');

  updated = nextEvent(tim, EVENT.CONVERSATION_LIST_UPDATED, (l) => l.length === 1);
  await tim.deleteConversation('C2Cl1');
  assert.deepEqual(idsOf(await updated), ['GROUPlg']);
});

test('a burst of changes ends with a list event showing all of them', async () => {
  await freshUser(tim);
  const last = nextEvent(tim, EVENT.CONVERSATION_LIST_UPDATED, (l) => l.length === 50);
  await Promise.all(Array.from({ length: 50 }, (_, i) => tim.ext.receiveMessages([c2c(`b${i}`, 'x')])));
  assert.equal((await last).length, 50);
});

test('MESSAGE_RECEIVED carries Web SDK messages', async () => {
  const me = await freshUser(tim);
  const received = nextEvent(tim, EVENT.MESSAGE_RECEIVED);
  await tim.ext.receiveMessages([
    c2c('sam', 'hi there', { message_sender_profile: { user_profile_nick_name: 'Sammy' } }),
    group('club', 'tom', 'yo', { message_priority: 0 }),
  ]);
  const [one, two] = await received;
  assert.equal(one.conversationID, 'C2Csam');
  assert.equal(one.conversationType, TYPES.CONV_C2C);
  assert.equal(one.from, 'sam');
  assert.equal(one.to, me);
  assert.equal(one.flow, 'in');
  assert.equal(one.type, TYPES.MSG_TEXT);
  assert.deepEqual(one.payload, { text: 'hi there' });
  assert.equal(one.nick, 'Sammy');
  assert.ok(one.ID.length > 0);
  assert.ok(one.time > 0);
  assert.equal(two.conversationID, 'GROUPclub');
  assert.equal(two.to, 'club');
  assert.equal(two.priority, TYPES.MSG_PRIORITY_HIGH);
});

test('revokes, receipts and edits from the feed reach their events', async () => {
  await freshUser(tim);
  const stored = (await tim.ext.receiveMessages([group('ev', 'x', 'original')])).data.messageList[0];
  const locator = { message_conv_id: 'ev', message_conv_type: 2, message_msg_id: stored.ID };

  const modified = nextEvent(tim, EVENT.MESSAGE_MODIFIED);
  await tim.ext.updateMessages([{ ...locator, message_elem_array: [{ elem_type: 0, text_elem_content: 'edited' }] }]);
  const [edit] = await modified;
  assert.equal(edit.ID, stored.ID);
  assert.deepEqual(edit.payload, { text: 'edited' });
  assert.equal((await tim.getConversationProfile('GROUPev')).data.conversation.lastMessage.messageForShow, 'edited');

  const revoked = nextEvent(tim, EVENT.MESSAGE_REVOKED);
  await tim.ext.revokeMessages([locator]);
  const [gone] = await revoked;
  assert.equal(gone.conversationID, 'GROUPev');
  assert.equal(gone.isRevoked, true);
  assert.equal(gone.sequence, stored.sequence);
  assert.equal((await tim.getConversationProfile('GROUPev')).data.conversation.lastMessage.isRevoked, true);

  const read = nextEvent(tim, EVENT.MESSAGE_READ_BY_PEER);
  await tim.ext.receiveReadReceipts([{ msg_receipt_conv_id: 'pal', msg_receipt_conv_type: 1, msg_receipt_time_stamp: 123 }]);
  assert.deepEqual(await read, [{ conversationID: 'C2Cpal', peerReadTime: 123 }]);
});
