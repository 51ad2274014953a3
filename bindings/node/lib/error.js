'use strict';

/** An error with the SDK's `{ code, message }` shape; promises reject with it. */
class TIMError extends Error {
  constructor(code, message) {
    super(message || `error ${code}`);
    this.name = 'TIMError';
    this.code = code;
  }
}

module.exports = { TIMError };
