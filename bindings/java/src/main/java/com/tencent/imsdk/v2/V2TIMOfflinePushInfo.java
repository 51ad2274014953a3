package com.tencent.imsdk.v2;

/** Offline push settings of a message. Accepted and not used: this SDK has no push service. */
public class V2TIMOfflinePushInfo {
    private String title = "";
    private String desc = "";

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTitle() {
        return title;
    }

    public void setDesc(String desc) {
        this.desc = desc;
    }

    public String getDesc() {
        return desc;
    }
}
