/* V2 C++ API: common enums, string vectors and maps, V2TIMBaseObject and V2TIMSDKConfig. */
#ifndef TIMCONV_V2TIMCOMMON_H
#define TIMCONV_V2TIMCOMMON_H

#include "V2TIMBuffer.h"
#include "V2TIMDefine.h"
#include "V2TIMString.h"

/* Login state (V2TIMManager::GetLoginStatus). */
enum V2TIMLoginStatus {
    V2TIM_STATUS_LOGINED = 1,
    V2TIM_STATUS_LOGINING = 2,
    V2TIM_STATUS_LOGOUT = 3,
};

/* Log level (V2TIMSDKConfig::logLevel; accepted, timconv writes no log). */
enum V2TIMLogLevel {
    V2TIM_LOG_NONE = 0,
    V2TIM_LOG_DEBUG = 3,
    V2TIM_LOG_INFO = 4,
    V2TIM_LOG_WARN = 5,
    V2TIM_LOG_ERROR = 6,
};

/* Receive option of a conversation (same values as the C API's TIMReceiveMessageOpt). */
enum V2TIMReceiveMessageOpt {
    V2TIM_RECEIVE_MESSAGE = 0,
    V2TIM_NOT_RECEIVE_MESSAGE = 1,
    V2TIM_RECEIVE_NOT_NOTIFY_MESSAGE = 2,
    V2TIM_RECEIVE_NOT_NOTIFY_MESSAGE_EXCEPT_AT = 3,
    V2TIM_NOT_RECEIVE_MESSAGE_EXCEPT_AT = 4,
};

typedef uint64_t V2TIMUInt64;
DEFINE_VECTOR(V2TIMUInt64)
typedef TXV2TIMUInt64Vector V2TIMUInt64Vector;

DEFINE_VECTOR(V2TIMString)
typedef TXV2TIMStringVector V2TIMStringVector;

DEFINE_MAP(V2TIMString, V2TIMBuffer)
typedef TXV2TIMStringToV2TIMBufferMap V2TIMCustomInfo;

DEFINE_MAP(V2TIMString, V2TIMString)
typedef TXV2TIMStringToV2TIMStringMap V2TIMStringToV2TIMStringMap;
typedef TXV2TIMStringToV2TIMStringMap V2TIMGroupAttributeMap;

DEFINE_MAP(V2TIMString, int64_t)
typedef TXV2TIMStringToint64_tMap V2TIMStringToInt64Map;

class V2TIMLogListener;

/* Base of messages and elements. obj_ptr is the app's: timconv never reads or sets it. */
struct V2TIMBaseObject {
    void *obj_ptr;

    V2TIMBaseObject() : obj_ptr(nullptr) {}
    V2TIMBaseObject(const V2TIMBaseObject &object) : obj_ptr(object.obj_ptr) {}
    V2TIMBaseObject &operator=(const V2TIMBaseObject &object) {
        obj_ptr = object.obj_ptr;
        return *this;
    }
    virtual ~V2TIMBaseObject() {}
};

/* InitSDK configuration. initPath is the data directory (empty: the C API's default). */
struct V2TIMSDKConfig {
    V2TIMString initPath;
    V2TIMString logPath;
    V2TIMLogLevel logLevel;
    /* Kept, never called: timconv has no log output to forward. */
    V2TIMLogListener *logListener;

    V2TIMSDKConfig() : logLevel(V2TIM_LOG_DEBUG), logListener(nullptr) {}
};

#endif /* TIMCONV_V2TIMCOMMON_H */
