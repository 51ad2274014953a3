// The V2 C++ API driving group, profile and block-list calls against a homeserver, as alice;
// bob is another device (a peer process the scenario test_v2_groups.py runs).
//
//   matrix_v2_groups URL DATA_DIR ALICE ALICE_JWT BOB GROUP_ID
//
// Alice creates a Work group with bob in it, makes him admin, renames the group, mutes and
// removes him, changes her profile, blocks and unblocks bob and dismisses the group; the group
// listener gets each tip in order, and refused calls answer the SDK's codes.
#include <functional>
#include <string>
#include <vector>

#include "../cpp/v2_harness.h"
#include "V2TIMFriendshipManager.h"
#include "V2TIMGroupManager.h"

using namespace v2test;

namespace {

std::string Users(const V2TIMGroupMemberInfoVector &v) {
    std::string out;
    for (size_t i = 0; i < v.Size(); ++i) out += (i ? "," : "") + S(v[i].userID);
    return out;
}

/* Records every group event as a line ("invited:bob", "admin:bob", ...). */
class Events : public V2TIMGroupListener {
public:
    std::mutex mu;
    std::vector<std::string> log;

    void Add(const std::string &line) {
        std::lock_guard<std::mutex> lock(mu);
        log.push_back(line);
    }
    bool Has(const std::string &line) {
        std::lock_guard<std::mutex> lock(mu);
        for (const std::string &l : log)
            if (l == line) return true;
        return false;
    }
    size_t Index(const std::string &line) {
        std::lock_guard<std::mutex> lock(mu);
        for (size_t i = 0; i < log.size(); ++i)
            if (log[i] == line) return i;
        return log.size();
    }
    void OnMemberEnter(const V2TIMString &, const V2TIMGroupMemberInfoVector &m) override { Add("enter:" + Users(m)); }
    void OnMemberInvited(const V2TIMString &, const V2TIMGroupMemberInfo &, const V2TIMGroupMemberInfoVector &m) override {
        Add("invited:" + Users(m));
    }
    void OnMemberKicked(const V2TIMString &, const V2TIMGroupMemberInfo &, const V2TIMGroupMemberInfoVector &m) override {
        Add("kicked:" + Users(m));
    }
    void OnGrantAdministrator(const V2TIMString &, const V2TIMGroupMemberInfo &,
                              const V2TIMGroupMemberInfoVector &m) override {
        Add("admin:" + Users(m));
    }
    void OnGroupInfoChanged(const V2TIMString &, const V2TIMGroupChangeInfoVector &c) override {
        for (size_t i = 0; i < c.Size(); ++i) Add("info:" + std::to_string(c[i].type) + "=" + S(c[i].value));
    }
    void OnMemberInfoChanged(const V2TIMString &, const V2TIMGroupMemberChangeInfoVector &c) override {
        for (size_t i = 0; i < c.Size(); ++i) Add("member:" + S(c[i].userID) + (c[i].muteTime > 0 ? ":muted" : ":unmuted"));
    }
    void OnGroupDismissed(const V2TIMString &g, const V2TIMGroupMemberInfo &) override { Add("dismissed:" + S(g)); }
};

template <class T>
T Await(std::function<void(V2TIMValueCallback<T> *)> call, const char *what) {
    Value<T> cb;
    call(&cb);
    Check(cb.r.Wait(1, 30000) && cb.r.code() == 0, __FILE__, __LINE__,
          std::string(what) + ": " + std::to_string(cb.r.code()) + " " + cb.r.message());
    return cb.value;
}

int Code(std::function<void(V2TIMCallback *)> call) {
    Done cb;
    call(&cb);
    cb.r.Wait(1, 30000);
    return cb.r.code();
}

}  // namespace

int main(int argc, char **argv) {
    REQUIRE(argc == 7);
    const std::string url = argv[1], dir = argv[2], alice = argv[3], jwt = argv[4], bob = argv[5], gid = argv[6];
    V2TIMManager *im = V2TIMManager::GetInstance();
    V2TIMGroupManager *g = im->GetGroupManager();
    V2TIMSDKConfig config;
    config.initPath = dir.c_str();
    config.homeserver = url.c_str();
    REQUIRE(im->InitSDK(1400000001, config));
    Events events;
    im->AddGroupListener(&events);
    REQUIRE(Code([&](V2TIMCallback *cb) { im->Login(alice.c_str(), jwt.c_str(), cb); }) == 0);

    // Create a Work group with bob in it.
    V2TIMGroupInfo info;
    info.groupType = "Work";
    info.groupID = gid.c_str();
    info.groupName = "V2 Work";
    info.introduction = "from C++";
    info.faceURL = "https://example.org/v2.png";
    V2TIMCreateGroupMemberInfoVector members;
    V2TIMCreateGroupMemberInfo m;
    m.userID = bob.c_str();
    m.role = V2TIM_GROUP_MEMBER_ROLE_MEMBER;
    members.PushBack(m);
    V2TIMString created = Await<V2TIMString>([&](V2TIMValueCallback<V2TIMString> *cb) { g->CreateGroup(info, members, cb); },
                                             "CreateGroup");
    CHECK_STR(S(created), gid);
    CHECK(WaitFor([&] { return events.Has("enter:" + alice) && events.Has("invited:" + bob); }, 30000));
    CHECK(events.Index("enter:" + alice) < events.Index("invited:" + bob));
    CHECK(WaitFor([&] {
        auto page = Await<V2TIMGroupMemberInfoResult>(
            [&](V2TIMValueCallback<V2TIMGroupMemberInfoResult> *cb) { g->GetGroupMemberList(gid.c_str(), 0, 0, cb); },
            "GetGroupMemberList");
        return page.memberInfoList.Size() == 2;
    }, 30000));

    // Roles: bob becomes admin.
    CHECK_EQ(Code([&](V2TIMCallback *cb) { g->SetGroupMemberRole(gid.c_str(), bob.c_str(), V2TIM_GROUP_MEMBER_ROLE_ADMIN, cb); }), 0);
    CHECK(WaitFor([&] { return events.Has("admin:" + bob); }, 30000));
    V2TIMStringVector who;
    who.PushBack(bob.c_str());
    auto infos = Await<V2TIMGroupMemberFullInfoVector>(
        [&](V2TIMValueCallback<V2TIMGroupMemberFullInfoVector> *cb) { g->GetGroupMembersInfo(gid.c_str(), who, cb); },
        "GetGroupMembersInfo");
    REQUIRE(infos.Size() == 1);
    CHECK_EQ(infos[0].role, V2TIM_GROUP_MEMBER_ROLE_ADMIN);

    // Info: a new name, read back by everyone.
    V2TIMGroupInfo change;
    change.groupID = gid.c_str();
    change.groupName = "V2 Work 2";
    change.modifyFlag = V2TIM_GROUP_INFO_MODIFY_FLAG_GROUP_NAME;
    CHECK_EQ(Code([&](V2TIMCallback *cb) { g->SetGroupInfo(change, cb); }), 0);
    CHECK(WaitFor([&] { return events.Has("info:1=V2 Work 2"); }, 30000));
    V2TIMStringVector ids;
    ids.PushBack(gid.c_str());
    auto results = Await<V2TIMGroupInfoResultVector>(
        [&](V2TIMValueCallback<V2TIMGroupInfoResultVector> *cb) { g->GetGroupsInfo(ids, cb); }, "GetGroupsInfo");
    REQUIRE(results.Size() == 1);
    CHECK_EQ(results[0].resultCode, 0);
    CHECK_STR(S(results[0].info.groupName), "V2 Work 2");
    CHECK_STR(S(results[0].info.groupType), "Work");
    CHECK_STR(S(results[0].info.owner), alice);
    CHECK_STR(S(results[0].info.introduction), "from C++");
    CHECK_STR(S(results[0].info.faceURL), "https://example.org/v2.png");
    CHECK_EQ(results[0].info.memberCount, 2);
    auto joined = Await<V2TIMGroupInfoVector>([&](V2TIMValueCallback<V2TIMGroupInfoVector> *cb) { g->GetJoinedGroupList(cb); },
                                              "GetJoinedGroupList");
    bool listed = false;
    for (size_t i = 0; i < joined.Size(); ++i) listed |= S(joined[i].groupID) == gid;
    CHECK(listed);

    // Mute and unmute bob, then remove him.
    CHECK_EQ(Code([&](V2TIMCallback *cb) { g->MuteGroupMember(gid.c_str(), bob.c_str(), 60, cb); }), 0);
    CHECK(WaitFor([&] { return events.Has("member:" + bob + ":muted"); }, 30000));
    CHECK_EQ(Code([&](V2TIMCallback *cb) { g->MuteGroupMember(gid.c_str(), bob.c_str(), 0, cb); }), 0);
    CHECK(WaitFor([&] { return events.Has("member:" + bob + ":unmuted"); }, 30000));
    auto kicked = Await<V2TIMGroupMemberOperationResultVector>(
        [&](V2TIMValueCallback<V2TIMGroupMemberOperationResultVector> *cb) { g->KickGroupMember(gid.c_str(), who, "bye", cb); },
        "KickGroupMember");
    REQUIRE(kicked.Size() == 1);
    CHECK_EQ(kicked[0].result, V2TIM_GROUP_MEMBER_RESULT_SUCC);
    CHECK(WaitFor([&] { return events.Has("kicked:" + bob); }, 30000));

    // Profile: a new nickname, read back.
    V2TIMUserFullInfo self;
    self.nickName = "V2 Alice";
    self.modifyFlag = V2TIM_USER_INFO_MODIFY_FLAG_NICK;
    CHECK_EQ(Code([&](V2TIMCallback *cb) { im->SetSelfInfo(self, cb); }), 0);
    V2TIMStringVector me;
    me.PushBack(alice.c_str());
    auto profiles = Await<V2TIMUserFullInfoVector>(
        [&](V2TIMValueCallback<V2TIMUserFullInfoVector> *cb) { im->GetUsersInfo(me, cb); }, "GetUsersInfo");
    REQUIRE(profiles.Size() == 1);
    CHECK_STR(S(profiles[0].nickName), "V2 Alice");

    // Block list.
    V2TIMFriendshipManager *f = im->GetFriendshipManager();
    auto added = Await<V2TIMFriendOperationResultVector>(
        [&](V2TIMValueCallback<V2TIMFriendOperationResultVector> *cb) { f->AddToBlackList(who, cb); }, "AddToBlackList");
    CHECK(added.Size() == 1 && added[0].resultCode == 0);
    auto blocked = Await<V2TIMFriendInfoVector>([&](V2TIMValueCallback<V2TIMFriendInfoVector> *cb) { f->GetBlackList(cb); },
                                                "GetBlackList");
    CHECK(blocked.Size() == 1 && S(blocked[0].userID) == bob);
    Await<V2TIMFriendOperationResultVector>(
        [&](V2TIMValueCallback<V2TIMFriendOperationResultVector> *cb) { f->DeleteFromBlackList(who, cb); },
        "DeleteFromBlackList");
    blocked = Await<V2TIMFriendInfoVector>([&](V2TIMValueCallback<V2TIMFriendInfoVector> *cb) { f->GetBlackList(cb); },
                                           "GetBlackList");
    CHECK_EQ(blocked.Size(), 0);

    // Refusals answer the SDK's codes.
    std::string unknown = gid + "-nope";
    CHECK_EQ(Code([&](V2TIMCallback *cb) { im->JoinGroup(unknown.c_str(), "hi", cb); }), ERR_SVR_GROUP_NOT_FOUND);
    CHECK_EQ(Code([&](V2TIMCallback *cb) { im->QuitGroup(unknown.c_str(), cb); }), ERR_SVR_GROUP_NOT_FOUND);
    V2TIMGroupInfo transfer;
    transfer.groupID = gid.c_str();
    transfer.modifyFlag = V2TIM_GROUP_INFO_MODIFY_FLAG_CUSTOM_INFO;
    CHECK_EQ(Code([&](V2TIMCallback *cb) { g->SetGroupInfo(transfer, cb); }), ERR_SDK_INTERFACE_NOT_SUPPORT);

    // Dismiss: the group leaves the list.
    CHECK_EQ(Code([&](V2TIMCallback *cb) { im->DismissGroup(gid.c_str(), cb); }), 0);
    joined = Await<V2TIMGroupInfoVector>([&](V2TIMValueCallback<V2TIMGroupInfoVector> *cb) { g->GetJoinedGroupList(cb); },
                                         "GetJoinedGroupList");
    listed = false;
    for (size_t i = 0; i < joined.Size(); ++i) listed |= S(joined[i].groupID) == gid;
    CHECK(!listed);

    im->RemoveGroupListener(&events);
    Code([&](V2TIMCallback *cb) { im->Logout(cb); });
    im->UnInitSDK();
    return Finish();
}
