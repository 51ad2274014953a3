/**
 * @file
 * @brief V2TIMManager over TIMManager.h (internal: timconv::v2::detail).
 */
#ifndef TIMCONV_V2_MANAGER_IMPL_H
#define TIMCONV_V2_MANAGER_IMPL_H

#include <string>

#include "../TIMManager.h"
#include "../V2TIMManager.h"
#include "v2_conversation_impl.h"
#include "v2_events.h"
#include "v2_group_impl.h"
#include "v2_message_impl.h"
#include "v2_pending.h"
#include "v2_unsupported_impl.h"

namespace timconv {
namespace v2 {
namespace detail {

/**
 * The C network-status listener: OnConnectSuccess, OnConnecting or OnConnectFailed
 * ("disconnected" has no V2 event).
 */
inline void OnNetworkStatus(TIMNetworkStatus status, int32_t code, const char *desc, const void *) {
    Shield([&]() {
        V2TIMString message(desc ? desc : "");
        Reg().sdk.ForEach([&](V2TIMSDKListener *l) {
            switch (status) {
                case kTIMConnected: l->OnConnectSuccess(); break;
                case kTIMConnecting: l->OnConnecting(); break;
                case kTIMConnectFailed: l->OnConnectFailed(code, message); break;
                default: break; /* kTIMDisconnected: the V2 listener has no such event */
            }
        });
    });
}
/** The C kicked-offline listener: OnKickedOffline. */
inline void OnKickedOffline(const void *) {
    Reg().sdk.ForEach([](V2TIMSDKListener *l) { l->OnKickedOffline(); });
}
/** The C user-signature-expired listener: OnUserSigExpired. */
inline void OnUserSigExpired(const void *) {
    Reg().sdk.ForEach([](V2TIMSDKListener *l) { l->OnUserSigExpired(); });
}

/** Registers the C network-status, kicked-offline and signature-expired listeners, once. */
inline void EnsureSdkHooks() {
    static std::once_flag once;
    std::call_once(once, []() {
        TIMSetNetworkStatusListenerCallback(&OnNetworkStatus, nullptr);
        TIMSetKickedOfflineCallback(&OnKickedOffline, nullptr);
        TIMSetUserSigExpiredCallback(&OnUserSigExpired, nullptr);
    });
}

/** Reads an array of C UserProfile objects into full profiles (GetUsersInfo). */
inline int ReadProfiles(const Value &v, V2TIMUserFullInfoVector *out, std::string *) {
    for (size_t i = 0; i < v.Size(); ++i) {
        const Value &p = v.At(i);
        V2TIMUserFullInfo info;
        info.userID = ToV2(p.Str("user_profile_identifier"));
        info.nickName = ToV2(p.Str("user_profile_nick_name"));
        info.faceURL = ToV2(p.Str("user_profile_face_url"));
        info.selfSignature = ToV2(p.Str("user_profile_self_signature"));
        uint64_t gender = p.U64("user_profile_gender");
        info.gender = gender <= 2 ? static_cast<V2TIMGender>(gender) : V2TIM_GENDER_UNKNOWN;
        info.role = static_cast<uint32_t>(p.U64("user_profile_role"));
        info.level = static_cast<uint32_t>(p.U64("user_profile_level"));
        info.birthday = static_cast<uint32_t>(p.U64("user_profile_birthday"));
        out->PushBack(info);
    }
    return 0;
}

/**
 * timconv's V2TIMManager: the one instance V2TIMManager::GetInstance() returns. It owns the
 * six managers and calls the C functions of TIMManager.h.
 */
class ManagerImpl final : public V2TIMManager {
public:
    void AddSDKListener(V2TIMSDKListener *listener) override {
        EnsureSdkHooks();
        Reg().sdk.Add(listener);
    }
    void RemoveSDKListener(V2TIMSDKListener *listener) override { Reg().sdk.Remove(listener); }

    bool InitSDK(uint32_t sdkAppID, const V2TIMSDKConfig &config) override {
        Writer w = Writer::Object();
        if (!config.initPath.Empty()) w.Key(kTIMSdkConfigConfigFilePath).String(Std(config.initPath));
        if (!config.logPath.Empty()) w.Key(kTIMSdkConfigLogFilePath).String(Std(config.logPath));
        if (!config.homeserver.Empty()) w.Key("timconv_homeserver").String(Std(config.homeserver));
        return TIMInit(sdkAppID, w.Done().c_str()) == TIM_SUCC;
    }

    void UnInitSDK() override {
        TIMUninit();
        WaitOwnThreads();
    }

    V2TIMString GetVersion() override {
        const char *version = TIMGetSDKVersion();
        return V2TIMString(version ? version : "");
    }

    int64_t GetServerTime() override { return static_cast<int64_t>(TIMGetServerTime()); }

    void Login(const V2TIMString &userID, const V2TIMString &userSig, V2TIMCallback *callback) override {
        std::string user = Std(userID), sig = Std(userSig);
        Call(Answer(callback), "V2TIMManager::Login", [&](TIMCommCallback cb, const void *ud) {
            return TIMLogin(user.c_str(), sig.c_str(), cb, ud);
        });
    }

    void Logout(V2TIMCallback *callback) override {
        Call(Answer(callback), "V2TIMManager::Logout",
             [&](TIMCommCallback cb, const void *ud) { return TIMLogout(cb, ud); });
    }

    V2TIMString GetLoginUser() override {
        char buffer[128] = {0};
        return TIMGetLoginUserID(buffer) == TIM_SUCC ? V2TIMString(buffer) : V2TIMString();
    }

    V2TIMLoginStatus GetLoginStatus() override {
        switch (TIMGetLoginStatus()) {
            case kTIMLoginStatus_Logined: return V2TIM_STATUS_LOGINED;
            case kTIMLoginStatus_Logining: return V2TIM_STATUS_LOGINING;
            default: return V2TIM_STATUS_LOGOUT; /* also while logging out */
        }
    }

    void AddSimpleMsgListener(V2TIMSimpleMsgListener *listener) override {
        EnsureMessageHooks();
        Reg().simple.Add(listener);
    }
    void RemoveSimpleMsgListener(V2TIMSimpleMsgListener *listener) override {
        Reg().simple.Remove(listener);
    }

    V2TIMString SendC2CTextMessage(const V2TIMString &text, const V2TIMString &userID,
                                   V2TIMSendCallback *callback) override {
        V2TIMMessage message = messages_.CreateTextMessage(text);
        return Send(message, userID, V2TIMString(), V2TIM_PRIORITY_DEFAULT, callback);
    }

    V2TIMString SendC2CCustomMessage(const V2TIMBuffer &customData, const V2TIMString &userID,
                                     V2TIMSendCallback *callback) override {
        V2TIMMessage message = messages_.CreateCustomMessage(customData);
        return Send(message, userID, V2TIMString(), V2TIM_PRIORITY_DEFAULT, callback);
    }

    V2TIMString SendGroupTextMessage(const V2TIMString &text, const V2TIMString &groupID,
                                     V2TIMMessagePriority priority,
                                     V2TIMSendCallback *callback) override {
        V2TIMMessage message = messages_.CreateTextMessage(text);
        return Send(message, V2TIMString(), groupID, priority, callback);
    }

    V2TIMString SendGroupCustomMessage(const V2TIMBuffer &customData, const V2TIMString &groupID,
                                       V2TIMMessagePriority priority,
                                       V2TIMSendCallback *callback) override {
        V2TIMMessage message = messages_.CreateCustomMessage(customData);
        return Send(message, V2TIMString(), groupID, priority, callback);
    }

    void AddGroupListener(V2TIMGroupListener *listener) override {
        EnsureGroupHooks();
        Reg().group.Add(listener);
    }
    void RemoveGroupListener(V2TIMGroupListener *listener) override { Reg().group.Remove(listener); }

    void CreateGroup(const V2TIMString &groupType, const V2TIMString &groupID, const V2TIMString &groupName,
                     V2TIMValueCallback<V2TIMString> *callback) override {
        V2TIMGroupInfo info;
        info.groupType = groupType;
        info.groupID = groupID;
        info.groupName = groupName;
        groups_.CreateGroup(info, V2TIMCreateGroupMemberInfoVector(), callback);
    }
    void JoinGroup(const V2TIMString &groupID, const V2TIMString &message, V2TIMCallback *callback) override {
        std::string group = Std(groupID), hello = Std(message);
        Call(Answer(callback), "V2TIMManager::JoinGroup", [&](TIMCommCallback cb, const void *ud) {
            return TIMGroupJoin(group.c_str(), hello.c_str(), cb, ud);
        });
    }
    void QuitGroup(const V2TIMString &groupID, V2TIMCallback *callback) override {
        std::string group = Std(groupID);
        Call(Answer(callback), "V2TIMManager::QuitGroup",
             [&](TIMCommCallback cb, const void *ud) { return TIMGroupQuit(group.c_str(), cb, ud); });
    }
    void DismissGroup(const V2TIMString &groupID, V2TIMCallback *callback) override {
        std::string group = Std(groupID);
        Call(Answer(callback), "V2TIMManager::DismissGroup",
             [&](TIMCommCallback cb, const void *ud) { return TIMGroupDelete(group.c_str(), cb, ud); });
    }

    void GetUsersInfo(const V2TIMStringVector &userIDList,
                      V2TIMValueCallback<V2TIMUserFullInfoVector> *callback) override {
        std::string param = Writer::Object()
                                .Key("friendship_getprofilelist_param_identifier_array")
                                .Raw(StringsToJson(userIDList))
                                .Done();
        Call(Answer(callback, &ReadProfiles), "V2TIMManager::GetUsersInfo",
             [&](TIMCommCallback cb, const void *ud) {
                 return TIMProfileGetUserProfileList(param.c_str(), cb, ud);
             });
    }
    void SetSelfInfo(const V2TIMUserFullInfo &info, V2TIMCallback *callback) override {
        /* One field per call: the nickname (1) or the face URL (2); the others answer 7013. */
        Writer w = Writer::Object();
        if (info.modifyFlag == V2TIM_USER_INFO_MODIFY_FLAG_NICK) {
            w.Key(kTIMUserProfileItemNickName).String(Std(info.nickName));
        } else if (info.modifyFlag == V2TIM_USER_INFO_MODIFY_FLAG_FACE_URL) {
            w.Key(kTIMUserProfileItemFaceUrl).String(Std(info.faceURL));
        } else {
            NotSupported(callback, "V2TIMManager::SetSelfInfo (fields other than nickName or faceURL)");
            return;
        }
        std::string param = w.Done();
        Call(Answer(callback), "V2TIMManager::SetSelfInfo", [&](TIMCommCallback cb, const void *ud) {
            return TIMProfileModifySelfUserProfile(param.c_str(), cb, ud);
        });
    }
    void GetUserStatus(const V2TIMStringVector &,
                       V2TIMValueCallback<V2TIMUserStatusVector> *callback) override {
        NotSupported(callback, "V2TIMManager::GetUserStatus");
    }
    void SetSelfStatus(const V2TIMUserStatus &, V2TIMCallback *callback) override {
        NotSupported(callback, "V2TIMManager::SetSelfStatus");
    }
    void SubscribeUserStatus(const V2TIMStringVector &, V2TIMCallback *callback) override {
        NotSupported(callback, "V2TIMManager::SubscribeUserStatus");
    }
    void UnsubscribeUserStatus(const V2TIMStringVector &, V2TIMCallback *callback) override {
        NotSupported(callback, "V2TIMManager::UnsubscribeUserStatus");
    }

    V2TIMMessageManager *GetMessageManager() override { return &messages_; }
    V2TIMGroupManager *GetGroupManager() override { return &groups_; }
    V2TIMConversationManager *GetConversationManager() override { return &conversations_; }
    V2TIMFriendshipManager *GetFriendshipManager() override { return &friendship_; }
    V2TIMOfflinePushManager *GetOfflinePushManager() override { return &offlinePush_; }
    V2TIMSignalingManager *GetSignalingManager() override { return &signaling_; }

    void CallExperimentalAPI(const V2TIMString &, const void *,
                             V2TIMValueCallback<V2TIMBaseObject> *callback) override {
        NotSupported(callback, "V2TIMManager::CallExperimentalAPI");
    }

private:
    V2TIMString Send(V2TIMMessage &message, const V2TIMString &userID, const V2TIMString &groupID,
                     V2TIMMessagePriority priority, V2TIMSendCallback *callback) {
        return messages_.SendMessage(message, userID, groupID, priority, false,
                                     V2TIMOfflinePushInfo(), callback);
    }

    MessageManagerImpl messages_;
    GroupManagerImpl groups_;
    ConversationManagerImpl conversations_;
    FriendshipManagerImpl friendship_;
    OfflinePushManagerImpl offlinePush_;
    SignalingManagerImpl signaling_;
};

}  // namespace detail
}  // namespace v2
}  // namespace timconv

inline V2TIMManager *V2TIMManager::GetInstance() {
    /* Never destroyed: the worker thread may still deliver into it while the app exits. */
    static V2TIMManager *instance = new timconv::v2::detail::ManagerImpl();
    return instance;
}

#endif /* TIMCONV_V2_MANAGER_IMPL_H */
