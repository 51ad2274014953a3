/**
 * @file
 * @brief V2 C++ API: every V2TIM header at once (the SDK's umbrella header).
 */
#ifndef TIMCONV_IMSDK_CPP_H
#define TIMCONV_IMSDK_CPP_H

#include "V2TIMCallback.h"
#include "V2TIMCommon.h"
#include "V2TIMConversation.h"
#include "V2TIMConversationManager.h"
#include "V2TIMErrorCode.h"
#include "V2TIMFriendship.h"
#include "V2TIMFriendshipManager.h"
#include "V2TIMGroup.h"
#include "V2TIMGroupManager.h"
#include "V2TIMListener.h"
#include "V2TIMManager.h"
#include "V2TIMMessage.h"
#include "V2TIMMessageManager.h"
#include "V2TIMOfflinePushManager.h"
#include "V2TIMSignaling.h"
#include "V2TIMSignalingManager.h"

#endif /* TIMCONV_IMSDK_CPP_H */
