/**
 * @file
 * @brief From C listener callbacks to V2 listeners (internal: timconv::v2::detail).
 *
 * The V2 layer registers its C listeners when the first V2 listener of a kind is added and
 * keeps them; each C event is converted once and handed to every V2 listener of that kind. The
 * V2 layer owns the C API's single-slot listener setters: an app using the V2 API should not
 * set them.
 */
#ifndef TIMCONV_V2_EVENTS_H
#define TIMCONV_V2_EVENTS_H

#include <map>
#include <mutex>
#include <string>

#include "../TIMConversationManager.h"
#include "../TIMMessageManager.h"
#include "../V2TIMListener.h"
#include "v2_convert.h"
#include "v2_group_events.h"
#include "v2_json.h"
#include "v2_registry.h"
#include "v2_runtime.h"

namespace timconv {
namespace v2 {
namespace detail {

/* ---- conversation events ------------------------------------------------------------------ */

/**
 * The C conversation event listener: Start/Finish become OnSyncServerStart/Finish (a Finish
 * carrying a failure, OnSyncServerFailed), Del
 * OnConversationDeleted, Add OnNewConversation, Update OnConversationChanged.
 */
inline void OnConvEvent(TIMConvEvent event, const char *json_conv_array, const void *) {
    Shield([&]() {
        ListenerSet<V2TIMConversationListener> &set = Reg().conversation;
        if (set.Empty()) return;
        if (event == kTIMConvEvent_Start) {
            set.ForEach([](V2TIMConversationListener *l) { l->OnSyncServerStart(); });
            return;
        }
        if (event == kTIMConvEvent_Finish) {
            /* A failed sync's Finish carries {"code","desc"}; a successful one "". */
            if (json_conv_array && json_conv_array[0]) {
                set.ForEach([](V2TIMConversationListener *l) { l->OnSyncServerFailed(); });
            } else {
                set.ForEach([](V2TIMConversationListener *l) { l->OnSyncServerFinish(); });
            }
            return;
        }
        Value array;
        if (!json::Parse(json_conv_array, &array)) return;
        if (event == kTIMConvEvent_Del) {
            V2TIMStringVector ids;
            for (size_t i = 0; i < array.Size(); ++i) {
                const Value &c = array.At(i);
                ids.PushBack(ToV2(JoinConvId(c.I64(kTIMConvType), c.Str(kTIMConvId))));
            }
            set.ForEach([&ids](V2TIMConversationListener *l) { l->OnConversationDeleted(ids); });
            return;
        }
        V2TIMConversationVector conversations;
        ConversationsFromJson(array, &conversations);
        if (event == kTIMConvEvent_Add) {
            set.ForEach([&](V2TIMConversationListener *l) { l->OnNewConversation(conversations); });
        } else if (event == kTIMConvEvent_Update) {
            set.ForEach([&](V2TIMConversationListener *l) { l->OnConversationChanged(conversations); });
        }
    });
}

/** The C total-unread listener: OnTotalUnreadMessageCountChanged. */
inline void OnTotalUnread(int total, const void *) {
    Shield([&]() {
        uint64_t count = total < 0 ? 0 : static_cast<uint64_t>(total);
        Reg().conversation.ForEach(
            [count](V2TIMConversationListener *l) { l->OnTotalUnreadMessageCountChanged(count); });
    });
}

/**
 * The C unread-by-filter listener: OnUnreadMessageCountChangedByFilter with the app's own
 * subscribed filter (or one read back from the JSON).
 */
inline void OnUnreadByFilter(const char *filter, int total, const void *) {
    Shield([&]() {
        Registry &r = Reg();
        V2TIMConversationListFilter f;
        bool known = false;
        {
            std::lock_guard<std::mutex> lock(r.filtersMu);
            std::map<std::string, V2TIMConversationListFilter>::const_iterator it =
                r.filters.find(filter ? filter : "");
            if (it != r.filters.end()) {
                f = it->second;
                known = true;
            }
        }
        if (!known) {
            Value j;
            if (json::Parse(filter, &j)) f = FilterFromJson(j);
        }
        uint64_t count = total < 0 ? 0 : static_cast<uint64_t>(total);
        r.conversation.ForEach([&](V2TIMConversationListener *l) {
            l->OnUnreadMessageCountChangedByFilter(f, count);
        });
    });
}

/** Appends the conversations of a ConvInfo JSON array to *out (nothing if it is not JSON). */
inline void ConversationArray(const char *json_array, V2TIMConversationVector *out) {
    Value array;
    if (json::Parse(json_array, &array)) ConversationsFromJson(array, out);
}

/** The C group-created listener: OnConversationGroupCreated. */
inline void OnGroupCreated(const char *name, const char *conversations, const void *) {
    Shield([&]() {
        V2TIMConversationVector list;
        ConversationArray(conversations, &list);
        V2TIMString group(name ? name : "");
        Reg().conversation.ForEach(
            [&](V2TIMConversationListener *l) { l->OnConversationGroupCreated(group, list); });
    });
}

/** The C group-deleted listener: OnConversationGroupDeleted. */
inline void OnGroupDeleted(const char *name, const void *) {
    Shield([&]() {
        V2TIMString group(name ? name : "");
        Reg().conversation.ForEach(
            [&](V2TIMConversationListener *l) { l->OnConversationGroupDeleted(group); });
    });
}

/** The C group-renamed listener: OnConversationGroupNameChanged. */
inline void OnGroupRenamed(const char *oldName, const char *newName, const void *) {
    Shield([&]() {
        V2TIMString from(oldName ? oldName : ""), to(newName ? newName : "");
        Reg().conversation.ForEach(
            [&](V2TIMConversationListener *l) { l->OnConversationGroupNameChanged(from, to); });
    });
}

/** The C added-to-group listener: OnConversationsAddedToGroup. */
inline void OnAddedToGroup(const char *name, const char *conversations, const void *) {
    Shield([&]() {
        V2TIMConversationVector list;
        ConversationArray(conversations, &list);
        V2TIMString group(name ? name : "");
        Reg().conversation.ForEach(
            [&](V2TIMConversationListener *l) { l->OnConversationsAddedToGroup(group, list); });
    });
}

/** The C deleted-from-group listener: the 3-argument OnConversationsDeletedFromGroup. */
inline void OnDeletedFromGroup(const char *name, const char *conversations, uint32_t reason,
                               const void *) {
    Shield([&]() {
        V2TIMConversationVector list;
        ConversationArray(conversations, &list);
        V2TIMString group(name ? name : "");
        Reg().conversation.ForEach([&](V2TIMConversationListener *l) {
            l->OnConversationsDeletedFromGroup(group, list, reason);
        });
    });
}

/** Registers the C conversation listeners, once. */
inline void EnsureConversationHooks() {
    std::call_once(Reg().conversationHooks, []() {
        TIMSetConvEventCallback(&OnConvEvent, nullptr);
        TIMSetConvTotalUnreadMessageCountChangedCallback(&OnTotalUnread, nullptr);
        TIMSetConvUnreadMessageCountChangedByFilterCallback(&OnUnreadByFilter, nullptr);
        TIMSetConvConversationGroupCreatedCallback(&OnGroupCreated, nullptr);
        TIMSetConvConversationGroupDeletedCallback(&OnGroupDeleted, nullptr);
        TIMSetConvConversationGroupNameChangedCallback(&OnGroupRenamed, nullptr);
        TIMSetConvConversationsAddedToGroupCallback(&OnAddedToGroup, nullptr);
        TIMSetConvConversationsDeletedFromGroupCallback(&OnDeletedFromGroup, nullptr);
    });
}

/* ---- message events ----------------------------------------------------------------------- */

/** The simple-listener call for one new message (text or custom first element). */
inline void DeliverSimple(const V2TIMMessage &m) {
    if (m.elemList.Empty() || m.elemList[0] == nullptr) return;
    const V2TIMElem *first = m.elemList[0];
    bool text = first->elemType == V2TIM_ELEM_TYPE_TEXT;
    if (!text && first->elemType != V2TIM_ELEM_TYPE_CUSTOM) return;
    const V2TIMString empty;
    const V2TIMString &words = text ? static_cast<const V2TIMTextElem *>(first)->text : empty;
    const V2TIMBuffer none;
    const V2TIMBuffer &data = text ? none : static_cast<const V2TIMCustomElem *>(first)->data;
    if (!m.groupID.Empty()) {
        V2TIMGroupMemberFullInfo sender;
        sender.userID = m.sender;
        sender.nickName = m.nickName;
        sender.friendRemark = m.friendRemark;
        sender.nameCard = m.nameCard;
        sender.faceURL = m.faceURL;
        Reg().simple.ForEach([&](V2TIMSimpleMsgListener *l) {
            if (text) {
                l->OnRecvGroupTextMessage(m.msgID, m.groupID, sender, words);
            } else {
                l->OnRecvGroupCustomMessage(m.msgID, m.groupID, sender, data);
            }
        });
    } else {
        V2TIMUserFullInfo sender;
        sender.userID = m.sender;
        sender.nickName = m.nickName;
        sender.faceURL = m.faceURL;
        Reg().simple.ForEach([&](V2TIMSimpleMsgListener *l) {
            if (text) {
                l->OnRecvC2CTextMessage(m.msgID, sender, words);
            } else {
                l->OnRecvC2CCustomMessage(m.msgID, sender, data);
            }
        });
    }
}

/**
 * The C new-message listener: OnRecvNewMessage for each message, then the simple listeners;
 * group reports go to the group listeners instead.
 */
inline void OnNewMessages(const char *json_msg_array, const void *) {
    Shield([&]() {
        Registry &r = Reg();
        if (r.advanced.Empty() && r.simple.Empty() && r.group.Empty()) return;
        Value array;
        if (!json::Parse(json_msg_array, &array)) return;
        for (size_t i = 0; i < array.Size(); ++i) {
            if (DeliverGroupReport(array.At(i), SelfID())) continue; /* not a V2 message */
            V2TIMMessage message;
            MessageFromJson(array.At(i), &message);
            r.advanced.ForEach([&](V2TIMAdvancedMsgListener *l) { l->OnRecvNewMessage(message); });
            DeliverSimple(message);
        }
    });
}

/** OnRecvMessageRevoked(msgID) to every advanced message listener. */
inline void DeliverRevoked(const V2TIMString &msgID) {
    Reg().advanced.ForEach([&](V2TIMAdvancedMsgListener *l) { l->OnRecvMessageRevoked(msgID); });
}

/**
 * The revoke listener names messages by locator (conversation, seq, unique ID), not by
 * message ID: look the message up in its conversation's history to report its ID.
 */
class RevokedLookup : public Pending {
public:
    /** Looks for the message with uniqueID; reports fallbackID if it is not found. */
    RevokedLookup(uint64_t uniqueID, const std::string &fallbackID)
        : uniqueID_(uniqueID), fallbackID_(fallbackID) {}
    /** Reports the revoked message's ID to the advanced message listeners. */
    void Run(int code, const std::string &, const char *json) override {
        std::string id = fallbackID_;
        Value array;
        if (code == 0 && json::Parse(json, &array)) {
            for (size_t i = 0; i < array.Size(); ++i) {
                if (array.At(i).U64(kTIMMsgUniqueId) == uniqueID_) {
                    id = array.At(i).Str(kTIMMsgMsgId);
                    break;
                }
            }
        }
        DeliverRevoked(ToV2(id));
    }

private:
    uint64_t uniqueID_;
    std::string fallbackID_;
};

/** The C revoke listener: looks each revoked message up (RevokedLookup) to report its ID. */
inline void OnRevoked(const char *json_locator_array, const void *) {
    Shield([&]() {
        if (Reg().advanced.Empty()) return;
        Value array;
        if (!json::Parse(json_locator_array, &array)) return;
        for (size_t i = 0; i < array.Size(); ++i) {
            const Value &loc = array.At(i);
            uint64_t unique = loc.U64(kTIMMsgLocatorUniqueId);
            /* The form of IDs the library assigns, used if the lookup finds nothing. */
            std::string fallback = json::U64ToText(unique) + "-" +
                                   json::U64ToText(loc.U64(kTIMMsgLocatorTime)) + "-" +
                                   json::U64ToText(loc.U64(kTIMMsgLocatorRand));
            std::string param = Writer::Object()
                                    .Key(kTIMMsgGetMsgListParamMessageSeqArray)
                                    .Raw(Writer::Array().U64(loc.U64(kTIMMsgLocatorSeq)).Done())
                                    .Key(kTIMMsgGetMsgListParamCount)
                                    .U64(100)
                                    .Done();
            std::string conv = loc.Str(kTIMMsgLocatorConvId);
            int64_t type = loc.I64(kTIMMsgLocatorConvType);
            Pending *p = new RevokedLookup(unique, fallback);
            Call(p, "OnRecvMessageRevoked", [&](TIMCommCallback cb, const void *ud) {
                return TIMMsgGetMsgList(conv.c_str(), static_cast<TIMConvType>(type), param.c_str(), cb, ud);
            });
        }
    });
}

/**
 * The C read-receipt listener: receipts without a message ID go to OnRecvC2CReadReceipt, the
 * others to OnRecvMessageReadReceipts.
 */
inline void OnReceipts(const char *json_receipt_array, const void *) {
    Shield([&]() {
        if (Reg().advanced.Empty()) return;
        Value array;
        if (!json::Parse(json_receipt_array, &array)) return;
        V2TIMMessageReceiptVector c2c, byMessage;
        for (size_t i = 0; i < array.Size(); ++i) {
            V2TIMMessageReceipt receipt = ReceiptFromJson(array.At(i));
            (receipt.msgID.Empty() ? c2c : byMessage).PushBack(receipt);
        }
        if (!c2c.Empty()) {
            Reg().advanced.ForEach([&](V2TIMAdvancedMsgListener *l) { l->OnRecvC2CReadReceipt(c2c); });
        }
        if (!byMessage.Empty()) {
            Reg().advanced.ForEach(
                [&](V2TIMAdvancedMsgListener *l) { l->OnRecvMessageReadReceipts(byMessage); });
        }
    });
}

/** The C message-update listener: OnRecvMessageModified for each message. */
inline void OnModified(const char *json_msg_array, const void *) {
    Shield([&]() {
        if (Reg().advanced.Empty()) return;
        Value array;
        if (!json::Parse(json_msg_array, &array)) return;
        for (size_t i = 0; i < array.Size(); ++i) {
            V2TIMMessage message;
            MessageFromJson(array.At(i), &message);
            Reg().advanced.ForEach([&](V2TIMAdvancedMsgListener *l) { l->OnRecvMessageModified(message); });
        }
    });
}

/** Registers the C group tips listener (and the message listeners, for group reports), once. */
inline void EnsureGroupHooks();

/** Registers the C message listeners (new, revoked, receipts, updates), once. */
inline void EnsureMessageHooks() {
    std::call_once(Reg().messageHooks, []() {
        TIMAddRecvNewMsgCallback(&OnNewMessages, nullptr);
        TIMSetMsgRevokeCallback(&OnRevoked, nullptr);
        TIMSetMsgReadedReceiptCallback(&OnReceipts, nullptr);
        TIMSetMsgUpdateCallback(&OnModified, nullptr);
    });
}

inline void EnsureGroupHooks() {
    EnsureMessageHooks();
    std::call_once(Reg().groupHooks, []() { TIMSetGroupTipsEventCallback(&OnGroupTips, nullptr); });
}

}  // namespace detail
}  // namespace v2
}  // namespace timconv

#endif /* TIMCONV_V2_EVENTS_H */
