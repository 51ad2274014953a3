package com.tencent.imsdk.v2;

/**
 * Connection and account events. This SDK has no server connection, so none of them is ever
 * called; the class exists so apps that register one keep compiling.
 */
public abstract class V2TIMSDKListener {
    public void onConnecting() {}

    public void onConnectSuccess() {}

    public void onConnectFailed(int code, String error) {}

    public void onKickedOffline() {}

    public void onUserSigExpired() {}

    public void onSelfInfoUpdated(Object info) {}
}
