/**
 * @file
 * @brief Helpers of V2TIMMessageManager (internal: timconv::v2::detail): reading message
 * results, local message IDs, the history time range, and the search query.
 */
#ifndef TIMCONV_V2_MESSAGE_SUPPORT_H
#define TIMCONV_V2_MESSAGE_SUPPORT_H

#include <atomic>
#include <random>
#include <string>

#include "../TIMManager.h"
#include "../TIMMessageManager.h"
#include "../V2TIMMessage.h"
#include "v2_convert.h"
#include "v2_pending.h"

namespace timconv {
namespace v2 {
namespace detail {

/** Reads the Message object of a send or save result; 7012 when it is none. */
inline int ReadOneMessage(const Value &v, V2TIMMessage *out, std::string *desc) {
    if (!v.IsObject()) {
        *desc = "the message was not stored";
        return kErrInternal;
    }
    MessageFromJson(v, out);
    return 0;
}

/** Reads a C Message array (a ValuePending convert function). */
inline int ReadMessages(const Value &v, V2TIMMessageVector *out, std::string *) {
    MessagesFromJson(v, out);
    return 0;
}

/** A fresh message ID in the library's own form, for messages inserted locally. */
inline std::string NewMessageID() {
    static std::atomic<uint64_t> counter(0);
    static const uint64_t salt = []() {
        std::random_device device;
        return (static_cast<uint64_t>(device()) << 32) ^ device();
    }();
    uint64_t z = salt + 0x9e3779b97f4a7c15ULL * (++counter);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return json::U64ToText(z) + "-" + json::U64ToText(TIMGetServerTime()) + "-" +
           json::U64ToText(z & 0xffffffffULL);
}

/** A new message of the user holding elem (taking it; none when NULL). */
inline V2TIMMessage NewMessage(V2TIMElem *elem) {
    V2TIMMessage message;
    message.isSelf = true;
    if (elem != nullptr) message.elemList.PushBack(elem);
    return message;
}

/** The V2 time range as the C API's [begin, begin + period] (older: ending at begin). */
inline void AddTimeRange(const V2TIMMessageListGetOption &option, bool newer, Writer *w) {
    uint64_t begin = option.getTimeBegin > 0 ? static_cast<uint64_t>(option.getTimeBegin) : 0;
    uint64_t period = option.getTimePeriod > 0 ? static_cast<uint64_t>(option.getTimePeriod) : 0;
    if (begin == 0 && period == 0) return;
    if (!newer) {
        uint64_t end = begin != 0 ? begin : TIMGetServerTime();
        begin = period != 0 && period < end ? end - period : 0;
        period = end - begin;
        if (period == 0) period = 1; /* [0, 0]: nothing is that old anyway */
    }
    w->Key(kTIMMsgGetMsgListParamTimeBegin).U64(begin);
    if (period != 0) w->Key(kTIMMsgGetMsgListParamTimePeriod).U64(period);
}

/** The description of a malformed conversation ID (answered with 6017). */
inline std::string BadConversationIDText(const char *method, const V2TIMString &id) {
    return std::string(method) + ": invalid conversation ID \"" + Std(id) + "\"";
}

/** SearchLocalMessages: the V2 query as TIMMsgSearchLocalMessages takes it, and its result back. */
inline void SearchLocal(const V2TIMMessageSearchParam &param,
                        V2TIMValueCallback<V2TIMMessageSearchResult> *callback) {
    Writer w = Writer::Object();
    w.Key(kTIMMsgSearchParamKeywordArray).Raw(StringsToJson(param.keywordList));
    w.Key(kTIMMsgSearchParamKeywordListMatchType).I64(param.keywordListMatchType);
    w.Key(kTIMMsgSearchParamSenderIdentifierArray).Raw(StringsToJson(param.senderUserIDList));
    Writer types = Writer::Array();
    for (size_t i = 0; i < param.messageTypeList.Size(); ++i) {
        int c = ElemTypeToC(param.messageTypeList[i]);
        if (c >= 0) types.I64(c);
    }
    w.Key(kTIMMsgSearchParamMessageTypeArray).Raw(types.Done());
    if (!param.conversationID.Empty()) {
        std::string id;
        TIMConvType type = kTIMConv_Invalid;
        if (!SplitConvId(param.conversationID, &id, &type)) {
            AnswerError(callback, kErrInvalidParameters,
                        BadConversationIDText("SearchLocalMessages", param.conversationID));
            return;
        }
        w.Key(kTIMMsgSearchParamConvId).String(id).Key(kTIMMsgSearchParamConvType).I64(type);
    }
    w.Key(kTIMMsgSearchParamSearchTimePosition).U64(param.searchTimePosition);
    w.Key(kTIMMsgSearchParamSearchTimePeriod).U64(param.searchTimePeriod);
    w.Key(kTIMMsgSearchParamPageIndex).U64(param.pageIndex);
    w.Key(kTIMMsgSearchParamPageSize).U64(param.pageSize);
    std::string text = w.Done();
    Pending *p = Answer(callback, [](const Value &v, V2TIMMessageSearchResult *out,
                                     std::string *) -> int {
        out->totalCount = static_cast<uint32_t>(v.U64(kTIMMsgSearchResultTotalCount));
        const Value &items = v.Get(kTIMMsgSearchResultItemArray);
        for (size_t i = 0; i < items.Size(); ++i) {
            const Value &item = items.At(i);
            V2TIMMessageSearchResultItem r;
            r.conversationID = ToV2(JoinConvId(item.I64(kTIMMsgSearchResultItemConvType),
                                               item.Str(kTIMMsgSearchResultItemConvId)));
            r.messageCount = static_cast<uint32_t>(item.U64(kTIMMsgSearchResultItemTotalMessageCount));
            MessagesFromJson(item.Get(kTIMMsgSearchResultItemMessageArray), &r.messageList);
            out->messageSearchResultItems.PushBack(r);
        }
        return 0;
    });
    Call(p, "SearchLocalMessages", [&](TIMCommCallback cb, const void *ud) {
        return TIMMsgSearchLocalMessages(text.c_str(), cb, ud);
    });
}


}  // namespace detail
}  // namespace v2
}  // namespace timconv

#endif /* TIMCONV_V2_MESSAGE_SUPPORT_H */
