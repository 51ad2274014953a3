/**
 * @file
 * @brief V2TIMMessageManager over TIMMessageManager.h (internal: timconv::v2::detail).
 */
#ifndef TIMCONV_V2_MESSAGE_IMPL_H
#define TIMCONV_V2_MESSAGE_IMPL_H

#include <string>

#include "../TIMConversationManager.h"
#include "../TIMManager.h"
#include "../TIMMessageManager.h"
#include "../V2TIMMessageManager.h"
#include "v2_convert.h"
#include "v2_events.h"
#include "v2_pending.h"
#include "v2_message_support.h"

namespace timconv {
namespace v2 {
namespace detail {

/** timconv's V2TIMMessageManager, over the C functions of TIMMessageManager.h. */
class MessageManagerImpl final : public V2TIMMessageManager {
public:
    void AddAdvancedMsgListener(V2TIMAdvancedMsgListener *listener) override {
        EnsureMessageHooks();
        Reg().advanced.Add(listener);
    }

    void RemoveAdvancedMsgListener(V2TIMAdvancedMsgListener *listener) override {
        Reg().advanced.Remove(listener);
    }

    /* ---- creating (local objects) ---- */

    V2TIMMessage CreateTextMessage(const V2TIMString &text) override {
        V2TIMTextElem *elem = new V2TIMTextElem();
        elem->text = text;
        return NewMessage(elem);
    }

    V2TIMMessage CreateTextAtMessage(const V2TIMString &text,
                                     const V2TIMStringVector &atUserList) override {
        V2TIMMessage message = CreateTextMessage(text);
        message.groupAtUserList = atUserList;
        return message;
    }

    V2TIMMessage CreateCustomMessage(const V2TIMBuffer &data) override {
        return CreateCustomMessage(data, V2TIMString(), V2TIMString());
    }

    V2TIMMessage CreateCustomMessage(const V2TIMBuffer &data, const V2TIMString &description,
                                     const V2TIMString &extension) override {
        V2TIMCustomElem *elem = new V2TIMCustomElem();
        elem->data = data;
        elem->desc = description;
        elem->extension = extension;
        return NewMessage(elem);
    }

    V2TIMMessage CreateImageMessage(const V2TIMString &imagePath) override {
        V2TIMImageElem *elem = new V2TIMImageElem();
        elem->path = imagePath;
        return NewMessage(elem);
    }

    V2TIMMessage CreateSoundMessage(const V2TIMString &soundPath, uint32_t duration) override {
        V2TIMSoundElem *elem = new V2TIMSoundElem();
        elem->path = soundPath;
        elem->duration = duration;
        return NewMessage(elem);
    }

    V2TIMMessage CreateVideoMessage(const V2TIMString &videoFilePath, const V2TIMString &type,
                                    uint32_t duration, const V2TIMString &snapshotPath) override {
        V2TIMVideoElem *elem = new V2TIMVideoElem();
        elem->videoPath = videoFilePath;
        elem->videoType = type;
        elem->duration = duration;
        elem->snapshotPath = snapshotPath;
        return NewMessage(elem);
    }

    V2TIMMessage CreateFileMessage(const V2TIMString &filePath,
                                   const V2TIMString &fileName) override {
        V2TIMFileElem *elem = new V2TIMFileElem();
        elem->path = filePath;
        elem->filename = fileName;
        return NewMessage(elem);
    }

    V2TIMMessage CreateLocationMessage(const V2TIMString &desc, double longitude,
                                       double latitude) override {
        V2TIMLocationElem *elem = new V2TIMLocationElem();
        elem->desc = desc;
        elem->longitude = longitude;
        elem->latitude = latitude;
        return NewMessage(elem);
    }

    V2TIMMessage CreateFaceMessage(uint32_t index, const V2TIMBuffer &data) override {
        V2TIMFaceElem *elem = new V2TIMFaceElem();
        elem->index = index;
        elem->data = data;
        return NewMessage(elem);
    }

    /* The merged messages themselves are not kept (there is no server to download them from). */
    V2TIMMessage CreateMergerMessage(const V2TIMMessageVector &, const V2TIMString &title,
                                     const V2TIMStringVector &abstractList,
                                     const V2TIMString &) override {
        V2TIMMergerElem *elem = new V2TIMMergerElem();
        elem->title = title;
        elem->abstractList = abstractList;
        return NewMessage(elem);
    }

    V2TIMMessage CreateForwardMessage(const V2TIMMessage &message) override {
        V2TIMMessage forward = NewMessage(nullptr);
        for (size_t i = 0; i < message.elemList.Size(); ++i) {
            V2TIMElem *copy = CloneElem(message.elemList[i]);
            if (copy != nullptr) forward.elemList.PushBack(copy);
        }
        return forward;
    }

    /* A copy of message: timconv delivers nothing, so a receiver list has nothing to limit. */
    V2TIMMessage CreateTargetedGroupMessage(const V2TIMMessage &message,
                                            const V2TIMStringVector &) override {
        return message;
    }

    V2TIMMessage CreateAtSignedGroupMessage(const V2TIMMessage &message,
                                            const V2TIMStringVector &atUserList) override {
        V2TIMMessage copy = message;
        copy.groupAtUserList = atUserList;
        return copy;
    }

    /* ---- sending ---- */

    V2TIMString SendMessage(V2TIMMessage &message, const V2TIMString &receiver,
                            const V2TIMString &groupID, V2TIMMessagePriority priority,
                            bool onlineUserOnly, const V2TIMOfflinePushInfo &offlinePushInfo,
                            V2TIMSendCallback *callback) override {
        std::string conv = Std(receiver.Empty() ? groupID : receiver);
        TIMConvType type = receiver.Empty() ? kTIMConv_Group : kTIMConv_C2C;
        if (conv.empty()) {
            AnswerError(callback, kErrInvalidParameters, "SendMessage: set receiver or groupID");
            return V2TIMString();
        }
        Writer w = Writer::Object();
        std::string err;
        if (!MessageBodyToJson(message, &w, &err)) {
            AnswerError(callback, kErrInvalidParameters, "SendMessage: " + err);
            return V2TIMString();
        }
        w.Key(kTIMMsgPriority).I64(PriorityToC(priority));
        if (onlineUserOnly) w.Key(kTIMMsgIsOnlineMsg).Bool(true);
        w.Key("message_offline_push_config")
            .Raw(Writer::Object()
                     .Key("offline_push_config_desc")
                     .String(Std(offlinePushInfo.desc))
                     .Key("offline_push_config_ext")
                     .String(Std(offlinePushInfo.ext))
                     .Key("offline_push_config_flag")
                     .I64(offlinePushInfo.disablePush ? 1 : 0)
                     .Done());
        std::string body = w.Done();
        char id[128] = {0};
        Call(Answer(static_cast<V2TIMValueCallback<V2TIMMessage> *>(callback), &ReadOneMessage),
             "SendMessage", [&](TIMCommCallback cb, const void *ud) {
                 int rc = TIMMsgSendMessage(conv.c_str(), type, body.c_str(), id, cb, ud);
                 if (rc != TIM_SUCC) id[0] = '\0';
                 return rc;
             });
        message.msgID = id;
        return V2TIMString(id);
    }

    /* ---- receive options ---- */

    void SetC2CReceiveMessageOpt(const V2TIMStringVector &userIDList, V2TIMReceiveMessageOpt opt,
                                 V2TIMCallback *callback) override {
        std::string ids = StringsToJson(userIDList);
        Call(Answer(callback), "SetC2CReceiveMessageOpt", [&](TIMCommCallback cb, const void *ud) {
            return TIMMsgSetC2CReceiveMessageOpt(ids.c_str(), static_cast<TIMReceiveMessageOpt>(opt), cb, ud);
        });
    }

    void GetC2CReceiveMessageOpt(const V2TIMStringVector &userIDList,
                                 V2TIMValueCallback<V2TIMReceiveMessageOptInfoVector> *callback) override {
        std::string ids = StringsToJson(userIDList);
        Pending *p = Answer(callback, [](const Value &v, V2TIMReceiveMessageOptInfoVector *out,
                                         std::string *) -> int {
            for (size_t i = 0; i < v.Size(); ++i) {
                V2TIMReceiveMessageOptInfo info;
                info.userID = ToV2(v.At(i).Str(kTIMMsgGetC2CRecvMsgOptResultIdentifier));
                info.receiveOpt = RecvOptFromC(v.At(i).U64(kTIMMsgGetC2CRecvMsgOptResultOpt));
                out->PushBack(info);
            }
            return 0;
        });
        Call(p, "GetC2CReceiveMessageOpt", [&](TIMCommCallback cb, const void *ud) {
            return TIMMsgGetC2CReceiveMessageOpt(ids.c_str(), cb, ud);
        });
    }

    void SetGroupReceiveMessageOpt(const V2TIMString &groupID, V2TIMReceiveMessageOpt opt,
                                   V2TIMCallback *callback) override {
        std::string id = Std(groupID);
        Call(Answer(callback), "SetGroupReceiveMessageOpt", [&](TIMCommCallback cb, const void *ud) {
            return TIMMsgSetGroupReceiveMessageOpt(id.c_str(), static_cast<TIMReceiveMessageOpt>(opt), cb, ud);
        });
    }

    /* ---- history, revoke, delete ---- */

    void GetHistoryMessageList(const V2TIMMessageListGetOption &option,
                               V2TIMValueCallback<V2TIMMessageVector> *callback) override {
        std::string conv = Std(option.userID.Empty() ? option.groupID : option.userID);
        TIMConvType type = option.userID.Empty() ? kTIMConv_Group : kTIMConv_C2C;
        if (conv.empty()) {
            AnswerError(callback, kErrInvalidParameters, "GetHistoryMessageList: set userID or groupID");
            return;
        }
        bool newer = option.getType == V2TIM_GET_CLOUD_NEWER_MSG ||
                     option.getType == V2TIM_GET_LOCAL_NEWER_MSG;
        bool cloud = option.getType == V2TIM_GET_CLOUD_OLDER_MSG ||
                     option.getType == V2TIM_GET_CLOUD_NEWER_MSG;
        Writer w = Writer::Object();
        w.Key(kTIMMsgGetMsgListParamCount).U64(option.count);
        w.Key(kTIMMsgGetMsgListParamIsForward).Bool(newer);
        w.Key(kTIMMsgGetMsgListParamIsRamble).Bool(cloud);
        if (option.lastMsg != nullptr) {
            if (option.lastMsg->msgID.Empty()) {
                AnswerError(callback, kErrInvalidParameters,
                            "GetHistoryMessageList: lastMsg has no msgID");
                return;
            }
            w.Key(kTIMMsgGetMsgListParamLastMsg).Raw(MessageIdentityToJson(*option.lastMsg));
        }
        if (option.lastMsgSeq != 0) w.Key(kTIMMsgGetMsgListParamLastMsgSeq).U64(option.lastMsgSeq);
        AddTimeRange(option, newer, &w);
        if (!option.messageSeqList.Empty()) {
            Writer seqs = Writer::Array();
            for (size_t i = 0; i < option.messageSeqList.Size(); ++i) seqs.U64(option.messageSeqList[i]);
            w.Key(kTIMMsgGetMsgListParamMessageSeqArray).Raw(seqs.Done());
        }
        if (!option.messageTypeList.Empty()) {
            Writer types = Writer::Array();
            for (size_t i = 0; i < option.messageTypeList.Size(); ++i) {
                int c = ElemTypeToC(option.messageTypeList[i]);
                if (c >= 0) types.I64(c);
            }
            w.Key(kTIMMsgGetMsgListParamMessageTypeArray).Raw(types.Done());
        }
        std::string param = w.Done();
        Call(Answer(callback, &ReadMessages), "GetHistoryMessageList",
             [&](TIMCommCallback cb, const void *ud) {
                 return TIMMsgGetMsgList(conv.c_str(), type, param.c_str(), cb, ud);
             });
    }

    void RevokeMessage(const V2TIMMessage &message, V2TIMCallback *callback) override {
        std::string conv, body;
        TIMConvType type = kTIMConv_Invalid;
        if (!Identify("RevokeMessage", message, &conv, &type, &body, callback)) return;
        Call(Answer(callback), "RevokeMessage", [&](TIMCommCallback cb, const void *ud) {
            return TIMMsgRevoke(conv.c_str(), type, body.c_str(), cb, ud);
        });
    }

    void ModifyMessage(const V2TIMMessage &, V2TIMCompleteCallback<V2TIMMessage> *callback) override {
        NotSupported(callback, "V2TIMMessageManager::ModifyMessage");
    }

    void DeleteMessages(const V2TIMMessageVector &messages, V2TIMCallback *callback) override {
        if (messages.Empty()) {
            AnswerError(callback, kErrInvalidParameters, "DeleteMessages: no messages");
            return;
        }
        std::string conv, body;
        TIMConvType type = kTIMConv_Invalid;
        Writer array = Writer::Array();
        for (size_t i = 0; i < messages.Size(); ++i) {
            std::string c;
            TIMConvType t = kTIMConv_Invalid;
            if (!Identify("DeleteMessages", messages[i], &c, &t, &body, callback)) return;
            if (i > 0 && (c != conv || t != type)) {
                AnswerError(callback, kErrInvalidParameters,
                            "DeleteMessages: the messages must belong to one conversation");
                return;
            }
            conv = c;
            type = t;
            array.Raw(body);
        }
        std::string list = array.Done();
        Call(Answer(callback), "DeleteMessages", [&](TIMCommCallback cb, const void *ud) {
            return TIMMsgListDelete(conv.c_str(), type, list.c_str(), cb, ud);
        });
    }

    void ClearC2CHistoryMessage(const V2TIMString &userID, V2TIMCallback *callback) override {
        Clear("ClearC2CHistoryMessage", Std(userID), kTIMConv_C2C, callback);
    }

    void ClearGroupHistoryMessage(const V2TIMString &groupID, V2TIMCallback *callback) override {
        Clear("ClearGroupHistoryMessage", Std(groupID), kTIMConv_Group, callback);
    }

    V2TIMString InsertGroupMessageToLocalStorage(V2TIMMessage &message, const V2TIMString &groupID,
                                                 const V2TIMString &sender,
                                                 V2TIMValueCallback<V2TIMMessage> *callback) override {
        return Insert("InsertGroupMessageToLocalStorage", message, Std(groupID), kTIMConv_Group,
                      sender, callback);
    }

    V2TIMString InsertC2CMessageToLocalStorage(V2TIMMessage &message, const V2TIMString &userID,
                                               const V2TIMString &sender,
                                               V2TIMValueCallback<V2TIMMessage> *callback) override {
        return Insert("InsertC2CMessageToLocalStorage", message, Std(userID), kTIMConv_C2C, sender,
                      callback);
    }

    void FindMessages(const V2TIMStringVector &messageIDList,
                      V2TIMValueCallback<V2TIMMessageVector> *callback) override {
        std::string ids = StringsToJson(messageIDList);
        Call(Answer(callback, &ReadMessages), "FindMessages", [&](TIMCommCallback cb, const void *ud) {
            return TIMMsgFindMessages(ids.c_str(), cb, ud);
        });
    }

    void SearchLocalMessages(const V2TIMMessageSearchParam &searchParam,
                             V2TIMValueCallback<V2TIMMessageSearchResult> *callback) override {
        SearchLocal(searchParam, callback);
    }

    /* ---- services timconv does not have ---- */

    void SendMessageReadReceipts(const V2TIMMessageVector &, V2TIMCallback *callback) override {
        NotSupported(callback, "V2TIMMessageManager::SendMessageReadReceipts");
    }
    void GetMessageReadReceipts(const V2TIMMessageVector &,
                                V2TIMValueCallback<V2TIMMessageReceiptVector> *callback) override {
        NotSupported(callback, "V2TIMMessageManager::GetMessageReadReceipts");
    }
    void GetGroupMessageReadMemberList(const V2TIMMessage &, V2TIMGroupMessageReadMembersFilter,
                                       uint64_t, uint32_t,
                                       V2TIMValueCallback<V2TIMGroupMessageReadMemberList> *callback) override {
        NotSupported(callback, "V2TIMMessageManager::GetGroupMessageReadMemberList");
    }
    void SetMessageExtensions(const V2TIMMessage &, const V2TIMMessageExtensionVector &,
                              V2TIMValueCallback<V2TIMMessageExtensionResultVector> *callback) override {
        NotSupported(callback, "V2TIMMessageManager::SetMessageExtensions");
    }
    void GetMessageExtensions(const V2TIMMessage &,
                              V2TIMValueCallback<V2TIMMessageExtensionVector> *callback) override {
        NotSupported(callback, "V2TIMMessageManager::GetMessageExtensions");
    }
    void DeleteMessageExtensions(const V2TIMMessage &, const V2TIMStringVector &,
                                 V2TIMValueCallback<V2TIMMessageExtensionResultVector> *callback) override {
        NotSupported(callback, "V2TIMMessageManager::DeleteMessageExtensions");
    }
    void TranslateText(const V2TIMStringVector &, const V2TIMString &, const V2TIMString &,
                       V2TIMValueCallback<V2TIMStringToV2TIMStringMap> *callback) override {
        NotSupported(callback, "V2TIMMessageManager::TranslateText");
    }

    /* ---- read marks ---- */

    void MarkC2CMessageAsRead(const V2TIMString &userID, V2TIMCallback *callback) override {
        MarkRead("MarkC2CMessageAsRead", userID.Empty() ? "c2c" : "c2c_" + Std(userID), callback);
    }

    void MarkGroupMessageAsRead(const V2TIMString &groupID, V2TIMCallback *callback) override {
        MarkRead("MarkGroupMessageAsRead", groupID.Empty() ? "group" : "group_" + Std(groupID), callback);
    }

    void MarkAllMessageAsRead(V2TIMCallback *callback) override {
        Call(Answer(callback), "MarkAllMessageAsRead",
             [&](TIMCommCallback cb, const void *ud) { return TIMMsgMarkAllMessageAsRead(cb, ud); });
    }

private:
    /* The conversation and identifying JSON of a stored message; answers 6017 when it has none. */
    template <class Cb>
    static bool Identify(const char *method, const V2TIMMessage &message, std::string *conv,
                         TIMConvType *type, std::string *body, Cb *callback) {
        if (!ConvOfMessage(message, conv, type) || message.msgID.Empty()) {
            AnswerError(callback, kErrInvalidParameters,
                        std::string(method) + ": the message has no msgID or conversation");
            return false;
        }
        *body = MessageIdentityToJson(message);
        return true;
    }

    static void Clear(const char *method, const std::string &conv, TIMConvType type,
                      V2TIMCallback *callback) {
        Call(Answer(callback), method, [&](TIMCommCallback cb, const void *ud) {
            return TIMMsgClearHistoryMessage(conv.c_str(), type, cb, ud);
        });
    }

    static void MarkRead(const char *method, const std::string &conversationID, V2TIMCallback *callback) {
        Call(Answer(callback), method, [&](TIMCommCallback cb, const void *ud) {
            return TIMConvCleanConversationUnreadMessageCount(conversationID.c_str(), 0, 0, cb, ud);
        });
    }

    static V2TIMString Insert(const char *method, V2TIMMessage &message, const std::string &conv,
                              TIMConvType type, const V2TIMString &sender,
                              V2TIMValueCallback<V2TIMMessage> *callback) {
        if (conv.empty()) {
            AnswerError(callback, kErrInvalidParameters, std::string(method) + ": no conversation");
            return V2TIMString();
        }
        Writer w = Writer::Object();
        std::string err;
        if (!MessageBodyToJson(message, &w, &err)) {
            AnswerError(callback, kErrInvalidParameters, std::string(method) + ": " + err);
            return V2TIMString();
        }
        std::string id = NewMessageID();
        uint64_t now = TIMGetServerTime();
        w.Key(kTIMMsgMsgId).String(id);
        w.Key(kTIMMsgServerTime).U64(now).Key(kTIMMsgClientTime).U64(now);
        if (!sender.Empty()) w.Key(kTIMMsgSender).String(Std(sender));
        std::string body = w.Done();
        bool accepted = false;
        Call(Answer(callback, &ReadOneMessage), method, [&](TIMCommCallback cb, const void *ud) {
            int rc = TIMMsgSaveMsg(conv.c_str(), type, body.c_str(), cb, ud);
            accepted = rc == TIM_SUCC;
            return rc;
        });
        if (!accepted) return V2TIMString();
        message.msgID = ToV2(id);
        return message.msgID;
    }

};

}  // namespace detail
}  // namespace v2
}  // namespace timconv

#endif /* TIMCONV_V2_MESSAGE_IMPL_H */
