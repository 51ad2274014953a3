'use strict';
// timconv for Node.js: the Web SDK's conversation API over libImSDK.so.
module.exports = require('./lib/tim');
