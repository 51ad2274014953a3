package com.tencent.imsdk.v2;

/**
 * Completion of an operation with a result: exactly one of the two methods is called, once, on
 * the same threads as {@link V2TIMCallback}.
 */
public interface V2TIMValueCallback<T> {
    void onSuccess(T t);

    void onError(int code, String desc);
}
