/*
 * V2 C++ API: callback classes. The app owns each callback object and may delete it inside its
 * terminal method. timconv calls exactly one terminal method (OnSuccess / OnError, or
 * OnComplete) exactly once, on the SDK's worker thread, in the order the calls were made, never
 * inside the API call itself, and never touches the object afterwards. A NULL callback means
 * "do it, don't tell me".
 */
#ifndef TIMCONV_V2TIMCALLBACK_H
#define TIMCONV_V2TIMCALLBACK_H

#include <stdint.h>

#include "V2TIMString.h"

class V2TIMBaseCallback {
public:
    V2TIMBaseCallback() {}
    virtual ~V2TIMBaseCallback() {}
};

class V2TIMCallback : public V2TIMBaseCallback {
public:
    ~V2TIMCallback() override {}
    virtual void OnSuccess() = 0;
    virtual void OnError(int error_code, const V2TIMString &error_message) = 0;
};

template <class T>
class V2TIMValueCallback : public V2TIMBaseCallback {
public:
    ~V2TIMValueCallback() override {}
    virtual void OnSuccess(const T &value) = 0;
    virtual void OnError(int error_code, const V2TIMString &error_message) = 0;
};

/* Downloads answer OnError(7013): timconv has no file service, so there is no progress. */
class V2TIMDownloadCallback : public V2TIMCallback {
public:
    ~V2TIMDownloadCallback() override {}
    virtual void OnDownLoadProgress(uint64_t currentSize, uint64_t totalSize) = 0;
};

template <class T>
class V2TIMCompleteCallback : public V2TIMBaseCallback {
public:
    ~V2TIMCompleteCallback() override {}
    virtual void OnComplete(int error_code, const V2TIMString &error_message, const T &value) = 0;
};

#endif /* TIMCONV_V2TIMCALLBACK_H */

/* V2TIMSendCallback needs V2TIMMessage, whose header needs the callbacks above. */
#include "V2TIMMessage.h"

#ifndef TIMCONV_V2TIMCALLBACK_SEND_H
#define TIMCONV_V2TIMCALLBACK_SEND_H

/* Sending: OnSuccess with the stored message (ID, seq, time, status), or OnError. OnProgress
 * reports uploads; timconv uploads nothing, so it is never called. */
class V2TIMSendCallback : public V2TIMValueCallback<V2TIMMessage> {
public:
    ~V2TIMSendCallback() override {}
    virtual void OnProgress(uint32_t progress) = 0;
};

#endif /* TIMCONV_V2TIMCALLBACK_SEND_H */
