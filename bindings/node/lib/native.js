'use strict';
// Loads the addon and turns its deliveries into settled promises and listener calls. The addon
// queues every completion and listener call from the library's worker thread; they arrive here,
// on the JS thread, in the order the library produced them.

const path = require('path');

const addon = require(process.env.TIMCONV_NODE_ADDON ||
  path.join(__dirname, '..', 'build', 'timconv.node'));

const { TIMError } = require('./error');

const DONE = 0;

// TIMResult return codes (the call was refused, no callback will come) as the SDK's error codes.
const REFUSED = new Map([
  [-1, 6013], // TIM_ERR_SDKUNINIT -> ERR_SDK_NOT_INITIALIZED
  [-2, 6014], // TIM_ERR_NOTLOGIN -> ERR_SDK_NOT_LOGGED_IN
  [-3, 6027], // TIM_ERR_JSON -> ERR_INVALID_JSON
  [-4, 6017], // TIM_ERR_PARAM -> ERR_INVALID_PARAMETERS
  [-5, 6017], // TIM_ERR_CONV
  [-6, 6017], // TIM_ERR_GROUP
]);

function refused(name, result) {
  return new TIMError(REFUSED.get(result) || 6017, `${name} refused the call (TIMResult ${result})`);
}

// An argument the addon refused (a TypeError) as an invalid-parameter error.
function asTIMError(error) {
  return error instanceof TIMError ? error : new TIMError(6017, error.message);
}

const pending = new Map(); // call ID -> (code, desc, json) => void
let nextId = 1;
let onListener = null;

addon.listen((kind, id, code, a, b) => {
  if (kind === DONE) {
    const settle = pending.get(id);
    if (settle !== undefined) {
      pending.delete(id);
      settle(code, a || '', b || '');
    }
  } else if (onListener !== null) {
    onListener(kind, code, a, b);
  }
});

/**
 * Calls the asynchronous C function `name` with `args` after the call ID. Resolves with the
 * callback's JSON text when its code is 0; rejects with a TIMError otherwise, or at once when
 * the call is refused.
 */
function call(name, ...args) {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, (code, desc, json) => {
      if (code === 0) resolve(json);
      else reject(new TIMError(code, desc));
    });
    let result;
    try {
      result = addon[name](id, ...args);
    } catch (error) {
      pending.delete(id);
      reject(asTIMError(error));
      return;
    }
    if (typeof result === 'object') result = result.code;
    if (result !== 0) {
      pending.delete(id);
      reject(refused(name, result));
    }
  });
}

/** Sends a message; returns its ID (known at once) and the promise of the sent Message JSON. */
function send(convId, convType, messageJSON) {
  let messageID = '';
  const promise = new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, (code, desc, json) => {
      if (code === 0) resolve(json);
      else reject(new TIMError(code, desc));
    });
    let result;
    try {
      result = addon.TIMMsgSendMessage(id, convId, convType, messageJSON);
    } catch (error) {
      pending.delete(id);
      reject(asTIMError(error));
      return;
    }
    if (result.code !== 0) {
      pending.delete(id);
      reject(refused('TIMMsgSendMessage', result.code));
      return;
    }
    messageID = result.messageID;
  });
  return { messageID, promise };
}

/** Calls a synchronous C function; throws a TIMError when it refuses. */
function callSync(name, ...args) {
  let result;
  try {
    result = addon[name](...args);
  } catch (error) {
    throw asTIMError(error);
  }
  if (result !== 0) throw refused(name, result);
}

/** Receives every listener delivery: (kind, code, a, b). */
function setListener(listener) {
  onListener = listener;
}

module.exports = { addon, call, callSync, send, setListener, TIMError };
