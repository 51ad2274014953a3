/**
 * @file
 * @brief The managers of services timconv does not have (internal: timconv::v2::detail):
 * the relationship chain (except the block list), signaling and offline push.
 *
 * Every other call answers OnError(7013, "<method> is not supported by timconv") once, later,
 * in call order; their listeners are kept (so Add/Remove behave) and never called. The block
 * list goes to the C functions (the homeserver's ignored-users list).
 */
#ifndef TIMCONV_V2_UNSUPPORTED_IMPL_H
#define TIMCONV_V2_UNSUPPORTED_IMPL_H

#include "../V2TIMFriendshipManager.h"
#include "../TIMFriendshipManager.h"
#include "../V2TIMOfflinePushManager.h"
#include "../V2TIMSignalingManager.h"
#include "v2_events.h"
#include "v2_pending.h"
#include "v2_runtime.h"

/** Answers the method's `callback` with 7013, naming "cls::method" (this header only). */
#define TIMCONV_V2_NOT_SUPPORTED(cls, method) NotSupported(callback, #cls "::" #method)

namespace timconv {
namespace v2 {
namespace detail {

/** Reads an array of FriendResult. */
inline int ReadFriendResults(const Value &v, V2TIMFriendOperationResultVector *out, std::string *) {
    for (size_t i = 0; i < v.Size(); ++i) {
        V2TIMFriendOperationResult r;
        r.userID = ToV2(v.At(i).Str(kTIMFriendResultIdentifier));
        r.resultCode = static_cast<int>(v.At(i).I64(kTIMFriendResultCode));
        r.resultInfo = ToV2(v.At(i).Str(kTIMFriendResultDesc));
        out->PushBack(r);
    }
    return 0;
}

/** Reads an array of FriendProfile (the block list) as friend infos. */
inline int ReadBlocked(const Value &v, V2TIMFriendInfoVector *out, std::string *) {
    for (size_t i = 0; i < v.Size(); ++i) {
        V2TIMFriendInfo info;
        info.userID = ToV2(v.At(i).Str(kTIMFriendProfileIdentifier));
        info.userFullInfo.userID = info.userID;
        out->PushBack(info);
    }
    return 0;
}

/** timconv's V2TIMFriendshipManager: the block list is real; listeners are kept, every other
 * call answers 7013. */
class FriendshipManagerImpl final : public V2TIMFriendshipManager {
public:
    void AddFriendListener(V2TIMFriendshipListener *listener) override {
        Reg().friendship.Add(listener);
    }
    void RemoveFriendListener(V2TIMFriendshipListener *listener) override {
        Reg().friendship.Remove(listener);
    }
    void GetFriendList(V2TIMValueCallback<V2TIMFriendInfoVector> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMFriendshipManager, GetFriendList);
    }
    void GetFriendsInfo(const V2TIMStringVector &,
                        V2TIMValueCallback<V2TIMFriendInfoResultVector> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMFriendshipManager, GetFriendsInfo);
    }
    void SetFriendInfo(const V2TIMFriendInfo &, V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMFriendshipManager, SetFriendInfo);
    }
    void SearchFriends(const V2TIMFriendSearchParam &,
                       V2TIMValueCallback<V2TIMFriendInfoResultVector> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMFriendshipManager, SearchFriends);
    }
    void AddFriend(const V2TIMFriendAddApplication &,
                   V2TIMValueCallback<V2TIMFriendOperationResult> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMFriendshipManager, AddFriend);
    }
    void DeleteFromFriendList(const V2TIMStringVector &, V2TIMFriendType,
                              V2TIMValueCallback<V2TIMFriendOperationResultVector> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMFriendshipManager, DeleteFromFriendList);
    }
    void CheckFriend(const V2TIMStringVector &, V2TIMFriendType,
                     V2TIMValueCallback<V2TIMFriendCheckResultVector> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMFriendshipManager, CheckFriend);
    }
    void GetFriendApplicationList(V2TIMValueCallback<V2TIMFriendApplicationResult> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMFriendshipManager, GetFriendApplicationList);
    }
    void AcceptFriendApplication(const V2TIMFriendApplication &, V2TIMFriendAcceptType,
                                 V2TIMValueCallback<V2TIMFriendOperationResult> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMFriendshipManager, AcceptFriendApplication);
    }
    void RefuseFriendApplication(const V2TIMFriendApplication &,
                                 V2TIMValueCallback<V2TIMFriendOperationResult> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMFriendshipManager, RefuseFriendApplication);
    }
    void DeleteFriendApplication(const V2TIMFriendApplication &, V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMFriendshipManager, DeleteFriendApplication);
    }
    void SetFriendApplicationRead(V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMFriendshipManager, SetFriendApplicationRead);
    }
    void AddToBlackList(const V2TIMStringVector &userIDList,
                        V2TIMValueCallback<V2TIMFriendOperationResultVector> *callback) override {
        std::string users = StringsToJson(userIDList);
        Call(Answer(callback, &ReadFriendResults), "V2TIMFriendshipManager::AddToBlackList",
             [&](TIMCommCallback cb, const void *ud) { return TIMFriendshipAddToBlackList(users.c_str(), cb, ud); });
    }
    void DeleteFromBlackList(const V2TIMStringVector &userIDList,
                             V2TIMValueCallback<V2TIMFriendOperationResultVector> *callback) override {
        std::string users = StringsToJson(userIDList);
        Call(Answer(callback, &ReadFriendResults), "V2TIMFriendshipManager::DeleteFromBlackList",
             [&](TIMCommCallback cb, const void *ud) {
                 return TIMFriendshipDeleteFromBlackList(users.c_str(), cb, ud);
             });
    }
    void GetBlackList(V2TIMValueCallback<V2TIMFriendInfoVector> *callback) override {
        Call(Answer(callback, &ReadBlocked), "V2TIMFriendshipManager::GetBlackList",
             [&](TIMCommCallback cb, const void *ud) { return TIMFriendshipGetBlackList(cb, ud); });
    }
    void CreateFriendGroup(const V2TIMString &, const V2TIMStringVector &,
                           V2TIMValueCallback<V2TIMFriendOperationResultVector> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMFriendshipManager, CreateFriendGroup);
    }
    void GetFriendGroups(const V2TIMStringVector &,
                         V2TIMValueCallback<V2TIMFriendGroupVector> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMFriendshipManager, GetFriendGroups);
    }
    void DeleteFriendGroup(const V2TIMStringVector &, V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMFriendshipManager, DeleteFriendGroup);
    }
    void RenameFriendGroup(const V2TIMString &, const V2TIMString &, V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMFriendshipManager, RenameFriendGroup);
    }
    void AddFriendsToFriendGroup(const V2TIMString &, const V2TIMStringVector &,
                                 V2TIMValueCallback<V2TIMFriendOperationResultVector> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMFriendshipManager, AddFriendsToFriendGroup);
    }
    void DeleteFriendsFromFriendGroup(const V2TIMString &, const V2TIMStringVector &,
                                      V2TIMValueCallback<V2TIMFriendOperationResultVector> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMFriendshipManager, DeleteFriendsFromFriendGroup);
    }
};

/**
 * timconv's V2TIMSignalingManager: listeners are kept, GetSignalingInfo returns an empty info,
 * every other call answers 7013.
 */
class SignalingManagerImpl final : public V2TIMSignalingManager {
public:
    void AddSignalingListener(V2TIMSignalingListener *listener) override {
        Reg().signaling.Add(listener);
    }
    void RemoveSignalingListener(V2TIMSignalingListener *listener) override {
        Reg().signaling.Remove(listener);
    }
    V2TIMString Invite(const V2TIMString &, const V2TIMString &, bool, const V2TIMOfflinePushInfo &,
                       int, V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMSignalingManager, Invite);
        return V2TIMString();
    }
    V2TIMString InviteInGroup(const V2TIMString &, const V2TIMStringVector &, const V2TIMString &,
                              bool, int, V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMSignalingManager, InviteInGroup);
        return V2TIMString();
    }
    void Cancel(const V2TIMString &, const V2TIMString &, V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMSignalingManager, Cancel);
    }
    void Accept(const V2TIMString &, const V2TIMString &, V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMSignalingManager, Accept);
    }
    void Reject(const V2TIMString &, const V2TIMString &, V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMSignalingManager, Reject);
    }
    /** No message is a signaling message here: an info without inviteID. */
    V2TIMSignalingInfo GetSignalingInfo(const V2TIMMessage &) override { return V2TIMSignalingInfo(); }
    void AddInvitedSignaling(const V2TIMSignalingInfo &, V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMSignalingManager, AddInvitedSignaling);
    }
    void ModifyInvitation(const V2TIMString &, const V2TIMString &, V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMSignalingManager, ModifyInvitation);
    }
};

/** timconv's V2TIMOfflinePushManager: every call answers 7013. */
class OfflinePushManagerImpl final : public V2TIMOfflinePushManager {
public:
    void SetOfflinePushConfig(const V2TIMOfflinePushConfig &, V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMOfflinePushManager, SetOfflinePushConfig);
    }
    void DoBackground(uint32_t, V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMOfflinePushManager, DoBackground);
    }
    void DoForeground(V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMOfflinePushManager, DoForeground);
    }
};

}  // namespace detail
}  // namespace v2
}  // namespace timconv

#undef TIMCONV_V2_NOT_SUPPORTED

#endif /* TIMCONV_V2_UNSUPPORTED_IMPL_H */
