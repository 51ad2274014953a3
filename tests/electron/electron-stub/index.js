'use strict';
// The few parts of Electron's main-process API the SDK's main module touches: `app` (where the
// native library is looked up) and `ipcMain` (the handlers a renderer would call).
const handlers = new Map();

const app = {
  // Packaged: the SDK loads `${process.resourcesPath}/linux/lib/libImSDK.so`.
  isPackaged: true,
};

const ipcMain = {
  handle(channel, fn) { handlers.set(channel, fn); },
  removeHandler(channel) { handlers.delete(channel); },
  // Not Electron's: lets a test call a handler as a renderer's ipcRenderer.invoke would.
  invoke(channel, event, ...args) {
    const fn = handlers.get(channel);
    if (!fn) throw new Error(`no handler for ${channel}`);
    return fn(event, ...args);
  },
};

module.exports = { app, ipcMain };
