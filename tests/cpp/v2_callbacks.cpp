// The callback rules of the V2 layer: exactly one terminal call, never inside the API call,
// on the worker thread, in submission order (also for answers the layer gives itself: refused
// calls, 7013, synchronous C calls); NULL callbacks; callbacks deleting themselves; exceptions
// from app code; UnInitSDK completing calls in flight; calls before InitSDK; listeners added
// twice, removed from another thread during delivery, removed from inside their own event.
#include <memory>

#include "v2_harness.h"

using namespace v2test;

namespace {

std::thread::id WorkerThread() {
    Done cb;
    Conv()->PinConversation("c2c_nobody", false, &cb);  // any call answered by the worker
    cb.r.Wait();
    return cb.r.thread();
}

// Makes one call of a kind, with InCall() set around it.
template <class F>
void Calling(Recorder &r, F call) {
    r.Caller();
    InCall() = true;
    call();
    InCall() = false;
}

struct Mixed {
    Value<uint64_t> total;                    // success through the C layer
    Value<V2TIMConversation> malformed;       // refused by the layer: 6017
    Value<V2TIMConversation> unknown;         // C-level error: 6004
    Complete<V2TIMMessage> modify;            // not supported: 7013 through OnComplete
    Done draft;                               // synchronous C call
    Done refusedByC;                          // refused by the C layer: mapped code
    Value<V2TIMUserFullInfoVector> users;     // 7013 (waiting for its C function)
    Download download;                        // element method: 7013
    Send send;                                // a send

    void Issue() {
        Calling(total.r, [&] { Conv()->GetTotalUnreadMessageCount(&total); });
        Calling(malformed.r, [&] { Conv()->GetConversation("no-prefix", &malformed); });
        Calling(unknown.r, [&] { Conv()->GetConversation("c2c_ghost", &unknown); });
        Calling(modify.r, [&] { Msg()->ModifyMessage(V2TIMMessage(), &modify); });
        Calling(draft.r, [&] { Conv()->SetConversationDraft("c2c_bob", "draft", &draft); });
        Calling(refusedByC.r, [&] { Conv()->DeleteConversation(("c2c_" + std::string(40, 'x')).c_str(), &refusedByC); });
        Calling(users.r, [&] {
            V2TIMStringVector ids;
            ids.PushBack("bob");
            Im()->GetUsersInfo(ids, &users);
        });
        Calling(download.r, [&] { V2TIMImage().DownloadImage("/tmp/x", &download); });
        Calling(send.r, [&] { Im()->SendC2CTextMessage("ordered", "bob", &send); });
    }
    std::vector<Recorder *> All() {
        return {&total.r, &malformed.r, &unknown.r, &modify.r, &draft.r, &refusedByC.r, &users.r,
                &download.r, &send.r};
    }
};

void ExactlyOnceInOrderOnWorker() {
    std::thread::id worker = WorkerThread();
    CHECK(worker != std::this_thread::get_id());
    Mixed m;
    m.Issue();
    Drain();
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    int previous = -1;
    for (Recorder *r : m.All()) {
        CHECK_EQ(r->calls(), 1);
        CHECK(!r->insideCall());
        CHECK(r->thread() == worker);
        CHECK(r->order() > previous);
        previous = r->order();
    }
    CHECK_EQ(m.total.r.code(), 0);
    CHECK_EQ(m.malformed.r.code(), ERR_INVALID_PARAMETERS);
    CHECK_EQ(m.unknown.r.code(), ERR_INVALID_CONVERSATION);
    CHECK_EQ(m.modify.r.code(), ERR_SDK_INTERFACE_NOT_SUPPORT);
    CHECK_STR(m.modify.r.message(), "V2TIMMessageManager::ModifyMessage is not supported by timconv");
    CHECK_EQ(m.draft.r.code(), 0);
    CHECK_EQ(m.refusedByC.r.code(), ERR_INVALID_PARAMETERS);
    CHECK(m.refusedByC.r.message().find("invalid parameter") != std::string::npos);
    CHECK_EQ(m.download.r.code(), ERR_SDK_INTERFACE_NOT_SUPPORT);
    CHECK_EQ(m.send.r.code(), 0);
}

// Callback objects that delete themselves in their terminal method (ASan checks the rest).
std::atomic<int> g_deleted(0);

class SelfDeleting final : public V2TIMCallback {
public:
    ~SelfDeleting() override { ++g_deleted; }
    void OnSuccess() override { delete this; }
    void OnError(int, const V2TIMString &) override { delete this; }
};

template <class T>
class SelfDeletingValue final : public V2TIMValueCallback<T> {
public:
    ~SelfDeletingValue() override { ++g_deleted; }
    void OnSuccess(const T &) override { delete this; }
    void OnError(int, const V2TIMString &) override { delete this; }
};

class SelfDeletingSend final : public V2TIMSendCallback {
public:
    ~SelfDeletingSend() override { ++g_deleted; }
    void OnSuccess(const V2TIMMessage &) override { delete this; }
    void OnError(int, const V2TIMString &) override { delete this; }
    void OnProgress(uint32_t) override {}
};

void SelfDeletion() {
    g_deleted = 0;
    Conv()->GetTotalUnreadMessageCount(new SelfDeletingValue<uint64_t>());
    Conv()->GetConversation("nonsense", new SelfDeletingValue<V2TIMConversation>());
    Conv()->GetConversationList(0, 10, new SelfDeletingValue<V2TIMConversationResult>());
    Conv()->PinConversation("c2c_ghost", true, new SelfDeleting());
    Conv()->SetConversationDraft("c2c_bob", "", new SelfDeleting());
    Im()->QuitGroup("g", new SelfDeleting());
    Im()->SendC2CTextMessage("self-deleting", "bob", new SelfDeletingSend());
    Im()->JoinGroup("g", "hi", new SelfDeleting());
    Drain();
    CHECK(WaitFor([] { return g_deleted.load() == 8; }));
}

void NullCallbacks() {
    Conv()->PinConversation("c2c_bob", true, nullptr);
    Conv()->SetConversationDraft("c2c_bob", "null draft", nullptr);
    Conv()->GetConversation("nonsense", nullptr);
    Conv()->GetTotalUnreadMessageCount(nullptr);
    Msg()->ModifyMessage(V2TIMMessage(), nullptr);
    Im()->GetUsersInfo(V2TIMStringVector(), nullptr);
    V2TIMMessage m = Msg()->CreateTextMessage("no callback");
    CHECK(!Msg()->SendMessage(m, "bob", "", V2TIM_PRIORITY_DEFAULT, false, V2TIMOfflinePushInfo(), nullptr).Empty());
    Drain();
    Value<V2TIMConversation> bob;
    Conv()->GetConversation("c2c_bob", &bob);
    EXPECT_OK(bob);
    CHECK(bob.value.isPinned);  // done, though nobody was told
    CHECK_STR(S(bob.value.draftText), "null draft");
}

class Throwing final : public V2TIMValueCallback<uint64_t> {
public:
    void OnSuccess(const uint64_t &) override { throw std::runtime_error("app bug"); }
    void OnError(int, const V2TIMString &) override { throw 42; }
};

void ExceptionsStayInTheApp() {
    Throwing t1, t2;
    Conv()->GetTotalUnreadMessageCount(&t1);
    Im()->GetFriendshipManager()->GetFriendApplicationList(nullptr);
    Conv()->GetConversation("nonsense", reinterpret_cast<V2TIMValueCallback<V2TIMConversation> *>(0));
    Im()->GetGroupManager()->GetGroupApplicationList(nullptr);
    Msg()->GetHistoryMessageList(V2TIMMessageListGetOption(), nullptr);
    Conv()->GetTotalUnreadMessageCount(&t2);
    Value<uint64_t> after;
    Conv()->GetTotalUnreadMessageCount(&after);
    EXPECT_OK(after);  // the worker survived both
}

void UnInitCompletesCallsInFlight() {
    Session *session = new Session();
    REQUIRE(session->ok());
    std::vector<std::unique_ptr<Mixed>> calls;
    for (int i = 0; i < 40; ++i) {
        calls.emplace_back(new Mixed());
        calls.back()->Issue();
    }
    Im()->UnInitSDK();  // must answer all 360 before returning
    int answered = 0, total = 0;
    for (auto &m : calls) {
        for (Recorder *r : m->All()) {
            ++total;
            answered += r->calls() == 1;
        }
    }
    CHECK_EQ(answered, total);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    int after = 0;
    for (auto &m : calls) {
        for (Recorder *r : m->All()) after += r->calls();
    }
    CHECK_EQ(after, total);  // nothing more after UnInitSDK returned
    delete session;          // (UnInitSDK again: harmless)
}

void BeforeInit() {
    Value<V2TIMConversationResult> list;
    Done modify;
    Calling(list.r, [&] { Conv()->GetConversationList(0, 10, &list); });
    Calling(modify.r, [&] { Im()->CreateGroup("Work", "g", "name", nullptr); });
    Complete<V2TIMMessage> complete;
    Calling(complete.r, [&] { Msg()->ModifyMessage(V2TIMMessage(), &complete); });
    Done draft;
    Calling(draft.r, [&] { Conv()->SetConversationDraft("c2c_bob", "x", &draft); });
    EXPECT_CODE(list, ERR_SDK_NOT_INITIALIZED);
    EXPECT_CODE(complete, ERR_SDK_INTERFACE_NOT_SUPPORT);
    EXPECT_CODE(draft, ERR_SDK_NOT_INITIALIZED);
    CHECK(!list.r.insideCall() && !complete.r.insideCall() && !draft.r.insideCall());
    CHECK(complete.r.order() > list.r.order() && draft.r.order() > complete.r.order());
    CHECK_EQ(Im()->GetLoginStatus(), V2TIM_STATUS_LOGOUT);
    CHECK(Im()->GetLoginUser().Empty());
}

// ---- listeners ----------------------------------------------------------------------------

class Slow : public V2TIMConversationListener {
public:
    std::atomic<bool> inside{false};
    std::atomic<int> calls{0};
    void OnConversationChanged(const V2TIMConversationVector &) override {
        inside = true;
        ++calls;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        inside = false;
    }
    void OnNewConversation(const V2TIMConversationVector &v) override { OnConversationChanged(v); }
};

void PushAsync(const std::string &id, const std::string &text) {
    std::string json = "[" + TextMessage(id, 1, id, text) + "]";
    TIMExtReceiveMessages(json.c_str(), nullptr, nullptr);
}

void RemovalWaitsForDelivery() {
    Slow *slow = new Slow();
    Conv()->AddConversationListener(slow);
    PushAsync("slowpoke", "one");
    CHECK(WaitFor([&] { return slow->inside.load(); }));
    Conv()->RemoveConversationListener(slow);  // from this thread, while it runs on the worker
    CHECK(!slow->inside.load());               // the event finished before Remove returned
    int calls = slow->calls;
    delete slow;  // safe now
    PushAsync("slowpoke", "two");
    Drain();
    CHECK_EQ(calls, 1);
}

class Counting : public V2TIMConversationListener {
public:
    std::atomic<int> calls{0};
    void OnConversationChanged(const V2TIMConversationVector &) override { ++calls; }
    void OnNewConversation(const V2TIMConversationVector &) override { ++calls; }
};

void AddRemoveStress() {
    // One thread adds and removes fresh listeners (deleting each right after removal) while the
    // worker delivers events: ASan reports any call into a deleted listener.
    std::atomic<bool> stop(false);
    std::atomic<int> cycles(0);
    std::thread churn([&] {
        while (!stop) {
            Counting *l = new Counting();
            Conv()->AddConversationListener(l);
            std::this_thread::yield();
            Conv()->RemoveConversationListener(l);
            delete l;
            ++cycles;
        }
    });
    for (int i = 0; i < 5000 && (i < 200 || cycles.load() < 50); ++i) {
        PushAsync("stress" + std::to_string(i % 7), "m");
        if (i % 50 == 0) Drain();
    }
    Drain();
    stop = true;
    churn.join();
    CHECK(cycles.load() > 0);
}

class SelfRemoving : public V2TIMConversationListener {
public:
    std::atomic<int> calls{0};
    void OnConversationChanged(const V2TIMConversationVector &) override {
        ++calls;
        Conv()->RemoveConversationListener(this);  // from inside its own event: no deadlock
    }
    void OnNewConversation(const V2TIMConversationVector &v) override { OnConversationChanged(v); }
};

void ListenersOnce() {
    Counting twice;
    Conv()->AddConversationListener(&twice);
    Conv()->AddConversationListener(&twice);
    SelfRemoving self;
    Conv()->AddConversationListener(&self);
    CHECK_EQ(Push("once", 1, "once", "a"), 0);
    Drain();
    CHECK_EQ(twice.calls.load(), 1);
    CHECK_EQ(self.calls.load(), 1);
    CHECK_EQ(Push("once", 1, "once", "b"), 0);
    Drain();
    CHECK_EQ(twice.calls.load(), 2);
    CHECK_EQ(self.calls.load(), 1);
    Conv()->RemoveConversationListener(&twice);
    CHECK_EQ(Push("once", 1, "once", "c"), 0);
    Drain();
    CHECK_EQ(twice.calls.load(), 2);
}

}  // namespace

int main() {
    BeforeInit();
    {
        Session session;
        REQUIRE(session.ok());
        CHECK_EQ(Push("bob", 1, "bob", "hi"), 0);
        ExactlyOnceInOrderOnWorker();
        SelfDeletion();
        NullCallbacks();
        ExceptionsStayInTheApp();
        ListenersOnce();
        RemovalWaitsForDelivery();
        AddRemoveStress();
    }
    UnInitCompletesCallsInFlight();
    BeforeInit();  // after UnInitSDK: as before InitSDK
    return Finish();
}
