/* V2 C++ API: conversations, the list filter and the conversation results. */
#ifndef TIMCONV_V2TIMCONVERSATION_H
#define TIMCONV_V2TIMCONVERSATION_H

#include "V2TIMCommon.h"
#include "V2TIMGroup.h"
#include "V2TIMMessage.h"

enum V2TIMConversationType {
    V2TIM_UNKNOWN = 0,
    V2TIM_C2C = 1,
    V2TIM_GROUP = 2,
};

/* Conversation mark bits; apps may add 0x1LL << n for 32 <= n < 64. */
enum V2TIMConversationMarkType {
    V2TIM_CONVERSATION_MARK_TYPE_STAR = 0x1,
    V2TIM_CONVERSATION_MARK_TYPE_UNREAD = 0x1 << 1,
    V2TIM_CONVERSATION_MARK_TYPE_FOLD = 0x1 << 2,
    V2TIM_CONVERSATION_MARK_TYPE_HIDE = 0x1 << 3,
};

/* Which optional fields of V2TIMConversationListFilter apply (8.x). */
enum V2TIMConversationFilterType {
    V2TIM_CONVERSATION_FILTER_TYPE_NONE = 0,
    V2TIM_CONVERSATION_FILTER_TYPE_CONVERSATION_MARK = 1,
    V2TIM_CONVERSATION_FILTER_TYPE_CONVERSATION_GROUP = 2,
    V2TIM_CONVERSATION_FILTER_TYPE_HAS_UNREAD_COUNT = 4,
    V2TIM_CONVERSATION_FILTER_TYPE_HAS_GROUP_AT_INFO = 8,
};

/* The 7.x header's name for the type of markList. */
typedef V2TIMUInt64Vector UInt64Vector;

/*
 * A conversation, as the list shows it. lastMessage is owned by the conversation (deep-copied
 * with it) and NULL when the conversation has no last message. Conversations passed to
 * callbacks are valid during the call: copy them to keep them.
 */
struct V2TIMConversation {
    V2TIMConversationType type;
    /* "c2c_<userID>" or "group_<groupID>". */
    V2TIMString conversationID;
    V2TIMString userID;
    V2TIMString groupID;
    /* Group conversations: "Public", "Work", "Meeting", "AVChatRoom" or "Community". */
    V2TIMString groupType;
    V2TIMString showName;
    V2TIMString faceUrl;
    int unreadCount;
    V2TIMReceiveMessageOpt recvOpt;
    V2TIMMessage *lastMessage;
    V2TIMGroupAtInfoVector groupAtInfolist;
    V2TIMString draftText;
    uint64_t draftTimestamp;
    bool isPinned;
    /* Sort key, larger first (pinned conversations carry bit 62). */
    uint64_t orderKey;
    V2TIMUInt64Vector markList;
    V2TIMBuffer customData;
    V2TIMStringVector conversationGroupList;
    uint64_t c2cReadTimestamp;
    uint64_t groupReadSequence;

    V2TIMConversation()
        : type(V2TIM_UNKNOWN), unreadCount(0), recvOpt(V2TIM_RECEIVE_MESSAGE), lastMessage(nullptr),
          draftTimestamp(0), isPinned(false), orderKey(0), c2cReadTimestamp(0),
          groupReadSequence(0) {}
    V2TIMConversation(const V2TIMConversation &conversation)
        : type(conversation.type), conversationID(conversation.conversationID),
          userID(conversation.userID), groupID(conversation.groupID),
          groupType(conversation.groupType), showName(conversation.showName),
          faceUrl(conversation.faceUrl), unreadCount(conversation.unreadCount),
          recvOpt(conversation.recvOpt),
          lastMessage(conversation.lastMessage ? new V2TIMMessage(*conversation.lastMessage)
                                               : nullptr),
          groupAtInfolist(conversation.groupAtInfolist), draftText(conversation.draftText),
          draftTimestamp(conversation.draftTimestamp), isPinned(conversation.isPinned),
          orderKey(conversation.orderKey), markList(conversation.markList),
          customData(conversation.customData),
          conversationGroupList(conversation.conversationGroupList),
          c2cReadTimestamp(conversation.c2cReadTimestamp),
          groupReadSequence(conversation.groupReadSequence) {}
    V2TIMConversation &operator=(const V2TIMConversation &conversation) {
        if (this == &conversation) return *this;
        V2TIMMessage *last =
            conversation.lastMessage ? new V2TIMMessage(*conversation.lastMessage) : nullptr;
        delete lastMessage;
        lastMessage = last;
        type = conversation.type;
        conversationID = conversation.conversationID;
        userID = conversation.userID;
        groupID = conversation.groupID;
        groupType = conversation.groupType;
        showName = conversation.showName;
        faceUrl = conversation.faceUrl;
        unreadCount = conversation.unreadCount;
        recvOpt = conversation.recvOpt;
        groupAtInfolist = conversation.groupAtInfolist;
        draftText = conversation.draftText;
        draftTimestamp = conversation.draftTimestamp;
        isPinned = conversation.isPinned;
        orderKey = conversation.orderKey;
        markList = conversation.markList;
        customData = conversation.customData;
        conversationGroupList = conversation.conversationGroupList;
        c2cReadTimestamp = conversation.c2cReadTimestamp;
        groupReadSequence = conversation.groupReadSequence;
        return *this;
    }
    ~V2TIMConversation() { delete lastMessage; }
};

DEFINE_VECTOR(V2TIMConversation)
typedef TXV2TIMConversationVector V2TIMConversationVector;

/*
 * Conversation list filter. type 0 = any type. With filterType 0 (as 7.x apps leave it), a
 * non-empty conversationGroup and a non-zero markType filter, as the 7.x SDK did; otherwise
 * each field applies only when its V2TIMConversationFilterType bit is set, and then "" means
 * "in no group" and markType 0 means "no mark".
 */
struct V2TIMConversationListFilter {
    V2TIMConversationType type;
    uint32_t filterType;
    V2TIMString conversationGroup;
    uint64_t markType;
    bool hasUnreadCount;
    bool hasGroupAtInfo;

    V2TIMConversationListFilter()
        : type(V2TIM_UNKNOWN), filterType(V2TIM_CONVERSATION_FILTER_TYPE_NONE), markType(0),
          hasUnreadCount(false), hasGroupAtInfo(false) {}
};

/* One page of the conversation list: pass nextSeq to get the next one until isFinished. */
struct V2TIMConversationResult {
    uint64_t nextSeq;
    bool isFinished;
    V2TIMConversationVector conversationList;

    V2TIMConversationResult() : nextSeq(0), isFinished(false) {}
};

/* The outcome for one conversation of a batch call (resultCode 0 = done). */
struct V2TIMConversationOperationResult {
    V2TIMString conversationID;
    int resultCode;
    V2TIMString resultInfo;

    V2TIMConversationOperationResult() : resultCode(0) {}
};

DEFINE_VECTOR(V2TIMConversationOperationResult)
typedef TXV2TIMConversationOperationResultVector V2TIMConversationOperationResultVector;

#endif /* TIMCONV_V2TIMCONVERSATION_H */
