// The two C++ samples of the SDK's "getting conversations" documentation (Windows), as issue 11
// quotes them: GetConversation and GetConversationList by IDs. Only the placeholder IDs are
// changed, to conversations the server feed creates first. Built as C++11, C++17 and C++20
// (where u8"..." is const char8_t*).
#include <chrono>
#include <cstdio>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <utility>

#include "TIMExtension.h"
#include "V2TIMConversationManager.h"
#include "V2TIMManager.h"
#include "../v2_harness.h"

// What the samples' callbacks received, recorded before they forward to the app's lambdas.
static std::mutex g_mu;
static int g_answers = 0;
static std::string g_log;

static void Note(const std::string &line) {
    std::lock_guard<std::mutex> lock(g_mu);
    g_log += line + "\n";
    ++g_answers;
}

static void Describe(const V2TIMConversation &c) {
    Note("conversation " + std::string(c.conversationID.CString()) + " " + c.showName.CString() +
         " unread=" + std::to_string(c.unreadCount));
}
static void Describe(const V2TIMConversationVector &list) {
    std::string ids;
    for (size_t i = 0; i < list.Size(); ++i) ids += std::string(" ") + list[i].conversationID.CString();
    Note("list of " + std::to_string(list.Size()) + ":" + ids);
}

// The samples' helper class (the documentation's own: OnSuccess / OnError forward to
// std::function members set with SetCallback).
template <class T>
class ValueCallback final : public V2TIMValueCallback<T> {
public:
    using SuccessCallback = std::function<void(const T &)>;
    using ErrorCallback = std::function<void(int, const V2TIMString &)>;

    ValueCallback() = default;
    ~ValueCallback() override = default;

    void SetCallback(SuccessCallback success_callback, ErrorCallback error_callback) {
        success_callback_ = std::move(success_callback);
        error_callback_ = std::move(error_callback);
    }

    void OnSuccess(const T &value) override {
        Describe(value);
        if (success_callback_) {
            success_callback_(value);
        }
    }
    void OnError(int error_code, const V2TIMString &error_message) override {
        Note("error " + std::to_string(error_code) + " " + error_message.CString());
        if (error_callback_) {
            error_callback_(error_code, error_message);
        }
    }

private:
    SuccessCallback success_callback_;
    ErrorCallback error_callback_;
};

static void SampleGetConversation() {
    V2TIMString conversationID = u8"c2c_bob";
    auto callback = new ValueCallback<V2TIMConversation>{};
    callback->SetCallback(
        [=](const V2TIMConversation& conversation) {
            delete callback;
        },
        [=](int error_code, const V2TIMString& error_message) {
            delete callback;
        });

    V2TIMManager::GetInstance()->GetConversationManager()->GetConversation(conversationID, callback);
}

static void SampleGetConversationList() {
    V2TIMStringVector conversationIDList;
    conversationIDList.PushBack(u8"c2c_bob");
    conversationIDList.PushBack(u8"group_team");

    auto callback = new ValueCallback<V2TIMConversationVector>{};
    callback->SetCallback(
        [=](const V2TIMConversationVector& conversationList) {
            delete callback;
        },
        [=](int error_code, const V2TIMString& error_message) {
            delete callback;
        });

    V2TIMManager::GetInstance()->GetConversationManager()->GetConversationList(conversationIDList,
                                                                               callback);
}

int main() {
    v2test::Session session;
    REQUIRE(session.ok());
    // The conversations the samples ask for, as a server would deliver them.
    CHECK_EQ(v2test::Push("bob", 1, "bob", "Lunch?"), 0);
    CHECK_EQ(v2test::Push("team", 2, "carol", "Standup at 10"), 0);
    CHECK_EQ(v2test::Push("team", 2, "dave", "OK"), 0);

    SampleGetConversation();
    SampleGetConversationList();

    for (int i = 0; i < 1000; ++i) {
        {
            std::lock_guard<std::mutex> lock(g_mu);
            if (g_answers >= 2) break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    std::string log;
    {
        std::lock_guard<std::mutex> lock(g_mu);
        log = g_log;
        CHECK_EQ(g_answers, 2);
    }
    std::printf("%s", log.c_str());
    CHECK_STR(log, "conversation c2c_bob bob unread=1\nlist of 2: c2c_bob group_team\n");
    return v2test::Finish();
}
