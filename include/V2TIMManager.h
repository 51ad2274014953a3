/*
 * V2 C++ API: the entry point (timconv's header-only implementation of the SDK's V2TIMManager).
 *
 *   V2TIMManager *im = V2TIMManager::GetInstance();
 *   V2TIMSDKConfig config;
 *   config.initPath = "/path/to/data";
 *   im->InitSDK(sdkAppID, config);
 *   im->Login("alice", userSig, callback);             // answers later, on the worker thread
 *   im->GetConversationManager()->GetConversationList(0, 100, listCallback);
 *   ...
 *   im->UnInitSDK();                                    // completes every call in flight
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

class V2TIMManager {
public:
    virtual ~V2TIMManager() {}

    /* The one instance (never deleted). */
    static V2TIMManager *GetInstance();

    /* SDK listeners are kept; the C layer reports no connection events yet, so they are not
     * called. */
    virtual void AddSDKListener(V2TIMSDKListener *listener) = 0;
    virtual void RemoveSDKListener(V2TIMSDKListener *listener) = 0;
    /* Starts the SDK (TIMInit); config.initPath is the data directory. true = ok. */
    virtual bool InitSDK(uint32_t sdkAppID, const V2TIMSDKConfig &config) = 0;
    /* Stops the SDK after answering every call in flight; no callback runs after it returns. */
    virtual void UnInitSDK() = 0;
    virtual V2TIMString GetVersion() = 0;
    /* Seconds. */
    virtual int64_t GetServerTime() = 0;
    /* userSig is not checked (there is no server). */
    virtual void Login(const V2TIMString &userID, const V2TIMString &userSig,
                       V2TIMCallback *callback) = 0;
    virtual void Logout(V2TIMCallback *callback) = 0;
    /* "" when nobody is logged in. */
    virtual V2TIMString GetLoginUser() = 0;
    virtual V2TIMLoginStatus GetLoginStatus() = 0;

    virtual void AddSimpleMsgListener(V2TIMSimpleMsgListener *listener) = 0;
    virtual void RemoveSimpleMsgListener(V2TIMSimpleMsgListener *listener) = 0;
    /* Each returns the new message's ID ("" if refused: the callback then gets OnError). */
    virtual V2TIMString SendC2CTextMessage(const V2TIMString &text, const V2TIMString &userID,
                                           V2TIMSendCallback *callback) = 0;
    virtual V2TIMString SendC2CCustomMessage(const V2TIMBuffer &customData,
                                             const V2TIMString &userID,
                                             V2TIMSendCallback *callback) = 0;
    virtual V2TIMString SendGroupTextMessage(const V2TIMString &text, const V2TIMString &groupID,
                                             V2TIMMessagePriority priority,
                                             V2TIMSendCallback *callback) = 0;
    virtual V2TIMString SendGroupCustomMessage(const V2TIMBuffer &customData,
                                               const V2TIMString &groupID,
                                               V2TIMMessagePriority priority,
                                               V2TIMSendCallback *callback) = 0;

    /* Group operations answer 7013 (no group service); the listener is kept, never called. */
    virtual void AddGroupListener(V2TIMGroupListener *listener) = 0;
    virtual void RemoveGroupListener(V2TIMGroupListener *listener) = 0;
    virtual void CreateGroup(const V2TIMString &groupType, const V2TIMString &groupID,
                             const V2TIMString &groupName,
                             V2TIMValueCallback<V2TIMString> *callback) = 0;
    virtual void JoinGroup(const V2TIMString &groupID, const V2TIMString &message,
                           V2TIMCallback *callback) = 0;
    virtual void QuitGroup(const V2TIMString &groupID, V2TIMCallback *callback) = 0;
    virtual void DismissGroup(const V2TIMString &groupID, V2TIMCallback *callback) = 0;

    /* Profiles: answer 7013 for now (see the README's V2 section). */
    virtual void GetUsersInfo(const V2TIMStringVector &userIDList,
                              V2TIMValueCallback<V2TIMUserFullInfoVector> *callback) = 0;
    virtual void SetSelfInfo(const V2TIMUserFullInfo &info, V2TIMCallback *callback) = 0;
    virtual void GetUserStatus(const V2TIMStringVector &userIDList,
                               V2TIMValueCallback<V2TIMUserStatusVector> *callback) = 0;
    virtual void SetSelfStatus(const V2TIMUserStatus &status, V2TIMCallback *callback) = 0;
    virtual void SubscribeUserStatus(const V2TIMStringVector &userIDList,
                                     V2TIMCallback *callback) = 0;
    virtual void UnsubscribeUserStatus(const V2TIMStringVector &userIDList,
                                       V2TIMCallback *callback) = 0;

    /* The managers are singletons owned by the SDK: never delete them. */
    virtual V2TIMMessageManager *GetMessageManager() = 0;
    virtual V2TIMGroupManager *GetGroupManager() = 0;
    virtual V2TIMConversationManager *GetConversationManager() = 0;
    virtual V2TIMFriendshipManager *GetFriendshipManager() = 0;
    virtual V2TIMOfflinePushManager *GetOfflinePushManager() = 0;
    virtual V2TIMSignalingManager *GetSignalingManager() = 0;

    /* Answers 7013: timconv has no experimental APIs. */
    virtual void CallExperimentalAPI(const V2TIMString &api, const void *param,
                                     V2TIMValueCallback<V2TIMBaseObject> *callback) = 0;
};

/* The implementation (header-only, over the C functions). */
#include "timconv/v2_impl.h"

#endif /* TIMCONV_V2TIMMANAGER_H */
