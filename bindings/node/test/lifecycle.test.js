'use strict';
// Lifecycle and threading: the event loop, destroy(), restarts, calls before init or login,
// many calls in flight, calls from inside handlers. Some run in child processes.

const test = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('child_process');
const path = require('path');

const { TIM, SDK_APP_ID, tempDir, freshUser, c2c, nextEvent } = require('./helpers');

function child(script, ...args) {
  return execFileSync(process.execPath, [path.join(__dirname, 'fixtures', script), ...args], {
    encoding: 'utf8', timeout: 20000,
  });
}

test('pending calls keep the process alive; it exits by itself when they are done', () => {
  assert.equal(child('chain.js'), 'C2Cpeer 1 hello\n');
});

test('destroy() with hundreds of calls queued settles every one of them', () => {
  assert.equal(child('destroy_pending.js'), '300 300\n');
});

test('a restarted process sees the same list', () => {
  const dir = tempDir();
  const written = JSON.parse(child('persist.js', 'write', dir));
  const read = JSON.parse(child('persist.js', 'read', dir));
  assert.deepEqual(read, written);
  assert.deepEqual(read, [
    ['C2Ca', 1, true, '', [], 'first'],
    ['GROUPg', 1, false, 'draft', [], 'second'],
    ['C2Cc', 1, false, '', [1], 'third'],
  ]);
});

test('an exception in a handler is reported as uncaught; the SDK keeps working', () => {
  assert.equal(child('throwing_handler.js'), '2 2\n');
});

test('create() returns the running instance; another SDKAppID is refused', async () => {
  const tim = TIM.create({ SDKAppID: SDK_APP_ID, dataPath: tempDir() });
  try {
    assert.equal(TIM.create({ SDKAppID: SDK_APP_ID }), tim);
    assert.throws(() => TIM.create({ SDKAppID: SDK_APP_ID + 1 }), { code: 6017 });
  } finally {
    await tim.destroy();
  }
  assert.throws(() => TIM.create({ SDKAppID: 0 }), { code: 6017 });
  assert.throws(() => TIM.create({}), { code: 6017 });
});

test('calls before login reject with 6014, after destroy() with 6013', async () => {
  const tim = TIM.create({ SDKAppID: SDK_APP_ID, dataPath: tempDir() });
  await assert.rejects(tim.getConversationList(), { code: 6014 });
  await assert.rejects(tim.getTotalUnreadMessageCount(), { code: 6014 });
  await assert.rejects(tim.setConversationDraft({ conversationID: 'C2Cx', draftText: 'd' }), { code: 6014 });
  await tim.destroy();
  // The library answers these from a thread of its own; they still arrive here.
  await assert.rejects(tim.getConversationList(), { code: 6013 });
  await assert.rejects(tim.login({ userID: 'late', userSig: '' }), { code: 6013 });
  assert.equal(tim.getLoginUser(), '');
});

test('thousands of calls in flight each get their own answer', async () => {
  const tim = TIM.create({ SDKAppID: SDK_APP_ID, dataPath: tempDir() });
  try {
    await freshUser(tim);
    const peers = Array.from({ length: 300 }, (_, i) => `peer${i}`);
    await tim.ext.receiveMessages(peers.map((p) => c2c(p, `text of ${p}`)));
    const asks = [];
    for (let round = 0; round < 10; round++) {
      for (const p of peers) asks.push([p, tim.getConversationProfile(`C2C${p}`)]);
    }
    for (const [p, promise] of asks) {
      const { conversation } = (await promise).data;
      assert.equal(conversation.conversationID, `C2C${p}`);
      assert.equal(conversation.lastMessage.messageForShow, `text of ${p}`);
    }
  } finally {
    await tim.destroy();
  }
});

test('handlers may call the SDK; the calls are answered in order', async () => {
  const tim = TIM.create({ SDKAppID: SDK_APP_ID, dataPath: tempDir() });
  try {
    await freshUser(tim);
    const answered = new Promise((resolve, reject) => {
      tim.on(TIM.EVENT.MESSAGE_RECEIVED, (event) => {
        const [message] = event.data;
        tim.getConversationProfile(message.conversationID)
          .then((r) => resolve(r.data.conversation.unreadCount), reject);
      });
    });
    const received = nextEvent(tim, TIM.EVENT.MESSAGE_RECEIVED);
    await tim.ext.receiveMessages([c2c('inner', 'x')]);
    await received;
    assert.equal(await answered, 1);
  } finally {
    await tim.destroy();
  }
});
