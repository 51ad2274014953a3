package com.tencent.imsdk.v2;

/** Completion of a send. {@link #onProgress} is for media uploads, which this SDK has none of. */
public interface V2TIMSendCallback<T> extends V2TIMValueCallback<T> {
    void onProgress(int progress);
}
