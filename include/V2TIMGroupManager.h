/**
 * @file
 * @brief V2 C++ API: group management. With a homeserver (V2TIMSDKConfig::homeserver) groups,
 * their info and members are real, carried out by the C functions of TIMGroupManager.h;
 * without one, and for attributes, counters, searches, applications, marks, owner transfer and
 * communities, a method answers OnError(ERR_SDK_INTERFACE_NOT_SUPPORT, 7013) once, later.
 * Group conversations themselves live in V2TIMConversationManager.
 */
#ifndef TIMCONV_V2TIMGROUPMANAGER_H
#define TIMCONV_V2TIMGROUPMANAGER_H

#include "V2TIMCallback.h"
#include "V2TIMDefine.h"
#include "V2TIMGroup.h"
#include "V2TIMListener.h"

/**
 * Group management (V2TIMManager::GetGroupManager()). Methods marked "homeserver" are carried
 * out there (TIMGroupManager.h says how; refusals answer the SDK's codes, such as 10010 for an
 * unknown group and 10007 without permission); the others answer 7013.
 */
class V2TIMGroupManager {
public:
    /** The manager belongs to the SDK: never delete it. */
    virtual ~V2TIMGroupManager() {}

    /** Creates a group with initial members (groupType "Work", "Public", "Meeting", "AVChatRoom", "Community"); the value is its group ID. Homeserver. */
    virtual void CreateGroup(const V2TIMGroupInfo &info,
                             const V2TIMCreateGroupMemberInfoVector &memberList,
                             V2TIMValueCallback<V2TIMString> *callback) = 0;
    /** The groups the user is in. Homeserver (without one: the groups the feed told about). */
    virtual void GetJoinedGroupList(V2TIMValueCallback<V2TIMGroupInfoVector> *callback) = 0;
    /** The profiles of the listed groups. Homeserver (without one: what the feed told). */
    virtual void GetGroupsInfo(const V2TIMStringVector &groupIDList,
                               V2TIMValueCallback<V2TIMGroupInfoResultVector> *callback) = 0;
    /** Searches the user's groups. Answers 7013. */
    virtual void SearchGroups(const V2TIMGroupSearchParam &searchParam,
                              V2TIMValueCallback<V2TIMGroupInfoVector> *callback) = 0;
    /** Changes a group's name, notification, introduction, face URL, add option or all-muted (info.modifyFlag; other fields: 7013). Homeserver. */
    virtual void SetGroupInfo(const V2TIMGroupInfo &info, V2TIMCallback *callback) = 0;
    /** Replaces every attribute of a group. Answers 7013. */
    virtual void InitGroupAttributes(const V2TIMString &groupID,
                                     const V2TIMGroupAttributeMap &attributes,
                                     V2TIMCallback *callback) = 0;
    /** Sets attributes of a group. Answers 7013. */
    virtual void SetGroupAttributes(const V2TIMString &groupID,
                                    const V2TIMGroupAttributeMap &attributes,
                                    V2TIMCallback *callback) = 0;
    /** Deletes attributes of a group (empty keys: all). Answers 7013. */
    virtual void DeleteGroupAttributes(const V2TIMString &groupID, const V2TIMStringVector &keys,
                                       V2TIMCallback *callback) = 0;
    /** Gets attributes of a group (empty keys: all). Answers 7013. */
    virtual void GetGroupAttributes(const V2TIMString &groupID, const V2TIMStringVector &keys,
                                    V2TIMValueCallback<V2TIMGroupAttributeMap> *callback) = 0;
    /** The number of members online. Answers 7013. */
    virtual void GetGroupOnlineMemberCount(const V2TIMString &groupID,
                                           V2TIMValueCallback<uint32_t> *callback) = 0;
    /** Sets group counters. Answers 7013. */
    virtual void SetGroupCounters(const V2TIMString &groupID, const V2TIMStringToInt64Map &counters,
                                  V2TIMValueCallback<V2TIMStringToInt64Map> *callback) = 0;
    /** Gets group counters (empty keys: all). Answers 7013. */
    virtual void GetGroupCounters(const V2TIMString &groupID, const V2TIMStringVector &keys,
                                  V2TIMValueCallback<V2TIMStringToInt64Map> *callback) = 0;
    /** Adds value to a group counter. Answers 7013. */
    virtual void IncreaseGroupCounter(const V2TIMString &groupID, const V2TIMString &key,
                                      int64_t value,
                                      V2TIMValueCallback<V2TIMStringToInt64Map> *callback) = 0;
    /** Subtracts value from a group counter. Answers 7013. */
    virtual void DecreaseGroupCounter(const V2TIMString &groupID, const V2TIMString &key,
                                      int64_t value,
                                      V2TIMValueCallback<V2TIMStringToInt64Map> *callback) = 0;
    /** A page (100) of a group's members (filter: V2TIMGroupMemberFilter). Homeserver. */
    virtual void GetGroupMemberList(const V2TIMString &groupID, uint32_t filter, uint64_t nextSeq,
                                    V2TIMValueCallback<V2TIMGroupMemberInfoResult> *callback) = 0;
    /** The listed members of a group. Homeserver. */
    virtual void GetGroupMembersInfo(
        const V2TIMString &groupID, V2TIMStringVector memberList,
        V2TIMValueCallback<V2TIMGroupMemberFullInfoVector> *callback) = 0;
    /** Searches group members. Answers 7013. */
    virtual void SearchGroupMembers(
        const V2TIMGroupMemberSearchParam &param,
        V2TIMValueCallback<V2TIMGroupSearchGroupMembersMap> *callback) = 0;
    /** Changes a member's role, mute or (one's own) name card (info.modifyFlag). Homeserver. */
    virtual void SetGroupMemberInfo(const V2TIMString &groupID,
                                    const V2TIMGroupMemberFullInfo &info,
                                    V2TIMCallback *callback) = 0;
    /** Mutes a member for seconds (0 unmutes). Homeserver. */
    virtual void MuteGroupMember(const V2TIMString &groupID, const V2TIMString &userID,
                                 uint32_t seconds, V2TIMCallback *callback) = 0;
    /** Invites users into a group. Homeserver. */
    virtual void InviteUserToGroup(
        const V2TIMString &groupID, const V2TIMStringVector &userList,
        V2TIMValueCallback<V2TIMGroupMemberOperationResultVector> *callback) = 0;
    /** Removes members from a group (reason: the removal's reason). Homeserver. */
    virtual void KickGroupMember(
        const V2TIMString &groupID, const V2TIMStringVector &memberList, const V2TIMString &reason,
        V2TIMValueCallback<V2TIMGroupMemberOperationResultVector> *callback) = 0;
    /** Changes a member's role (admin or member). Homeserver. */
    virtual void SetGroupMemberRole(const V2TIMString &groupID, const V2TIMString &userID,
                                    uint32_t role, V2TIMCallback *callback) = 0;
    /** Sets or clears marks on members. Answers 7013. */
    virtual void MarkGroupMemberList(const V2TIMString &groupID,
                                     const V2TIMStringVector &memberList, uint32_t markType,
                                     bool enableMark, V2TIMCallback *callback) = 0;
    /** Makes userID the group's owner. Answers 7013. */
    virtual void TransferGroupOwner(const V2TIMString &groupID, const V2TIMString &userID,
                                    V2TIMCallback *callback) = 0;
    /** The user's group applications. Answers 7013. */
    virtual void GetGroupApplicationList(
        V2TIMValueCallback<V2TIMGroupApplicationResult> *callback) = 0;
    /** Accepts a group application. Answers 7013. */
    virtual void AcceptGroupApplication(const V2TIMGroupApplication &application,
                                        const V2TIMString &reason, V2TIMCallback *callback) = 0;
    /** Refuses a group application. Answers 7013. */
    virtual void RefuseGroupApplication(const V2TIMGroupApplication &application,
                                        const V2TIMString &reason, V2TIMCallback *callback) = 0;
    /** Marks the group applications read. Answers 7013. */
    virtual void SetGroupApplicationRead(V2TIMCallback *callback) = 0;
    /** The communities the user is in. Answers 7013. */
    virtual void GetJoinedCommunityList(V2TIMValueCallback<V2TIMGroupInfoVector> *callback) = 0;
    /** Creates a topic in a community. Answers 7013. */
    virtual void CreateTopicInCommunity(const V2TIMString &groupID, const V2TIMTopicInfo &topicInfo,
                                        V2TIMValueCallback<V2TIMString> *callback) = 0;
    /** Deletes topics from a community. Answers 7013. */
    virtual void DeleteTopicFromCommunity(
        const V2TIMString &groupID, const V2TIMStringVector &topicIDList,
        V2TIMValueCallback<V2TIMTopicOperationResultVector> *callback) = 0;
    /** Changes a topic's information. Answers 7013. */
    virtual void SetTopicInfo(const V2TIMTopicInfo &topicInfo, V2TIMCallback *callback) = 0;
    /** The listed topics of a community (empty: all). Answers 7013. */
    virtual void GetTopicInfoList(const V2TIMString &groupID, const V2TIMStringVector &topicIDList,
                                  V2TIMValueCallback<V2TIMTopicInfoResultVector> *callback) = 0;
};

#endif /* TIMCONV_V2TIMGROUPMANAGER_H */
