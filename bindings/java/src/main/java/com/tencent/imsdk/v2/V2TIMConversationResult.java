package com.tencent.imsdk.v2;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/** One page of the conversation list. */
public class V2TIMConversationResult {
    private final long nextSeq;
    private final boolean finished;
    private final List<V2TIMConversation> conversationList;

    V2TIMConversationResult(Map<String, Object> r) {
        nextSeq = Json.number(r, "conversation_list_result_next_seq");
        finished = Json.bool(r, "conversation_list_result_is_finished");
        conversationList = Collections.unmodifiableList(
                Results.conversations(Json.array(r.get("conversation_list_result_conv_list"))));
    }

    /** The cursor of the next page. */
    public long getNextSeq() {
        return nextSeq;
    }

    /** True on the last page. */
    public boolean isFinished() {
        return finished;
    }

    public List<V2TIMConversation> getConversationList() {
        return conversationList;
    }
}
