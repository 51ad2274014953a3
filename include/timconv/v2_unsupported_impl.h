/**
 * @file
 * @brief The managers of services timconv does not have (internal: timconv::v2::detail):
 * groups, the relationship chain, signaling and offline push.
 *
 * Every call answers OnError(7013, "<method> is not supported by timconv") once, later, in
 * call order; their listeners are kept (so Add/Remove behave) and never called.
 */
#ifndef TIMCONV_V2_UNSUPPORTED_IMPL_H
#define TIMCONV_V2_UNSUPPORTED_IMPL_H

#include "../V2TIMFriendshipManager.h"
#include "../V2TIMGroupManager.h"
#include "../V2TIMOfflinePushManager.h"
#include "../V2TIMSignalingManager.h"
#include "v2_events.h"
#include "v2_runtime.h"

/** Answers the method's `callback` with 7013, naming "cls::method" (this header only). */
#define TIMCONV_V2_NOT_SUPPORTED(cls, method) NotSupported(callback, #cls "::" #method)

namespace timconv {
namespace v2 {
namespace detail {

/** timconv's V2TIMGroupManager: every call answers 7013. */
class GroupManagerImpl final : public V2TIMGroupManager {
public:
    void CreateGroup(const V2TIMGroupInfo &, const V2TIMCreateGroupMemberInfoVector &,
                     V2TIMValueCallback<V2TIMString> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, CreateGroup);
    }
    void GetJoinedGroupList(V2TIMValueCallback<V2TIMGroupInfoVector> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, GetJoinedGroupList);
    }
    void GetGroupsInfo(const V2TIMStringVector &,
                       V2TIMValueCallback<V2TIMGroupInfoResultVector> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, GetGroupsInfo);
    }
    void SearchGroups(const V2TIMGroupSearchParam &,
                      V2TIMValueCallback<V2TIMGroupInfoVector> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, SearchGroups);
    }
    void SetGroupInfo(const V2TIMGroupInfo &, V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, SetGroupInfo);
    }
    void InitGroupAttributes(const V2TIMString &, const V2TIMGroupAttributeMap &,
                             V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, InitGroupAttributes);
    }
    void SetGroupAttributes(const V2TIMString &, const V2TIMGroupAttributeMap &,
                            V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, SetGroupAttributes);
    }
    void DeleteGroupAttributes(const V2TIMString &, const V2TIMStringVector &,
                               V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, DeleteGroupAttributes);
    }
    void GetGroupAttributes(const V2TIMString &, const V2TIMStringVector &,
                            V2TIMValueCallback<V2TIMGroupAttributeMap> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, GetGroupAttributes);
    }
    void GetGroupOnlineMemberCount(const V2TIMString &,
                                   V2TIMValueCallback<uint32_t> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, GetGroupOnlineMemberCount);
    }
    void SetGroupCounters(const V2TIMString &, const V2TIMStringToInt64Map &,
                          V2TIMValueCallback<V2TIMStringToInt64Map> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, SetGroupCounters);
    }
    void GetGroupCounters(const V2TIMString &, const V2TIMStringVector &,
                          V2TIMValueCallback<V2TIMStringToInt64Map> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, GetGroupCounters);
    }
    void IncreaseGroupCounter(const V2TIMString &, const V2TIMString &, int64_t,
                              V2TIMValueCallback<V2TIMStringToInt64Map> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, IncreaseGroupCounter);
    }
    void DecreaseGroupCounter(const V2TIMString &, const V2TIMString &, int64_t,
                              V2TIMValueCallback<V2TIMStringToInt64Map> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, DecreaseGroupCounter);
    }
    void GetGroupMemberList(const V2TIMString &, uint32_t, uint64_t,
                            V2TIMValueCallback<V2TIMGroupMemberInfoResult> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, GetGroupMemberList);
    }
    void GetGroupMembersInfo(const V2TIMString &, V2TIMStringVector,
                             V2TIMValueCallback<V2TIMGroupMemberFullInfoVector> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, GetGroupMembersInfo);
    }
    void SearchGroupMembers(const V2TIMGroupMemberSearchParam &,
                            V2TIMValueCallback<V2TIMGroupSearchGroupMembersMap> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, SearchGroupMembers);
    }
    void SetGroupMemberInfo(const V2TIMString &, const V2TIMGroupMemberFullInfo &,
                            V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, SetGroupMemberInfo);
    }
    void MuteGroupMember(const V2TIMString &, const V2TIMString &, uint32_t,
                         V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, MuteGroupMember);
    }
    void InviteUserToGroup(const V2TIMString &, const V2TIMStringVector &,
                           V2TIMValueCallback<V2TIMGroupMemberOperationResultVector> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, InviteUserToGroup);
    }
    void KickGroupMember(const V2TIMString &, const V2TIMStringVector &, const V2TIMString &,
                         V2TIMValueCallback<V2TIMGroupMemberOperationResultVector> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, KickGroupMember);
    }
    void SetGroupMemberRole(const V2TIMString &, const V2TIMString &, uint32_t,
                            V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, SetGroupMemberRole);
    }
    void MarkGroupMemberList(const V2TIMString &, const V2TIMStringVector &, uint32_t, bool,
                             V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, MarkGroupMemberList);
    }
    void TransferGroupOwner(const V2TIMString &, const V2TIMString &,
                            V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, TransferGroupOwner);
    }
    void GetGroupApplicationList(V2TIMValueCallback<V2TIMGroupApplicationResult> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, GetGroupApplicationList);
    }
    void AcceptGroupApplication(const V2TIMGroupApplication &, const V2TIMString &,
                                V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, AcceptGroupApplication);
    }
    void RefuseGroupApplication(const V2TIMGroupApplication &, const V2TIMString &,
                                V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, RefuseGroupApplication);
    }
    void SetGroupApplicationRead(V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, SetGroupApplicationRead);
    }
    void GetJoinedCommunityList(V2TIMValueCallback<V2TIMGroupInfoVector> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, GetJoinedCommunityList);
    }
    void CreateTopicInCommunity(const V2TIMString &, const V2TIMTopicInfo &,
                                V2TIMValueCallback<V2TIMString> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, CreateTopicInCommunity);
    }
    void DeleteTopicFromCommunity(const V2TIMString &, const V2TIMStringVector &,
                                  V2TIMValueCallback<V2TIMTopicOperationResultVector> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, DeleteTopicFromCommunity);
    }
    void SetTopicInfo(const V2TIMTopicInfo &, V2TIMCallback *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, SetTopicInfo);
    }
    void GetTopicInfoList(const V2TIMString &, const V2TIMStringVector &,
                          V2TIMValueCallback<V2TIMTopicInfoResultVector> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMGroupManager, GetTopicInfoList);
    }
};

/** timconv's V2TIMFriendshipManager: listeners are kept, every other call answers 7013. */
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
    void AddToBlackList(const V2TIMStringVector &,
                        V2TIMValueCallback<V2TIMFriendOperationResultVector> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMFriendshipManager, AddToBlackList);
    }
    void DeleteFromBlackList(const V2TIMStringVector &,
                             V2TIMValueCallback<V2TIMFriendOperationResultVector> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMFriendshipManager, DeleteFromBlackList);
    }
    void GetBlackList(V2TIMValueCallback<V2TIMFriendInfoVector> *callback) override {
        TIMCONV_V2_NOT_SUPPORTED(V2TIMFriendshipManager, GetBlackList);
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
