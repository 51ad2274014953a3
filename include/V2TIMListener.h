/*
 * V2 C++ API: listener classes. Every method has an empty default body: override the ones you
 * need. Listeners are called on the SDK's worker thread. Adding a listener twice keeps it once;
 * after Remove...Listener returns it is never called again (from another thread, Remove waits
 * for an event being delivered to finish), so it may be deleted then.
 */
#ifndef TIMCONV_V2TIMLISTENER_H
#define TIMCONV_V2TIMLISTENER_H

#include "V2TIMCommon.h"
#include "V2TIMConversation.h"
#include "V2TIMFriendship.h"
#include "V2TIMGroup.h"
#include "V2TIMMessage.h"
#include "V2TIMSignaling.h"

/* Connection and account events (timconv's C layer reports none of them yet). */
class V2TIMSDKListener {
public:
    V2TIMSDKListener() {}
    virtual ~V2TIMSDKListener() {}
    virtual void OnConnecting() {}
    virtual void OnConnectSuccess() {}
    virtual void OnConnectFailed(int error_code, const V2TIMString &error_message) {
        (void)error_code;
        (void)error_message;
    }
    virtual void OnKickedOffline() {}
    virtual void OnUserSigExpired() {}
    virtual void OnSelfInfoUpdated(const V2TIMUserFullInfo &info) { (void)info; }
    virtual void OnUserStatusChanged(const V2TIMUserStatusVector &userStatusList) {
        (void)userStatusList;
    }
};

/* New text and custom messages (the first element decides which method). */
class V2TIMSimpleMsgListener {
public:
    V2TIMSimpleMsgListener() {}
    virtual ~V2TIMSimpleMsgListener() {}
    virtual void OnRecvC2CTextMessage(const V2TIMString &msgID, const V2TIMUserFullInfo &sender,
                                      const V2TIMString &text) {
        (void)msgID;
        (void)sender;
        (void)text;
    }
    virtual void OnRecvC2CCustomMessage(const V2TIMString &msgID, const V2TIMUserFullInfo &sender,
                                        const V2TIMBuffer &customData) {
        (void)msgID;
        (void)sender;
        (void)customData;
    }
    virtual void OnRecvGroupTextMessage(const V2TIMString &msgID, const V2TIMString &groupID,
                                        const V2TIMGroupMemberFullInfo &sender,
                                        const V2TIMString &text) {
        (void)msgID;
        (void)groupID;
        (void)sender;
        (void)text;
    }
    virtual void OnRecvGroupCustomMessage(const V2TIMString &msgID, const V2TIMString &groupID,
                                          const V2TIMGroupMemberFullInfo &sender,
                                          const V2TIMBuffer &customData) {
        (void)msgID;
        (void)groupID;
        (void)sender;
        (void)customData;
    }
};

DEFINE_POINT_VECTOR(V2TIMSimpleMsgListener)
typedef TXPV2TIMSimpleMsgListenerVector V2TIMSimpleMsgListenerVector;

/* Messages: new ones, read receipts, revokes by others, server-side modifications. */
class V2TIMAdvancedMsgListener {
public:
    V2TIMAdvancedMsgListener() {}
    virtual ~V2TIMAdvancedMsgListener() {}
    virtual void OnRecvNewMessage(const V2TIMMessage &message) { (void)message; }
    virtual void OnRecvC2CReadReceipt(const V2TIMMessageReceiptVector &receiptList) {
        (void)receiptList;
    }
    virtual void OnRecvMessageReadReceipts(const V2TIMMessageReceiptVector &receiptList) {
        (void)receiptList;
    }
    virtual void OnRecvMessageRevoked(const V2TIMString &messageID) { (void)messageID; }
    virtual void OnRecvMessageModified(const V2TIMMessage &message) { (void)message; }
    virtual void OnRecvMessageExtensionsChanged(const V2TIMString &msgID,
                                                const V2TIMMessageExtensionVector &extensions) {
        (void)msgID;
        (void)extensions;
    }
    virtual void OnRecvMessageExtensionsDeleted(const V2TIMString &msgID,
                                                const V2TIMStringVector &extensionKeys) {
        (void)msgID;
        (void)extensionKeys;
    }
};

/* Group events (never fired: timconv has no group service). */
class V2TIMGroupListener {
public:
    V2TIMGroupListener() {}
    virtual ~V2TIMGroupListener() {}
    virtual void OnMemberEnter(const V2TIMString &groupID,
                               const V2TIMGroupMemberInfoVector &memberList) {
        (void)groupID;
        (void)memberList;
    }
    virtual void OnMemberLeave(const V2TIMString &groupID, const V2TIMGroupMemberInfo &member) {
        (void)groupID;
        (void)member;
    }
    virtual void OnMemberInvited(const V2TIMString &groupID, const V2TIMGroupMemberInfo &opUser,
                                 const V2TIMGroupMemberInfoVector &memberList) {
        (void)groupID;
        (void)opUser;
        (void)memberList;
    }
    virtual void OnMemberKicked(const V2TIMString &groupID, const V2TIMGroupMemberInfo &opUser,
                                const V2TIMGroupMemberInfoVector &memberList) {
        (void)groupID;
        (void)opUser;
        (void)memberList;
    }
    virtual void OnMemberInfoChanged(
        const V2TIMString &groupID,
        const V2TIMGroupMemberChangeInfoVector &v2TIMGroupMemberChangeInfoList) {
        (void)groupID;
        (void)v2TIMGroupMemberChangeInfoList;
    }
    virtual void OnGroupCreated(const V2TIMString &groupID) { (void)groupID; }
    virtual void OnGroupDismissed(const V2TIMString &groupID, const V2TIMGroupMemberInfo &opUser) {
        (void)groupID;
        (void)opUser;
    }
    virtual void OnGroupRecycled(const V2TIMString &groupID, const V2TIMGroupMemberInfo &opUser) {
        (void)groupID;
        (void)opUser;
    }
    virtual void OnGroupInfoChanged(const V2TIMString &groupID,
                                    const V2TIMGroupChangeInfoVector &changeInfos) {
        (void)groupID;
        (void)changeInfos;
    }
    virtual void OnGroupAttributeChanged(const V2TIMString &groupID,
                                         const V2TIMGroupAttributeMap &groupAttributeMap) {
        (void)groupID;
        (void)groupAttributeMap;
    }
    virtual void OnGroupCounterChanged(const V2TIMString &groupID, const V2TIMString &key,
                                       int64_t newValue) {
        (void)groupID;
        (void)key;
        (void)newValue;
    }
    virtual void OnReceiveJoinApplication(const V2TIMString &groupID,
                                          const V2TIMGroupMemberInfo &member,
                                          const V2TIMString &opReason) {
        (void)groupID;
        (void)member;
        (void)opReason;
    }
    virtual void OnApplicationProcessed(const V2TIMString &groupID,
                                        const V2TIMGroupMemberInfo &opUser, bool isAgreeJoin,
                                        const V2TIMString &opReason) {
        (void)groupID;
        (void)opUser;
        (void)isAgreeJoin;
        (void)opReason;
    }
    virtual void OnGrantAdministrator(const V2TIMString &groupID,
                                      const V2TIMGroupMemberInfo &opUser,
                                      const V2TIMGroupMemberInfoVector &memberList) {
        (void)groupID;
        (void)opUser;
        (void)memberList;
    }
    virtual void OnRevokeAdministrator(const V2TIMString &groupID,
                                       const V2TIMGroupMemberInfo &opUser,
                                       const V2TIMGroupMemberInfoVector &memberList) {
        (void)groupID;
        (void)opUser;
        (void)memberList;
    }
    virtual void OnQuitFromGroup(const V2TIMString &groupID) { (void)groupID; }
    virtual void OnReceiveRESTCustomData(const V2TIMString &groupID,
                                         const V2TIMBuffer &customData) {
        (void)groupID;
        (void)customData;
    }
    virtual void OnTopicCreated(const V2TIMString &groupID, const V2TIMString &topicID) {
        (void)groupID;
        (void)topicID;
    }
    virtual void OnTopicDeleted(const V2TIMString &groupID, const V2TIMStringVector &topicIDList) {
        (void)groupID;
        (void)topicIDList;
    }
    virtual void OnTopicChanged(const V2TIMString &groupID, const V2TIMTopicInfo &topicInfo) {
        (void)groupID;
        (void)topicInfo;
    }
};

/* Log lines (never called: timconv writes no log). */
class V2TIMLogListener {
public:
    V2TIMLogListener() {}
    virtual ~V2TIMLogListener() {}
    virtual void OnLog(V2TIMLogLevel logLevel, const V2TIMString &logContent) {
        (void)logLevel;
        (void)logContent;
    }
};

/*
 * Conversation events, in the 8.x order. OnSyncServerStart/Finish follow each login;
 * OnSyncServerFailed never fires (there is no server sync to fail). The group-membership
 * removal comes through the 3-argument OnConversationsDeletedFromGroup; its default body
 * forwards to the 2-argument form, so overriding either one receives it, once.
 */
class V2TIMConversationListener {
public:
    V2TIMConversationListener() {}
    virtual ~V2TIMConversationListener() {}
    virtual void OnSyncServerStart() {}
    virtual void OnSyncServerFinish() {}
    virtual void OnSyncServerFailed() {}
    virtual void OnNewConversation(const V2TIMConversationVector &conversationList) {
        (void)conversationList;
    }
    virtual void OnConversationChanged(const V2TIMConversationVector &conversationList) {
        (void)conversationList;
    }
    virtual void OnConversationDeleted(const V2TIMStringVector &conversationIDList) {
        (void)conversationIDList;
    }
    virtual void OnTotalUnreadMessageCountChanged(uint64_t totalUnreadCount) {
        (void)totalUnreadCount;
    }
    virtual void OnUnreadMessageCountChangedByFilter(const V2TIMConversationListFilter &filter,
                                                     uint64_t totalUnreadCount) {
        (void)filter;
        (void)totalUnreadCount;
    }
    virtual void OnConversationGroupCreated(const V2TIMString &groupName,
                                            const V2TIMConversationVector &conversationList) {
        (void)groupName;
        (void)conversationList;
    }
    virtual void OnConversationGroupDeleted(const V2TIMString &groupName) { (void)groupName; }
    virtual void OnConversationGroupNameChanged(const V2TIMString &oldName,
                                                const V2TIMString &newName) {
        (void)oldName;
        (void)newName;
    }
    virtual void OnConversationsAddedToGroup(const V2TIMString &groupName,
                                             const V2TIMConversationVector &conversationList) {
        (void)groupName;
        (void)conversationList;
    }
    virtual void OnConversationsDeletedFromGroup(const V2TIMString &groupName,
                                                 const V2TIMConversationVector &conversationList,
                                                 uint32_t reason) {
        (void)reason;
        OnConversationsDeletedFromGroup(groupName, conversationList);
    }
    virtual void OnConversationsDeletedFromGroup(const V2TIMString &groupName,
                                                 const V2TIMConversationVector &conversationList) {
        (void)groupName;
        (void)conversationList;
    }
};

/* Relationship-chain events (never fired: timconv has no friendship service). */
class V2TIMFriendshipListener {
public:
    V2TIMFriendshipListener() {}
    virtual ~V2TIMFriendshipListener() {}
    virtual void OnFriendApplicationListAdded(const V2TIMFriendApplicationVector &applicationList) {
        (void)applicationList;
    }
    virtual void OnFriendApplicationListDeleted(const V2TIMStringVector &userIDList) {
        (void)userIDList;
    }
    virtual void OnFriendApplicationListRead() {}
    virtual void OnFriendListAdded(const V2TIMFriendInfoVector &userIDList) { (void)userIDList; }
    virtual void OnFriendListDeleted(const V2TIMStringVector &userIDList) { (void)userIDList; }
    virtual void OnBlackListAdded(const V2TIMFriendInfoVector &infoList) { (void)infoList; }
    virtual void OnBlackListDeleted(const V2TIMStringVector &userIDList) { (void)userIDList; }
    virtual void OnFriendInfoChanged(const V2TIMFriendInfoVector &infoList) { (void)infoList; }
};

/* Signaling events (never fired: timconv has no signaling service). */
class V2TIMSignalingListener {
public:
    V2TIMSignalingListener() {}
    virtual ~V2TIMSignalingListener() {}
    virtual void OnReceiveNewInvitation(const V2TIMString &inviteID, const V2TIMString &inviter,
                                        const V2TIMString &groupID,
                                        const V2TIMStringVector &inviteeList,
                                        const V2TIMString &data) {
        (void)inviteID;
        (void)inviter;
        (void)groupID;
        (void)inviteeList;
        (void)data;
    }
    virtual void OnInviteeAccepted(const V2TIMString &inviteID, const V2TIMString &invitee,
                                   const V2TIMString &data) {
        (void)inviteID;
        (void)invitee;
        (void)data;
    }
    virtual void OnInviteeRejected(const V2TIMString &inviteID, const V2TIMString &invitee,
                                   const V2TIMString &data) {
        (void)inviteID;
        (void)invitee;
        (void)data;
    }
    virtual void OnInvitationCancelled(const V2TIMString &inviteID, const V2TIMString &inviter,
                                       const V2TIMString &data) {
        (void)inviteID;
        (void)inviter;
        (void)data;
    }
    virtual void OnInvitationTimeout(const V2TIMString &inviteID,
                                     const V2TIMStringVector &inviteeList) {
        (void)inviteID;
        (void)inviteeList;
    }
    virtual void OnInvitationModified(const V2TIMString &inviteID, const V2TIMString &data) {
        (void)inviteID;
        (void)data;
    }
};

#endif /* TIMCONV_V2TIMLISTENER_H */
