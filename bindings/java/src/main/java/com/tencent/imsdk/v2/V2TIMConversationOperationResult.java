package com.tencent.imsdk.v2;

import java.util.Map;

/** The outcome of an operation on one conversation of a list. */
public class V2TIMConversationOperationResult {
    private final String conversationID;
    private final int resultCode;
    private final String resultInfo;

    V2TIMConversationOperationResult(Map<String, Object> r) {
        conversationID = Json.string(r, "conversation_operation_result_conversation_id");
        resultCode = (int) Json.number(r, "conversation_operation_result_result_code");
        resultInfo = Json.string(r, "conversation_operation_result_result_info");
    }

    public String getConversationID() {
        return conversationID;
    }

    /** 0 on success, else an error code (6004: no such conversation). */
    public int getResultCode() {
        return resultCode;
    }

    public String getResultInfo() {
        return resultInfo;
    }
}
