package com.tencent.imsdk.v2;

import java.util.Map;

/**
 * Which conversations a filtered list or unread count covers. A condition applies only once its
 * setter was called; then {@code setConversationGroup("")} means "in no group" and
 * {@code setMarkType(0)} "with no mark". The conversation type 0 means any type.
 */
public class V2TIMConversationListFilter {
    private int conversationType;
    private String conversationGroup;
    private Long markType;
    private Boolean hasUnreadCount;
    private Boolean hasGroupAtInfo;
    private long nextSeq;
    private int count;

    public void setConversationType(int conversationType) {
        this.conversationType = conversationType;
    }

    public int getConversationType() {
        return conversationType;
    }

    public void setConversationGroup(String conversationGroup) {
        this.conversationGroup = conversationGroup;
    }

    public String getConversationGroup() {
        return conversationGroup;
    }

    /** The 6.5-era name of {@link #setConversationGroup}. */
    public void setGroupName(String groupName) {
        setConversationGroup(groupName);
    }

    public String getGroupName() {
        return conversationGroup;
    }

    public void setMarkType(long markType) {
        this.markType = markType;
    }

    public long getMarkType() {
        return markType == null ? 0 : markType;
    }

    public void setHasUnreadCount(boolean hasUnreadCount) {
        this.hasUnreadCount = hasUnreadCount;
    }

    public boolean getHasUnreadCount() {
        return Boolean.TRUE.equals(hasUnreadCount);
    }

    public void setHasGroupAtInfo(boolean hasGroupAtInfo) {
        this.hasGroupAtInfo = hasGroupAtInfo;
    }

    public boolean getHasGroupAtInfo() {
        return Boolean.TRUE.equals(hasGroupAtInfo);
    }

    /** The cursor of the 6.5-era {@code getConversationListByFilter(filter, callback)}. */
    public void setNextSeq(long nextSeq) {
        this.nextSeq = nextSeq;
    }

    public long getNextSeq() {
        return nextSeq;
    }

    /** The page size of the 6.5-era {@code getConversationListByFilter(filter, callback)}. */
    public void setCount(int count) {
        this.count = count;
    }

    public int getCount() {
        return count;
    }

    /** The C API's TIMConversationListFilter JSON. */
    String toJson() {
        StringBuilder out = new StringBuilder("{");
        if (conversationType != 0) {
            out.append("\"conversation_list_filter_conv_type\":").append(conversationType).append(',');
        }
        if (conversationGroup != null) {
            out.append("\"conversation_list_filter_conversation_group\":").append(Json.quote(conversationGroup)).append(',');
        }
        if (markType != null) {
            out.append("\"conversation_list_filter_mark_type\":").append(Long.toUnsignedString(markType)).append(',');
        }
        if (hasUnreadCount != null) {
            out.append("\"conversation_list_filter_has_unread_count\":").append(hasUnreadCount).append(',');
        }
        if (hasGroupAtInfo != null) {
            out.append("\"conversation_list_filter_has_group_at_info\":").append(hasGroupAtInfo).append(',');
        }
        if (out.length() > 1) out.setLength(out.length() - 1);
        return out.append('}').toString();
    }

    /** The filter a C filter JSON describes (as the unread-by-filter listener hands it back). */
    static V2TIMConversationListFilter fromJson(String json) {
        Map<String, Object> o = Json.object(Json.parse(json));
        V2TIMConversationListFilter f = new V2TIMConversationListFilter();
        f.conversationType = (int) Json.number(o, "conversation_list_filter_conv_type");
        if (o.containsKey("conversation_list_filter_conversation_group")) {
            f.conversationGroup = Json.string(o, "conversation_list_filter_conversation_group");
        }
        if (o.containsKey("conversation_list_filter_mark_type")) {
            f.markType = Json.number(o, "conversation_list_filter_mark_type");
        }
        if (o.containsKey("conversation_list_filter_has_unread_count")) {
            f.hasUnreadCount = Json.bool(o, "conversation_list_filter_has_unread_count");
        }
        if (o.containsKey("conversation_list_filter_has_group_at_info")) {
            f.hasGroupAtInfo = Json.bool(o, "conversation_list_filter_has_group_at_info");
        }
        return f;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof V2TIMConversationListFilter
                && toJson().equals(((V2TIMConversationListFilter) other).toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }
}
