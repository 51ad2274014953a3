/**
 * @file
 * @brief The V2 layer's implementation, included at the end of V2TIMManager.h (internal).
 */
#ifndef TIMCONV_V2_IMPL_H
#define TIMCONV_V2_IMPL_H

#include "../V2TIMConversationManager.h"
#include "../V2TIMFriendshipManager.h"
#include "../V2TIMGroupManager.h"
#include "../V2TIMMessageManager.h"
#include "../V2TIMOfflinePushManager.h"
#include "../V2TIMSignalingManager.h"
#include "v2_manager_impl.h"

#endif /* TIMCONV_V2_IMPL_H */
