// V2TIMManager::GetUsersInfo from the profiles the server feed stored, and V2TIMSDKListener's
// connection events from the C connection-status listeners (fired through TIMExtension.h).
#include <mutex>
#include <string>
#include <vector>

#include "TIMExtension.h"
#include "v2_harness.h"

using namespace v2test;

namespace {

class Connection : public V2TIMSDKListener {
public:
    std::vector<std::string> Take() {
        std::lock_guard<std::mutex> lock(mu_);
        std::vector<std::string> out;
        out.swap(events_);
        return out;
    }
    void OnConnecting() override { Add("connecting"); }
    void OnConnectSuccess() override { Add("connected"); }
    void OnConnectFailed(int code, const V2TIMString &message) override {
        Add("failed " + std::to_string(code) + " " + S(message));
    }
    void OnKickedOffline() override { Add("kicked"); }
    void OnUserSigExpired() override { Add("expired"); }

private:
    void Add(const std::string &e) {
        std::lock_guard<std::mutex> lock(mu_);
        events_.push_back(e);
    }
    std::mutex mu_;
    std::vector<std::string> events_;
};

/* Calls a C feed function with a fresh waiter; its callback code. */
template <class F>
int Feed(F call) {
    CWait w;
    return WaitC(call(&w), w);
}

void Profiles() {
    CWait fed;
    REQUIRE(WaitC(TIMExtUpdateUserProfiles(
                      "[{\"user_profile_identifier\":\"bob\",\"user_profile_nick_name\":\"Bobby\"}]",
                      OnCDone, &fed),
                  fed) == 0);
    V2TIMStringVector ids;
    ids.PushBack("bob");
    Value<V2TIMUserFullInfoVector> users;
    Im()->GetUsersInfo(ids, &users);
    EXPECT_OK(users);
    REQUIRE(users.value.Size() == 1);
    CHECK_STR(S(users.value[0].userID), "bob");
    CHECK_STR(S(users.value[0].nickName), "Bobby");
}

void ConnectionEvents() {
    Connection listener;
    Im()->AddSDKListener(&listener);
    Im()->AddSDKListener(&listener);  // added twice, fires once
    auto status = [](TIMNetworkStatus st, int code, const char *desc) {
        return Feed([&](CWait *w) { return TIMExtSetNetworkStatus(st, code, desc, OnCDone, w); });
    };
    REQUIRE(status(kTIMConnecting, 0, "") == 0);
    REQUIRE(status(kTIMConnected, 0, "") == 0);
    REQUIRE(status(kTIMConnectFailed, 6010, "no route") == 0);
    REQUIRE(Feed([](CWait *w) { return TIMExtKickedOffline(OnCDone, w); }) == 0);
    CHECK_EQ(Im()->GetLoginStatus(), V2TIM_STATUS_LOGOUT);
    Done login;
    Im()->Login("alice", "sig", &login);
    EXPECT_OK(login);
    REQUIRE(Feed([](CWait *w) { return TIMExtUserSigExpired(OnCDone, w); }) == 0);
    Drain();
    std::vector<std::string> seen = listener.Take();
    std::vector<std::string> want = {"connecting", "connected", "failed 6010 no route", "kicked", "expired"};
    CHECK(seen == want);
    Im()->RemoveSDKListener(&listener);
    REQUIRE(status(kTIMConnected, 0, "") == 0);
    Drain();
    CHECK(listener.Take().empty());
}

}  // namespace

int main() {
    Session session;
    REQUIRE(session.ok());
    Profiles();
    ConnectionEvents();
    return Finish();
}
