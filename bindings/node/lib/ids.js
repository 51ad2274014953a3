'use strict';
// Conversation IDs: the Web SDK's `C2C<userID>` / `GROUP<groupID>` / `@TIM#SYSTEM` against the
// C API's bare ID + type (most calls) and `c2c_<ID>` / `group_<ID>` (list calls).

const { TIMError } = require('./error');

const C2C = 1;
const GROUP = 2;
const SYSTEM_ID = '@TIM#SYSTEM';

/**
 * Parses a Web conversation ID: `{ id, type, prefixed }`, or `null` for the system
 * conversation (which the library does not keep). Throws a TIMError (6017) when malformed.
 */
function parse(conversationID) {
  if (typeof conversationID !== 'string') {
    throw new TIMError(6017, 'conversationID must be a string');
  }
  if (conversationID === SYSTEM_ID) return null;
  if (conversationID.startsWith('C2C') && conversationID.length > 3) {
    const id = conversationID.slice(3);
    return { id, type: C2C, prefixed: `c2c_${id}` };
  }
  if (conversationID.startsWith('GROUP') && conversationID.length > 5) {
    const id = conversationID.slice(5);
    return { id, type: GROUP, prefixed: `group_${id}` };
  }
  throw new TIMError(6017, `invalid conversationID: ${JSON.stringify(conversationID)}`);
}

/** Like parse, but the system conversation is an error too (operations cannot apply to it). */
function parseOperable(conversationID) {
  const parsed = parse(conversationID);
  if (parsed === null) {
    throw new TIMError(6017, `${SYSTEM_ID} does not support this operation`);
  }
  return parsed;
}

/** The Web ID of a bare ID + C conversation type. */
function fromBare(id, type) {
  if (type === C2C) return `C2C${id}`;
  if (type === GROUP) return `GROUP${id}`;
  return SYSTEM_ID;
}

/** The Web ID of a `c2c_…` / `group_…` ID (as in operation results). */
function fromPrefixed(prefixed) {
  if (prefixed.startsWith('c2c_')) return `C2C${prefixed.slice(4)}`;
  if (prefixed.startsWith('group_')) return `GROUP${prefixed.slice(6)}`;
  return prefixed;
}

/** A non-empty list of operable IDs as the JSON array of prefixed IDs the C API takes. */
function prefixedList(conversationIDList) {
  if (!Array.isArray(conversationIDList) || conversationIDList.length === 0) {
    throw new TIMError(6017, 'conversationIDList must be a non-empty array');
  }
  return JSON.stringify(conversationIDList.map((id) => parseOperable(id).prefixed));
}

module.exports = { C2C, GROUP, SYSTEM_ID, parse, parseOperable, fromBare, fromPrefixed, prefixedList };
