package com.tencent.imsdk.v2;

/** Log output. This SDK writes no log, so it is never called. */
public abstract class V2TIMLogListener {
    public void onLog(int logLevel, String logContent) {}
}
