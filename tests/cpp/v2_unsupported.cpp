// V2TIMManager's own methods, and every method of a service timconv does not have: each answers
// exactly one OnError(ERR_SDK_INTERFACE_NOT_SUPPORT, "<Class>::<method> is not supported by
// timconv"), later, and in call order with everything else. The group, profile and block-list
// methods a homeserver serves answer, without one, what their C functions answer (7013 naming
// the C function; the directory reads answer from local data).
#include <functional>
#include <memory>

#include "V2TIMFriendshipManager.h"
#include "V2TIMGroupManager.h"
#include "V2TIMOfflinePushManager.h"
#include "V2TIMSignalingManager.h"
#include "v2_harness.h"

using namespace v2test;

namespace {

struct Expected {
    std::string name;
    Recorder *r;
    std::function<void()> keep;  // owns the callback object
};
std::vector<Expected> g_expected;

template <class Cb>
Cb *Expect7013(const std::string &name) {
    std::shared_ptr<Cb> cb(new Cb());
    g_expected.push_back({name, &cb->r, [cb]() {}});
    return cb.get();
}

void CheckAll7013() {
    Drain();
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    int previous = -1;
    for (Expected &e : g_expected) {
        bool once = e.r->calls() == 1;
        Check(once, __FILE__, __LINE__, e.name + " answered exactly once");
        Check(e.r->code() == ERR_SDK_INTERFACE_NOT_SUPPORT, __FILE__, __LINE__, e.name + " answered 7013");
        CheckStr(e.r->message(), e.name + " is not supported by timconv", __FILE__, __LINE__, e.name.c_str());
        Check(e.r->order() > previous, __FILE__, __LINE__, e.name + " answered in call order");
        previous = e.r->order();
    }
    printf("%zu methods answer 7013\n", g_expected.size());
    g_expected.clear();
}

typedef Value<V2TIMString> VString;

void ManagerMethods() {
    V2TIMManager *im = Im();
    V2TIMStringVector ids;
    ids.PushBack("bob");
    im->GetUserStatus(ids, Expect7013<Value<V2TIMUserStatusVector>>("V2TIMManager::GetUserStatus"));
    im->SetSelfStatus(V2TIMUserStatus(), Expect7013<Done>("V2TIMManager::SetSelfStatus"));
    im->SubscribeUserStatus(ids, Expect7013<Done>("V2TIMManager::SubscribeUserStatus"));
    im->UnsubscribeUserStatus(ids, Expect7013<Done>("V2TIMManager::UnsubscribeUserStatus"));
    int param = 0;
    im->CallExperimentalAPI("x", &param, Expect7013<Value<V2TIMBaseObject>>("V2TIMManager::CallExperimentalAPI"));
}

void MessageMethods() {
    V2TIMMessageManager *m = Msg();
    V2TIMMessage msg;
    V2TIMMessageVector list;
    V2TIMStringVector keys;
    m->ModifyMessage(msg, Expect7013<Complete<V2TIMMessage>>("V2TIMMessageManager::ModifyMessage"));
    m->SendMessageReadReceipts(list, Expect7013<Done>("V2TIMMessageManager::SendMessageReadReceipts"));
    m->GetMessageReadReceipts(list, Expect7013<Value<V2TIMMessageReceiptVector>>("V2TIMMessageManager::GetMessageReadReceipts"));
    m->GetGroupMessageReadMemberList(msg, V2TIM_GROUP_MESSAGE_READ_MEMBERS_FILTER_READ, 0, 10,
                                     Expect7013<Value<V2TIMGroupMessageReadMemberList>>(
                                         "V2TIMMessageManager::GetGroupMessageReadMemberList"));
    m->SetMessageExtensions(msg, V2TIMMessageExtensionVector(),
                            Expect7013<Value<V2TIMMessageExtensionResultVector>>("V2TIMMessageManager::SetMessageExtensions"));
    m->GetMessageExtensions(msg, Expect7013<Value<V2TIMMessageExtensionVector>>("V2TIMMessageManager::GetMessageExtensions"));
    m->DeleteMessageExtensions(msg, keys,
                               Expect7013<Value<V2TIMMessageExtensionResultVector>>("V2TIMMessageManager::DeleteMessageExtensions"));
    m->TranslateText(keys, "auto", "en",
                     Expect7013<Value<V2TIMStringToV2TIMStringMap>>("V2TIMMessageManager::TranslateText"));
}

void ElemMethods() {
    V2TIMImage image;
    image.DownloadImage("/tmp/i", Expect7013<Download>("V2TIMImage::DownloadImage"));
    V2TIMSoundElem sound;
    sound.GetUrl(Expect7013<VString>("V2TIMSoundElem::GetUrl"));
    sound.DownloadSound("/tmp/s", Expect7013<Download>("V2TIMSoundElem::DownloadSound"));
    V2TIMVideoElem video;
    video.GetVideoUrl(Expect7013<VString>("V2TIMVideoElem::GetVideoUrl"));
    video.GetSnapshotUrl(Expect7013<VString>("V2TIMVideoElem::GetSnapshotUrl"));
    video.DownloadVideo("/tmp/v", Expect7013<Download>("V2TIMVideoElem::DownloadVideo"));
    video.DownloadSnapshot("/tmp/v", Expect7013<Download>("V2TIMVideoElem::DownloadSnapshot"));
    V2TIMFileElem file;
    file.GetUrl(Expect7013<VString>("V2TIMFileElem::GetUrl"));
    file.DownloadFile("/tmp/f", Expect7013<Download>("V2TIMFileElem::DownloadFile"));
    V2TIMMergerElem merger;
    merger.DownloadMergerMessage(Expect7013<Value<V2TIMMessageVector>>("V2TIMMergerElem::DownloadMergerMessage"));
}

#define G(name) "V2TIMGroupManager::" #name
void GroupMethods() {
    V2TIMGroupManager *g = Im()->GetGroupManager();
    V2TIMStringVector ids;
    typedef Value<V2TIMStringToInt64Map> Counters;
    g->SearchGroups(V2TIMGroupSearchParam(), Expect7013<Value<V2TIMGroupInfoVector>>(G(SearchGroups)));
    g->InitGroupAttributes("g", V2TIMGroupAttributeMap(), Expect7013<Done>(G(InitGroupAttributes)));
    g->SetGroupAttributes("g", V2TIMGroupAttributeMap(), Expect7013<Done>(G(SetGroupAttributes)));
    g->DeleteGroupAttributes("g", ids, Expect7013<Done>(G(DeleteGroupAttributes)));
    g->GetGroupAttributes("g", ids, Expect7013<Value<V2TIMGroupAttributeMap>>(G(GetGroupAttributes)));
    g->GetGroupOnlineMemberCount("g", Expect7013<Value<uint32_t>>(G(GetGroupOnlineMemberCount)));
    g->SetGroupCounters("g", V2TIMStringToInt64Map(), Expect7013<Counters>(G(SetGroupCounters)));
    g->GetGroupCounters("g", ids, Expect7013<Counters>(G(GetGroupCounters)));
    g->IncreaseGroupCounter("g", "k", 1, Expect7013<Counters>(G(IncreaseGroupCounter)));
    g->DecreaseGroupCounter("g", "k", 1, Expect7013<Counters>(G(DecreaseGroupCounter)));
    g->SearchGroupMembers(V2TIMGroupMemberSearchParam(),
                          Expect7013<Value<V2TIMGroupSearchGroupMembersMap>>(G(SearchGroupMembers)));
    g->MarkGroupMemberList("g", ids, 1000, true, Expect7013<Done>(G(MarkGroupMemberList)));
    g->TransferGroupOwner("g", "u", Expect7013<Done>(G(TransferGroupOwner)));
    g->GetGroupApplicationList(Expect7013<Value<V2TIMGroupApplicationResult>>(G(GetGroupApplicationList)));
    g->AcceptGroupApplication(V2TIMGroupApplication(), "ok", Expect7013<Done>(G(AcceptGroupApplication)));
    g->RefuseGroupApplication(V2TIMGroupApplication(), "no", Expect7013<Done>(G(RefuseGroupApplication)));
    g->SetGroupApplicationRead(Expect7013<Done>(G(SetGroupApplicationRead)));
    g->GetJoinedCommunityList(Expect7013<Value<V2TIMGroupInfoVector>>(G(GetJoinedCommunityList)));
    g->CreateTopicInCommunity("g", V2TIMTopicInfo(), Expect7013<VString>(G(CreateTopicInCommunity)));
    g->DeleteTopicFromCommunity("g", ids, Expect7013<Value<V2TIMTopicOperationResultVector>>(G(DeleteTopicFromCommunity)));
    g->SetTopicInfo(V2TIMTopicInfo(), Expect7013<Done>(G(SetTopicInfo)));
    g->GetTopicInfoList("g", ids, Expect7013<Value<V2TIMTopicInfoResultVector>>(G(GetTopicInfoList)));
}

#define F(name) "V2TIMFriendshipManager::" #name
void FriendshipMethods() {
    V2TIMFriendshipManager *f = Im()->GetFriendshipManager();
    V2TIMStringVector ids;
    typedef Value<V2TIMFriendOperationResultVector> Ops;
    typedef Value<V2TIMFriendOperationResult> Op;
    f->GetFriendList(Expect7013<Value<V2TIMFriendInfoVector>>(F(GetFriendList)));
    f->GetFriendsInfo(ids, Expect7013<Value<V2TIMFriendInfoResultVector>>(F(GetFriendsInfo)));
    f->SetFriendInfo(V2TIMFriendInfo(), Expect7013<Done>(F(SetFriendInfo)));
    f->SearchFriends(V2TIMFriendSearchParam(), Expect7013<Value<V2TIMFriendInfoResultVector>>(F(SearchFriends)));
    f->AddFriend(V2TIMFriendAddApplication(), Expect7013<Op>(F(AddFriend)));
    f->DeleteFromFriendList(ids, V2TIM_FRIEND_TYPE_BOTH, Expect7013<Ops>(F(DeleteFromFriendList)));
    f->CheckFriend(ids, V2TIM_FRIEND_TYPE_BOTH, Expect7013<Value<V2TIMFriendCheckResultVector>>(F(CheckFriend)));
    f->GetFriendApplicationList(Expect7013<Value<V2TIMFriendApplicationResult>>(F(GetFriendApplicationList)));
    f->AcceptFriendApplication(V2TIMFriendApplication(), V2TIM_FRIEND_ACCEPT_AGREE, Expect7013<Op>(F(AcceptFriendApplication)));
    f->RefuseFriendApplication(V2TIMFriendApplication(), Expect7013<Op>(F(RefuseFriendApplication)));
    f->DeleteFriendApplication(V2TIMFriendApplication(), Expect7013<Done>(F(DeleteFriendApplication)));
    f->SetFriendApplicationRead(Expect7013<Done>(F(SetFriendApplicationRead)));
    f->CreateFriendGroup("g", ids, Expect7013<Ops>(F(CreateFriendGroup)));
    f->GetFriendGroups(ids, Expect7013<Value<V2TIMFriendGroupVector>>(F(GetFriendGroups)));
    f->DeleteFriendGroup(ids, Expect7013<Done>(F(DeleteFriendGroup)));
    f->RenameFriendGroup("a", "b", Expect7013<Done>(F(RenameFriendGroup)));
    f->AddFriendsToFriendGroup("g", ids, Expect7013<Ops>(F(AddFriendsToFriendGroup)));
    f->DeleteFriendsFromFriendGroup("g", ids, Expect7013<Ops>(F(DeleteFriendsFromFriendGroup)));
}

/* The methods a homeserver serves, without one: the C function's answer, once, in order. */
struct Answered {
    std::string name;
    int code;
    std::string desc;
    Recorder *r;
    std::function<void()> keep;
};
std::vector<Answered> g_answered;

template <class Cb>
Cb *ExpectC(const std::string &name, int code, const std::string &desc) {
    std::shared_ptr<Cb> cb(new Cb());
    g_answered.push_back({name, code, desc, &cb->r, [cb]() {}});
    return cb.get();
}

void CheckAllAnswered() {
    Drain();
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    int previous = -1;
    for (Answered &e : g_answered) {
        Check(e.r->calls() == 1, __FILE__, __LINE__, e.name + " answered exactly once");
        CheckEq(e.r->code(), e.code, __FILE__, __LINE__, e.name.c_str());
        if (!e.desc.empty()) CheckStr(e.r->message(), e.desc, __FILE__, __LINE__, e.name.c_str());
        Check(e.r->order() > previous, __FILE__, __LINE__, e.name + " answered in call order");
        previous = e.r->order();
    }
    g_answered.clear();
}

/* state_code 0 (logged in): 7013 from the C function (the reads: local answers); else that code. */
void ServerMethodsWithoutServer(int state_code) {
    V2TIMManager *im = Im();
    V2TIMGroupManager *g = im->GetGroupManager();
    V2TIMFriendshipManager *f = im->GetFriendshipManager();
    V2TIMStringVector ids;
    ids.PushBack("bob");
    auto c = [&](const char *fn) {
        return state_code == 0 ? std::string(fn) + " is not supported by timconv" : std::string();
    };
    int code = state_code == 0 ? ERR_SDK_INTERFACE_NOT_SUPPORT : state_code;
    int read = state_code;  // the directory reads answer from local data once logged in
    typedef Value<V2TIMGroupMemberOperationResultVector> MemberOps;
    typedef Value<V2TIMFriendOperationResultVector> Ops;
    im->CreateGroup("Work", "g1", "G", ExpectC<VString>("V2TIMManager::CreateGroup", code, c("TIMGroupCreate")));
    im->JoinGroup("g1", "hi", ExpectC<Done>("V2TIMManager::JoinGroup", code, c("TIMGroupJoin")));
    im->QuitGroup("g1", ExpectC<Done>("V2TIMManager::QuitGroup", code, c("TIMGroupQuit")));
    im->DismissGroup("g1", ExpectC<Done>("V2TIMManager::DismissGroup", code, c("TIMGroupDelete")));
    V2TIMUserFullInfo nick;
    nick.nickName = "Al";
    nick.modifyFlag = V2TIM_USER_INFO_MODIFY_FLAG_NICK;
    im->SetSelfInfo(nick, ExpectC<Done>("V2TIMManager::SetSelfInfo", code, c("TIMProfileModifySelfUserProfile")));
    V2TIMGroupInfo info;
    info.groupType = "Public";
    info.groupName = "G";
    g->CreateGroup(info, V2TIMCreateGroupMemberInfoVector(), ExpectC<VString>(G(CreateGroup), code, c("TIMGroupCreate")));
    g->GetJoinedGroupList(ExpectC<Value<V2TIMGroupInfoVector>>(G(GetJoinedGroupList), read, ""));
    g->GetGroupsInfo(ids, ExpectC<Value<V2TIMGroupInfoResultVector>>(G(GetGroupsInfo), read, ""));
    info.groupID = "g";
    info.modifyFlag = V2TIM_GROUP_INFO_MODIFY_FLAG_GROUP_NAME;
    g->SetGroupInfo(info, ExpectC<Done>(G(SetGroupInfo), code, c("TIMGroupModifyGroupInfo")));
    g->GetGroupMemberList("g", 0, 0, ExpectC<Value<V2TIMGroupMemberInfoResult>>(G(GetGroupMemberList), code,
                                                                                c("TIMGroupGetMemberInfoList")));
    g->GetGroupMembersInfo("g", ids, ExpectC<Value<V2TIMGroupMemberFullInfoVector>>(G(GetGroupMembersInfo), code,
                                                                                   c("TIMGroupGetMemberInfoList")));
    V2TIMGroupMemberFullInfo member;
    member.userID = "u";
    member.nameCard = "U";
    member.modifyFlag = V2TIM_GROUP_MEMBER_INFO_MODIFY_FLAG_NAME_CARD;
    g->SetGroupMemberInfo("g", member, ExpectC<Done>(G(SetGroupMemberInfo), code, c("TIMGroupModifyMemberInfo")));
    g->MuteGroupMember("g", "u", 10, ExpectC<Done>(G(MuteGroupMember), code, c("TIMGroupModifyMemberInfo")));
    g->InviteUserToGroup("g", ids, ExpectC<MemberOps>(G(InviteUserToGroup), code, c("TIMGroupInviteMember")));
    g->KickGroupMember("g", ids, "r", ExpectC<MemberOps>(G(KickGroupMember), code, c("TIMGroupDeleteMember")));
    g->SetGroupMemberRole("g", "u", 300, ExpectC<Done>(G(SetGroupMemberRole), code, c("TIMGroupModifyMemberInfo")));
    f->AddToBlackList(ids, ExpectC<Ops>(F(AddToBlackList), code, c("TIMFriendshipAddToBlackList")));
    f->DeleteFromBlackList(ids, ExpectC<Ops>(F(DeleteFromBlackList), code, c("TIMFriendshipDeleteFromBlackList")));
    f->GetBlackList(ExpectC<Value<V2TIMFriendInfoVector>>(F(GetBlackList), code, c("TIMFriendshipGetBlackList")));
    if (state_code != 0) return;  // the layer's own answers are checked once, logged in
    V2TIMGroupInfo badType;
    badType.groupType = "Nope";
    g->CreateGroup(badType, V2TIMCreateGroupMemberInfoVector(), ExpectC<VString>(G(CreateGroup), ERR_INVALID_PARAMETERS, ""));
    V2TIMUserFullInfo gender;
    gender.modifyFlag = V2TIM_USER_INFO_MODIFY_FLAG_GENDER;
    im->SetSelfInfo(gender, ExpectC<Done>("V2TIMManager::SetSelfInfo", ERR_SDK_INTERFACE_NOT_SUPPORT, ""));
}

#define SIG(name) "V2TIMSignalingManager::" #name
#define PUSH(name) "V2TIMOfflinePushManager::" #name
void SignalingAndPushMethods() {
    V2TIMSignalingManager *s = Im()->GetSignalingManager();
    V2TIMStringVector ids;
    CHECK(s->Invite("bob", "d", false, V2TIMOfflinePushInfo(), 30, Expect7013<Done>(SIG(Invite))).Empty());
    CHECK(s->InviteInGroup("g", ids, "d", false, 30, Expect7013<Done>(SIG(InviteInGroup))).Empty());
    s->Cancel("i", "d", Expect7013<Done>(SIG(Cancel)));
    s->Accept("i", "d", Expect7013<Done>(SIG(Accept)));
    s->Reject("i", "d", Expect7013<Done>(SIG(Reject)));
    s->AddInvitedSignaling(V2TIMSignalingInfo(), Expect7013<Done>(SIG(AddInvitedSignaling)));
    s->ModifyInvitation("i", "d", Expect7013<Done>(SIG(ModifyInvitation)));
    CHECK(s->GetSignalingInfo(V2TIMMessage()).inviteID.Empty());
    V2TIMOfflinePushManager *p = Im()->GetOfflinePushManager();
    p->SetOfflinePushConfig(V2TIMOfflinePushConfig(), Expect7013<Done>(PUSH(SetOfflinePushConfig)));
    p->DoBackground(3, Expect7013<Done>(PUSH(DoBackground)));
    p->DoForeground(Expect7013<Done>(PUSH(DoForeground)));
}

class NeverCalled : public V2TIMSDKListener, public V2TIMGroupListener, public V2TIMFriendshipListener,
                    public V2TIMSignalingListener {
public:
    std::atomic<int> calls{0};
    void OnConnectSuccess() override { ++calls; }
    void OnGroupCreated(const V2TIMString &) override { ++calls; }
    void OnFriendApplicationListRead() override { ++calls; }
    void OnInvitationModified(const V2TIMString &, const V2TIMString &) override { ++calls; }
};

void ManagerBasics(Session &session) {
    V2TIMManager *im = Im();
    CHECK(im == V2TIMManager::GetInstance());
    CHECK(std::string(im->GetVersion().CString()).find("timconv") != std::string::npos);
    int64_t now = im->GetServerTime();
    CHECK(now > 1600000000 && now < 4000000000LL);
    CHECK_STR(S(im->GetLoginUser()), "alice");
    CHECK_EQ(im->GetLoginStatus(), V2TIM_STATUS_LOGINED);
    CHECK(im->GetConversationManager() != nullptr && im->GetConversationManager() == Conv());
    CHECK(im->GetMessageManager() != nullptr && im->GetGroupManager() != nullptr);
    CHECK(im->GetFriendshipManager() != nullptr && im->GetOfflinePushManager() != nullptr &&
          im->GetSignalingManager() != nullptr);
    V2TIMSDKConfig again;
    again.initPath = session.dir().c_str();
    CHECK(im->InitSDK(1400000001, again));  // already running: keeps it
    CHECK_EQ(im->GetLoginStatus(), V2TIM_STATUS_LOGINED);

    NeverCalled listener;
    im->AddSDKListener(&listener);
    im->AddGroupListener(&listener);
    im->GetFriendshipManager()->AddFriendListener(&listener);
    im->GetSignalingManager()->AddSignalingListener(&listener);
    Done logout, login, bad;
    im->Logout(&logout);
    EXPECT_OK(logout);
    CHECK(im->GetLoginUser().Empty());
    CHECK_EQ(im->GetLoginStatus(), V2TIM_STATUS_LOGOUT);
    im->Login("", "sig", &bad);
    EXPECT_CODE(bad, ERR_INVALID_PARAMETERS);
    im->Login("alice", "sig", &login);
    EXPECT_OK(login);
    Drain();
    im->RemoveSDKListener(&listener);
    im->RemoveGroupListener(&listener);
    im->GetFriendshipManager()->RemoveFriendListener(&listener);
    im->GetSignalingManager()->RemoveSignalingListener(&listener);
    Done logout2;
    im->Logout(&logout2);
    EXPECT_OK(logout2);
    Done noUser;
    im->Logout(&noUser);
    EXPECT_CODE(noUser, ERR_SDK_NOT_LOGGED_IN);
    Value<uint64_t> total;
    Conv()->GetTotalUnreadMessageCount(&total);
    EXPECT_CODE(total, ERR_SDK_NOT_LOGGED_IN);
}

}  // namespace

int main() {
    // Before InitSDK too: the 7013 answers do not depend on the state.
    ManagerMethods();
    CheckAll7013();
    ServerMethodsWithoutServer(ERR_SDK_NOT_INITIALIZED);
    CheckAllAnswered();
    Session session;
    REQUIRE(session.ok());
    ManagerMethods();
    MessageMethods();
    ElemMethods();
    GroupMethods();
    FriendshipMethods();
    SignalingAndPushMethods();
    CheckAll7013();
    ServerMethodsWithoutServer(0);
    CheckAllAnswered();
    ManagerBasics(session);
    return Finish();
}
