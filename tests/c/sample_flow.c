/*
 * The flow of the Tencent SDK samples, end to end: init, login, conversation list, messages
 * pushed by the server, draft, pin, total unread, conversation info, logout, uninit.
 */
#include "harness.h"
#include "jscan.h"

static EventLog conv_events;
static Waiter new_messages;   /* new-message listener, recorded like a callback */
static Waiter unread_changes; /* total-unread listener: code = the new total */

static void on_new_messages(const char *json_msg_array, const void *user_data) {
    waiter_on_result(0, "", json_msg_array, user_data);
}

static void on_total_unread_changed(int total, const void *user_data) {
    waiter_on_result(total, "", "", user_data);
}

/* The conversation with this ID in the current list (list_json keeps the text alive). */
static JSpan find_listed(char **list_json, const char *conv_id) {
    free(*list_json);
    *list_json = harness_conv_list();
    JSpan conv = {NULL, 0};
    CHECK(jscan_find_conv(jscan_root(*list_json), conv_id, &conv));
    return conv;
}

static void step_init_and_login(const char *dir) {
    TIMSetConvEventCallback(event_log_on_conv_event, &conv_events);
    TIMAddRecvNewMsgCallback(on_new_messages, &new_messages);
    TIMSetConvTotalUnreadMessageCountChangedCallback(on_total_unread_changed, &unread_changes);

    REQUIRE(harness_init(dir) == TIM_SUCC);
    const char *version = TIMGetSDKVersion();
    CHECK(version != NULL && version[0] != '\0');
    CHECK(TIMGetServerTime() > 1600000000ULL);
    CHECK_EQ(TIMGetLoginStatus(), kTIMLoginStatus_UnLogined);

    Waiter login;
    waiter_init(&login);
    CHECK_EQ(TIMLogin("alice", "user_sig", waiter_on_result, &login), TIM_SUCC);
    REQUIRE(waiter_wait(&login));
    CHECK_EQ(login.code, 0);
    CHECK_STR_EQ(login.json, "");
    CHECK(!pthread_equal(login.thread, pthread_self())); /* on the SDK's worker thread */
    waiter_destroy(&login);

    /* Login is followed by the sync events Start and Finish, both with "". */
    REQUIRE(event_log_wait_n(&conv_events, 2, HARNESS_TIMEOUT_MS));
    CHECK_EQ(conv_events.items[0].event, kTIMConvEvent_Start);
    CHECK_STR_EQ(conv_events.items[0].json, "");
    CHECK_EQ(conv_events.items[1].event, kTIMConvEvent_Finish);
    CHECK_STR_EQ(conv_events.items[1].json, "");

    char user_id[128] = "";
    CHECK_EQ(TIMGetLoginUserID(user_id), TIM_SUCC);
    CHECK_STR_EQ(user_id, "alice");
    CHECK_EQ(TIMGetLoginStatus(), kTIMLoginStatus_Logined);
}

static void step_empty_list(void) {
    Waiter list;
    waiter_init(&list);
    CHECK_EQ(TIMConvGetConvList(waiter_on_result, &list), TIM_SUCC);
    REQUIRE(waiter_wait(&list));
    CHECK_EQ(list.code, 0);
    CHECK_EQ(jscan_length(jscan_root(list.json)), 0);
    waiter_destroy(&list);
}

static void step_receive_messages(void) {
    static const char batch[] =
        "[{\"message_conv_id\":\"bob\",\"message_conv_type\":1,\"message_sender\":\"bob\","
        "\"message_elem_array\":[{\"elem_type\":0,\"text_elem_content\":\"hi alice\"}]},"
        "{\"message_conv_id\":\"bob\",\"message_conv_type\":1,\"message_sender\":\"bob\","
        "\"message_elem_array\":[{\"elem_type\":0,\"text_elem_content\":\"lunch?\"}]},"
        "{\"message_conv_id\":\"team\",\"message_conv_type\":2,\"message_sender\":\"carol\","
        "\"message_elem_array\":[{\"elem_type\":0,\"text_elem_content\":\"standup at 10\"}]}]";
    event_log_clear(&conv_events);

    Waiter recv;
    waiter_init(&recv);
    CHECK_EQ(TIMExtReceiveMessages(batch, waiter_on_result, &recv), TIM_SUCC);
    REQUIRE(waiter_wait(&recv));
    CHECK_EQ(recv.code, 0);
    JSpan stored = jscan_root(recv.json);
    CHECK_EQ(jscan_length(stored), 3);
    JSpan first;
    CHECK(jscan_index(stored, 0, &first));
    JSpan msg_id = {NULL, 0};
    CHECK(jscan_member(first, kTIMMsgMsgId, &msg_id) && msg_id.n > 2);
    CHECK(jscan_get_int(first, kTIMMsgSeq) > 0);
    waiter_destroy(&recv);

    /* The listener gets the pushed batch; the two new conversations come as Add. */
    REQUIRE(waiter_wait(&new_messages));
    CHECK_EQ(jscan_length(jscan_root(new_messages.json)), 3);
    CHECK_CONTAINS(new_messages.json, "standup at 10");

    char *list = harness_conv_list();
    CHECK(event_log_count_of(&conv_events, kTIMConvEvent_Add) >= 1);
    CHECK_EQ(event_log_count_of(&conv_events, kTIMConvEvent_Del), 0);
    CHECK_CONTAINS(conv_events.items[0].json, "\"conv_id\":\"bob\"");

    JSpan bob = find_listed(&list, "bob");
    CHECK_EQ(jscan_get_int(bob, kTIMConvType), kTIMConv_C2C);
    CHECK_EQ(jscan_get_int(bob, kTIMConvUnReadNum), 2);
    CHECK(jscan_get_true(bob, kTIMConvIsHasLastMsg));
    JSpan last = {NULL, 0};
    char text[64] = "";
    CHECK(jscan_member(bob, kTIMConvLastMsg, &last) && jscan_message_text(last, text, sizeof text));
    CHECK_STR_EQ(text, "lunch?");
    CHECK(jscan_get_str_eq(bob, kTIMConvShowName, "bob"));

    JSpan team = find_listed(&list, "team");
    CHECK_EQ(jscan_get_int(team, kTIMConvType), kTIMConv_Group);
    CHECK_EQ(jscan_get_int(team, kTIMConvUnReadNum), 1);
    CHECK_EQ(jscan_length(jscan_root(list)), 2);
    free(list);
}

static void step_draft(void) {
    static const char draft[] =
        "{\"draft_msg\":{\"message_elem_array\":[{\"elem_type\":0,\"text_elem_content\":"
        "\"see you at\"}]},\"draft_user_define\":\"cursor=10\"}";
    CHECK_EQ(TIMConvSetDraft("bob", kTIMConv_C2C, draft), TIM_SUCC);

    char *list = NULL;
    JSpan bob = find_listed(&list, "bob");
    CHECK(jscan_get_true(bob, kTIMConvIsHasDraft));
    JSpan conv_draft = {NULL, 0}, draft_msg = {NULL, 0};
    char text[64] = "";
    CHECK(jscan_member(bob, kTIMConvDraft, &conv_draft));
    CHECK(jscan_get_str_eq(conv_draft, kTIMDraftUserDefine, "cursor=10"));
    CHECK(jscan_get_int(conv_draft, kTIMDraftEditTime) > 0);
    CHECK(jscan_member(conv_draft, kTIMDraftMsg, &draft_msg) &&
          jscan_message_text(draft_msg, text, sizeof text));
    CHECK_STR_EQ(text, "see you at");
    /* A draft activates the conversation: bob is first now. */
    CHECK_EQ(jscan_conv_position(jscan_root(list), "bob"), 0);
    free(list);
}

static void step_pin(void) {
    Waiter pin;
    waiter_init(&pin);
    CHECK_EQ(TIMConvPinConversation("team", kTIMConv_Group, true, waiter_on_result, &pin),
             TIM_SUCC);
    REQUIRE(waiter_wait(&pin));
    CHECK_EQ(pin.code, 0);
    CHECK_STR_EQ(pin.json, "");
    waiter_destroy(&pin);

    char *list = NULL;
    JSpan team = find_listed(&list, "team");
    CHECK(jscan_get_true(team, kTIMConvIsPinned));
    CHECK(jscan_get_int(team, kTIMConvActiveTime) & (1LL << 52));
    CHECK_EQ(jscan_conv_position(jscan_root(list), "team"), 0);
    CHECK_EQ(jscan_conv_position(jscan_root(list), "bob"), 1);
    free(list);
}

static void step_total_unread(void) {
    Waiter total;
    waiter_init(&total);
    CHECK_EQ(TIMConvGetTotalUnreadMessageCount(waiter_on_result, &total), TIM_SUCC);
    REQUIRE(waiter_wait(&total));
    CHECK_EQ(total.code, 0);
    CHECK_EQ(jscan_get_int(jscan_root(total.json),
                           kTIMConvGetTotalUnreadMessageCountResultUnreadCount),
             3);
    waiter_destroy(&total);
    /* Nothing changed the total yet, so the listener has not been called. */
    CHECK_EQ(waiter_count(&unread_changes), 0);
}

static void step_conv_info(void) {
    char param[512];
    snprintf(param, sizeof param, "[{\"%s\":\"bob\",\"%s\":1},{\"%s\":\"team\",\"%s\":2}]",
             kTIMGetConversationListParamConvId, kTIMGetConversationListParamConvType,
             kTIMGetConversationListParamConvId, kTIMGetConversationListParamConvType);
    Waiter info;
    waiter_init(&info);
    CHECK_EQ(TIMConvGetConvInfo(param, waiter_on_result, &info), TIM_SUCC);
    REQUIRE(waiter_wait(&info));
    CHECK_EQ(info.code, 0);
    JSpan convs = jscan_root(info.json);
    CHECK_EQ(jscan_length(convs), 2);
    JSpan bob = {NULL, 0}, team = {NULL, 0};
    CHECK(jscan_find_conv(convs, "bob", &bob));
    CHECK(jscan_find_conv(convs, "team", &team));
    CHECK_EQ(jscan_get_int(bob, kTIMConvUnReadNum), 2);
    CHECK(jscan_get_true(bob, kTIMConvIsHasDraft));
    CHECK(!jscan_get_true(bob, kTIMConvIsPinned));
    CHECK(jscan_get_true(team, kTIMConvIsPinned));
    CHECK_EQ(jscan_get_int(team, kTIMConvRecvOpt), kTIMRecvMsgOpt_Receive);
    waiter_destroy(&info);
}

static void step_logout_and_uninit(void) {
    CHECK_EQ(harness_logout(), 0);
    CHECK_EQ(TIMGetLoginStatus(), kTIMLoginStatus_UnLogined);
    char user_id[128] = "x";
    CHECK_EQ(TIMGetLoginUserID(user_id), TIM_ERR_NOTLOGIN);
    CHECK_STR_EQ(user_id, "");
    CHECK_EQ(TIMUninit(), TIM_SUCC);
    TIMSetConvEventCallback(NULL, NULL);
    TIMRemoveRecvNewMsgCallback(on_new_messages);
    TIMSetConvTotalUnreadMessageCountChangedCallback(NULL, NULL);
}

int main(void) {
    char dir[256];
    REQUIRE(harness_make_temp_dir(dir, sizeof dir));
    event_log_init(&conv_events);
    waiter_init(&new_messages);
    waiter_init(&unread_changes);

    step_init_and_login(dir);
    step_empty_list();
    step_receive_messages();
    step_draft();
    step_pin();
    step_total_unread();
    step_conv_info();
    step_logout_and_uninit();

    waiter_destroy(&unread_changes);
    waiter_destroy(&new_messages);
    event_log_destroy(&conv_events);
    harness_remove_tree(dir);
    return harness_finish();
}
