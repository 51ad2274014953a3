/**
 * @file
 * @brief V2TIMConversationManager over TIMConversationManager.h (internal:
 * timconv::v2::detail).
 */
#ifndef TIMCONV_V2_CONVERSATION_IMPL_H
#define TIMCONV_V2_CONVERSATION_IMPL_H

#include <mutex>
#include <string>

#include "../TIMConversationManager.h"
#include "../TIMManager.h"
#include "../V2TIMConversationManager.h"
#include "v2_convert.h"
#include "v2_events.h"
#include "v2_pending.h"

namespace timconv {
namespace v2 {
namespace detail {

/** The callback of the batch calls that answer one result per conversation. */
typedef V2TIMValueCallback<V2TIMConversationOperationResultVector> OperationCallback;

/** Reads an array of C operation results (a ValuePending convert function). */
inline int ReadOperationResults(const Value &v, V2TIMConversationOperationResultVector *out,
                                std::string *) {
    OperationResultsFromJson(v, out);
    return 0;
}

/** Reads a C conversation list page (a ValuePending convert function). */
inline int ReadListResult(const Value &v, V2TIMConversationResult *out, std::string *) {
    ListResultFromJson(v, out);
    return 0;
}

/** Reads a C unread count result (a ValuePending convert function). */
inline int ReadUnreadCount(const Value &v, uint64_t *out, std::string *) {
    int64_t n = v.I64(kTIMConvGetTotalUnreadMessageCountResultUnreadCount);
    *out = n < 0 ? 0 : static_cast<uint64_t>(n);
    return 0;
}

/** The description of a malformed conversation ID (answered with 6017). */
inline std::string BadConversationID(const char *method, const V2TIMString &id) {
    return std::string(method) + ": invalid conversation ID \"" + Std(id) +
           "\" (expected c2c_<userID> or group_<groupID>)";
}

/** timconv's V2TIMConversationManager, over the C functions of TIMConversationManager.h. */
class ConversationManagerImpl final : public V2TIMConversationManager {
public:
    void AddConversationListener(V2TIMConversationListener *listener) override {
        EnsureConversationHooks();
        Reg().conversation.Add(listener);
    }

    void RemoveConversationListener(V2TIMConversationListener *listener) override {
        Reg().conversation.Remove(listener);
    }

    void GetConversationList(uint64_t nextSeq, uint32_t count,
                             V2TIMValueCallback<V2TIMConversationResult> *callback) override {
        Page("GetConversationList", "{}", nextSeq, count, callback);
    }

    void GetConversation(const V2TIMString &conversationID,
                         V2TIMValueCallback<V2TIMConversation> *callback) override {
        std::string id;
        TIMConvType type = kTIMConv_Invalid;
        if (!SplitConvId(conversationID, &id, &type)) {
            AnswerError(callback, kErrInvalidParameters, BadConversationID("GetConversation", conversationID));
            return;
        }
        std::string param = Writer::Array().Raw(InfoParam(id, type)).Done();
        std::string wanted = Std(conversationID);
        Pending *p = Answer(callback, [wanted](const Value &v, V2TIMConversation *out, std::string *desc) -> int {
            if (v.Size() == 0) {
                *desc = "GetConversation: no conversation " + wanted;
                return kErrInvalidConversation;
            }
            ConversationFromJson(v.At(0), out);
            return 0;
        });
        Call(p, "GetConversation", [&](TIMCommCallback cb, const void *ud) {
            return TIMConvGetConvInfo(param.c_str(), cb, ud);
        });
    }

    void GetConversationList(const V2TIMStringVector &conversationIDList,
                             V2TIMValueCallback<V2TIMConversationVector> *callback) override {
        Writer param = Writer::Array();
        for (size_t i = 0; i < conversationIDList.Size(); ++i) {
            std::string id;
            TIMConvType type = kTIMConv_Invalid;
            if (!SplitConvId(conversationIDList[i], &id, &type)) {
                AnswerError(callback, kErrInvalidParameters,
                            BadConversationID("GetConversationList", conversationIDList[i]));
                return;
            }
            param.Raw(InfoParam(id, type));
        }
        std::string text = param.Done();
        Pending *p = Answer(callback, [](const Value &v, V2TIMConversationVector *out, std::string *) -> int {
            ConversationsFromJson(v, out);
            return 0;
        });
        Call(p, "GetConversationList", [&](TIMCommCallback cb, const void *ud) {
            return TIMConvGetConvInfo(text.c_str(), cb, ud);
        });
    }

    void GetConversationListByFilter(const V2TIMConversationListFilter &filter, uint64_t nextSeq,
                                     uint32_t count,
                                     V2TIMValueCallback<V2TIMConversationResult> *callback) override {
        Page("GetConversationListByFilter", FilterToJson(filter), nextSeq, count, callback);
    }

    void DeleteConversation(const V2TIMString &conversationID, V2TIMCallback *callback) override {
        std::string id;
        TIMConvType type = kTIMConv_Invalid;
        if (!SplitConvId(conversationID, &id, &type)) {
            AnswerError(callback, kErrInvalidParameters, BadConversationID("DeleteConversation", conversationID));
            return;
        }
        Call(Answer(callback), "DeleteConversation", [&](TIMCommCallback cb, const void *ud) {
            return TIMConvDelete(id.c_str(), type, cb, ud);
        });
    }

    /** @copydoc V2TIMConversationManager::DeleteConversationList */
    void DeleteConversationList(const V2TIMStringVector &conversationIDList, bool clearMessage,
                                OperationCallback *callback) override {
        std::string ids = StringsToJson(conversationIDList);
        Call(Answer(callback, &ReadOperationResults), "DeleteConversationList",
             [&](TIMCommCallback cb, const void *ud) {
                 return TIMConvDeleteConversationList(ids.c_str(), clearMessage, cb, ud);
             });
    }

    void SetConversationDraft(const V2TIMString &conversationID, const V2TIMString &draftText,
                              V2TIMCallback *callback) override {
        std::string id;
        TIMConvType type = kTIMConv_Invalid;
        if (!SplitConvId(conversationID, &id, &type)) {
            AnswerError(callback, kErrInvalidParameters, BadConversationID("SetConversationDraft", conversationID));
            return;
        }
        int rc;
        if (draftText.Empty()) {
            rc = TIMConvCancelDraft(id.c_str(), type);
        } else {
            Writer elem = Writer::Object();
            elem.Key(kTIMElemType).I64(kTIMElem_Text).Key(kTIMTextElemContent).String(Std(draftText));
            Writer message = Writer::Object();
            message.Key(kTIMMsgElemArray).Raw(Writer::Array().Raw(elem.Done()).Done());
            Writer draft = Writer::Object();
            draft.Key(kTIMDraftMsg).Raw(message.Done()).Key(kTIMDraftEditTime).U64(TIMGetServerTime());
            rc = TIMConvSetDraft(id.c_str(), type, draft.Done().c_str());
        }
        /* The C calls are synchronous; answer behind them, in call order. */
        Pending *p = Answer(callback);
        if (p == nullptr) return;
        if (rc == TIM_SUCC) {
            p->Override(0, std::string());
            Post(p);
        } else {
            PostError(p, CodeForResult(rc), DescForResult("SetConversationDraft", rc));
        }
    }

    /** @copydoc V2TIMConversationManager::SetConversationCustomData */
    void SetConversationCustomData(const V2TIMStringVector &conversationIDList,
                                   const V2TIMBuffer &customData,
                                   OperationCallback *callback) override {
        std::string data = Std(customData);
        if (!IsText(data) || data.find('\0') != std::string::npos) {
            AnswerError(callback, kErrInvalidParameters,
                        "SetConversationCustomData: customData must be UTF-8 text without NUL "
                        "bytes (the C API takes a C string)");
            return;
        }
        std::string ids = StringsToJson(conversationIDList);
        Call(Answer(callback, &ReadOperationResults), "SetConversationCustomData",
             [&](TIMCommCallback cb, const void *ud) {
                 return TIMConvSetConversationCustomData(ids.c_str(), data.c_str(), cb, ud);
             });
    }

    void PinConversation(const V2TIMString &conversationID, bool isPinned,
                         V2TIMCallback *callback) override {
        std::string id;
        TIMConvType type = kTIMConv_Invalid;
        if (!SplitConvId(conversationID, &id, &type)) {
            AnswerError(callback, kErrInvalidParameters, BadConversationID("PinConversation", conversationID));
            return;
        }
        Call(Answer(callback), "PinConversation", [&](TIMCommCallback cb, const void *ud) {
            return TIMConvPinConversation(id.c_str(), type, isPinned, cb, ud);
        });
    }

    /** @copydoc V2TIMConversationManager::MarkConversation */
    void MarkConversation(const V2TIMStringVector &conversationIDList, uint64_t markType,
                          bool enableMark, OperationCallback *callback) override {
        std::string ids = StringsToJson(conversationIDList);
        Call(Answer(callback, &ReadOperationResults), "MarkConversation",
             [&](TIMCommCallback cb, const void *ud) {
                 return TIMConvMarkConversation(ids.c_str(), markType, enableMark, cb, ud);
             });
    }

    void GetTotalUnreadMessageCount(V2TIMValueCallback<uint64_t> *callback) override {
        Call(Answer(callback, &ReadUnreadCount), "GetTotalUnreadMessageCount",
             [&](TIMCommCallback cb, const void *ud) { return TIMConvGetTotalUnreadMessageCount(cb, ud); });
    }

    void GetUnreadMessageCountByFilter(const V2TIMConversationListFilter &filter,
                                       V2TIMValueCallback<uint64_t> *callback) override {
        std::string text = FilterToJson(filter);
        Call(Answer(callback, &ReadUnreadCount), "GetUnreadMessageCountByFilter",
             [&](TIMCommCallback cb, const void *ud) {
                 return TIMConvGetUnreadMessageCountByFilter(text.c_str(), cb, ud);
             });
    }

    void SubscribeUnreadMessageCountByFilter(const V2TIMConversationListFilter &filter) override {
        std::string text = FilterToJson(filter);
        {
            std::lock_guard<std::mutex> lock(Reg().filtersMu);
            Reg().filters[text] = filter;
        }
        TIMConvSubscribeUnreadMessageCountByFilter(text.c_str());
    }

    void UnsubscribeUnreadMessageCountByFilter(const V2TIMConversationListFilter &filter) override {
        std::string text = FilterToJson(filter);
        TIMConvUnsubscribeUnreadMessageCountByFilter(text.c_str());
        std::lock_guard<std::mutex> lock(Reg().filtersMu);
        Reg().filters.erase(text);
    }

    void CleanConversationUnreadMessageCount(const V2TIMString &conversationID,
                                             uint64_t cleanTimestamp, uint64_t cleanSequence,
                                             V2TIMCallback *callback) override {
        std::string id = Std(conversationID);
        Call(Answer(callback), "CleanConversationUnreadMessageCount",
             [&](TIMCommCallback cb, const void *ud) {
                 return TIMConvCleanConversationUnreadMessageCount(id.c_str(), cleanTimestamp,
                                                                   cleanSequence, cb, ud);
             });
    }

    /** @copydoc V2TIMConversationManager::CreateConversationGroup */
    void CreateConversationGroup(const V2TIMString &groupName,
                                 const V2TIMStringVector &conversationIDList,
                                 OperationCallback *callback) override {
        std::string name = Std(groupName), ids = StringsToJson(conversationIDList);
        Call(Answer(callback, &ReadOperationResults), "CreateConversationGroup",
             [&](TIMCommCallback cb, const void *ud) {
                 return TIMConvCreateConversationGroup(name.c_str(), ids.c_str(), cb, ud);
             });
    }

    void GetConversationGroupList(V2TIMValueCallback<V2TIMStringVector> *callback) override {
        Pending *p = Answer(callback, [](const Value &v, V2TIMStringVector *out, std::string *) -> int {
            StringsFromJson(v, out);
            return 0;
        });
        Call(p, "GetConversationGroupList",
             [&](TIMCommCallback cb, const void *ud) { return TIMConvGetConversationGroupList(cb, ud); });
    }

    void DeleteConversationGroup(const V2TIMString &groupName, V2TIMCallback *callback) override {
        std::string name = Std(groupName);
        Call(Answer(callback), "DeleteConversationGroup", [&](TIMCommCallback cb, const void *ud) {
            return TIMConvDeleteConversationGroup(name.c_str(), cb, ud);
        });
    }

    void RenameConversationGroup(const V2TIMString &oldName, const V2TIMString &newName,
                                 V2TIMCallback *callback) override {
        std::string from = Std(oldName), to = Std(newName);
        Call(Answer(callback), "RenameConversationGroup", [&](TIMCommCallback cb, const void *ud) {
            return TIMConvRenameConversationGroup(from.c_str(), to.c_str(), cb, ud);
        });
    }

    /** @copydoc V2TIMConversationManager::AddConversationsToGroup */
    void AddConversationsToGroup(const V2TIMString &groupName,
                                 const V2TIMStringVector &conversationIDList,
                                 OperationCallback *callback) override {
        std::string name = Std(groupName), ids = StringsToJson(conversationIDList);
        Call(Answer(callback, &ReadOperationResults), "AddConversationsToGroup",
             [&](TIMCommCallback cb, const void *ud) {
                 return TIMConvAddConversationsToGroup(name.c_str(), ids.c_str(), cb, ud);
             });
    }

    /** @copydoc V2TIMConversationManager::DeleteConversationsFromGroup */
    void DeleteConversationsFromGroup(const V2TIMString &groupName,
                                      const V2TIMStringVector &conversationIDList,
                                      OperationCallback *callback) override {
        std::string name = Std(groupName), ids = StringsToJson(conversationIDList);
        Call(Answer(callback, &ReadOperationResults), "DeleteConversationsFromGroup",
             [&](TIMCommCallback cb, const void *ud) {
                 return TIMConvDeleteConversationsFromGroup(name.c_str(), ids.c_str(), cb, ud);
             });
    }

private:
    static std::string InfoParam(const std::string &id, TIMConvType type) {
        return Writer::Object()
            .Key(kTIMGetConversationListParamConvId)
            .String(id)
            .Key(kTIMGetConversationListParamConvType)
            .I64(type)
            .Done();
    }

    static void Page(const char *method, const std::string &filter, uint64_t nextSeq, uint32_t count,
                     V2TIMValueCallback<V2TIMConversationResult> *callback) {
        Call(Answer(callback, &ReadListResult), method, [&](TIMCommCallback cb, const void *ud) {
            return TIMConvGetConversationListByFilter(filter.c_str(), nextSeq, count, cb, ud);
        });
    }
};

}  // namespace detail
}  // namespace v2
}  // namespace timconv

#endif /* TIMCONV_V2_CONVERSATION_IMPL_H */
