/*
 * The V2 C++ API in a Windows GUI app: its callbacks come from the C ones, so with InitSDK on
 * the GUI main thread every callback object and listener runs on that thread, from its message
 * loop, in call order, exactly once; UnInitSDK on that thread with calls in flight answers them
 * all before it returns, inside the call.
 */
#include "../c/platform.h"

#include <stdio.h>
#include <string.h>

#include <atomic>
#include <string>
#include <vector>

#include "TIMExtension.h"
#include "V2TIMConversationManager.h"
#include "V2TIMManager.h"

static int passed, failed;
#define CHECK(cond)                                                                          \
    ((cond) ? (void)passed++                                                                 \
            : (void)(failed++, fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond)))

static DWORD mainThread;
static std::atomic<int> offMain(0), answers(0), outOfOrder(0), twice(0), afterUninit(0);
static std::atomic<bool> uninitReturned(false);
static int lastOrder = -1; /* only touched on the main thread */
static std::vector<int> seen(20000, 0);

static void Note(int order) {
    if (GetCurrentThreadId() != mainThread) {
        ++offMain;
    } else {
        if (order <= lastOrder) ++outOfOrder;
        lastOrder = order;
    }
    if (seen[order]++) ++twice;
    if (uninitReturned) ++afterUninit;
    ++answers;
}

/* One callback object per call; deletes itself after its one answer, as apps do. */
class Answer : public V2TIMCallback {
public:
    explicit Answer(int order) : order_(order) {}
    void OnSuccess() override { Done(); }
    void OnError(int, const V2TIMString &) override { Done(); }

private:
    void Done() {
        Note(order_);
        delete this;
    }
    int order_;
};

class Total : public V2TIMValueCallback<uint64_t> {
public:
    explicit Total(int order) : order_(order) {}
    void OnSuccess(const uint64_t &) override { Done(); }
    void OnError(int, const V2TIMString &) override { Done(); }

private:
    void Done() {
        Note(order_);
        delete this;
    }
    int order_;
};

class Listener : public V2TIMConversationListener {
public:
    std::atomic<int> events{0}, offMainEvents{0};
    void OnNewConversation(const V2TIMConversationVector &) override { Event(); }
    void OnConversationChanged(const V2TIMConversationVector &) override { Event(); }
    void OnTotalUnreadMessageCountChanged(uint64_t) override { Event(); }

private:
    void Event() {
        if (GetCurrentThreadId() != mainThread) ++offMainEvents;
        ++events;
    }
};

static void Pump(int target, DWORD timeoutMs) {
    DWORD start = GetTickCount();
    while (answers < target && GetTickCount() - start < timeoutMs) {
        MSG msg;
        while (PeekMessageW(&msg, NULL, 0, 0, PM_REMOVE)) DispatchMessageW(&msg);
        MsgWaitForMultipleObjects(0, NULL, FALSE, 5, QS_ALLINPUT);
    }
}

static void PushFrom(const char *peer) {
    std::string json = std::string("[{\"message_conv_id\":\"") + peer +
                       "\",\"message_conv_type\":1,\"message_sender\":\"" + peer +
                       "\",\"message_elem_array\":[{\"elem_type\":0,\"text_elem_content\":\"hi\"}]}]";
    TIMExtReceiveMessages(json.c_str(), nullptr, nullptr);
}

int main() {
    mainThread = GetCurrentThreadId();
    /* Message-only: the thread is a GUI thread with a message queue; no display is needed. */
    HWND window = CreateWindowExW(0, L"STATIC", L"timconv gui_v2", 0, 0, 0, 0, 0, HWND_MESSAGE, NULL,
                                  GetModuleHandleW(NULL), NULL);
    CHECK(window != NULL);
    char dir[512];
    if (!platform_make_temp_dir(dir, sizeof dir, "timconv-gui-v2")) return 1;
    V2TIMManager *manager = V2TIMManager::GetInstance();
    V2TIMConversationManager *conversations = manager->GetConversationManager();
    Listener listener;
    conversations->AddConversationListener(&listener);
    V2TIMSDKConfig config;
    config.initPath = dir;
    CHECK(manager->InitSDK(1400000001, config));
    int order = 0;
    manager->Login("alice", "sig", new Answer(order++));
    Pump(1, 10000);
    CHECK(answers == 1);
    const char *peers[] = {"bob", "carol", "dave"};
    for (int round = 0; round < 300; round++) {
        PushFrom(peers[round % 3]);
        conversations->GetTotalUnreadMessageCount(new Total(order++));
        conversations->PinConversation((std::string("c2c_") + peers[round % 3]).c_str(), round % 2 == 0, new Answer(order++));
        /* A malformed ID: the V2 layer answers by itself, still later and in order. */
        conversations->PinConversation("nonsense", true, new Answer(order++));
    }
    Pump(order, 30000);
    CHECK(answers == order);
    CHECK(listener.events > 300);
    /* UnInitSDK on the UI thread with calls in flight: answered inside it, on this thread. */
    int before = answers;
    for (int i = 0; i < 2000; i++) conversations->GetTotalUnreadMessageCount(new Total(order++));
    manager->UnInitSDK();
    uninitReturned = true;
    int inside = answers - before;
    CHECK(answers == order);
    CHECK(offMain == 0 && outOfOrder == 0 && twice == 0 && afterUninit == 0);
    CHECK(listener.offMainEvents == 0);
    conversations->RemoveConversationListener(&listener);
    DestroyWindow(window);
    platform_remove_tree(dir);
    printf("%d answers and %d listener events on the main thread (%d inside UnInitSDK)\n", answers.load(),
           listener.events.load(), inside);
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
