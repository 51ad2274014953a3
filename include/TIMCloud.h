/**
 * @file
 * @brief The umbrella header: include it where you included the SDK's TIMCloud.h.
 *
 * timconv: the conversation module of the Tencent Cloud IM C SDK ("TIMCloud"), with a durable
 * local store.
 *
 * Usage pattern:
 *
 * @code
 *   TIMSetConvEventCallback(on_conv_event, NULL);          // listeners: any time, NULL removes
 *   TIMInit(sdk_app_id, "{\"sdk_config_config_file_path\":\"/path/to/data\"}");
 *   TIMLogin("alice", "user_sig", on_login, ctx);          // returns at once; on_login runs later
 *   TIMConvGetConvList(on_conv_list, ctx);                  // JSON array of ConvInfo
 *   ...
 *   TIMUninit();                                            // completes every accepted call
 * @endcode
 *
 * Conventions:
 * - A function returning int returns a TIMResult. Only TIM_SUCC means the call was accepted;
 *   then its TIMCommCallback (if not NULL) runs exactly once, later, never inside the call.
 *   Any other value means the callback will not run.
 * - Every callback and listener runs on one internal worker thread, in the order the calls were
 *   made. API functions may be called from any thread, including from inside a callback.
 * - Strings passed in are copied before the function returns. Strings passed to a callback are
 *   valid only during that call. user_data is handed back untouched.
 * - A success callback means the change is on disk: it survives a crash and a restart.
 */
#ifndef TIMCONV_TIMCLOUD_H
#define TIMCONV_TIMCLOUD_H

#include "TIMCloudComm.h"
#include "TIMCloudDef.h"
#include "TIMErrorCode.h"
#include "TIMManager.h"
#include "TIMConversationManager.h"
#include "TIMMessageManager.h"
#include "TIMGroupManager.h"
#include "TIMFriendshipManager.h"
#include "TIMCommunityManager.h"
#include "TIMSignalingManager.h"
#include "TIMOfflinePushManager.h"
#include "TIMExperimentalAPI.h"

#endif /* TIMCONV_TIMCLOUD_H */
