/**
 * @file
 * @brief V2 C++ API: callback classes.
 *
 * The app owns each callback object and may delete it inside its terminal method. timconv
 * calls exactly one terminal method (OnSuccess / OnError, or OnComplete) exactly once, on the
 * SDK's worker thread, in the order the calls were made, never inside the API call itself, and
 * never touches the object afterwards. A NULL callback means "do it, don't tell me".
 */
#ifndef TIMCONV_V2TIMCALLBACK_H
#define TIMCONV_V2TIMCALLBACK_H

#include <stdint.h>

#include "V2TIMString.h"

/** Base of every callback class; API methods take the derived classes. */
class V2TIMBaseCallback {
public:
    /** A callback; the app allocates it and passes its pointer to an API method. */
    V2TIMBaseCallback() {}
    /** The app deletes a callback (at the earliest in its terminal method), never timconv. */
    virtual ~V2TIMBaseCallback() {}
};

/** The answer of a call that yields no value. */
class V2TIMCallback : public V2TIMBaseCallback {
public:
    /** The app deletes a callback (at the earliest in its terminal method), never timconv. */
    ~V2TIMCallback() override {}
    /** The call succeeded. */
    virtual void OnSuccess() = 0;
    /** The call failed: error_code is a V2TIMErrorCode value, error_message says why. */
    virtual void OnError(int error_code, const V2TIMString &error_message) = 0;
};

/** The answer of a call that yields a value of type T. */
template <class T>
class V2TIMValueCallback : public V2TIMBaseCallback {
public:
    /** The app deletes a callback (at the earliest in its terminal method), never timconv. */
    ~V2TIMValueCallback() override {}
    /** The call succeeded with value (valid during the call: copy it to keep it). */
    virtual void OnSuccess(const T &value) = 0;
    /** The call failed: error_code is a V2TIMErrorCode value, error_message says why. */
    virtual void OnError(int error_code, const V2TIMString &error_message) = 0;
};

/**
 * The answer of a file download. Downloads answer OnError(7013): timconv has no file service,
 * so there is no progress.
 */
class V2TIMDownloadCallback : public V2TIMCallback {
public:
    /** The app deletes a callback (at the earliest in its terminal method), never timconv. */
    ~V2TIMDownloadCallback() override {}
    /** Download progress in bytes (never called by timconv). */
    virtual void OnDownLoadProgress(uint64_t currentSize, uint64_t totalSize) = 0;
};

/** An answer that carries a value on success and on failure alike (ModifyMessage). */
template <class T>
class V2TIMCompleteCallback : public V2TIMBaseCallback {
public:
    /** The app deletes a callback (at the earliest in its terminal method), never timconv. */
    ~V2TIMCompleteCallback() override {}
    /**
     * The call finished: error_code 0 on success, else a V2TIMErrorCode value with
     * error_message; value is the result (timconv passes a default-constructed T on errors).
     */
    virtual void OnComplete(int error_code, const V2TIMString &error_message, const T &value) = 0;
};

#endif /* TIMCONV_V2TIMCALLBACK_H */

/* V2TIMSendCallback needs V2TIMMessage, whose header needs the callbacks above. */
#include "V2TIMMessage.h"

#ifndef TIMCONV_V2TIMCALLBACK_SEND_H
#define TIMCONV_V2TIMCALLBACK_SEND_H

/**
 * The answer of a send: OnSuccess with the stored message (ID, seq, time, status), or OnError.
 * OnProgress reports uploads; timconv uploads nothing, so it is never called.
 */
class V2TIMSendCallback : public V2TIMValueCallback<V2TIMMessage> {
public:
    /** The app deletes a callback (at the earliest in its terminal method), never timconv. */
    ~V2TIMSendCallback() override {}
    /** Upload progress, 0 to 100 (never called by timconv). */
    virtual void OnProgress(uint32_t progress) = 0;
};

#endif /* TIMCONV_V2TIMCALLBACK_SEND_H */
