package com.tencent.imsdk.v2;

import java.util.List;

/** A conversation ID ({@code c2c_<userID>} / {@code group_<groupID>}) as the C API's bare ID and type. Internal. */
final class ConversationKey {
    static final int C2C = 1;
    static final int GROUP = 2;

    final String id;
    final int type;

    private ConversationKey(String id, int type) {
        this.id = id;
        this.type = type;
    }

    /** The key of a conversation ID, or null when it is not one. */
    static ConversationKey parse(String conversationID) {
        if (conversationID == null) return null;
        if (conversationID.startsWith("c2c_") && conversationID.length() > 4) {
            return new ConversationKey(conversationID.substring(4), C2C);
        }
        if (conversationID.startsWith("group_") && conversationID.length() > 6) {
            return new ConversationKey(conversationID.substring(6), GROUP);
        }
        return null;
    }

    static String conversationID(String id, int type) {
        return (type == GROUP ? "group_" : "c2c_") + id;
    }

    /** The JSON array of IDs for the C API's list calls; null when the list is null or empty. */
    static String idArray(List<String> conversationIDList) {
        if (conversationIDList == null || conversationIDList.isEmpty()) return null;
        return Json.strings(conversationIDList);
    }
}
