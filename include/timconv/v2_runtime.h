/**
 * @file
 * @brief The V2 layer's plumbing (internal: namespace timconv::v2::detail): how a V2 call
 * becomes a C call and how its answer comes back.
 *
 * - Every accepted C call calls back exactly once, on the worker thread, in call order. A V2
 *   call hands the C function OnCResult plus a heap Pending that owns the answer; OnCResult
 *   runs the Pending once and deletes it. The app's callback object is only ever used there.
 * - When the V2 layer must answer by itself (a C call refused, 7013, a synchronous C call), it
 *   still answers later and in order: Post() queues the Pending behind everything already
 *   submitted by making a read-only C call (TIMConvGetConversationGroupList) and ignoring its
 *   result. Only if the C layer refuses even that (it cannot start a thread before TIMInit)
 *   does a short-lived thread of our own answer; UnInitSDK waits for those.
 * - ListenerSet keeps listener pointers: adding twice keeps one; removing from another thread
 *   waits for an event being delivered to finish, so a removed listener is never called again.
 */
#ifndef TIMCONV_V2_RUNTIME_H
#define TIMCONV_V2_RUNTIME_H

#include <stddef.h>
#include <stdint.h>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "../TIMCloudDef.h"
#include "../TIMConversationManager.h"
#include "../V2TIMString.h"

template <class T>
class V2TIMCompleteCallback;

/** 1 when the app is compiled with C++ exceptions (Shield then catches them), else 0. */
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(_CPPUNWIND)
#define TIMCONV_V2_HAS_EXCEPTIONS 1
#else
#define TIMCONV_V2_HAS_EXCEPTIONS 0
#endif

namespace timconv {
namespace v2 {
namespace detail {

/** Codes the layer answers with itself (values of V2TIMErrorCode). */
enum {
    kErrInvalidConversation = 6004,  ///< ERR_INVALID_CONVERSATION: unknown conversation.
    kErrSdkNotInitialized = 6013,    ///< ERR_SDK_NOT_INITIALIZED: the C call found no TIMInit.
    kErrSdkNotLoggedIn = 6014,       ///< ERR_SDK_NOT_LOGGED_IN: the C call found nobody logged in.
    kErrInvalidParameters = 6017,    ///< ERR_INVALID_PARAMETERS: bad arguments.
    kErrInternal = 7012,             ///< ERR_SDK_INTERNAL_ERROR: an unreadable C result.
    kErrNotSupported = 7013,         ///< ERR_SDK_INTERFACE_NOT_SUPPORT: no such service.
};

/** Runs f, keeping an exception thrown by app code from unwinding into the C library. */
template <class F>
inline void Shield(F f) {
#if TIMCONV_V2_HAS_EXCEPTIONS
    try {
        f();
    } catch (...) {
    }
#else
    f();
#endif
}

/** The V2 error code for a C call's synchronous refusal (a TIMResult). */
inline int CodeForResult(int rc) {
    switch (rc) {
        case TIM_ERR_SDKUNINIT: return kErrSdkNotInitialized;
        case TIM_ERR_NOTLOGIN: return kErrSdkNotLoggedIn;
        case TIM_ERR_CONV: return kErrInvalidConversation;
        default: return kErrInvalidParameters;
    }
}

/** The error description for a C call's synchronous refusal: "<method>: <reason>". */
inline std::string DescForResult(const char *method, int rc) {
    const char *what = "invalid parameter";
    switch (rc) {
        case TIM_ERR_SDKUNINIT: what = "the SDK is not initialized"; break;
        case TIM_ERR_NOTLOGIN: what = "no user is logged in"; break;
        case TIM_ERR_JSON: what = "invalid parameter (rejected as JSON)"; break;
        case TIM_ERR_CONV: what = "invalid conversation"; break;
        default: break;
    }
    return std::string(method) + ": " + what;
}

/** s as a V2TIMString (all bytes kept). */
inline V2TIMString ToV2(const std::string &s) { return V2TIMString(s.data(), s.size()); }

/** One outstanding answer. Run is called exactly once, then the Pending is deleted. */
class Pending {
public:
    /** Not overridden. */
    Pending() : overridden_(false), code_(0) {}
    /** Virtual: OnCResult deletes each Pending through this base. */
    virtual ~Pending() {}
    /** code 0: success, json is the C result; else an error code and its description. */
    virtual void Run(int code, const std::string &desc, const char *json) = 0;

    /** Makes the answer code/desc whatever the C call that delivers it reports. */
    void Override(int code, const std::string &desc) {
        overridden_ = true;
        code_ = code;
        desc_ = desc;
    }
    /** Whether Override was called. */
    bool overridden() const { return overridden_; }
    /** The code set by Override. */
    int code() const { return code_; }
    /** The description set by Override. */
    const std::string &desc() const { return desc_; }

private:
    bool overridden_;
    int code_;
    std::string desc_;
};

/**
 * The TIMCommCallback of every C call the layer makes; user_data is a Pending, run once and
 * deleted (its Override, if any, replaces the C result).
 */
inline void OnCResult(int32_t code, const char *desc, const char *json, const void *user_data) {
    Pending *p = static_cast<Pending *>(const_cast<void *>(user_data));
    if (p == nullptr) return;
    Shield([&]() {
        if (p->overridden()) {
            p->Run(p->code(), p->desc(), "");
        } else {
            p->Run(code, desc ? std::string(desc) : std::string(), json ? json : "");
        }
    });
    delete p;
}

/** Answers our own short-lived threads are delivering (see the header comment). */
struct OwnThreads {
    std::mutex mu;                 ///< Guards running.
    std::condition_variable idle;  ///< Signalled when running drops to 0.
    int running;                   ///< Answers being delivered by our own threads.
    /** None running. */
    OwnThreads() : running(0) {}
};

/** The one OwnThreads (never destroyed: used until exit). */
inline OwnThreads &Own() {
    static OwnThreads *own = new OwnThreads(); /* never destroyed: used until exit */
    return *own;
}

/** Records that one of our own threads delivered its answer. */
inline void FinishOwn() {
    OwnThreads &own = Own();
    std::lock_guard<std::mutex> lock(own.mu);
    if (--own.running == 0) own.idle.notify_all();
}

/** Delivers p on a short-lived thread of our own (or at once when no thread can start). */
inline void DeliverOnOwnThread(Pending *p) {
    OwnThreads &own = Own();
    {
        std::lock_guard<std::mutex> lock(own.mu);
        ++own.running;
    }
#if TIMCONV_V2_HAS_EXCEPTIONS
    try {
        std::thread([p]() {
            OnCResult(0, "", "", p);
            FinishOwn();
        }).detach();
        return;
    } catch (...) {
    }
    /* Not even a thread: answering now is the only way left to answer at all. */
    OnCResult(0, "", "", p);
    FinishOwn();
#else
    std::thread([p]() {
        OnCResult(0, "", "", p);
        FinishOwn();
    }).detach();
#endif
}

/** Blocks until every answer of our own threads was delivered (UnInitSDK). */
inline void WaitOwnThreads() {
    OwnThreads &own = Own();
    std::unique_lock<std::mutex> lock(own.mu);
    own.idle.wait(lock, [&own]() { return own.running == 0; });
}

/** Answers p (which must be overridden) later, in call order. */
inline void Post(Pending *p) {
    if (TIMConvGetConversationGroupList(&OnCResult, p) != TIM_SUCC) DeliverOnOwnThread(p);
}

/** Answers p with code/desc, later, in call order. */
inline void PostError(Pending *p, int code, const std::string &desc) {
    if (p == nullptr) return;
    p->Override(code, desc);
    Post(p);
}

/**
 * Makes a C call: invoke(TIMCommCallback, user_data) -> TIMResult. With a Pending, its answer
 * comes from the C callback, or, when the call is refused, from Post with the mapped error.
 * Without one (the app passed a NULL callback) the C call gets no callback either.
 */
template <class Invoke>
inline void Call(Pending *p, const char *method, Invoke invoke) {
    int rc = p != nullptr ? invoke(&OnCResult, static_cast<const void *>(p)) : invoke(nullptr, nullptr);
    if (rc != TIM_SUCC && p != nullptr) PostError(p, CodeForResult(rc), DescForResult(method, rc));
}

/** Calls cb->OnError(code, desc). */
template <class Cb>
inline void DeliverError(Cb *cb, int code, const V2TIMString &desc) {
    cb->OnError(code, desc);
}
/** Calls cb->OnComplete(code, desc, T()): the error answer of a complete callback. */
template <class T>
inline void DeliverError(V2TIMCompleteCallback<T> *cb, int code, const V2TIMString &desc) {
    cb->OnComplete(code, desc, T());
}

/** An answer that can only be an error: OnError (or OnComplete) on any callback class. */
template <class Cb>
class ErrorPending : public Pending {
public:
    /** Answers cb. */
    explicit ErrorPending(Cb *cb) : cb_(cb) {}
    /** Delivers the error (code 0 becomes kErrInternal: an error answer must carry an error). */
    void Run(int code, const std::string &desc, const char *) override {
        DeliverError(cb_, code != 0 ? code : kErrInternal, ToV2(desc));
    }

private:
    Cb *cb_;
};

/** Answers cb (if any) with code/desc, later, in call order. */
template <class Cb>
inline void AnswerError(Cb *cb, int code, const std::string &desc) {
    if (cb != nullptr) PostError(new ErrorPending<Cb>(cb), code, desc);
}

/**
 * The answer of every method timconv does not implement: 7013, with the description
 * "<method> is not supported by timconv".
 */
template <class Cb>
inline void NotSupported(Cb *cb, const char *method) {
    AnswerError(cb, kErrNotSupported, std::string(method) + " is not supported by timconv");
}

/* ---- listeners ---------------------------------------------------------------------------- */

/**
 * The registered listeners of one kind. Adding twice keeps one; Remove waits for deliveries
 * running on other threads, so a removed listener is never called again.
 */
template <class L>
class ListenerSet {
public:
    /** No listeners. */
    ListenerSet() : lastTicket_(0) {}

    /** Adds l once; true when it was not there (NULL is ignored). */
    bool Add(L *l) {
        if (l == nullptr) return false;
        std::lock_guard<std::mutex> lock(mu_);
        if (std::find(list_.begin(), list_.end(), l) != list_.end()) return false;
        list_.push_back(l);
        return true;
    }

    /**
     * Removes l. Waits for the deliveries running on other threads when it was called to
     * finish (later ones no longer see l), so l is not in use when this returns. From inside
     * a delivery on this thread it does not wait for that one.
     */
    void Remove(L *l) {
        std::unique_lock<std::mutex> lock(mu_);
        list_.erase(std::remove(list_.begin(), list_.end(), l), list_.end());
        uint64_t target = lastTicket_;
        std::thread::id me = std::this_thread::get_id();
        idle_.wait(lock, [&]() {
            for (size_t i = 0; i < active_.size(); ++i) {
                if (active_[i].first <= target && active_[i].second != me) return false;
            }
            return true;
        });
    }

    /** Whether no listener is registered. */
    bool Empty() {
        std::lock_guard<std::mutex> lock(mu_);
        return list_.empty();
    }

    /** Calls f(listener) for each listener, skipping those removed meanwhile. */
    template <class F>
    void ForEach(F f) {
        std::vector<L *> snapshot;
        uint64_t ticket;
        {
            std::lock_guard<std::mutex> lock(mu_);
            if (list_.empty()) return;
            snapshot = list_;
            ticket = ++lastTicket_;
            active_.push_back(std::make_pair(ticket, std::this_thread::get_id()));
        }
        for (size_t i = 0; i < snapshot.size(); ++i) {
            {
                std::lock_guard<std::mutex> lock(mu_);
                if (std::find(list_.begin(), list_.end(), snapshot[i]) == list_.end()) continue;
            }
            L *l = snapshot[i];
            Shield([&]() { f(l); });
        }
        std::lock_guard<std::mutex> lock(mu_);
        for (size_t i = 0; i < active_.size(); ++i) {
            if (active_[i].first == ticket) {
                active_.erase(active_.begin() + static_cast<std::ptrdiff_t>(i));
                break;
            }
        }
        idle_.notify_all();
    }

private:
    std::mutex mu_;
    std::condition_variable idle_;
    std::vector<L *> list_;
    uint64_t lastTicket_;
    std::vector<std::pair<uint64_t, std::thread::id> > active_; /* deliveries running */
};

}  // namespace detail
}  // namespace v2
}  // namespace timconv

#endif /* TIMCONV_V2_RUNTIME_H */
