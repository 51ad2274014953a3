'use strict';
// Conversation groups (and their events), deleting conversations, and sending messages.

const test = require('node:test');
const assert = require('node:assert/strict');

const { TIM, start, freshUser, c2c, group, nextEvent, idsOf, listIDs } = require('./helpers');

const { EVENT, TYPES } = TIM;
const tim = start();
test.after(() => tim.destroy());

test('conversation groups: create, list, add, remove, rename, delete', async () => {
  await freshUser(tim);
  await tim.ext.receiveMessages([c2c('g1', 'a'), c2c('g2', 'b'), group('gg', 'x', 'c')]);

  const created = await tim.createConversationGroup({
    groupName: 'work', conversationIDList: ['C2Cg1', 'GROUPgg'],
  });
  assert.deepEqual(created.data, {
    successConversationIDList: ['C2Cg1', 'GROUPgg'], failureConversationIDList: [],
  });
  assert.deepEqual((await tim.getConversationGroupList()).data, ['work']);
  assert.deepEqual((await listIDs(tim, { groupName: 'work' })).sort(), ['C2Cg1', 'GROUPgg']);
  assert.deepEqual(await listIDs(tim, { groupName: '' }), ['C2Cg2']);
  assert.deepEqual((await tim.getConversationProfile('C2Cg1')).data.conversation.conversationGroupList, ['work']);

  const added = await tim.addConversationsToGroup({ groupName: 'work', conversationIDList: ['C2Cg2', 'C2Cnone'] });
  assert.deepEqual(added.data.successConversationIDList, ['C2Cg2']);
  assert.equal(added.data.failureConversationIDList[0].conversationID, 'C2Cnone');

  const removed = await tim.deleteConversationsFromGroup({ groupName: 'work', conversationIDList: ['C2Cg1'] });
  assert.deepEqual(removed.data.successConversationIDList, ['C2Cg1']);
  assert.deepEqual((await listIDs(tim, { groupName: 'work' })).sort(), ['C2Cg2', 'GROUPgg']);

  await tim.renameConversationGroup({ oldName: 'work', newName: 'job' });
  assert.deepEqual((await tim.getConversationGroupList()).data, ['job']);
  assert.deepEqual(await listIDs(tim, { groupName: 'work' }), []);
  await tim.deleteConversationGroup('job');
  assert.deepEqual((await tim.getConversationGroupList()).data, []);
  await assert.rejects(tim.deleteConversationGroup('job'), { code: 51009 });
  await assert.rejects(tim.createConversationGroup({ groupName: 'x', conversationIDList: [] }), { code: 6017 });
});

test('conversation group events report the group list and the members', async () => {
  await freshUser(tim);
  await tim.ext.receiveMessages([c2c('e1', 'a'), c2c('e2', 'b')]);
  const groups = nextEvent(tim, EVENT.CONVERSATION_GROUP_LIST_UPDATED, (names) => names.includes('fav'));
  let members = nextEvent(tim, EVENT.CONVERSATION_IN_GROUP_UPDATED, (d) => d.groupName === 'fav');
  await tim.createConversationGroup({ groupName: 'fav', conversationIDList: ['C2Ce1'] });
  assert.deepEqual(await groups, ['fav']);
  assert.deepEqual(idsOf((await members).conversationList), ['C2Ce1']);

  members = nextEvent(tim, EVENT.CONVERSATION_IN_GROUP_UPDATED, (d) => d.conversationList.length === 2);
  await tim.addConversationsToGroup({ groupName: 'fav', conversationIDList: ['C2Ce2'] });
  assert.deepEqual(idsOf((await members).conversationList).sort(), ['C2Ce1', 'C2Ce2']);

  const renamed = nextEvent(tim, EVENT.CONVERSATION_GROUP_LIST_UPDATED, (names) => names.includes('best'));
  await tim.renameConversationGroup({ oldName: 'fav', newName: 'best' });
  assert.deepEqual(await renamed, ['best']);
  const deleted = nextEvent(tim, EVENT.CONVERSATION_GROUP_LIST_UPDATED, (names) => names.length === 0);
  await tim.deleteConversationGroup('best');
  assert.deepEqual(await deleted, []);
});

test('deleteConversation: one ID, or a list with or without the history', async () => {
  await freshUser(tim);
  await tim.ext.receiveMessages([c2c('d1', 'a'), c2c('d2', 'b'), c2c('d3', 'c'), group('dg', 'x', 'd')]);
  assert.deepEqual(await tim.deleteConversation('C2Cd1'), { code: 0, data: { conversationID: 'C2Cd1' } });
  assert.deepEqual((await listIDs(tim)).sort(), ['C2Cd2', 'C2Cd3', 'GROUPdg']);
  await assert.rejects(tim.deleteConversation('C2Cd1'), { code: 6004 });

  const both = await tim.deleteConversation({ conversationIDList: ['C2Cd2', 'GROUPdg', 'C2Cghost'] });
  assert.deepEqual(both.data, { conversationIDList: ['C2Cd2', 'GROUPdg'] });
  assert.deepEqual(await listIDs(tim), ['C2Cd3']);

  // Kept history: a conversation that comes back continues its sequence.
  await tim.deleteConversation({ conversationIDList: ['C2Cd3'], clearHistoryMessage: false });
  assert.deepEqual(await listIDs(tim), []);
  await tim.ext.receiveMessages([c2c('d3', 'again')]);
  const back = (await tim.getConversationProfile('C2Cd3')).data.conversation;
  assert.equal(back.lastMessage.lastSequence, 2);
  await assert.rejects(tim.deleteConversation({ conversationIDList: [] }), { code: 6017 });
});

test('sendMessage: a text message becomes the last message, sent and numbered', async () => {
  const me = await freshUser(tim);
  const message = tim.createTextMessage({
    to: 'friend', conversationType: TYPES.CONV_C2C, payload: { text: 'hello friend' },
    cloudCustomData: 'cc',
  });
  assert.equal(message.status, 'unSend');
  assert.equal(message.conversationID, 'C2Cfriend');
  const response = await tim.sendMessage(message);
  assert.equal(response.code, 0);
  const sent = response.data.message;
  assert.equal(sent, message, 'the message is updated in place');
  assert.equal(sent.status, 'success');
  assert.equal(sent.flow, 'out');
  assert.equal(sent.from, me);
  assert.equal(sent.to, 'friend');
  assert.ok(sent.ID.length > 0);
  assert.equal(sent.sequence, 1);
  assert.equal(sent.cloudCustomData, 'cc');

  const conversation = (await tim.getConversationProfile('C2Cfriend')).data.conversation;
  assert.equal(conversation.lastMessage.messageForShow, 'hello friend');
  assert.equal(conversation.lastMessage.fromAccount, me);
  assert.equal(conversation.unreadCount, 0);

  const custom = tim.createCustomMessage({
    to: 'crew', conversationType: TYPES.CONV_GROUP,
    payload: { data: '{"k":1}', description: 'desc', extension: 'ext' },
    priority: TYPES.MSG_PRIORITY_LOW,
  });
  const sentCustom = (await tim.sendMessage(custom)).data.message;
  assert.deepEqual(sentCustom.payload, { data: '{"k":1}', description: 'desc', extension: 'ext' });
  assert.equal(sentCustom.priority, TYPES.MSG_PRIORITY_LOW);
  const crew = (await tim.getConversationProfile('GROUPcrew')).data.conversation;
  assert.equal(crew.lastMessage.messageForShow, '[Custom Message]');
  assert.deepEqual(await listIDs(tim), ['GROUPcrew', 'C2Cfriend']);
});

test('createTextMessage checks its options; a failed send rejects and marks the message', async () => {
  await freshUser(tim);
  assert.throws(() => tim.createTextMessage({ to: '', conversationType: TYPES.CONV_C2C, payload: { text: 'x' } }),
    { code: 6017 });
  assert.throws(() => tim.createTextMessage({ to: 'a', conversationType: 'C2X', payload: { text: 'x' } }),
    { code: 6017 });
  assert.throws(() => tim.createTextMessage({ to: 'a', conversationType: TYPES.CONV_C2C, payload: {} }),
    { code: 6017 });
  const tooBig = tim.createTextMessage({
    to: 'big', conversationType: TYPES.CONV_C2C, payload: { text: 'x'.repeat(13 * 1024) },
  });
  await assert.rejects(tim.sendMessage(tooBig), { code: 8001 });
  assert.equal(tooBig.status, 'fail');
});
