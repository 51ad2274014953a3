/**
 * @file
 * @brief V2 C++ API: listener classes.
 *
 * Every method has an empty default body: override the ones you need. Listeners are called on
 * the SDK's worker thread. Adding a listener twice keeps it once; after Remove...Listener
 * returns it is never called again (from another thread, Remove waits for an event being
 * delivered to finish), so it may be deleted then. Arguments are valid during the call: copy
 * what you keep.
 */
#ifndef TIMCONV_V2TIMLISTENER_H
#define TIMCONV_V2TIMLISTENER_H

#include "V2TIMCommon.h"
#include "V2TIMConversation.h"
#include "V2TIMFriendship.h"
#include "V2TIMGroup.h"
#include "V2TIMMessage.h"
#include "V2TIMSignaling.h"

/**
 * Connection and account events (V2TIMManager::AddSDKListener). timconv has no connection of
 * its own: the connection and logout events come from the app's backend through the server
 * feed (TIMExtSetNetworkStatus(), TIMExtKickedOffline(), TIMExtUserSigExpired()).
 */
class V2TIMSDKListener {
public:
    /** A listener that ignores every event until its methods are overridden. */
    V2TIMSDKListener() {}
    /** timconv never deletes a listener: remove it, then delete it. */
    virtual ~V2TIMSDKListener() {}
    /** The connection is being established (network status "connecting"). */
    virtual void OnConnecting() {}
    /** The connection is up (network status "connected"). */
    virtual void OnConnectSuccess() {}
    /** Connecting failed, with the code and description the backend reported. */
    virtual void OnConnectFailed(int error_code, const V2TIMString &error_message) {
        (void)error_code;
        (void)error_message;
    }
    /** The user was logged out because the account logged in on another device. */
    virtual void OnKickedOffline() {}
    /** The user was logged out because the user signature expired. */
    virtual void OnUserSigExpired() {}
    /** The user's own profile changed (never called by timconv). */
    virtual void OnSelfInfoUpdated(const V2TIMUserFullInfo &info) { (void)info; }
    /** Subscribed users' status changed (never called by timconv). */
    virtual void OnUserStatusChanged(const V2TIMUserStatusVector &userStatusList) {
        (void)userStatusList;
    }
};

/**
 * New text and custom messages (the first element decides which method; other messages are
 * not reported here). V2TIMManager::AddSimpleMsgListener.
 */
class V2TIMSimpleMsgListener {
public:
    /** A listener that ignores every event until its methods are overridden. */
    V2TIMSimpleMsgListener() {}
    /** timconv never deletes a listener: remove it, then delete it. */
    virtual ~V2TIMSimpleMsgListener() {}
    /** A one-to-one text message; sender carries the sender's ID, nickname and face URL. */
    virtual void OnRecvC2CTextMessage(const V2TIMString &msgID, const V2TIMUserFullInfo &sender,
                                      const V2TIMString &text) {
        (void)msgID;
        (void)sender;
        (void)text;
    }
    /** A one-to-one custom message (the custom element's data). */
    virtual void OnRecvC2CCustomMessage(const V2TIMString &msgID, const V2TIMUserFullInfo &sender,
                                        const V2TIMBuffer &customData) {
        (void)msgID;
        (void)sender;
        (void)customData;
    }
    /** A group text message; sender carries what the message says about the sender. */
    virtual void OnRecvGroupTextMessage(const V2TIMString &msgID, const V2TIMString &groupID,
                                        const V2TIMGroupMemberFullInfo &sender,
                                        const V2TIMString &text) {
        (void)msgID;
        (void)groupID;
        (void)sender;
        (void)text;
    }
    /** A group custom message (the custom element's data). */
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
/** An array of simple message listener pointers (DEFINE_POINT_VECTOR). */
typedef TXPV2TIMSimpleMsgListenerVector V2TIMSimpleMsgListenerVector;

/**
 * Messages: new ones, read receipts, revokes by others, server-side modifications
 * (V2TIMMessageManager::AddAdvancedMsgListener).
 */
class V2TIMAdvancedMsgListener {
public:
    /** A listener that ignores every event until its methods are overridden. */
    V2TIMAdvancedMsgListener() {}
    /** timconv never deletes a listener: remove it, then delete it. */
    virtual ~V2TIMAdvancedMsgListener() {}
    /** A new message pushed to the user (once per message). */
    virtual void OnRecvNewMessage(const V2TIMMessage &message) { (void)message; }
    /** The peer read the user's one-to-one messages (receipts without a message ID). */
    virtual void OnRecvC2CReadReceipt(const V2TIMMessageReceiptVector &receiptList) {
        (void)receiptList;
    }
    /** Read receipts of single messages (receipts with a message ID). */
    virtual void OnRecvMessageReadReceipts(const V2TIMMessageReceiptVector &receiptList) {
        (void)receiptList;
    }
    /** A message was revoked by someone else; messageID names it. */
    virtual void OnRecvMessageRevoked(const V2TIMString &messageID) { (void)messageID; }
    /** A message was changed on the server; message is its new content. */
    virtual void OnRecvMessageModified(const V2TIMMessage &message) { (void)message; }
    /** Message extensions changed (never called: timconv has no extensions). */
    virtual void OnRecvMessageExtensionsChanged(const V2TIMString &msgID,
                                                const V2TIMMessageExtensionVector &extensions) {
        (void)msgID;
        (void)extensions;
    }
    /** Message extensions were deleted (never called: timconv has no extensions). */
    virtual void OnRecvMessageExtensionsDeleted(const V2TIMString &msgID,
                                                const V2TIMStringVector &extensionKeys) {
        (void)msgID;
        (void)extensionKeys;
    }
};

/** Group events: with a homeserver, from the group tips and group reports. */
class V2TIMGroupListener {
public:
    /** A listener that ignores every event until its methods are overridden. */
    V2TIMGroupListener() {}
    /** timconv never deletes a listener: remove it, then delete it. */
    virtual ~V2TIMGroupListener() {}
    /** Users joined the group. */
    virtual void OnMemberEnter(const V2TIMString &groupID,
                               const V2TIMGroupMemberInfoVector &memberList) {
        (void)groupID;
        (void)memberList;
    }
    /** A member left the group. */
    virtual void OnMemberLeave(const V2TIMString &groupID, const V2TIMGroupMemberInfo &member) {
        (void)groupID;
        (void)member;
    }
    /** opUser invited users into the group. */
    virtual void OnMemberInvited(const V2TIMString &groupID, const V2TIMGroupMemberInfo &opUser,
                                 const V2TIMGroupMemberInfoVector &memberList) {
        (void)groupID;
        (void)opUser;
        (void)memberList;
    }
    /** opUser removed members from the group. */
    virtual void OnMemberKicked(const V2TIMString &groupID, const V2TIMGroupMemberInfo &opUser,
                                const V2TIMGroupMemberInfoVector &memberList) {
        (void)groupID;
        (void)opUser;
        (void)memberList;
    }
    /** Members' information changed (such as muting). */
    virtual void OnMemberInfoChanged(
        const V2TIMString &groupID,
        const V2TIMGroupMemberChangeInfoVector &v2TIMGroupMemberChangeInfoList) {
        (void)groupID;
        (void)v2TIMGroupMemberChangeInfoList;
    }
    /** The user created the group (also on other devices). */
    virtual void OnGroupCreated(const V2TIMString &groupID) { (void)groupID; }
    /** opUser dismissed the group. */
    virtual void OnGroupDismissed(const V2TIMString &groupID, const V2TIMGroupMemberInfo &opUser) {
        (void)groupID;
        (void)opUser;
    }
    /** The group was recycled. */
    virtual void OnGroupRecycled(const V2TIMString &groupID, const V2TIMGroupMemberInfo &opUser) {
        (void)groupID;
        (void)opUser;
    }
    /** The group's profile changed. */
    virtual void OnGroupInfoChanged(const V2TIMString &groupID,
                                    const V2TIMGroupChangeInfoVector &changeInfos) {
        (void)groupID;
        (void)changeInfos;
    }
    /** The group attributes changed; groupAttributeMap holds them all. */
    virtual void OnGroupAttributeChanged(const V2TIMString &groupID,
                                         const V2TIMGroupAttributeMap &groupAttributeMap) {
        (void)groupID;
        (void)groupAttributeMap;
    }
    /** A group counter changed to newValue. */
    virtual void OnGroupCounterChanged(const V2TIMString &groupID, const V2TIMString &key,
                                       int64_t newValue) {
        (void)groupID;
        (void)key;
        (void)newValue;
    }
    /** A user asked to join a group the user administers. */
    virtual void OnReceiveJoinApplication(const V2TIMString &groupID,
                                          const V2TIMGroupMemberInfo &member,
                                          const V2TIMString &opReason) {
        (void)groupID;
        (void)member;
        (void)opReason;
    }
    /** opUser accepted or refused the user's application to join. */
    virtual void OnApplicationProcessed(const V2TIMString &groupID,
                                        const V2TIMGroupMemberInfo &opUser, bool isAgreeJoin,
                                        const V2TIMString &opReason) {
        (void)groupID;
        (void)opUser;
        (void)isAgreeJoin;
        (void)opReason;
    }
    /** opUser made members administrators. */
    virtual void OnGrantAdministrator(const V2TIMString &groupID,
                                      const V2TIMGroupMemberInfo &opUser,
                                      const V2TIMGroupMemberInfoVector &memberList) {
        (void)groupID;
        (void)opUser;
        (void)memberList;
    }
    /** opUser took administrator rights from members. */
    virtual void OnRevokeAdministrator(const V2TIMString &groupID,
                                       const V2TIMGroupMemberInfo &opUser,
                                       const V2TIMGroupMemberInfoVector &memberList) {
        (void)groupID;
        (void)opUser;
        (void)memberList;
    }
    /** The user left the group (also on other devices). */
    virtual void OnQuitFromGroup(const V2TIMString &groupID) { (void)groupID; }
    /** The server's REST API sent custom data to the group. */
    virtual void OnReceiveRESTCustomData(const V2TIMString &groupID,
                                         const V2TIMBuffer &customData) {
        (void)groupID;
        (void)customData;
    }
    /** A topic was created in a community. */
    virtual void OnTopicCreated(const V2TIMString &groupID, const V2TIMString &topicID) {
        (void)groupID;
        (void)topicID;
    }
    /** Topics were deleted from a community. */
    virtual void OnTopicDeleted(const V2TIMString &groupID, const V2TIMStringVector &topicIDList) {
        (void)groupID;
        (void)topicIDList;
    }
    /** A topic's information changed. */
    virtual void OnTopicChanged(const V2TIMString &groupID, const V2TIMTopicInfo &topicInfo) {
        (void)groupID;
        (void)topicInfo;
    }
};

/**
 * Log lines (never called: the V2 layer does not forward the library's log, which goes to
 * timconv.log in V2TIMSDKConfig::logPath).
 */
class V2TIMLogListener {
public:
    /** A listener that ignores every event until its methods are overridden. */
    V2TIMLogListener() {}
    /** timconv never deletes a listener: remove it, then delete it. */
    virtual ~V2TIMLogListener() {}
    /** One log line at logLevel (never called by timconv). */
    virtual void OnLog(V2TIMLogLevel logLevel, const V2TIMString &logContent) {
        (void)logLevel;
        (void)logContent;
    }
};

/**
 * Conversation events, in the 8.x order. OnSyncServerStart and then OnSyncServerFinish (or,
 * with a homeserver whose sync failed, OnSyncServerFailed) follow each login, and each
 * reconnection to the homeserver. The group-membership
 * removal comes through the 3-argument OnConversationsDeletedFromGroup; its default body
 * forwards to the 2-argument form, so overriding either one receives it, once.
 */
class V2TIMConversationListener {
public:
    /** A listener that ignores every event until its methods are overridden. */
    V2TIMConversationListener() {}
    /** timconv never deletes a listener: remove it, then delete it. */
    virtual ~V2TIMConversationListener() {}
    /** Loading the user's conversations began (after each login or reconnection). */
    virtual void OnSyncServerStart() {}
    /** Loading the user's conversations finished (after each login or reconnection). */
    virtual void OnSyncServerFinish() {}
    /** Loading from the homeserver failed (it could not be reached); it is tried again. */
    virtual void OnSyncServerFailed() {}
    /** Conversations appeared (first message, draft, or another way). */
    virtual void OnNewConversation(const V2TIMConversationVector &conversationList) {
        (void)conversationList;
    }
    /** Conversations changed: last message, unread count, draft, pin, marks, groups and so on. */
    virtual void OnConversationChanged(const V2TIMConversationVector &conversationList) {
        (void)conversationList;
    }
    /** Conversations were deleted; conversationIDList names them. */
    virtual void OnConversationDeleted(const V2TIMStringVector &conversationIDList) {
        (void)conversationIDList;
    }
    /** The unread total changed (only after GetTotalUnreadMessageCount was called once). */
    virtual void OnTotalUnreadMessageCountChanged(uint64_t totalUnreadCount) {
        (void)totalUnreadCount;
    }
    /** The unread total under a subscribed filter changed; filter is the one subscribed. */
    virtual void OnUnreadMessageCountChangedByFilter(const V2TIMConversationListFilter &filter,
                                                     uint64_t totalUnreadCount) {
        (void)filter;
        (void)totalUnreadCount;
    }
    /** A conversation group was created with conversationList. */
    virtual void OnConversationGroupCreated(const V2TIMString &groupName,
                                            const V2TIMConversationVector &conversationList) {
        (void)groupName;
        (void)conversationList;
    }
    /** A conversation group was deleted. */
    virtual void OnConversationGroupDeleted(const V2TIMString &groupName) { (void)groupName; }
    /** A conversation group was renamed. */
    virtual void OnConversationGroupNameChanged(const V2TIMString &oldName,
                                                const V2TIMString &newName) {
        (void)oldName;
        (void)newName;
    }
    /** Conversations were added to a conversation group. */
    virtual void OnConversationsAddedToGroup(const V2TIMString &groupName,
                                             const V2TIMConversationVector &conversationList) {
        (void)groupName;
        (void)conversationList;
    }
    /**
     * Conversations were removed from a conversation group. reason: 0 when the app removed
     * them (timconv's only case), 1 when a full group evicted them. The default body calls the
     * 2-argument form.
     */
    virtual void OnConversationsDeletedFromGroup(const V2TIMString &groupName,
                                                 const V2TIMConversationVector &conversationList,
                                                 uint32_t reason) {
        (void)reason;
        OnConversationsDeletedFromGroup(groupName, conversationList);
    }
    /** Conversations were removed from a conversation group (7.x form; see the 3-argument one). */
    virtual void OnConversationsDeletedFromGroup(const V2TIMString &groupName,
                                                 const V2TIMConversationVector &conversationList) {
        (void)groupName;
        (void)conversationList;
    }
};

/** Relationship-chain events (never fired: timconv has no friendship service). */
class V2TIMFriendshipListener {
public:
    /** A listener that ignores every event until its methods are overridden. */
    V2TIMFriendshipListener() {}
    /** timconv never deletes a listener: remove it, then delete it. */
    virtual ~V2TIMFriendshipListener() {}
    /** Friend applications were added. */
    virtual void OnFriendApplicationListAdded(const V2TIMFriendApplicationVector &applicationList) {
        (void)applicationList;
    }
    /** Friend applications were deleted. */
    virtual void OnFriendApplicationListDeleted(const V2TIMStringVector &userIDList) {
        (void)userIDList;
    }
    /** The friend application list was marked read. */
    virtual void OnFriendApplicationListRead() {}
    /** Users were added to the friend list. */
    virtual void OnFriendListAdded(const V2TIMFriendInfoVector &userIDList) { (void)userIDList; }
    /** Users were removed from the friend list. */
    virtual void OnFriendListDeleted(const V2TIMStringVector &userIDList) { (void)userIDList; }
    /** Users were added to the block list. */
    virtual void OnBlackListAdded(const V2TIMFriendInfoVector &infoList) { (void)infoList; }
    /** Users were removed from the block list. */
    virtual void OnBlackListDeleted(const V2TIMStringVector &userIDList) { (void)userIDList; }
    /** Friends' information changed. */
    virtual void OnFriendInfoChanged(const V2TIMFriendInfoVector &infoList) { (void)infoList; }
};

/** Signaling events (never fired: timconv has no signaling service). */
class V2TIMSignalingListener {
public:
    /** A listener that ignores every event until its methods are overridden. */
    V2TIMSignalingListener() {}
    /** timconv never deletes a listener: remove it, then delete it. */
    virtual ~V2TIMSignalingListener() {}
    /** The user received an invitation. */
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
    /** An invitee accepted an invitation. */
    virtual void OnInviteeAccepted(const V2TIMString &inviteID, const V2TIMString &invitee,
                                   const V2TIMString &data) {
        (void)inviteID;
        (void)invitee;
        (void)data;
    }
    /** An invitee rejected an invitation. */
    virtual void OnInviteeRejected(const V2TIMString &inviteID, const V2TIMString &invitee,
                                   const V2TIMString &data) {
        (void)inviteID;
        (void)invitee;
        (void)data;
    }
    /** The inviter cancelled an invitation. */
    virtual void OnInvitationCancelled(const V2TIMString &inviteID, const V2TIMString &inviter,
                                       const V2TIMString &data) {
        (void)inviteID;
        (void)inviter;
        (void)data;
    }
    /** An invitation timed out for the listed invitees. */
    virtual void OnInvitationTimeout(const V2TIMString &inviteID,
                                     const V2TIMStringVector &inviteeList) {
        (void)inviteID;
        (void)inviteeList;
    }
    /** An invitation's data was changed. */
    virtual void OnInvitationModified(const V2TIMString &inviteID, const V2TIMString &data) {
        (void)inviteID;
        (void)data;
    }
};

#endif /* TIMCONV_V2TIMLISTENER_H */
