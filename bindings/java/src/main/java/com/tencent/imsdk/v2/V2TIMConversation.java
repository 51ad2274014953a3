package com.tencent.imsdk.v2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** A conversation as the library reported it (a snapshot; it does not change afterwards). */
public class V2TIMConversation {
    public static final int CONVERSATION_TYPE_INVALID = 0;
    public static final int V2TIM_C2C = 1;
    public static final int V2TIM_GROUP = 2;

    public static final long V2TIM_CONVERSATION_MARK_TYPE_STAR = 0x1L;
    public static final long V2TIM_CONVERSATION_MARK_TYPE_UNREAD = 0x1L << 1;
    public static final long V2TIM_CONVERSATION_MARK_TYPE_FOLD = 0x1L << 2;
    public static final long V2TIM_CONVERSATION_MARK_TYPE_HIDE = 0x1L << 3;

    // TIMGroupType -> the V2 group type names (3, the legacy BChatRoom, has none).
    private static final String[] GROUP_TYPES = {
        V2TIMManager.GROUP_TYPE_PUBLIC, V2TIMManager.GROUP_TYPE_WORK, V2TIMManager.GROUP_TYPE_MEETING,
        "", V2TIMManager.GROUP_TYPE_AVCHATROOM, V2TIMManager.GROUP_TYPE_COMMUNITY,
    };

    private final int type;
    private final String id;
    private final String groupType;
    private final String showName;
    private final String faceUrl;
    private final int recvOpt;
    private final int unreadCount;
    private final V2TIMMessage lastMessage;
    private final String draftText;
    private final long draftTimestamp;
    private final List<V2TIMGroupAtInfo> groupAtInfoList = new ArrayList<>();
    private final boolean pinned;
    private final long orderKey;
    private final List<Long> markList = new ArrayList<>();
    private final String customData;
    private final List<String> conversationGroupList = new ArrayList<>();
    private final long c2cReadTimestamp;
    private final long groupReadSequence;

    V2TIMConversation(Map<String, Object> c) {
        type = (int) Json.number(c, "conv_type");
        id = Json.string(c, "conv_id");
        int group = (int) Json.number(c, "conv_group_type");
        groupType = type == V2TIM_GROUP && group >= 0 && group < GROUP_TYPES.length ? GROUP_TYPES[group] : null;
        showName = Json.string(c, "conv_show_name");
        faceUrl = Json.string(c, "conv_face_url");
        recvOpt = (int) Json.number(c, "conv_recv_opt");
        unreadCount = (int) Json.number(c, "conv_unread_num");
        lastMessage = Json.bool(c, "conv_is_has_lastmsg")
                ? new V2TIMMessage(Json.object(c.get("conv_last_msg"))) : null;
        Map<String, Object> draft = Json.bool(c, "conv_is_has_draft")
                ? Json.object(c.get("conv_draft")) : null;
        draftText = draft == null ? null : draftText(draft);
        draftTimestamp = draft == null ? 0 : Json.number(draft, "draft_edit_time");
        for (Object at : Json.array(c.get("conv_group_at_info_array"))) {
            groupAtInfoList.add(new V2TIMGroupAtInfo(Json.object(at)));
        }
        pinned = Json.bool(c, "conv_is_pinned");
        orderKey = Json.number(c, "conv_active_time");
        for (Object mark : Json.array(c.get("conv_mark_array"))) {
            if (mark instanceof Number) markList.add(((Number) mark).longValue());
        }
        customData = Json.string(c, "conv_custom_data");
        for (Object name : Json.array(c.get("conv_conversation_group_array"))) {
            if (name instanceof String) conversationGroupList.add((String) name);
        }
        c2cReadTimestamp = Json.number(c, "conv_c2c_read_timestamp");
        groupReadSequence = Json.number(c, "conv_group_read_sequence");
    }

    private static String draftText(Map<String, Object> draft) {
        for (Object elem : Json.array(Json.object(draft.get("draft_msg")).get("message_elem_array"))) {
            Map<String, Object> e = Json.object(elem);
            if (Json.number(e, "elem_type") == 0) return Json.string(e, "text_elem_content");
        }
        return "";
    }

    /** {@code c2c_<userID>} or {@code group_<groupID>}. */
    public String getConversationID() {
        return ConversationKey.conversationID(id, type);
    }

    /** {@link #V2TIM_C2C} or {@link #V2TIM_GROUP}. */
    public int getType() {
        return type;
    }

    /** The peer of a one-to-one conversation, else null. */
    public String getUserID() {
        return type == V2TIM_C2C ? id : null;
    }

    /** The group of a group conversation, else null. */
    public String getGroupID() {
        return type == V2TIM_GROUP ? id : null;
    }

    /** Group: group name, else group ID. One-to-one: friend remark, else nickname, else user ID. */
    public String getShowName() {
        return showName;
    }

    public String getFaceUrl() {
        return faceUrl;
    }

    /** The receive option ({@code V2TIMMessage.V2TIM_RECEIVE_MESSAGE} …). */
    public int getRecvOpt() {
        return recvOpt;
    }

    /** The group type ({@code V2TIMManager.GROUP_TYPE_*}) of a group conversation, else null. */
    public String getGroupType() {
        return groupType;
    }

    public int getUnreadCount() {
        return unreadCount;
    }

    /** The last message, or null when the conversation has none. */
    public V2TIMMessage getLastMessage() {
        return lastMessage;
    }

    /** The draft's text, or null without a draft. */
    public String getDraftText() {
        return draftText;
    }

    /** When the draft was set (seconds), 0 without a draft. */
    public long getDraftTimestamp() {
        return draftTimestamp;
    }

    public List<V2TIMGroupAtInfo> getGroupAtInfoList() {
        return Collections.unmodifiableList(groupAtInfoList);
    }

    public boolean isPinned() {
        return pinned;
    }

    /** The sort key: larger first, at most 2^53 - 1 (pinned conversations carry bit 52). */
    public long getOrderKey() {
        return orderKey;
    }

    /** One value per mark bit set. */
    public List<Long> getMarkList() {
        return Collections.unmodifiableList(markList);
    }

    public String getCustomData() {
        return customData;
    }

    public List<String> getConversationGroupList() {
        return Collections.unmodifiableList(conversationGroupList);
    }

    public long getC2CReadTimestamp() {
        return c2cReadTimestamp;
    }

    public long getGroupReadSequence() {
        return groupReadSequence;
    }

    @Override
    public String toString() {
        return "V2TIMConversation{" + getConversationID() + ", unread=" + unreadCount + ", pinned=" + pinned + "}";
    }
}
