/**
 * @file
 * @brief The answers of API calls (internal: timconv::v2::detail): a Pending per V2 callback
 * kind that turns the C result into the V2 value and calls the one terminal method.
 */
#ifndef TIMCONV_V2_PENDING_H
#define TIMCONV_V2_PENDING_H

#include <functional>
#include <string>

#include "../V2TIMCallback.h"
#include "v2_json.h"
#include "v2_runtime.h"

namespace timconv {
namespace v2 {
namespace detail {

/** OnSuccess() / OnError() of a V2TIMCallback. */
class CallbackPending : public Pending {
public:
    /** Answers cb. */
    explicit CallbackPending(V2TIMCallback *cb) : cb_(cb) {}
    /** OnSuccess() for code 0, else OnError(code, desc). */
    void Run(int code, const std::string &desc, const char *) override {
        if (code == 0) {
            cb_->OnSuccess();
        } else {
            cb_->OnError(code, ToV2(desc));
        }
    }

private:
    V2TIMCallback *cb_;
};

/** A Pending that answers cb, or NULL when cb is NULL. */
inline Pending *Answer(V2TIMCallback *cb) { return cb ? new CallbackPending(cb) : nullptr; }

/**
 * OnSuccess(T) / OnError() of a V2TIMValueCallback<T>. convert reads the parsed C result into
 * the value and returns 0, or an error code (with *desc) to answer instead.
 */
template <class T>
class ValuePending : public Pending {
public:
    /** Reads the parsed C result into the value: 0, or an error code with its description. */
    typedef std::function<int(const json::Value &, T *, std::string *)> Convert;

    /** Answers cb with what convert makes of the C result. */
    ValuePending(V2TIMValueCallback<T> *cb, const Convert &convert) : cb_(cb), convert_(convert) {}

    /** OnError for an error code or unreadable JSON (7012), else OnSuccess with the value. */
    void Run(int code, const std::string &desc, const char *json_text) override {
        if (code != 0) {
            cb_->OnError(code, ToV2(desc));
            return;
        }
        json::Value root;
        if (json_text != nullptr && json_text[0] != '\0' && !json::Parse(json_text, &root)) {
            cb_->OnError(kErrInternal, ToV2("unreadable result from the C layer"));
            return;
        }
        T value;
        std::string error;
        int rc = convert_(root, &value, &error);
        if (rc != 0) {
            cb_->OnError(rc, ToV2(error));
        } else {
            cb_->OnSuccess(value);
        }
    }

private:
    V2TIMValueCallback<T> *cb_;
    Convert convert_;
};

/** A Pending that answers cb with what convert makes of the C result, or NULL when cb is NULL. */
template <class T>
inline Pending *Answer(V2TIMValueCallback<T> *cb, const typename ValuePending<T>::Convert &convert) {
    return cb ? new ValuePending<T>(cb, convert) : nullptr;
}

}  // namespace detail
}  // namespace v2
}  // namespace timconv

#endif /* TIMCONV_V2_PENDING_H */
