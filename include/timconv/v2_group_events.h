/**
 * @file
 * @brief V2TIMGroupListener events from the C layer (internal: timconv::v2::detail): the C
 * group tips listener and the group reports (system messages) of the new-message listener.
 *
 * Tips: Invite (a member joined by themselves: OnMemberEnter; else OnMemberInvited), Quit
 * (OnMemberLeave), Kick (OnMemberKicked), SetAdmin / CancelAdmin (OnGrantAdministrator /
 * OnRevokeAdministrator), GroupInfoChange (OnGroupInfoChanged), MemberInfoChange
 * (OnMemberInfoChanged). Reports: dismissed (OnGroupDismissed), removed (OnMemberKicked with
 * the user), quit on another device (OnQuitFromGroup).
 */
#ifndef TIMCONV_V2_GROUP_EVENTS_H
#define TIMCONV_V2_GROUP_EVENTS_H

#include <string>

#include "../TIMGroupManager.h"
#include "../TIMManager.h"
#include "../TIMMessageManager.h"
#include "../V2TIMGroup.h"
#include "../V2TIMListener.h"
#include "v2_convert_common.h"
#include "v2_registry.h"

namespace timconv {
namespace v2 {
namespace detail {

/** The logged-in user's ID ("" if nobody). */
inline std::string SelfID() {
    char buffer[128] = {0};
    return TIMGetLoginUserID(buffer) == TIM_SUCC ? std::string(buffer) : std::string();
}

/** A member as a tip or report names them. */
inline V2TIMGroupMemberInfo MemberFromJson(const Value &m) {
    V2TIMGroupMemberInfo info;
    info.userID = ToV2(m.Str(kTIMGroupMemberInfoIdentifier));
    info.nickName = ToV2(m.Str(kTIMGroupMemberInfoNickName));
    info.nameCard = ToV2(m.Str(kTIMGroupMemberInfoNameCard));
    info.faceURL = ToV2(m.Str(kTIMGroupMemberInfoFaceUrl));
    info.friendRemark = ToV2(m.Str(kTIMGroupMemberInfoFriendRemark));
    return info;
}

/** The operator of a tip or report, from its profile. */
inline V2TIMGroupMemberInfo OpFromJson(const Value &profile, const std::string &op) {
    V2TIMGroupMemberInfo info;
    info.userID = ToV2(op);
    info.nickName = ToV2(profile.Str(kTIMUserProfileNickName));
    info.faceURL = ToV2(profile.Str(kTIMUserProfileFaceUrl));
    return info;
}

/** The C group tips listener: one V2 event per tip. */
inline void OnGroupTips(const char *json_group_tip, const void *) {
    Shield([&]() {
        if (Reg().group.Empty()) return;
        Value tip;
        if (!json::Parse(json_group_tip, &tip)) return;
        V2TIMString group = ToV2(tip.Str(kTIMGroupTipsElemGroupId));
        std::string opID = tip.Str(kTIMGroupTipsElemOpUser);
        V2TIMGroupMemberInfo op = OpFromJson(tip.Get(kTIMGroupTipsElemOpUserInfo), opID);
        V2TIMGroupMemberInfoVector members;
        const Value &changed = tip.Get(kTIMGroupTipsElemChangedGroupMemberInfoArray);
        for (size_t i = 0; i < changed.Size(); ++i) members.PushBack(MemberFromJson(changed.At(i)));
        const Value &users = tip.Get(kTIMGroupTipsElemUserArray);
        bool self_join = users.Size() == 1 && users.At(0).AsString() == opID;
        switch (tip.U64(kTIMGroupTipsElemTipType)) {
            case kTIMGroupTip_Invite:
                Reg().group.ForEach([&](V2TIMGroupListener *l) {
                    if (self_join) {
                        l->OnMemberEnter(group, members);
                    } else {
                        l->OnMemberInvited(group, op, members);
                    }
                });
                break;
            case kTIMGroupTip_Quit:
                Reg().group.ForEach([&](V2TIMGroupListener *l) {
                    for (size_t i = 0; i < members.Size(); ++i) l->OnMemberLeave(group, members[i]);
                });
                break;
            case kTIMGroupTip_Kick:
                Reg().group.ForEach([&](V2TIMGroupListener *l) { l->OnMemberKicked(group, op, members); });
                break;
            case kTIMGroupTip_SetAdmin:
                Reg().group.ForEach([&](V2TIMGroupListener *l) { l->OnGrantAdministrator(group, op, members); });
                break;
            case kTIMGroupTip_CancelAdmin:
                Reg().group.ForEach([&](V2TIMGroupListener *l) { l->OnRevokeAdministrator(group, op, members); });
                break;
            case kTIMGroupTip_GroupInfoChange: {
                V2TIMGroupChangeInfoVector infos;
                const Value &list = tip.Get(kTIMGroupTipsElemGroupChangeInfoArray);
                for (size_t i = 0; i < list.Size(); ++i) {
                    const Value &c = list.At(i);
                    V2TIMGroupChangeInfo info;
                    info.type = static_cast<V2TIMGroupInfoChangeType>(c.U64(kTIMGroupTipGroupChangeInfoFlag));
                    info.value = ToV2(c.Str(kTIMGroupTipGroupChangeInfoValue));
                    info.boolValue = c.Get(kTIMGroupTipGroupChangeInfoBoolValue).AsBool();
                    infos.PushBack(info);
                }
                Reg().group.ForEach([&](V2TIMGroupListener *l) { l->OnGroupInfoChanged(group, infos); });
                break;
            }
            case kTIMGroupTip_MemberInfoChange: {
                V2TIMGroupMemberChangeInfoVector infos;
                const Value &list = tip.Get(kTIMGroupTipsElemMemberChangeInfoArray);
                for (size_t i = 0; i < list.Size(); ++i) {
                    V2TIMGroupMemberChangeInfo info;
                    info.userID = ToV2(list.At(i).Str(kTIMGroupTipMemberChangeInfoIdentifier));
                    info.muteTime = static_cast<uint32_t>(list.At(i).U64(kTIMGroupTipMemberChangeInfoShutupTime));
                    infos.PushBack(info);
                }
                Reg().group.ForEach([&](V2TIMGroupListener *l) { l->OnMemberInfoChanged(group, infos); });
                break;
            }
            default: break;
        }
    });
}

/**
 * A group report (a system message of the new-message listener): its V2 group event. Returns
 * whether `message` was one (group reports are not V2 messages).
 */
inline bool DeliverGroupReport(const Value &message, const std::string &self) {
    if (message.I64(kTIMMsgConvType) != kTIMConv_System) return false;
    const Value &elem = message.Get(kTIMMsgElemArray).At(0);
    if (elem.U64(kTIMElemType) != kTIMElem_GroupReport) return false;
    V2TIMString group = ToV2(elem.Str(kTIMGroupReportElemGroupId));
    std::string opID = elem.Str(kTIMGroupReportElemOpUser);
    V2TIMGroupMemberInfo op = OpFromJson(elem.Get(kTIMGroupReportElemOpUserInfo), opID);
    switch (elem.U64(kTIMGroupReportElemReportType)) {
        case kTIMGroupReport_Delete:
            Reg().group.ForEach([&](V2TIMGroupListener *l) { l->OnGroupDismissed(group, op); });
            break;
        case kTIMGroupReport_BeKicked: {
            V2TIMGroupMemberInfoVector me;
            V2TIMGroupMemberInfo info;
            info.userID = ToV2(self);
            me.PushBack(info);
            Reg().group.ForEach([&](V2TIMGroupListener *l) { l->OnMemberKicked(group, op, me); });
            break;
        }
        case kTIMGroupReport_Quit:
            Reg().group.ForEach([&](V2TIMGroupListener *l) { l->OnQuitFromGroup(group); });
            break;
        default: break;
    }
    return true;
}

}  // namespace detail
}  // namespace v2
}  // namespace timconv

#endif /* TIMCONV_V2_GROUP_EVENTS_H */
