/**
 * @file
 * @brief V2 C++ API: conversations, the list filter and the conversation results.
 */
#ifndef TIMCONV_V2TIMCONVERSATION_H
#define TIMCONV_V2TIMCONVERSATION_H

#include "V2TIMCommon.h"
#include "V2TIMGroup.h"
#include "V2TIMMessage.h"

/** Conversation type. */
enum V2TIMConversationType {
    V2TIM_UNKNOWN = 0,  ///< Unknown type; in a V2TIMConversationListFilter: any type.
    V2TIM_C2C = 1,      ///< One-to-one chat with another user.
    V2TIM_GROUP = 2,    ///< Group chat.
};

/** Conversation mark bits; apps may add 0x1LL << n for 32 <= n < 64. */
enum V2TIMConversationMarkType {
    V2TIM_CONVERSATION_MARK_TYPE_STAR = 0x1,         ///< Starred.
    V2TIM_CONVERSATION_MARK_TYPE_UNREAD = 0x1 << 1,  ///< Marked unread.
    V2TIM_CONVERSATION_MARK_TYPE_FOLD = 0x1 << 2,    ///< Folded.
    V2TIM_CONVERSATION_MARK_TYPE_HIDE = 0x1 << 3,    ///< Hidden.
};

/** Which optional fields of V2TIMConversationListFilter apply (8.x); bits, combined with |. */
enum V2TIMConversationFilterType {
    /** No bit: the 7.x rule (a non-empty conversationGroup and a non-zero markType filter). */
    V2TIM_CONVERSATION_FILTER_TYPE_NONE = 0,
    /** Filter by markType (0: conversations without marks). */
    V2TIM_CONVERSATION_FILTER_TYPE_CONVERSATION_MARK = 1,
    /** Filter by conversationGroup ("": conversations in no group). */
    V2TIM_CONVERSATION_FILTER_TYPE_CONVERSATION_GROUP = 2,
    /** Filter by hasUnreadCount. */
    V2TIM_CONVERSATION_FILTER_TYPE_HAS_UNREAD_COUNT = 4,
    /** Filter by hasGroupAtInfo. */
    V2TIM_CONVERSATION_FILTER_TYPE_HAS_GROUP_AT_INFO = 8,
};

/** The 7.x header's name for the type of V2TIMConversation::markList. */
typedef V2TIMUInt64Vector UInt64Vector;

/**
 * A conversation, as the list shows it. lastMessage is owned by the conversation (deep-copied
 * with it) and NULL when the conversation has no last message. Conversations passed to
 * callbacks are valid during the call: copy them to keep them.
 */
struct V2TIMConversation {
    /** V2TIM_C2C or V2TIM_GROUP. */
    V2TIMConversationType type;
    /** "c2c_<userID>" or "group_<groupID>". */
    V2TIMString conversationID;
    /** The peer of a C2C conversation, else "". */
    V2TIMString userID;
    /** The group of a group conversation, else "". */
    V2TIMString groupID;
    /** Group conversations: "Public", "Work", "Meeting", "AVChatRoom" or "Community"; else "". */
    V2TIMString groupType;
    /** Display name: the group name, or the friend remark or nickname; else the ID. */
    V2TIMString showName;
    /** Avatar URL: the group's, or the peer's for C2C. */
    V2TIMString faceUrl;
    /** Number of unread messages. */
    int unreadCount;
    /** The user's receive option for this conversation. */
    V2TIMReceiveMessageOpt recvOpt;
    /** The last message (owned by the conversation), or NULL when there is none. */
    V2TIMMessage *lastMessage;
    /** Group conversations: the messages that mention the user, by seq and kind. */
    V2TIMGroupAtInfoVector groupAtInfolist;
    /** The draft's text ("" when there is no draft). */
    V2TIMString draftText;
    /** When the draft was last set, in UTC seconds (0 without a draft). */
    uint64_t draftTimestamp;
    /** Whether the conversation is pinned to the top of the list. */
    bool isPinned;
    /** Sort key, larger first, at most 2^53 - 1 (pinned conversations carry bit 52). */
    uint64_t orderKey;
    /** The marks set on the conversation (V2TIMConversationMarkType bits and custom marks). */
    V2TIMUInt64Vector markList;
    /** The app's data set with SetConversationCustomData (empty when none). */
    V2TIMBuffer customData;
    /** Names of the conversation groups the conversation belongs to. */
    V2TIMStringVector conversationGroupList;
    /** C2C: the UTC time up to which the user has read the conversation. */
    uint64_t c2cReadTimestamp;
    /** Group: the seq up to which the user has read the conversation. */
    uint64_t groupReadSequence;

    /** An empty conversation: V2TIM_UNKNOWN, no last message, zero counts. */
    V2TIMConversation()
        : type(V2TIM_UNKNOWN), unreadCount(0), recvOpt(V2TIM_RECEIVE_MESSAGE), lastMessage(nullptr),
          draftTimestamp(0), isPinned(false), orderKey(0), c2cReadTimestamp(0),
          groupReadSequence(0) {}
    /** A deep copy: the last message is copied too. */
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
    /** Deep-copies conversation (its last message too), freeing the previous last message. */
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
    /** Deletes the last message. */
    ~V2TIMConversation() { delete lastMessage; }
};

DEFINE_VECTOR(V2TIMConversation)
/** An array of conversations (DEFINE_VECTOR). */
typedef TXV2TIMConversationVector V2TIMConversationVector;

/**
 * Conversation list filter. type 0 = any type. With filterType 0 (as 7.x apps leave it), a
 * non-empty conversationGroup and a non-zero markType filter, as the 7.x SDK did; otherwise
 * each field applies only when its V2TIMConversationFilterType bit is set, and then "" means
 * "in no group" and markType 0 means "no mark".
 */
struct V2TIMConversationListFilter {
    /** Only conversations of this type (V2TIM_UNKNOWN: any type). */
    V2TIMConversationType type;
    /** Which of the fields below apply: V2TIMConversationFilterType bits (0: the 7.x rule). */
    uint32_t filterType;
    /** Only conversations in this conversation group. */
    V2TIMString conversationGroup;
    /** Only conversations with these mark bits (V2TIMConversationMarkType). */
    uint64_t markType;
    /** With its bit: only conversations with (true) or without (false) unread messages. */
    bool hasUnreadCount;
    /** With its bit: only conversations with (true) or without (false) mentions of the user. */
    bool hasGroupAtInfo;

    /** A filter that passes every conversation. */
    V2TIMConversationListFilter()
        : type(V2TIM_UNKNOWN), filterType(V2TIM_CONVERSATION_FILTER_TYPE_NONE), markType(0),
          hasUnreadCount(false), hasGroupAtInfo(false) {}
};

/** One page of the conversation list: pass nextSeq to get the next one until isFinished. */
struct V2TIMConversationResult {
    uint64_t nextSeq;                           ///< Where the next page starts.
    bool isFinished;                            ///< Whether this is the last page.
    V2TIMConversationVector conversationList;  ///< The conversations of this page, in order.

    /** An empty page. */
    V2TIMConversationResult() : nextSeq(0), isFinished(false) {}
};

/** The outcome for one conversation of a batch call (resultCode 0 = done). */
struct V2TIMConversationOperationResult {
    V2TIMString conversationID;  ///< The conversation this result is about.
    int resultCode;              ///< 0 when done, else a V2TIMErrorCode value.
    V2TIMString resultInfo;      ///< The reason, when resultCode is not 0.

    /** resultCode 0. */
    V2TIMConversationOperationResult() : resultCode(0) {}
};

DEFINE_VECTOR(V2TIMConversationOperationResult)
/** An array of operation results (DEFINE_VECTOR), one per conversation of a batch call. */
typedef TXV2TIMConversationOperationResultVector V2TIMConversationOperationResultVector;

#endif /* TIMCONV_V2TIMCONVERSATION_H */
