/**
 * @file
 * @brief V2 C++ API: offline push. timconv has no push service: every method answers
 * OnError(7013) once, later.
 */
#ifndef TIMCONV_V2TIMOFFLINEPUSHMANAGER_H
#define TIMCONV_V2TIMOFFLINEPUSHMANAGER_H

#include "V2TIMCallback.h"
#include "V2TIMMessage.h"

/**
 * Offline push (V2TIMManager::GetOfflinePushManager()). Every method answers 7013: timconv has
 * no push service.
 */
class V2TIMOfflinePushManager {
public:
    /** The manager belongs to the SDK: never delete it. */
    virtual ~V2TIMOfflinePushManager() {}

    /** Registers the device's push token. Answers 7013. */
    virtual void SetOfflinePushConfig(const V2TIMOfflinePushConfig &config,
                                      V2TIMCallback *callback) = 0;
    /** The app went to the background (unreadCount: the badge). Answers 7013. */
    virtual void DoBackground(uint32_t unreadCount, V2TIMCallback *callback) = 0;
    /** The app came to the foreground. Answers 7013. */
    virtual void DoForeground(V2TIMCallback *callback) = 0;
};

#endif /* TIMCONV_V2TIMOFFLINEPUSHMANAGER_H */
