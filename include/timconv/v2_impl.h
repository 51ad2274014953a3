/* The V2 layer's implementation, included at the end of V2TIMManager.h (internal). */
#ifndef TIMCONV_V2_IMPL_H
#define TIMCONV_V2_IMPL_H

#include "../V2TIMConversationManager.h"
#include "../V2TIMErrorCode.h"
#include "../V2TIMFriendshipManager.h"
#include "../V2TIMGroupManager.h"
#include "../V2TIMMessageManager.h"
#include "../V2TIMOfflinePushManager.h"
#include "../V2TIMSignalingManager.h"
#include "v2_manager_impl.h"

inline V2TIMManager *V2TIMManager::GetInstance() {
    /* Never destroyed: the worker thread may still deliver into it while the app exits. */
    static V2TIMManager *instance = new timconv::v2::detail::ManagerImpl();
    return instance;
}

#endif /* TIMCONV_V2_IMPL_H */
