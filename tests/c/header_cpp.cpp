// The headers compile as C++11, survive double inclusion, and declare C linkage.
#include "TIMCloud.h"
#include "TIMCloud.h"
#include "TIMExtension.h"
#include "TIMExtension.h"

#include <cstdio>
#include <cstring>
#include <type_traits>

static int failures = 0;
static int passes = 0;

static void check(bool ok, const char *what, int line) {
    if (ok) {
        ++passes;
    } else {
        ++failures;
        std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, line, what);
    }
}
#define CHECK(cond) check((cond), #cond, __LINE__)

static bool key_is(const char *key, const char *expected) {
    return std::strcmp(key, expected) == 0;
}

// Callbacks with exactly the typedefs' signatures, as C++ apps write them.
static void on_result(int32_t, const char *, const char *, const void *) {}
static void on_conv_event(TIMConvEvent, const char *, const void *) {}
static void on_total_unread(int, const void *) {}
static void on_new_messages(const char *, const void *) {}

int main() {
    // JSON key constants are string literals with the SDK's spellings.
    CHECK(key_is(kTIMConvId, "conv_id"));
    CHECK(key_is(kTIMConvType, "conv_type"));
    CHECK(key_is(kTIMConvUnReadNum, "conv_unread_num"));
    CHECK(key_is(kTIMConvActiveTime, "conv_active_time"));
    CHECK(key_is(kTIMConvIsPinned, "conv_is_pinned"));
    CHECK(key_is(kTIMGetConversationListParamConvId, "get_conversation_list_param_conv_id"));
    CHECK(key_is(kTIMDraftMsg, "draft_msg"));
    CHECK(key_is(kTIMMsgElemArray, "message_elem_array"));
    CHECK(key_is(kTIMSdkConfigConfigFilePath, "sdk_config_config_file_path"));
    CHECK(key_is(kTIMConvGetTotalUnreadMessageCountResultUnreadCount,
                 "conv_get_total_unread_message_count_result_unread_count"));

    // Enum values are the contract.
    CHECK(TIM_SUCC == 0 && TIM_ERR_SDKUNINIT == -1 && TIM_ERR_NOTLOGIN == -2);
    CHECK(TIM_ERR_JSON == -3 && TIM_ERR_PARAM == -4 && TIM_ERR_CONV == -5);
    CHECK(kTIMConv_C2C == 1 && kTIMConv_Group == 2);
    CHECK(kTIMConvEvent_Add == 0 && kTIMConvEvent_Del == 1 && kTIMConvEvent_Update == 2);
    CHECK(kTIMConvEvent_Start == 3 && kTIMConvEvent_Finish == 4);
    CHECK(ERR_SDK_NOT_INITIALIZED == 6013 && ERR_SDK_NOT_LOGGED_IN == 6014);
    CHECK(kTIMMsg_SendSucc == 2);

    // Function and callback types are what the SDK declares.
    static_assert(std::is_same<decltype(&TIMConvGetConvList), int (*)(TIMCommCallback, const void *)>::value,
                  "TIMConvGetConvList prototype");
    static_assert(std::is_same<decltype(&TIMConvSetDraft),
                               int (*)(const char *, TIMConvType, const char *)>::value,
                  "TIMConvSetDraft prototype");
    static_assert(sizeof(bool) == 1, "bool is one byte");
    TIMCommCallback result_cb = on_result;
    TIMConvEventCallback event_cb = on_conv_event;
    TIMConvTotalUnreadMessageCountChangedCallback unread_cb = on_total_unread;
    TIMRecvNewMsgCallback new_msg_cb = on_new_messages;
    CHECK(result_cb != nullptr && event_cb != nullptr && unread_cb != nullptr &&
          new_msg_cb != nullptr);

    // And they link: a call that needs no TIMInit.
    const char *version = TIMGetSDKVersion();
    CHECK(version != nullptr && version[0] != '\0');
    CHECK(TIMGetLoginStatus() == kTIMLoginStatus_UnLogined);

    std::printf("%d passed, %d failed\n", passes, failures);
    return failures == 0 ? 0 : 1;
}
