/*
 * conversation_list: the conversation list through the V2 C++ API (the C++ twin of
 * examples-c/quickstart.c).
 *
 *   conversation_list [data-dir]
 *
 * Logs in as alice, receives a few messages (pushed the way a server would push them, through
 * timconv's C server feed), sends a reply, saves a draft, pins a conversation, then prints the
 * conversation list page by page and the total unread count. Without data-dir it works in a
 * temporary directory and removes it.
 *
 * Every V2 call returns at once; its callback runs later on the SDK's worker thread. Callback
 * objects are created with new and delete themselves in their handler, as in the SDK's own
 * samples. This demo waits for each answer with a std::future, which a UI would not do.
 */
#include "platform.h" /* first: feature macros; a temporary directory on POSIX and Windows */

#include <stdlib.h>

#include <cstdio>
#include <functional>
#include <future>
#include <string>
#include <utility>

#include "TIMExtension.h" /* the server feed (timconv's C extension) */
#include "V2TIMConversationManager.h"
#include "V2TIMManager.h"
#include "V2TIMMessageManager.h"

/* ---- callback objects that hand their answer to a std::function, then delete themselves --- */

class Callback final : public V2TIMCallback {
public:
    explicit Callback(std::function<void(int, const std::string &)> done) : done_(std::move(done)) {}
    void OnSuccess() override { Finish(0, ""); }
    void OnError(int code, const V2TIMString &message) override { Finish(code, message.CString()); }

private:
    void Finish(int code, const std::string &message) {
        done_(code, message);
        delete this;
    }
    std::function<void(int, const std::string &)> done_;
};

template <class T>
class ValueCallback final : public V2TIMValueCallback<T> {
public:
    ValueCallback(std::function<void(const T &)> ok, std::function<void(int, const std::string &)> fail)
        : ok_(std::move(ok)), fail_(std::move(fail)) {}
    void OnSuccess(const T &value) override {
        ok_(value);
        delete this;
    }
    void OnError(int code, const V2TIMString &message) override {
        fail_(code, message.CString());
        delete this;
    }

private:
    std::function<void(const T &)> ok_;
    std::function<void(int, const std::string &)> fail_;
};

class SendCallback final : public V2TIMSendCallback {
public:
    explicit SendCallback(std::function<void(int)> done) : done_(std::move(done)) {}
    void OnSuccess(const V2TIMMessage &) override { Finish(0); }
    void OnError(int code, const V2TIMString &message) override {
        std::fprintf(stderr, "  (send failed %d: %s)\n", code, message.CString());
        Finish(code);
    }
    void OnProgress(uint32_t) override {}

private:
    void Finish(int code) {
        done_(code);
        delete this;
    }
    std::function<void(int)> done_;
};

/* A V2TIMCallback answer as a future of its code. */
static Callback *Waiting(std::promise<int> &done) {
    return new Callback([&done](int code, const std::string &message) {
        if (code != 0) std::fprintf(stderr, "  (error %d: %s)\n", code, message.c_str());
        done.set_value(code);
    });
}

/* ---- listeners ---------------------------------------------------------------------------- */

class NewMessages final : public V2TIMAdvancedMsgListener {
public:
    void OnRecvNewMessage(const V2TIMMessage &message) override {
        std::string text;
        if (message.elemList.Size() > 0 && message.elemList[0]->elemType == V2TIM_ELEM_TYPE_TEXT) {
            text = static_cast<V2TIMTextElem *>(message.elemList[0])->text.CString();
        }
        std::string where = message.groupID.Empty() ? "" : std::string(" in ") + message.groupID.CString();
        std::printf("  <- %s%s: %s\n", message.sender.CString(), where.c_str(), text.c_str());
    }
};

/* ---- steps -------------------------------------------------------------------------------- */

/* One text message, as a server would push it: C2C (type 1) or group (type 2). */
static bool Push(const char *conv, int type, const char *sender, const char *text) {
    char json[512];
    std::snprintf(json, sizeof json,
                  "[{\"message_conv_id\":\"%s\",\"message_conv_type\":%d,\"message_sender\":\"%s\","
                  "\"message_elem_array\":[{\"elem_type\":0,\"text_elem_content\":\"%s\"}]}]",
                  conv, type, sender, text);
    std::promise<int> done;
    auto cb = [](int32_t code, const char *, const char *, const void *user_data) {
        static_cast<std::promise<int> *>(const_cast<void *>(user_data))->set_value(code);
    };
    if (TIMExtReceiveMessages(json, cb, &done) != TIM_SUCC) return false;
    return done.get_future().get() == 0;
}

static std::string Preview(const V2TIMConversation &c) {
    if (!c.draftText.Empty()) return std::string("[draft] ") + c.draftText.CString();
    const V2TIMMessage *last = c.lastMessage;
    if (last == nullptr || last->elemList.Size() == 0) return "";
    std::string who = last->isSelf ? "you" : last->sender.CString();
    const V2TIMElem *elem = last->elemList[0];
    std::string text = elem->elemType == V2TIM_ELEM_TYPE_TEXT
                           ? static_cast<const V2TIMTextElem *>(elem)->text.CString()
                           : "[message]";
    return who + ": " + text;
}

static void PrintConversation(const V2TIMConversation &c) {
    std::string badge = c.unreadCount > 0 ? "(" + std::to_string(c.unreadCount) + ")" : "";
    std::printf("  %s %-8s %-5s %5s  %s\n", c.isPinned ? "*" : " ", c.showName.CString(),
                c.type == V2TIM_GROUP ? "group" : "c2c", badge.c_str(), Preview(c).c_str());
}

/* Walks the list two conversations per page, as a UI scrolling through it would. */
static bool PrintConversationList() {
    V2TIMConversationManager *conversations = V2TIMManager::GetInstance()->GetConversationManager();
    std::printf("\nConversations, pinned first (*), newest first:\n");
    uint64_t next = 0;
    for (int page = 1;; ++page) {
        std::promise<V2TIMConversationResult> done;
        std::promise<int> failed;
        conversations->GetConversationList(
            next, 2,
            new ValueCallback<V2TIMConversationResult>(
                [&done](const V2TIMConversationResult &r) { done.set_value(r); },
                [&done](int code, const std::string &message) {
                    std::fprintf(stderr, "  (error %d: %s)\n", code, message.c_str());
                    done.set_exception(std::make_exception_ptr(code));
                }));
        V2TIMConversationResult result;
        try {
            result = done.get_future().get();
        } catch (int) {
            return false;
        }
        std::printf(" page %d:\n", page);
        for (size_t i = 0; i < result.conversationList.Size(); ++i) {
            PrintConversation(result.conversationList[i]);
        }
        if (result.isFinished) return true;
        next = result.nextSeq;
    }
}

static bool PrintTotalUnread() {
    std::promise<uint64_t> done;
    V2TIMManager::GetInstance()->GetConversationManager()->GetTotalUnreadMessageCount(
        new ValueCallback<uint64_t>([&done](const uint64_t &n) { done.set_value(n); },
                                    [&done](int, const std::string &) { done.set_value(UINT64_MAX); }));
    uint64_t total = done.get_future().get();
    if (total == UINT64_MAX) return false;
    std::printf("\nTotal unread: %llu\n", static_cast<unsigned long long>(total));
    return true;
}

static bool Run(const char *dataDir) {
    V2TIMManager *im = V2TIMManager::GetInstance();
    NewMessages listener;
    im->GetMessageManager()->AddAdvancedMsgListener(&listener);

    V2TIMSDKConfig config;
    config.initPath = dataDir;
    if (!im->InitSDK(1400000001, config)) return false;
    std::printf("SDK %s, data in %s\n", im->GetVersion().CString(), dataDir);

    std::promise<int> login;
    im->Login("alice", "user_sig", Waiting(login));
    if (login.get_future().get() != 0) return false;
    std::printf("Logged in as %s\n\n", im->GetLoginUser().CString());

    bool ok = Push("bob", 1, "bob", "Hi Alice! Lunch today?") &&
              Push("bob", 1, "bob", "12:30 at the usual place?") &&
              Push("carol", 1, "carol", "The slides are ready") &&
              Push("team", 2, "carol", "Standup moved to 10:30") &&
              Push("team", 2, "dave", "Thanks for the heads-up") &&
              Push("team", 2, "bob", "See you there");

    std::promise<int> sent;
    im->SendC2CTextMessage("Great, thanks!", "carol",
                           new SendCallback([&sent](int code) { sent.set_value(code); }));
    ok = ok && sent.get_future().get() == 0;
    if (ok) std::printf("  -> carol: Great, thanks!\n");

    V2TIMConversationManager *conversations = im->GetConversationManager();
    std::promise<int> draft;
    conversations->SetConversationDraft("c2c_bob", "Sounds good, see", Waiting(draft));
    if (draft.get_future().get() == 0) std::printf("  .. draft saved for bob\n");

    std::promise<int> pin;
    conversations->PinConversation("group_team", true, Waiting(pin));
    if (pin.get_future().get() == 0) std::printf("  .. pinned team\n");

    ok = ok && PrintConversationList() && PrintTotalUnread();

    std::promise<int> logout;
    im->Logout(Waiting(logout));
    ok = logout.get_future().get() == 0 && ok;
    std::printf("\nLogged out\n");
    im->GetMessageManager()->RemoveAdvancedMsgListener(&listener);
    im->UnInitSDK();
    return ok;
}

int main(int argc, char **argv) {
    char tempDir[1024];
    if (argc <= 1 && !platform_make_temp_dir(tempDir, sizeof tempDir, "timconv-conversation-list")) {
        std::perror("temporary directory");
        return EXIT_FAILURE;
    }
    const char *dataDir = argc > 1 ? argv[1] : tempDir;
    bool ok = Run(dataDir);
    if (argc <= 1) platform_remove_tree(tempDir);
    if (!ok) std::fprintf(stderr, "conversation_list failed\n");
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
