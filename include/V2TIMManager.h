/**
 * @file
 * @brief V2 C++ API: the entry point (timconv's header-only implementation of the SDK's
 * V2TIMManager).
 *
 *     V2TIMManager *im = V2TIMManager::GetInstance();
 *     V2TIMSDKConfig config;
 *     config.initPath = "/path/to/data";
 *     im->InitSDK(sdkAppID, config);
 *     im->Login("alice", userSig, callback);           // answers later, on the worker thread
 *     im->GetConversationManager()->GetConversationList(0, 100, listCallback);
 *     ...
 *     im->UnInitSDK();                                  // completes every call in flight
 *
 * Every V2 class is compiled into the app from these headers; the library is only called
 * through its C functions (TIMCloud.h), so an app needs these headers and libImSDK.so /
 * ImSDK.dll, nothing else. Methods that need a service timconv does not have answer
 * OnError(ERR_SDK_INTERFACE_NOT_SUPPORT = 7013, "<method> is not supported by timconv").
 */
#ifndef TIMCONV_V2TIMMANAGER_H
#define TIMCONV_V2TIMMANAGER_H

#include "V2TIMCallback.h"
#include "V2TIMCommon.h"
#include "V2TIMFriendship.h"
#include "V2TIMGroup.h"
#include "V2TIMListener.h"
#include "V2TIMMessage.h"

class V2TIMMessageManager;
class V2TIMGroupManager;
class V2TIMConversationManager;
class V2TIMFriendshipManager;
class V2TIMOfflinePushManager;
class V2TIMSignalingManager;

/**
 * The SDK's entry point: initialisation, login, simple messages, profiles and the managers.
 * An abstract class; GetInstance() returns timconv's implementation.
 */
class V2TIMManager {
public:
    /** The instance belongs to the SDK: never delete it. */
    virtual ~V2TIMManager() {}

    /** The one instance (never deleted). */
    static V2TIMManager *GetInstance();

    /**
     * Adds a listener for connection and account events (adding it twice keeps it once). The
     * first call registers the V2 layer's C listeners for them. timconv has no connection of
     * its own: an app with its own backend reports them through TIMExtSetNetworkStatus(),
     * TIMExtKickedOffline() and TIMExtUserSigExpired() (TIMExtension.h).
     */
    virtual void AddSDKListener(V2TIMSDKListener *listener) = 0;
    /** Removes an SDK listener; once this returns it is not called again. */
    virtual void RemoveSDKListener(V2TIMSDKListener *listener) = 0;
    /**
     * Starts the SDK (TIMInit); config.initPath is the data directory, config.logPath the log
     * directory. sdkAppID must not be 0. true = ok.
     */
    virtual bool InitSDK(uint32_t sdkAppID, const V2TIMSDKConfig &config) = 0;
    /** Stops the SDK after answering every call in flight; no callback runs after it returns. */
    virtual void UnInitSDK() = 0;
    /** The SDK version implemented and timconv's own, e.g. "8.6.7021 (timconv 0.1.0)". */
    virtual V2TIMString GetVersion() = 0;
    /** The current UTC time in seconds, from the library's clock. */
    virtual int64_t GetServerTime() = 0;
    /**
     * Logs userID in and opens that user's local data (logging in as another user logs the
     * current one out first). Without a homeserver userSig is not checked; with one it is the
     * JWT (or access token) the server verifies, as TIMLogin describes. Conversation listeners
     * then get OnSyncServerStart and OnSyncServerFinish (OnSyncServerFailed if the homeserver
     * cannot be reached).
     */
    virtual void Login(const V2TIMString &userID, const V2TIMString &userSig,
                       V2TIMCallback *callback) = 0;
    /** Logs out and closes the user's data; 6014 (ERR_SDK_NOT_LOGGED_IN) if nobody is in. */
    virtual void Logout(V2TIMCallback *callback) = 0;
    /** The logged-in user's ID; "" when nobody is logged in. */
    virtual V2TIMString GetLoginUser() = 0;
    /** The login state (V2TIM_STATUS_LOGOUT also while logging out). */
    virtual V2TIMLoginStatus GetLoginStatus() = 0;

    /**
     * Adds a listener for new text and custom messages (adding it twice keeps it once). The
     * first message listener registers the V2 layer's C message listeners.
     */
    virtual void AddSimpleMsgListener(V2TIMSimpleMsgListener *listener) = 0;
    /** Removes a simple message listener; once this returns it is not called again. */
    virtual void RemoveSimpleMsgListener(V2TIMSimpleMsgListener *listener) = 0;
    /**
     * Sends a text message to userID. Each Send method returns the new message's ID ("" if
     * refused: the callback then gets OnError).
     */
    virtual V2TIMString SendC2CTextMessage(const V2TIMString &text, const V2TIMString &userID,
                                           V2TIMSendCallback *callback) = 0;
    /** Sends a custom message (customData must be UTF-8 text, else 6017) to userID. */
    virtual V2TIMString SendC2CCustomMessage(const V2TIMBuffer &customData,
                                             const V2TIMString &userID,
                                             V2TIMSendCallback *callback) = 0;
    /** Sends a text message to groupID with priority. */
    virtual V2TIMString SendGroupTextMessage(const V2TIMString &text, const V2TIMString &groupID,
                                             V2TIMMessagePriority priority,
                                             V2TIMSendCallback *callback) = 0;
    /** Sends a custom message (customData must be UTF-8 text) to groupID with priority. */
    virtual V2TIMString SendGroupCustomMessage(const V2TIMBuffer &customData,
                                               const V2TIMString &groupID,
                                               V2TIMMessagePriority priority,
                                               V2TIMSendCallback *callback) = 0;

    /** Adds a group listener: with a homeserver it gets the group tips and reports. */
    virtual void AddGroupListener(V2TIMGroupListener *listener) = 0;
    /** Removes a group listener. */
    virtual void RemoveGroupListener(V2TIMGroupListener *listener) = 0;
    /** Creates a group (V2TIMGroupManager::CreateGroup). With a homeserver; without one 7013. */
    virtual void CreateGroup(const V2TIMString &groupType, const V2TIMString &groupID,
                             const V2TIMString &groupName,
                             V2TIMValueCallback<V2TIMString> *callback) = 0;
    /** Joins a group by ID. With a homeserver; without one 7013. */
    virtual void JoinGroup(const V2TIMString &groupID, const V2TIMString &message,
                           V2TIMCallback *callback) = 0;
    /** Leaves a group. With a homeserver; without one 7013. */
    virtual void QuitGroup(const V2TIMString &groupID, V2TIMCallback *callback) = 0;
    /** Dismisses a group (its owner). With a homeserver; without one 7013. */
    virtual void DismissGroup(const V2TIMString &groupID, V2TIMCallback *callback) = 0;

    /**
     * Profiles of the listed users as the server feed described them
     * (TIMExtUpdateUserProfiles): one per user, in order; what is not known is empty or 0. An
     * invalid ID answers 6017.
     */
    virtual void GetUsersInfo(const V2TIMStringVector &userIDList,
                              V2TIMValueCallback<V2TIMUserFullInfoVector> *callback) = 0;
    /**
     * Changes the user's nickname (modifyFlag 1) or face URL (2) on the homeserver; other
     * flags, or no homeserver, answer 7013.
     */
    virtual void SetSelfInfo(const V2TIMUserFullInfo &info, V2TIMCallback *callback) = 0;
    /** Answers 7013: timconv has no user status service. */
    virtual void GetUserStatus(const V2TIMStringVector &userIDList,
                               V2TIMValueCallback<V2TIMUserStatusVector> *callback) = 0;
    /** Answers 7013: timconv has no user status service. */
    virtual void SetSelfStatus(const V2TIMUserStatus &status, V2TIMCallback *callback) = 0;
    /** Answers 7013: timconv has no user status service. */
    virtual void SubscribeUserStatus(const V2TIMStringVector &userIDList,
                                     V2TIMCallback *callback) = 0;
    /** Answers 7013: timconv has no user status service. */
    virtual void UnsubscribeUserStatus(const V2TIMStringVector &userIDList,
                                       V2TIMCallback *callback) = 0;

    /** The message manager (a singleton owned by the SDK: never delete it). */
    virtual V2TIMMessageManager *GetMessageManager() = 0;
    /** The group manager (every call answers 7013; never delete it). */
    virtual V2TIMGroupManager *GetGroupManager() = 0;
    /** The conversation manager (a singleton owned by the SDK: never delete it). */
    virtual V2TIMConversationManager *GetConversationManager() = 0;
    /** The relationship-chain manager (its calls answer 7013; never delete it). */
    virtual V2TIMFriendshipManager *GetFriendshipManager() = 0;
    /** The offline push manager (every call answers 7013; never delete it). */
    virtual V2TIMOfflinePushManager *GetOfflinePushManager() = 0;
    /** The signaling manager (its calls answer 7013; never delete it). */
    virtual V2TIMSignalingManager *GetSignalingManager() = 0;

    /** Answers 7013: timconv has no experimental APIs. */
    virtual void CallExperimentalAPI(const V2TIMString &api, const void *param,
                                     V2TIMValueCallback<V2TIMBaseObject> *callback) = 0;
};

/* The implementation (header-only, over the C functions). */
#include "timconv/v2_impl.h"

#endif /* TIMCONV_V2TIMMANAGER_H */
