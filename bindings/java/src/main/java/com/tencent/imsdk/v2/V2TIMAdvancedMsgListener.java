package com.tencent.imsdk.v2;

/** Message events; they run on the SDK's callback thread (see {@link V2TIMManager}). */
public abstract class V2TIMAdvancedMsgListener {
    /** A message for the user arrived (one call per message, in order). */
    public void onRecvNewMessage(V2TIMMessage msg) {}

    /** A stored message was changed by the server. */
    public void onRecvMessageModified(V2TIMMessage msg) {}
}
