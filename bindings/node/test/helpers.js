'use strict';
// Shared by the tests: one SDK instance per test process, a fresh user per test, and the
// server-feed message shapes.

const fs = require('fs');
const os = require('os');
const path = require('path');

const TIM = require('..');

const SDK_APP_ID = 1400000001;

const made = [];
process.on('exit', () => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh data directory, deleted when the process exits. */
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timconv-node-'));
  made.push(dir);
  return dir;
}

/** The process's instance over a fresh data directory. */
function start() {
  return TIM.create({ SDKAppID: SDK_APP_ID, dataPath: tempDir() });
}

let users = 0;

/**
 * Logs in a user of its own (the previous one is logged out by the library), and lets the
 * login's after-effects pass: SDK_READY follows the login's answer, and the queries it starts.
 */
async function freshUser(tim) {
  users += 1;
  const userID = `user${users}`;
  const ready = nextEvent(tim, TIM.EVENT.SDK_READY);
  await tim.login({ userID, userSig: 'sig' });
  await ready;
  await tim.getConversationGroupList();
  return userID;
}

function textElem(text) {
  return [{ elem_type: 0, text_elem_content: text }];
}

/** A one-to-one message from `from` to the user, as the server feed takes it. */
function c2c(from, text, extra = {}) {
  return {
    message_conv_id: from,
    message_conv_type: 1,
    message_sender: from,
    message_elem_array: textElem(text),
    ...extra,
  };
}

/** A message in group `groupID` from `from`. */
function group(groupID, from, text, extra = {}) {
  return {
    message_conv_id: groupID,
    message_conv_type: 2,
    message_sender: from,
    message_elem_array: textElem(text),
    ...extra,
  };
}

/**
 * The data of the next `name` event for which `accept(data)` is true; rejects after
 * `timeoutMs`. Start waiting before the action that causes the event.
 */
function nextEvent(tim, name, accept = () => true, timeoutMs = 5000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      tim.off(name, handler);
      reject(new Error(`no ${name} event within ${timeoutMs} ms`));
    }, timeoutMs);
    function handler(event) {
      if (!accept(event.data)) return;
      clearTimeout(timer);
      tim.off(name, handler);
      resolve(event.data);
    }
    tim.on(name, handler);
  });
}

function idsOf(list) {
  return list.map((c) => c.conversationID);
}

async function listIDs(tim, options) {
  return idsOf((await tim.getConversationList(options)).data.conversationList);
}

module.exports = { TIM, SDK_APP_ID, tempDir, start, freshUser, c2c, group, nextEvent, idsOf, listIDs };
