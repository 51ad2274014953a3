/**
 * @file
 * @brief Conversations, list filters, results and receipts between the C API's JSON and the V2
 * classes (internal: timconv::v2::detail).
 */
#ifndef TIMCONV_V2_CONVERT_H
#define TIMCONV_V2_CONVERT_H

#include <string>

#include "../TIMConversationManager.h"
#include "../TIMMessageManager.h"
#include "../V2TIMConversation.h"
#include "v2_convert_common.h"
#include "v2_convert_message.h"

namespace timconv {
namespace v2 {
namespace detail {

/* ---- conversations ------------------------------------------------------------------------ */

/** The V2 name of a C group type ("Public", "Work", ...; "" for others). */
inline const char *GroupTypeName(uint64_t t) {
    switch (t) {
        case kTIMGroup_Public: return "Public";
        case kTIMGroup_Private: return "Work";
        case kTIMGroup_ChatRoom: return "Meeting";
        case kTIMGroup_AVChatRoom: return "AVChatRoom";
        case kTIMGroup_Community: return "Community";
        default: return "";
    }
}

/** The text of the first text element of a message object, else "". */
inline std::string FirstText(const Value &message) {
    const Value &elems = message.Get(kTIMMsgElemArray);
    for (size_t i = 0; i < elems.Size(); ++i) {
        if (elems.At(i).I64(kTIMElemType) == kTIMElem_Text) {
            return elems.At(i).Str(kTIMTextElemContent);
        }
    }
    return std::string();
}

/** Fills *out (a default-constructed conversation) from a ConvInfo object. */
inline void ConversationFromJson(const Value &c, V2TIMConversation *out) {
    int64_t type = c.I64(kTIMConvType);
    std::string id = c.Str(kTIMConvId);
    out->type = type == kTIMConv_C2C     ? V2TIM_C2C
                : type == kTIMConv_Group ? V2TIM_GROUP
                                         : V2TIM_UNKNOWN;
    out->conversationID = ToV2(JoinConvId(type, id));
    out->userID = ToV2(type == kTIMConv_C2C ? id : std::string());
    out->groupID = ToV2(type == kTIMConv_Group ? id : std::string());
    out->groupType = type == kTIMConv_Group ? GroupTypeName(c.U64(kTIMConvGroupType)) : "";
    out->showName = ToV2(c.Str(kTIMConvShowName));
    out->faceUrl = ToV2(c.Str(kTIMConvFaceUrl));
    out->unreadCount = static_cast<int>(c.U64(kTIMConvUnReadNum));
    out->recvOpt = RecvOptFromC(c.U64(kTIMConvRecvOpt));
    const Value &last = c.Get(kTIMConvLastMsg);
    if (c.Bool(kTIMConvIsHasLastMsg) && last.IsObject()) {
        out->lastMessage = new V2TIMMessage();
        MessageFromJson(last, out->lastMessage);
    }
    const Value &ats = c.Get(kTIMConvGroupAtInfoArray);
    for (size_t i = 0; i < ats.Size(); ++i) {
        V2TIMGroupAtInfo at;
        at.seq = ats.At(i).U64(kTIMGroupAtInfoSeq);
        uint64_t kind = ats.At(i).U64(kTIMGroupAtInfoAtType);
        at.atType = kind >= 1 && kind <= 3 ? static_cast<V2TIMGroupAtType>(kind) : V2TIM_AT_ME;
        out->groupAtInfolist.PushBack(at);
    }
    if (c.Bool(kTIMConvIsHasDraft)) {
        const Value &draft = c.Get(kTIMConvDraft);
        out->draftText = ToV2(FirstText(draft.Get(kTIMDraftMsg)));
        out->draftTimestamp = draft.U64(kTIMDraftEditTime);
    }
    out->isPinned = c.Bool(kTIMConvIsPinned);
    out->orderKey = c.U64(kTIMConvActiveTime);
    const Value &marks = c.Get(kTIMConvMarkArray);
    for (size_t i = 0; i < marks.Size(); ++i) out->markList.PushBack(marks.At(i).AsU64());
    out->customData = ToBuffer(c.Str(kTIMConvCustomData));
    StringsFromJson(c.Get(kTIMConvConversationGroupArray), &out->conversationGroupList);
    out->c2cReadTimestamp = c.U64(kTIMConvC2CReadTimestamp);
    out->groupReadSequence = c.U64(kTIMConvGroupReadSequence);
}

/** Appends the conversations of a ConvInfo array to *out. */
inline void ConversationsFromJson(const Value &array, V2TIMConversationVector *out) {
    for (size_t i = 0; i < array.Size(); ++i) {
        V2TIMConversation conversation;
        ConversationFromJson(array.At(i), &conversation);
        out->PushBack(conversation);
    }
}

/** Fills *out from a C conversation list page. */
inline void ListResultFromJson(const Value &r, V2TIMConversationResult *out) {
    ConversationsFromJson(r.Get(TIMConversationListResultConvList), &out->conversationList);
    out->nextSeq = r.U64(TIMConversationListResultNextSeq);
    out->isFinished = r.Bool(TIMConversationListResultIsFinished);
}

/** Appends the results of a C operation result array to *out. */
inline void OperationResultsFromJson(const Value &array,
                                     V2TIMConversationOperationResultVector *out) {
    for (size_t i = 0; i < array.Size(); ++i) {
        const Value &r = array.At(i);
        V2TIMConversationOperationResult result;
        result.conversationID = ToV2(r.Str(kTIMConversationOperationResultConversationID));
        result.resultCode = static_cast<int>(r.I64(kTIMConversationOperationResultResultCode));
        result.resultInfo = ToV2(r.Str(kTIMConversationOperationResultResultInfo));
        out->PushBack(result);
    }
}

/* ---- the list filter ---------------------------------------------------------------------- */

/** The C filter JSON of f: the 7.x rule when filterType is 0, else one key per bit set. */
inline std::string FilterToJson(const V2TIMConversationListFilter &f) {
    Writer w = Writer::Object();
    if (f.type != V2TIM_UNKNOWN) w.Key(kTIMConversationListFilterConvType).I64(f.type);
    if (f.filterType == V2TIM_CONVERSATION_FILTER_TYPE_NONE) {
        /* 7.x semantics: set fields filter. */
        if (!f.conversationGroup.Empty()) {
            w.Key(kTIMConversationListFilterConversationGroup).String(Std(f.conversationGroup));
        }
        if (f.markType != 0) w.Key(kTIMConversationListFilterMarkType).U64(f.markType);
        return w.Done();
    }
    if (f.filterType & V2TIM_CONVERSATION_FILTER_TYPE_CONVERSATION_GROUP) {
        w.Key(kTIMConversationListFilterConversationGroup).String(Std(f.conversationGroup));
    }
    if (f.filterType & V2TIM_CONVERSATION_FILTER_TYPE_CONVERSATION_MARK) {
        w.Key(kTIMConversationListFilterMarkType).U64(f.markType);
    }
    if (f.filterType & V2TIM_CONVERSATION_FILTER_TYPE_HAS_UNREAD_COUNT) {
        w.Key(kTIMConversationListFilterHasUnreadCount).Bool(f.hasUnreadCount);
    }
    if (f.filterType & V2TIM_CONVERSATION_FILTER_TYPE_HAS_GROUP_AT_INFO) {
        w.Key(kTIMConversationListFilterHasGroupAtInfo).Bool(f.hasGroupAtInfo);
    }
    return w.Done();
}

/** The filter a C filter JSON describes (8.x form: a bit for each key present). */
inline V2TIMConversationListFilter FilterFromJson(const Value &j) {
    V2TIMConversationListFilter f;
    int64_t type = j.I64(kTIMConversationListFilterConvType);
    f.type = type == 1 ? V2TIM_C2C : type == 2 ? V2TIM_GROUP : V2TIM_UNKNOWN;
    if (j.Has(kTIMConversationListFilterConversationGroup)) {
        f.filterType |= V2TIM_CONVERSATION_FILTER_TYPE_CONVERSATION_GROUP;
        f.conversationGroup = ToV2(j.Str(kTIMConversationListFilterConversationGroup));
    }
    if (j.Has(kTIMConversationListFilterMarkType)) {
        f.filterType |= V2TIM_CONVERSATION_FILTER_TYPE_CONVERSATION_MARK;
        f.markType = j.U64(kTIMConversationListFilterMarkType);
    }
    if (j.Has(kTIMConversationListFilterHasUnreadCount)) {
        f.filterType |= V2TIM_CONVERSATION_FILTER_TYPE_HAS_UNREAD_COUNT;
        f.hasUnreadCount = j.Bool(kTIMConversationListFilterHasUnreadCount);
    }
    if (j.Has(kTIMConversationListFilterHasGroupAtInfo)) {
        f.filterType |= V2TIM_CONVERSATION_FILTER_TYPE_HAS_GROUP_AT_INFO;
        f.hasGroupAtInfo = j.Bool(kTIMConversationListFilterHasGroupAtInfo);
    }
    return f;
}

/* ---- receipts ----------------------------------------------------------------------------- */

/** A read receipt from a C MessageReceipt object. */
inline V2TIMMessageReceipt ReceiptFromJson(const Value &r) {
    V2TIMMessageReceipt receipt;
    int64_t type = r.I64(kTIMMsgReceiptConvType);
    std::string id = r.Str(kTIMMsgReceiptConvId);
    receipt.msgID = ToV2(r.Str(kTIMMsgReceiptMsgId));
    receipt.userID = ToV2(type == kTIMConv_C2C ? id : std::string());
    receipt.groupID = ToV2(type == kTIMConv_Group ? id : std::string());
    receipt.isPeerRead = r.Has(kTIMMsgReceiptIsPeerRead) ? r.Bool(kTIMMsgReceiptIsPeerRead)
                                                         : type == kTIMConv_C2C;
    receipt.timestamp = r.I64(kTIMMsgReceiptTimeStamp);
    receipt.readCount = static_cast<int32_t>(r.I64(kTIMMsgReceiptReadCount));
    receipt.unreadCount = static_cast<int32_t>(r.I64(kTIMMsgReceiptUnreadCount));
    return receipt;
}

}  // namespace detail
}  // namespace v2
}  // namespace timconv

#endif /* TIMCONV_V2_CONVERT_H */
