package com.tencent.imsdk.v2;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** A message: one made by {@link V2TIMMessageManager} to send, or one the library reported. */
public class V2TIMMessage {
    public static final int V2TIM_MSG_STATUS_SENDING = 1;
    public static final int V2TIM_MSG_STATUS_SEND_SUCC = 2;
    public static final int V2TIM_MSG_STATUS_SEND_FAIL = 3;
    public static final int V2TIM_MSG_STATUS_HAS_DELETED = 4;
    public static final int V2TIM_MSG_STATUS_LOCAL_IMPORTED = 5;
    public static final int V2TIM_MSG_STATUS_LOCAL_REVOKED = 6;

    public static final int V2TIM_ELEM_TYPE_NONE = 0;
    public static final int V2TIM_ELEM_TYPE_TEXT = 1;
    public static final int V2TIM_ELEM_TYPE_CUSTOM = 2;
    public static final int V2TIM_ELEM_TYPE_IMAGE = 3;
    public static final int V2TIM_ELEM_TYPE_SOUND = 4;
    public static final int V2TIM_ELEM_TYPE_VIDEO = 5;
    public static final int V2TIM_ELEM_TYPE_FILE = 6;
    public static final int V2TIM_ELEM_TYPE_LOCATION = 7;
    public static final int V2TIM_ELEM_TYPE_FACE = 8;
    public static final int V2TIM_ELEM_TYPE_GROUP_TIPS = 9;
    public static final int V2TIM_ELEM_TYPE_MERGER = 10;

    public static final int V2TIM_PRIORITY_DEFAULT = 0;
    public static final int V2TIM_PRIORITY_HIGH = 1;
    public static final int V2TIM_PRIORITY_NORMAL = 2;
    public static final int V2TIM_PRIORITY_LOW = 3;

    public static final int V2TIM_RECEIVE_MESSAGE = 0;
    public static final int V2TIM_NOT_RECEIVE_MESSAGE = 1;
    public static final int V2TIM_RECEIVE_NOT_NOTIFY_MESSAGE = 2;
    public static final int V2TIM_RECEIVE_NOT_NOTIFY_MESSAGE_EXCEPT_AT = 3;
    public static final int V2TIM_NOT_RECEIVE_MESSAGE_EXCEPT_AT = 4;

    // C elem type (index) -> V2 elem type.
    private static final int[] ELEM_TYPES = {
        V2TIM_ELEM_TYPE_TEXT, V2TIM_ELEM_TYPE_IMAGE, V2TIM_ELEM_TYPE_SOUND, V2TIM_ELEM_TYPE_CUSTOM,
        V2TIM_ELEM_TYPE_FILE, V2TIM_ELEM_TYPE_GROUP_TIPS, V2TIM_ELEM_TYPE_FACE, V2TIM_ELEM_TYPE_LOCATION,
        V2TIM_ELEM_TYPE_NONE, V2TIM_ELEM_TYPE_VIDEO, V2TIM_ELEM_TYPE_NONE, V2TIM_ELEM_TYPE_NONE,
        V2TIM_ELEM_TYPE_MERGER,
    };
    // C priority (High 0, Normal 1, Low 2, Lowest 3) -> V2 priority.
    private static final int[] PRIORITIES = {
        V2TIM_PRIORITY_HIGH, V2TIM_PRIORITY_NORMAL, V2TIM_PRIORITY_LOW, V2TIM_PRIORITY_LOW,
    };

    private String msgID = "";
    private long timestamp;
    private String sender = "";
    private String nickName = "";
    private String faceUrl = "";
    private String friendRemark = "";
    private String nameCard = "";
    private String groupID;
    private String userID;
    private long seq;
    private long random;
    private int status = V2TIM_MSG_STATUS_SENDING;
    private boolean self = true;
    private boolean read = true;
    private boolean peerRead;
    private int priority = V2TIM_PRIORITY_DEFAULT;
    private int elemType = V2TIM_ELEM_TYPE_NONE;
    private V2TIMTextElem textElem;
    private V2TIMCustomElem customElem;
    private String cloudCustomData = "";
    private boolean excludedFromUnreadCount;
    private boolean excludedFromLastMessage;
    private List<String> groupAtUserList = new ArrayList<>();

    /** A new message to send, holding `elem`. */
    V2TIMMessage(V2TIMElem elem) {
        if (elem instanceof V2TIMTextElem) {
            textElem = (V2TIMTextElem) elem;
            elemType = V2TIM_ELEM_TYPE_TEXT;
        } else if (elem instanceof V2TIMCustomElem) {
            customElem = (V2TIMCustomElem) elem;
            elemType = V2TIM_ELEM_TYPE_CUSTOM;
        }
    }

    /** A message from the C API's Message JSON. */
    V2TIMMessage(Map<String, Object> m) {
        apply(m);
    }

    /** Takes the values of a C Message (after a send: what the library assigned). */
    final void apply(Map<String, Object> m) {
        msgID = Json.string(m, "message_msg_id");
        timestamp = Json.number(m, "message_server_time");
        sender = Json.string(m, "message_sender");
        Map<String, Object> profile = Json.object(m.get("message_sender_profile"));
        nickName = Json.string(profile, "user_profile_nick_name");
        faceUrl = Json.string(profile, "user_profile_face_url");
        friendRemark = Json.string(profile, "user_profile_friend_remark");
        nameCard = Json.string(Json.object(m.get("message_sender_group_member_info")), "group_member_info_name_card");
        String conv = Json.string(m, "message_conv_id");
        boolean group = Json.number(m, "message_conv_type") == ConversationKey.GROUP;
        groupID = group ? conv : null;
        userID = group ? null : conv;
        seq = Json.number(m, "message_seq");
        random = Json.number(m, "message_rand");
        status = (int) Json.number(m, "message_status");
        self = Json.bool(m, "message_is_from_self");
        read = Json.bool(m, "message_is_read");
        peerRead = Json.bool(m, "message_is_peer_read");
        int p = (int) Json.number(m, "message_priority");
        priority = p >= 0 && p < PRIORITIES.length ? PRIORITIES[p] : V2TIM_PRIORITY_NORMAL;
        cloudCustomData = Json.string(m, "message_cloud_custom_str");
        excludedFromUnreadCount = Json.bool(m, "message_is_excluded_from_unread_count");
        excludedFromLastMessage = Json.bool(m, "message_excluded_from_last_message");
        groupAtUserList = new ArrayList<>();
        for (Object id : Json.array(m.get("message_group_at_user_array"))) {
            if (id instanceof String) groupAtUserList.add((String) id);
        }
        textElem = null;
        customElem = null;
        elemType = V2TIM_ELEM_TYPE_NONE;
        List<Object> elems = Json.array(m.get("message_elem_array"));
        if (!elems.isEmpty()) {
            Map<String, Object> e = Json.object(elems.get(0));
            int type = (int) Json.number(e, "elem_type");
            elemType = type >= 0 && type < ELEM_TYPES.length ? ELEM_TYPES[type] : V2TIM_ELEM_TYPE_NONE;
            if (elemType == V2TIM_ELEM_TYPE_TEXT) {
                textElem = new V2TIMTextElem(Json.string(e, "text_elem_content"));
            } else if (elemType == V2TIM_ELEM_TYPE_CUSTOM) {
                customElem = new V2TIMCustomElem(Json.string(e, "custom_elem_data"),
                        Json.string(e, "custom_elem_desc"), Json.string(e, "custom_elem_ext"));
            }
        }
    }

    /** The C API's Message JSON for sending this message. */
    String toSendJson(int v2Priority, boolean onlineUserOnly) {
        StringBuilder out = new StringBuilder("{\"message_elem_array\":[");
        if (textElem != null) {
            out.append("{\"elem_type\":0,\"text_elem_content\":").append(Json.quote(textElem.getText())).append('}');
        } else if (customElem != null) {
            out.append("{\"elem_type\":3,\"custom_elem_data\":")
                    .append(Json.quote(new String(customElem.getData(), StandardCharsets.UTF_8)))
                    .append(",\"custom_elem_desc\":").append(Json.quote(customElem.getDescription()))
                    .append(",\"custom_elem_ext\":")
                    .append(Json.quote(new String(customElem.getExtension(), StandardCharsets.UTF_8)))
                    .append('}');
        }
        int cPriority;
        switch (v2Priority) {
            case V2TIM_PRIORITY_HIGH: cPriority = 0; break;
            case V2TIM_PRIORITY_LOW: cPriority = 2; break;
            default: cPriority = 1;
        }
        out.append("],\"message_priority\":").append(cPriority);
        out.append(",\"message_is_online_msg\":").append(onlineUserOnly);
        out.append(",\"message_cloud_custom_str\":").append(Json.quote(cloudCustomData));
        out.append(",\"message_is_excluded_from_unread_count\":").append(excludedFromUnreadCount);
        out.append(",\"message_excluded_from_last_message\":").append(excludedFromLastMessage);
        if (!groupAtUserList.isEmpty()) {
            out.append(",\"message_group_at_user_array\":").append(Json.strings(groupAtUserList));
        }
        return out.append('}').toString();
    }

    void setMsgID(String msgID) {
        this.msgID = msgID;
    }

    void setStatus(int status) {
        this.status = status;
    }

    void setGroupAtUserList(List<String> userIDs) {
        groupAtUserList = new ArrayList<>(userIDs);
    }

    public String getMsgID() {
        return msgID;
    }

    /** Server time in seconds. */
    public long getTimestamp() {
        return timestamp;
    }

    public String getSender() {
        return sender;
    }

    public String getNickName() {
        return nickName;
    }

    public String getFriendRemark() {
        return friendRemark;
    }

    public String getNameCard() {
        return nameCard;
    }

    public String getFaceUrl() {
        return faceUrl;
    }

    /** The group of a group message, else null. */
    public String getGroupID() {
        return groupID;
    }

    /** The peer of a one-to-one message (for sent and received ones alike), else null. */
    public String getUserID() {
        return userID;
    }

    public long getSeq() {
        return seq;
    }

    public long getRandom() {
        return random;
    }

    public int getStatus() {
        return status;
    }

    public boolean isSelf() {
        return self;
    }

    public boolean isRead() {
        return read;
    }

    public boolean isPeerRead() {
        return peerRead;
    }

    public int getPriority() {
        return priority;
    }

    public int getElemType() {
        return elemType;
    }

    public V2TIMTextElem getTextElem() {
        return textElem;
    }

    public V2TIMCustomElem getCustomElem() {
        return customElem;
    }

    public String getCloudCustomData() {
        return cloudCustomData;
    }

    public void setCloudCustomData(String data) {
        cloudCustomData = data == null ? "" : data;
    }

    public boolean isExcludedFromUnreadCount() {
        return excludedFromUnreadCount;
    }

    public void setExcludedFromUnreadCount(boolean excluded) {
        excludedFromUnreadCount = excluded;
    }

    public boolean isExcludedFromLastMessage() {
        return excludedFromLastMessage;
    }

    public void setExcludedFromLastMessage(boolean excluded) {
        excludedFromLastMessage = excluded;
    }

    public List<String> getGroupAtUserList() {
        return Collections.unmodifiableList(groupAtUserList);
    }

    @Override
    public String toString() {
        return "V2TIMMessage{" + msgID + ", from=" + sender + ", seq=" + seq + "}";
    }
}
