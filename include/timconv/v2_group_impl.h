/**
 * @file
 * @brief V2TIMGroupManager over TIMGroupManager.h (internal: timconv::v2::detail).
 *
 * Groups, their info and members go to the C functions, which carry them out on the
 * homeserver (without one they answer 7013, and so do these methods). Attributes, counters,
 * applications, member marks, owner transfer, searches and communities answer 7013.
 */
#ifndef TIMCONV_V2_GROUP_IMPL_H
#define TIMCONV_V2_GROUP_IMPL_H

#include <string>

#include "../TIMGroupManager.h"
#include "../TIMManager.h"
#include "../V2TIMGroupManager.h"
#include "v2_convert.h"
#include "v2_events.h"
#include "v2_pending.h"
#include "v2_runtime.h"

/** Answers the method's `callback` with 7013, naming "V2TIMGroupManager::method" (this header only). */
#define TIMCONV_V2_GROUP_NOT_SUPPORTED(method) NotSupported(callback, "V2TIMGroupManager::" #method)

namespace timconv {
namespace v2 {
namespace detail {

/** The C group type of a V2 one ("Work", "Public", ...); -1 for an unknown name. */
inline int GroupTypeFromName(const std::string &name) {
    if (name == "Public") return kTIMGroup_Public;
    if (name == "Work" || name == "Private") return kTIMGroup_Private;
    if (name == "Meeting" || name == "ChatRoom") return kTIMGroup_ChatRoom;
    if (name == "AVChatRoom") return kTIMGroup_AVChatRoom;
    if (name == "Community") return kTIMGroup_Community;
    return -1;
}

/** A CreateGroupParam. */
inline std::string CreateParam(const std::string &id, int type, const V2TIMGroupInfo &info,
                               const V2TIMCreateGroupMemberInfoVector &members) {
    Writer list = Writer::Array();
    for (size_t i = 0; i < members.Size(); ++i) {
        list.Raw(Writer::Object()
                     .Key(kTIMGroupMemberInfoIdentifier).String(Std(members[i].userID))
                     .Key(kTIMGroupMemberInfoMemberRole).U64(members[i].role)
                     .Done());
    }
    Writer w = Writer::Object();
    if (!id.empty()) w.Key(kTIMCreateGroupParamGroupId).String(id);
    return w.Key(kTIMCreateGroupParamGroupType).U64(static_cast<uint64_t>(type))
        .Key(kTIMCreateGroupParamGroupName).String(Std(info.groupName))
        .Key(kTIMCreateGroupParamIntroduction).String(Std(info.introduction))
        .Key(kTIMCreateGroupParamNotification).String(Std(info.notification))
        .Key(kTIMCreateGroupParamFaceUrl).String(Std(info.faceURL))
        .Key(kTIMCreateGroupParamGroupMemberArray).Raw(list.Done())
        .Done();
}

/** Reads a CreateGroupResult (the group ID). */
inline int ReadGroupID(const Value &v, V2TIMString *out, std::string *) {
    *out = ToV2(v.Str(kTIMCreateGroupResultGroupId));
    return 0;
}

/** A V2TIMGroupInfo from a GroupBaseInfo or GroupDetailInfo. */
inline V2TIMGroupInfo GroupInfoFromJson(const Value &g, bool detail) {
    V2TIMGroupInfo info;
    const char *id = detail ? kTIMGroupDetailInfoGroupId : kTIMGroupBaseInfoGroupId;
    const char *type = detail ? kTIMGroupDetailInfoGroupType : kTIMGroupBaseInfoGroupType;
    const char *name = detail ? kTIMGroupDetailInfoGroupName : kTIMGroupBaseInfoGroupName;
    const char *face = detail ? kTIMGroupDetailInfoFaceUrl : kTIMGroupBaseInfoFaceUrl;
    info.groupID = ToV2(g.Str(id));
    info.groupType = GroupTypeName(g.U64(type));
    info.groupName = ToV2(g.Str(name));
    info.faceURL = ToV2(g.Str(face));
    info.recvOpt = RecvOptFromC(g.U64(kTIMGroupBaseInfoMsgFlag));
    if (detail) {
        info.notification = ToV2(g.Str(kTIMGroupDetailInfoNotification));
        info.introduction = ToV2(g.Str(kTIMGroupDetailInfoIntroduction));
        info.owner = ToV2(g.Str(kTIMGroupDetailInfoOwnerIdentifier));
        info.createTime = static_cast<uint32_t>(g.U64(kTIMGroupDetailInfoCreateTime));
        info.memberCount = static_cast<uint32_t>(g.U64(kTIMGroupDetailInfoMemberNum));
        info.lastMessageTime = static_cast<uint32_t>(g.U64(kTIMGroupDetailInfoLastMsgTime));
        info.allMuted = g.Get(kTIMGroupDetailInfoIsShutupAll).AsBool();
        uint64_t add = g.U64(kTIMGroupDetailInfoAddOption);
        info.groupAddOpt = add <= 2 ? static_cast<V2TIMGroupAddOpt>(add) : V2TIM_GROUP_ADD_ANY;
    } else {
        info.allMuted = g.Get(kTIMGroupBaseInfoIsShutupAll).AsBool();
    }
    return info;
}

/** Reads an array of GroupBaseInfo. */
inline int ReadGroups(const Value &v, V2TIMGroupInfoVector *out, std::string *) {
    for (size_t i = 0; i < v.Size(); ++i) out->PushBack(GroupInfoFromJson(v.At(i), false));
    return 0;
}

/** Reads an array of GetGroupInfoResult. */
inline int ReadGroupResults(const Value &v, V2TIMGroupInfoResultVector *out, std::string *) {
    for (size_t i = 0; i < v.Size(); ++i) {
        V2TIMGroupInfoResult r;
        r.resultCode = static_cast<int>(v.At(i).I64(kTIMGetGroupInfoResultCode));
        r.resultMsg = ToV2(v.At(i).Str(kTIMGetGroupInfoResultDesc));
        r.info = GroupInfoFromJson(v.At(i).Get(kTIMGetGroupInfoResultInfo), true);
        out->PushBack(r);
    }
    return 0;
}

/** A V2TIMGroupMemberFullInfo from a GroupMemberInfo. */
inline V2TIMGroupMemberFullInfo MemberFullFromJson(const Value &m) {
    V2TIMGroupMemberFullInfo info;
    static_cast<V2TIMGroupMemberInfo &>(info) = MemberFromJson(m);
    info.role = static_cast<uint32_t>(m.U64(kTIMGroupMemberInfoMemberRole));
    info.muteUntil = static_cast<uint32_t>(m.U64(kTIMGroupMemberInfoShutupTime));
    info.joinTime = m.I64(kTIMGroupMemberInfoJoinTime);
    return info;
}

/** Reads a member page. */
inline int ReadMemberPage(const Value &v, V2TIMGroupMemberInfoResult *out, std::string *) {
    out->nextSequence = v.U64(kTIMGroupGetMemberInfoListResultNexSeq);
    const Value &list = v.Get(kTIMGroupGetMemberInfoListResultInfoArray);
    for (size_t i = 0; i < list.Size(); ++i) out->memberInfoList.PushBack(MemberFullFromJson(list.At(i)));
    return 0;
}

/** Reads a member page as a plain list. */
inline int ReadMembers(const Value &v, V2TIMGroupMemberFullInfoVector *out, std::string *) {
    const Value &list = v.Get(kTIMGroupGetMemberInfoListResultInfoArray);
    for (size_t i = 0; i < list.Size(); ++i) out->PushBack(MemberFullFromJson(list.At(i)));
    return 0;
}

/** Reads invite (or removal) results. */
inline int ReadMemberResults(const Value &v, V2TIMGroupMemberOperationResultVector *out, bool invite) {
    for (size_t i = 0; i < v.Size(); ++i) {
        V2TIMGroupMemberOperationResult r;
        const Value &x = v.At(i);
        r.userID = ToV2(x.Str(invite ? kTIMGroupInviteMemberResultIdentifier : kTIMGroupDeleteMemberResultIdentifier));
        uint64_t result = x.U64(invite ? kTIMGroupInviteMemberResultResult : kTIMGroupDeleteMemberResultResult);
        r.result = result <= 4 ? static_cast<V2TIMGroupMemberResult>(result) : V2TIM_GROUP_MEMBER_RESULT_FAIL;
        out->PushBack(r);
    }
    return 0;
}

/** A GroupModifyMemberInfoParam. */
inline std::string MemberParam(const V2TIMString &group, const V2TIMString &user, uint32_t flags, uint32_t role,
                               uint32_t seconds, const V2TIMString &card) {
    return Writer::Object()
        .Key(kTIMGroupModifyMemberInfoParamGroupId).String(Std(group))
        .Key(kTIMGroupModifyMemberInfoParamIdentifier).String(Std(user))
        .Key(kTIMGroupModifyMemberInfoParamModifyFlag).U64(flags)
        .Key(kTIMGroupModifyMemberInfoParamMemberRole).U64(role)
        .Key(kTIMGroupModifyMemberInfoParamShutupTime).U64(seconds)
        .Key(kTIMGroupModifyMemberInfoParamNameCard).String(Std(card))
        .Done();
}

/** A GroupGetMemberInfoListParam. */
inline std::string MembersParam(const V2TIMString &group, uint32_t filter, uint64_t next,
                                const V2TIMStringVector *users) {
    Writer w = Writer::Object();
    w.Key(kTIMGroupGetMemberInfoListParamGroupId).String(Std(group))
        .Key(kTIMGroupGetMemberInfoListParamOption)
        .Raw(Writer::Object().Key(kTIMGroupMemberGetInfoOptionRoleFlag).U64(filter).Done())
        .Key(kTIMGroupGetMemberInfoListParamNextSeq).U64(next);
    if (users) w.Key(kTIMGroupGetMemberInfoListParamIdentifierArray).Raw(StringsToJson(*users));
    return w.Done();
}

/** timconv's V2TIMGroupManager (see the file comment). */
class GroupManagerImpl final : public V2TIMGroupManager {
public:
    void CreateGroup(const V2TIMGroupInfo &info, const V2TIMCreateGroupMemberInfoVector &memberList,
                     V2TIMValueCallback<V2TIMString> *callback) override {
        int type = GroupTypeFromName(Std(info.groupType));
        if (type < 0) {
            AnswerError(callback, kErrInvalidParameters, "V2TIMGroupManager::CreateGroup: unknown group type");
            return;
        }
        std::string param = CreateParam(Std(info.groupID), type, info, memberList);
        Call(Answer(callback, &ReadGroupID), "V2TIMGroupManager::CreateGroup",
             [&](TIMCommCallback cb, const void *ud) { return TIMGroupCreate(param.c_str(), cb, ud); });
    }
    void GetJoinedGroupList(V2TIMValueCallback<V2TIMGroupInfoVector> *callback) override {
        Call(Answer(callback, &ReadGroups), "V2TIMGroupManager::GetJoinedGroupList",
             [&](TIMCommCallback cb, const void *ud) { return TIMGroupGetJoinedGroupList(cb, ud); });
    }
    void GetGroupsInfo(const V2TIMStringVector &groupIDList,
                       V2TIMValueCallback<V2TIMGroupInfoResultVector> *callback) override {
        std::string ids = StringsToJson(groupIDList);
        Call(Answer(callback, &ReadGroupResults), "V2TIMGroupManager::GetGroupsInfo",
             [&](TIMCommCallback cb, const void *ud) { return TIMGroupGetGroupInfoList(ids.c_str(), cb, ud); });
    }
    void SearchGroups(const V2TIMGroupSearchParam &, V2TIMValueCallback<V2TIMGroupInfoVector> *callback) override {
        TIMCONV_V2_GROUP_NOT_SUPPORTED(SearchGroups);
    }
    void SetGroupInfo(const V2TIMGroupInfo &info, V2TIMCallback *callback) override {
        std::string param = Writer::Object()
                                .Key(kTIMGroupModifyInfoParamGroupId).String(Std(info.groupID))
                                .Key(kTIMGroupModifyInfoParamModifyFlag).U64(info.modifyFlag)
                                .Key(kTIMGroupModifyInfoParamGroupName).String(Std(info.groupName))
                                .Key(kTIMGroupModifyInfoParamNotification).String(Std(info.notification))
                                .Key(kTIMGroupModifyInfoParamIntroduction).String(Std(info.introduction))
                                .Key(kTIMGroupModifyInfoParamFaceUrl).String(Std(info.faceURL))
                                .Key(kTIMGroupModifyInfoParamAddOption).U64(info.groupAddOpt)
                                .Key(kTIMGroupModifyInfoParamIsShutupAll).Bool(info.allMuted)
                                .Done();
        Call(Answer(callback), "V2TIMGroupManager::SetGroupInfo",
             [&](TIMCommCallback cb, const void *ud) { return TIMGroupModifyGroupInfo(param.c_str(), cb, ud); });
    }
    void InitGroupAttributes(const V2TIMString &, const V2TIMGroupAttributeMap &, V2TIMCallback *callback) override {
        TIMCONV_V2_GROUP_NOT_SUPPORTED(InitGroupAttributes);
    }
    void SetGroupAttributes(const V2TIMString &, const V2TIMGroupAttributeMap &, V2TIMCallback *callback) override {
        TIMCONV_V2_GROUP_NOT_SUPPORTED(SetGroupAttributes);
    }
    void DeleteGroupAttributes(const V2TIMString &, const V2TIMStringVector &, V2TIMCallback *callback) override {
        TIMCONV_V2_GROUP_NOT_SUPPORTED(DeleteGroupAttributes);
    }
    void GetGroupAttributes(const V2TIMString &, const V2TIMStringVector &,
                            V2TIMValueCallback<V2TIMGroupAttributeMap> *callback) override {
        TIMCONV_V2_GROUP_NOT_SUPPORTED(GetGroupAttributes);
    }
    void GetGroupOnlineMemberCount(const V2TIMString &, V2TIMValueCallback<uint32_t> *callback) override {
        TIMCONV_V2_GROUP_NOT_SUPPORTED(GetGroupOnlineMemberCount);
    }
    void SetGroupCounters(const V2TIMString &, const V2TIMStringToInt64Map &,
                          V2TIMValueCallback<V2TIMStringToInt64Map> *callback) override {
        TIMCONV_V2_GROUP_NOT_SUPPORTED(SetGroupCounters);
    }
    void GetGroupCounters(const V2TIMString &, const V2TIMStringVector &,
                          V2TIMValueCallback<V2TIMStringToInt64Map> *callback) override {
        TIMCONV_V2_GROUP_NOT_SUPPORTED(GetGroupCounters);
    }
    void IncreaseGroupCounter(const V2TIMString &, const V2TIMString &, int64_t,
                              V2TIMValueCallback<V2TIMStringToInt64Map> *callback) override {
        TIMCONV_V2_GROUP_NOT_SUPPORTED(IncreaseGroupCounter);
    }
    void DecreaseGroupCounter(const V2TIMString &, const V2TIMString &, int64_t,
                              V2TIMValueCallback<V2TIMStringToInt64Map> *callback) override {
        TIMCONV_V2_GROUP_NOT_SUPPORTED(DecreaseGroupCounter);
    }
    void GetGroupMemberList(const V2TIMString &groupID, uint32_t filter, uint64_t nextSeq,
                            V2TIMValueCallback<V2TIMGroupMemberInfoResult> *callback) override {
        std::string param = MembersParam(groupID, filter, nextSeq, nullptr);
        Call(Answer(callback, &ReadMemberPage), "V2TIMGroupManager::GetGroupMemberList",
             [&](TIMCommCallback cb, const void *ud) { return TIMGroupGetMemberInfoList(param.c_str(), cb, ud); });
    }
    void GetGroupMembersInfo(const V2TIMString &groupID, V2TIMStringVector memberList,
                             V2TIMValueCallback<V2TIMGroupMemberFullInfoVector> *callback) override {
        std::string param = MembersParam(groupID, 0, 0, &memberList);
        Call(Answer(callback, &ReadMembers), "V2TIMGroupManager::GetGroupMembersInfo",
             [&](TIMCommCallback cb, const void *ud) { return TIMGroupGetMemberInfoList(param.c_str(), cb, ud); });
    }
    void SearchGroupMembers(const V2TIMGroupMemberSearchParam &,
                            V2TIMValueCallback<V2TIMGroupSearchGroupMembersMap> *callback) override {
        TIMCONV_V2_GROUP_NOT_SUPPORTED(SearchGroupMembers);
    }
    void SetGroupMemberInfo(const V2TIMString &groupID, const V2TIMGroupMemberFullInfo &info,
                            V2TIMCallback *callback) override {
        uint64_t now = TIMGetServerTime();
        uint32_t seconds = info.muteUntil > now ? static_cast<uint32_t>(info.muteUntil - now) : 0;
        ModifyMember(groupID, info.userID, info.modifyFlag, info.role, seconds, info.nameCard, callback,
                     "V2TIMGroupManager::SetGroupMemberInfo");
    }
    void MuteGroupMember(const V2TIMString &groupID, const V2TIMString &userID, uint32_t seconds,
                         V2TIMCallback *callback) override {
        ModifyMember(groupID, userID, kTIMGroupMemberModifyFlag_ShutupTime, 0, seconds, V2TIMString(), callback,
                     "V2TIMGroupManager::MuteGroupMember");
    }
    void InviteUserToGroup(const V2TIMString &groupID, const V2TIMStringVector &userList,
                           V2TIMValueCallback<V2TIMGroupMemberOperationResultVector> *callback) override {
        std::string param = Writer::Object()
                                .Key(kTIMGroupInviteMemberParamGroupId).String(Std(groupID))
                                .Key(kTIMGroupInviteMemberParamIdentifierArray).Raw(StringsToJson(userList))
                                .Done();
        auto read = [](const Value &v, V2TIMGroupMemberOperationResultVector *out, std::string *) {
            return ReadMemberResults(v, out, true);
        };
        Call(Answer(callback, read), "V2TIMGroupManager::InviteUserToGroup",
             [&](TIMCommCallback cb, const void *ud) { return TIMGroupInviteMember(param.c_str(), cb, ud); });
    }
    void KickGroupMember(const V2TIMString &groupID, const V2TIMStringVector &memberList,
                         const V2TIMString &reason,
                         V2TIMValueCallback<V2TIMGroupMemberOperationResultVector> *callback) override {
        std::string param = Writer::Object()
                                .Key(kTIMGroupDeleteMemberParamGroupId).String(Std(groupID))
                                .Key(kTIMGroupDeleteMemberParamIdentifierArray).Raw(StringsToJson(memberList))
                                .Key(kTIMGroupDeleteMemberParamUserData).String(Std(reason))
                                .Done();
        auto read = [](const Value &v, V2TIMGroupMemberOperationResultVector *out, std::string *) {
            return ReadMemberResults(v, out, false);
        };
        Call(Answer(callback, read), "V2TIMGroupManager::KickGroupMember",
             [&](TIMCommCallback cb, const void *ud) { return TIMGroupDeleteMember(param.c_str(), cb, ud); });
    }
    void SetGroupMemberRole(const V2TIMString &groupID, const V2TIMString &userID, uint32_t role,
                            V2TIMCallback *callback) override {
        ModifyMember(groupID, userID, kTIMGroupMemberModifyFlag_MemberRole, role, 0, V2TIMString(), callback,
                     "V2TIMGroupManager::SetGroupMemberRole");
    }
    void MarkGroupMemberList(const V2TIMString &, const V2TIMStringVector &, uint32_t, bool,
                             V2TIMCallback *callback) override {
        TIMCONV_V2_GROUP_NOT_SUPPORTED(MarkGroupMemberList);
    }
    void TransferGroupOwner(const V2TIMString &, const V2TIMString &, V2TIMCallback *callback) override {
        TIMCONV_V2_GROUP_NOT_SUPPORTED(TransferGroupOwner);
    }
    void GetGroupApplicationList(V2TIMValueCallback<V2TIMGroupApplicationResult> *callback) override {
        TIMCONV_V2_GROUP_NOT_SUPPORTED(GetGroupApplicationList);
    }
    void AcceptGroupApplication(const V2TIMGroupApplication &, const V2TIMString &, V2TIMCallback *callback) override {
        TIMCONV_V2_GROUP_NOT_SUPPORTED(AcceptGroupApplication);
    }
    void RefuseGroupApplication(const V2TIMGroupApplication &, const V2TIMString &, V2TIMCallback *callback) override {
        TIMCONV_V2_GROUP_NOT_SUPPORTED(RefuseGroupApplication);
    }
    void SetGroupApplicationRead(V2TIMCallback *callback) override {
        TIMCONV_V2_GROUP_NOT_SUPPORTED(SetGroupApplicationRead);
    }
    void GetJoinedCommunityList(V2TIMValueCallback<V2TIMGroupInfoVector> *callback) override {
        TIMCONV_V2_GROUP_NOT_SUPPORTED(GetJoinedCommunityList);
    }
    void CreateTopicInCommunity(const V2TIMString &, const V2TIMTopicInfo &,
                                V2TIMValueCallback<V2TIMString> *callback) override {
        TIMCONV_V2_GROUP_NOT_SUPPORTED(CreateTopicInCommunity);
    }
    void DeleteTopicFromCommunity(const V2TIMString &, const V2TIMStringVector &,
                                  V2TIMValueCallback<V2TIMTopicOperationResultVector> *callback) override {
        TIMCONV_V2_GROUP_NOT_SUPPORTED(DeleteTopicFromCommunity);
    }
    void SetTopicInfo(const V2TIMTopicInfo &, V2TIMCallback *callback) override {
        TIMCONV_V2_GROUP_NOT_SUPPORTED(SetTopicInfo);
    }
    void GetTopicInfoList(const V2TIMString &, const V2TIMStringVector &,
                          V2TIMValueCallback<V2TIMTopicInfoResultVector> *callback) override {
        TIMCONV_V2_GROUP_NOT_SUPPORTED(GetTopicInfoList);
    }

private:
    static void ModifyMember(const V2TIMString &group, const V2TIMString &user, uint32_t flags, uint32_t role,
                             uint32_t seconds, const V2TIMString &card, V2TIMCallback *callback,
                             const char *method) {
        std::string param = MemberParam(group, user, flags, role, seconds, card);
        Call(Answer(callback), method,
             [&](TIMCommCallback cb, const void *ud) { return TIMGroupModifyMemberInfo(param.c_str(), cb, ud); });
    }
};

}  // namespace detail
}  // namespace v2
}  // namespace timconv

#undef TIMCONV_V2_GROUP_NOT_SUPPORTED

#endif /* TIMCONV_V2_GROUP_IMPL_H */
