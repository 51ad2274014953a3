package com.tencent.imsdk.v2;

/**
 * Completion of an operation without a result: exactly one of the two methods is called, once.
 * It runs on the SDK's callback thread (see {@link V2TIMManager}), or, when the call is refused
 * for a bad argument or state, at once on the calling thread.
 */
public interface V2TIMCallback {
    void onSuccess();

    void onError(int code, String desc);
}
