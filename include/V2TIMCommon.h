/**
 * @file
 * @brief V2 C++ API: common enums, string vectors and maps, V2TIMBaseObject and
 * V2TIMSDKConfig.
 */
#ifndef TIMCONV_V2TIMCOMMON_H
#define TIMCONV_V2TIMCOMMON_H

#include "V2TIMBuffer.h"
#include "V2TIMDefine.h"
#include "V2TIMString.h"

/** Login state (V2TIMManager::GetLoginStatus). */
enum V2TIMLoginStatus {
    V2TIM_STATUS_LOGINED = 1,   ///< A user is logged in.
    V2TIM_STATUS_LOGINING = 2,  ///< A login is in progress.
    V2TIM_STATUS_LOGOUT = 3,    ///< Nobody is logged in (also reported while logging out).
};

/**
 * Log level (V2TIMSDKConfig::logLevel). Accepted, not applied: the V2 layer does not pass it
 * on, and the library's log file keeps its own level.
 */
enum V2TIMLogLevel {
    V2TIM_LOG_NONE = 0,   ///< No log.
    V2TIM_LOG_DEBUG = 3,  ///< Debug, info, warning and error lines.
    V2TIM_LOG_INFO = 4,   ///< Info, warning and error lines.
    V2TIM_LOG_WARN = 5,   ///< Warning and error lines.
    V2TIM_LOG_ERROR = 6,  ///< Error lines only.
};

/** Receive option of a conversation (same values as the C API's TIMReceiveMessageOpt). */
enum V2TIMReceiveMessageOpt {
    /** Receive messages online, offline push on. */
    V2TIM_RECEIVE_MESSAGE = 0,
    /** Receive no messages. */
    V2TIM_NOT_RECEIVE_MESSAGE = 1,
    /** Receive messages online, no offline push. */
    V2TIM_RECEIVE_NOT_NOTIFY_MESSAGE = 2,
    /** Receive messages online; offline push only for messages that mention the user. */
    V2TIM_RECEIVE_NOT_NOTIFY_MESSAGE_EXCEPT_AT = 3,
    /** Receive only the messages that mention the user. */
    V2TIM_NOT_RECEIVE_MESSAGE_EXCEPT_AT = 4,
};

/** An unsigned 64-bit value (the item type of V2TIMUInt64Vector). */
typedef uint64_t V2TIMUInt64;
DEFINE_VECTOR(V2TIMUInt64)
/** An array of unsigned 64-bit values (DEFINE_VECTOR), such as conversation marks. */
typedef TXV2TIMUInt64Vector V2TIMUInt64Vector;

DEFINE_VECTOR(V2TIMString)
/** An array of strings (DEFINE_VECTOR): user, group, conversation and message ID lists. */
typedef TXV2TIMStringVector V2TIMStringVector;

DEFINE_MAP(V2TIMString, V2TIMBuffer)
/** Custom fields: name to bytes (DEFINE_MAP), as profiles and groups carry them. */
typedef TXV2TIMStringToV2TIMBufferMap V2TIMCustomInfo;

DEFINE_MAP(V2TIMString, V2TIMString)
/** A map from string to string (DEFINE_MAP), such as translations. */
typedef TXV2TIMStringToV2TIMStringMap V2TIMStringToV2TIMStringMap;
/** Group attributes: name to value (DEFINE_MAP). */
typedef TXV2TIMStringToV2TIMStringMap V2TIMGroupAttributeMap;

DEFINE_MAP(V2TIMString, int64_t)
/** A map from string to signed 64-bit value (DEFINE_MAP): group counters. */
typedef TXV2TIMStringToint64_tMap V2TIMStringToInt64Map;

class V2TIMLogListener;

/** Base of messages and elements. obj_ptr is the app's: timconv never reads or sets it. */
struct V2TIMBaseObject {
    void *obj_ptr;  ///< The app's pointer, copied with the object; NULL by default.

    /** obj_ptr NULL. */
    V2TIMBaseObject() : obj_ptr(nullptr) {}
    /** A copy (obj_ptr included). */
    V2TIMBaseObject(const V2TIMBaseObject &object) : obj_ptr(object.obj_ptr) {}
    /** Copies obj_ptr. */
    V2TIMBaseObject &operator=(const V2TIMBaseObject &object) {
        obj_ptr = object.obj_ptr;
        return *this;
    }
    /** Virtual, so messages and elements can be deleted through a base pointer. */
    virtual ~V2TIMBaseObject() {}
};

/** InitSDK configuration. initPath is the data directory (empty: the C API's default). */
struct V2TIMSDKConfig {
    /** Directory of the per-user data (empty: the C API's default data directory). */
    V2TIMString initPath;
    /** Directory of the library's log file, timconv.log (empty: `log` in the data directory). */
    V2TIMString logPath;
    /** Accepted, not applied (see V2TIMLogLevel); V2TIM_LOG_DEBUG by default. */
    V2TIMLogLevel logLevel;
    /** Kept, never called: the V2 layer does not forward the library's log. */
    V2TIMLogListener *logListener;
    /**
     * timconv's own field: the Matrix homeserver to sync with (`timconv_homeserver` of
     * TIMInit, an http:// or https:// URL); empty: none, everything stays local.
     */
    V2TIMString homeserver;

    /** Empty paths, V2TIM_LOG_DEBUG, no log listener. */
    V2TIMSDKConfig() : logLevel(V2TIM_LOG_DEBUG), logListener(nullptr) {}
};

#endif /* TIMCONV_V2TIMCOMMON_H */
