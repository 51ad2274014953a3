/*
 * Helpers for the V2 C++ tests (header-only).
 *
 *   CHECK(cond), CHECK_EQ(a, b), CHECK_STR(a, b)   count a pass or report file:line (goes on)
 *   REQUIRE(cond)                                   like CHECK, but ends the test at once
 *   Finish()                                        prints "N passed, M failed"; exit status
 *   Recorder                                        what a callback got: calls, code, message,
 *                                                   thread, and whether it ran inside the call
 *   Done / Value<T> / Send                          self-deleting-free callback objects that record
 *   Session                                         a data directory, InitSDK and a logged-in user
 *   Push(...)                                       a server push through TIMExtReceiveMessages
 */
#ifndef TIMCONV_V2_TEST_HARNESS_H
#define TIMCONV_V2_TEST_HARNESS_H

#include "../c/platform.h" /* first: feature macros; temp dirs on POSIX and Windows */

#ifndef _XOPEN_SOURCE
#endif

#include <stdio.h>
#include <stdlib.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "TIMExtension.h"
#include "V2TIMConversationManager.h"
#include "V2TIMErrorCode.h"
#include "V2TIMManager.h"
#include "V2TIMMessageManager.h"

namespace v2test {

/* ---- checks -------------------------------------------------------------------------------- */

inline int &Passed() {
    static int n = 0;
    return n;
}
inline int &Failed() {
    static int n = 0;
    return n;
}
inline std::mutex &CheckMu() {
    static std::mutex mu;
    return mu;
}

inline bool Check(bool ok, const char *file, int line, const std::string &what) {
    std::lock_guard<std::mutex> lock(CheckMu());
    if (ok) {
        ++Passed();
    } else {
        ++Failed();
        fprintf(stderr, "%s:%d: CHECK failed: %s\n", file, line, what.c_str());
    }
    return ok;
}

inline int Finish() {
    printf("%d passed, %d failed\n", Passed(), Failed());
    fflush(stdout);
    return Failed() == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

#define CHECK(cond) v2test::Check((cond), __FILE__, __LINE__, #cond)
inline bool CheckEq(long long a, long long b, const char *file, int line, const char *what) {
    return Check(a == b, file, line,
                 std::string(what) + " (" + std::to_string(a) + " vs " + std::to_string(b) + ")");
}
inline bool CheckStr(const std::string &a, const std::string &b, const char *file, int line,
                     const char *what) {
    return Check(a == b, file, line, std::string(what) + " (\"" + a + "\" vs \"" + b + "\")");
}
#define CHECK_EQ(a, b) v2test::CheckEq((long long)(a), (long long)(b), __FILE__, __LINE__, #a " == " #b)
#define CHECK_STR(a, b) v2test::CheckStr((a), (b), __FILE__, __LINE__, #a " == " #b)
#define REQUIRE(cond)                                                                           \
    do {                                                                                        \
        if (!CHECK(cond)) {                                                                     \
            v2test::Finish();                                                                   \
            exit(EXIT_FAILURE);                                                                 \
        }                                                                                       \
    } while (0)

inline std::string S(const V2TIMString &s) { return std::string(s.CString(), s.Size()); }
inline std::string S(const V2TIMBuffer &b) {
    return std::string(reinterpret_cast<const char *>(b.Data()), b.Size());
}
inline V2TIMBuffer Buf(const std::string &s) {
    return V2TIMBuffer(reinterpret_cast<const uint8_t *>(s.data()), s.size());
}

/* ---- recording callbacks ------------------------------------------------------------------ */

/* The thread currently inside an API call (to catch callbacks run inside the call). */
inline std::atomic<bool> &InCall() {
    static std::atomic<bool> flag(false);
    return flag;
}

/* Global order of terminal calls, to check call order across callbacks. */
inline std::atomic<int> &Sequence() {
    static std::atomic<int> n(0);
    return n;
}

class Recorder {
public:
    Recorder() : calls_(0), code_(-1), order_(-1), insideCall_(false) {}

    void Record(int code, const std::string &message) {
        std::lock_guard<std::mutex> lock(mu_);
        ++calls_;
        code_ = code;
        message_ = message;
        thread_ = std::this_thread::get_id();
        order_ = Sequence()++;
        if (InCall() && callerThread_ == thread_) insideCall_ = true;
        cv_.notify_all();
    }
    /* Marks the calling thread as the one making the API call. */
    void Caller() { callerThread_ = std::this_thread::get_id(); }

    bool Wait(int n = 1, int timeoutMs = 10000) {
        std::unique_lock<std::mutex> lock(mu_);
        return cv_.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return calls_ >= n; });
    }
    int calls() {
        std::lock_guard<std::mutex> lock(mu_);
        return calls_;
    }
    int code() {
        std::lock_guard<std::mutex> lock(mu_);
        return code_;
    }
    std::string message() {
        std::lock_guard<std::mutex> lock(mu_);
        return message_;
    }
    std::thread::id thread() {
        std::lock_guard<std::mutex> lock(mu_);
        return thread_;
    }
    int order() {
        std::lock_guard<std::mutex> lock(mu_);
        return order_;
    }
    bool insideCall() {
        std::lock_guard<std::mutex> lock(mu_);
        return insideCall_;
    }

private:
    std::mutex mu_;
    std::condition_variable cv_;
    int calls_;
    int code_;
    std::string message_;
    std::thread::id thread_;
    std::thread::id callerThread_;
    int order_;
    bool insideCall_;
};

class Done : public V2TIMCallback {
public:
    Recorder r;
    void OnSuccess() override { r.Record(0, ""); }
    void OnError(int code, const V2TIMString &message) override { r.Record(code, S(message)); }
};

template <class T>
class Value : public V2TIMValueCallback<T> {
public:
    Recorder r;
    T value;
    void OnSuccess(const T &v) override {
        value = v;
        r.Record(0, "");
    }
    void OnError(int code, const V2TIMString &message) override { r.Record(code, S(message)); }
};

class Send : public V2TIMSendCallback {
public:
    Recorder r;
    V2TIMMessage value;
    int progressCalls = 0;
    void OnSuccess(const V2TIMMessage &v) override {
        value = v;
        r.Record(0, "");
    }
    void OnError(int code, const V2TIMString &message) override { r.Record(code, S(message)); }
    void OnProgress(uint32_t) override { ++progressCalls; }
};

template <class T>
class Complete : public V2TIMCompleteCallback<T> {
public:
    Recorder r;
    void OnComplete(int code, const V2TIMString &message, const T &) override {
        r.Record(code, S(message));
    }
};

class Download : public V2TIMDownloadCallback {
public:
    Recorder r;
    void OnSuccess() override { r.Record(0, ""); }
    void OnError(int code, const V2TIMString &message) override { r.Record(code, S(message)); }
    void OnDownLoadProgress(uint64_t, uint64_t) override {}
};

/* Waits for the answer of a callback object and checks it came once with the wanted code. */
template <class Cb>
inline bool Expect(Cb &cb, int code, const char *file, int line) {
    bool arrived = cb.r.Wait();
    Check(arrived, file, line, "callback arrived");
    if (!arrived) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    bool once = cb.r.calls() == 1;
    Check(once, file, line, "callback called exactly once");
    bool ok = cb.r.code() == code;
    Check(ok, file, line,
          "code " + std::to_string(cb.r.code()) + " (" + cb.r.message() + "), wanted " +
              std::to_string(code));
    return arrived && once && ok;
}
#define EXPECT_OK(cb) v2test::Expect((cb), 0, __FILE__, __LINE__)
#define EXPECT_CODE(cb, code) v2test::Expect((cb), (code), __FILE__, __LINE__)

/* ---- C-level helpers ---------------------------------------------------------------------- */

struct CWait {
    std::mutex mu;
    std::condition_variable cv;
    bool done = false;
    int code = -1;
    std::string json;
};

inline void OnCDone(int32_t code, const char *, const char *json, const void *ud) {
    CWait *w = static_cast<CWait *>(const_cast<void *>(ud));
    std::lock_guard<std::mutex> lock(w->mu);
    w->code = code;
    w->json = json ? json : "";
    w->done = true;
    w->cv.notify_all();
}

inline int WaitC(int rc, CWait &w) {
    if (rc != TIM_SUCC) return rc;
    std::unique_lock<std::mutex> lock(w.mu);
    w.cv.wait_for(lock, std::chrono::seconds(10), [&] { return w.done; });
    return w.done ? w.code : -100;
}

/* Pushes a JSON array of messages as the server would; returns the callback code. */
inline int PushJson(const std::string &array) {
    CWait w;
    return WaitC(TIMExtReceiveMessages(array.c_str(), &OnCDone, &w), w);
}

inline std::string Quote(const std::string &s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out.push_back('\\');
        out.push_back(c);
    }
    return out + "\"";
}

/* One text message from sender in conversation id (type 1 C2C, 2 group). */
inline std::string TextMessage(const std::string &id, int type, const std::string &sender,
                               const std::string &text, const std::string &extra = "") {
    return "{\"message_conv_id\":" + Quote(id) + ",\"message_conv_type\":" + std::to_string(type) +
           ",\"message_sender\":" + Quote(sender) +
           ",\"message_elem_array\":[{\"elem_type\":0,\"text_elem_content\":" + Quote(text) + "}]" +
           extra + "}";
}

inline int Push(const std::string &id, int type, const std::string &sender, const std::string &text,
                const std::string &extra = "") {
    return PushJson("[" + TextMessage(id, type, sender, text, extra) + "]");
}

/* Every callback queued before this returns has run (callbacks run in call order). */
inline void Drain() {
    Value<uint64_t> cb;
    V2TIMManager::GetInstance()->GetConversationManager()->GetTotalUnreadMessageCount(&cb);
    cb.r.Wait();
}

/* Polls pred until it holds (true) or timeoutMs passes (false). */
template <class Pred>
inline bool WaitFor(Pred pred, int timeoutMs = 5000) {
    for (int waited = 0; waited < timeoutMs; waited += 5) {
        if (pred()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return pred();
}

/* ---- data directories and sessions -------------------------------------------------------- */

inline std::string MakeTempDir() {
    char dir[1024];
    return platform_make_temp_dir(dir, sizeof dir, "timconv-v2") ? dir : "";
}

inline void RemoveTree(const std::string &dir) {
    if (!dir.empty()) platform_remove_tree(dir.c_str());
}

/* InitSDK in a fresh directory and log in as user; UnInitSDK and cleanup on destruction. */
class Session {
public:
    explicit Session(const char *user = "alice") : dir_(MakeTempDir()) {
        V2TIMSDKConfig config;
        config.initPath = dir_.c_str();
        ok_ = V2TIMManager::GetInstance()->InitSDK(1400000001, config);
        if (ok_) {
            Done login;
            V2TIMManager::GetInstance()->Login(user, "sig", &login);
            ok_ = login.r.Wait() && login.r.code() == 0;
        }
    }
    ~Session() {
        V2TIMManager::GetInstance()->UnInitSDK();
        RemoveTree(dir_);
    }
    bool ok() const { return ok_; }
    const std::string &dir() const { return dir_; }

private:
    std::string dir_;
    bool ok_;
};

inline V2TIMManager *Im() { return V2TIMManager::GetInstance(); }
inline V2TIMConversationManager *Conv() { return Im()->GetConversationManager(); }
inline V2TIMMessageManager *Msg() { return Im()->GetMessageManager(); }

}  // namespace v2test

#endif /* TIMCONV_V2_TEST_HARNESS_H */
