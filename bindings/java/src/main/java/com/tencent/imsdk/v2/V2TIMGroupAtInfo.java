package com.tencent.imsdk.v2;

import java.util.Map;

/** An @ of the user in a group conversation. */
public class V2TIMGroupAtInfo {
    public static final int TIM_AT_UNKNOWN = 0;
    public static final int TIM_AT_ME = 1;
    public static final int TIM_AT_ALL = 2;
    public static final int TIM_AT_ALL_AT_ME = 3;

    private final long seq;
    private final int atType;

    V2TIMGroupAtInfo(Map<String, Object> o) {
        seq = Json.number(o, "conv_group_at_info_seq");
        atType = (int) Json.number(o, "conv_group_at_info_at_type");
    }

    /** The sequence of the message carrying the @. */
    public long getSeq() {
        return seq;
    }

    /** {@link #TIM_AT_ME}, {@link #TIM_AT_ALL} or {@link #TIM_AT_ALL_AT_ME}. */
    public int getAtType() {
        return atType;
    }
}
