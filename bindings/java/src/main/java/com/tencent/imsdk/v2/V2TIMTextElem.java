package com.tencent.imsdk.v2;

/** Text content. */
public class V2TIMTextElem extends V2TIMElem {
    private String text;

    V2TIMTextElem(String text) {
        this.text = text;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
