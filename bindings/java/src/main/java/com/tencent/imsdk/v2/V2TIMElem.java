package com.tencent.imsdk.v2;

/** Base of a message's content elements. */
public class V2TIMElem {
    V2TIMElem() {}
}
