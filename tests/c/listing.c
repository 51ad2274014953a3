/*
 * Which conversations are listed, and how login reports an unusable data directory.
 */
#include "harness.h"
#include "jscan.h"

static const char *const DRAFT =
    "{\"draft_msg\":{\"message_elem_array\":[{\"elem_type\":0,\"text_elem_content\":\"d\"}]}}";

/* A data directory that cannot be created (here: a regular file is in the way) fails login
 * with ERR_IO_OPERATION_FAILED (6022). */
static void unusable_store_code(const char *dir) {
    printf("-- login with an unusable data directory\n");
    char not_a_dir[320];
    snprintf(not_a_dir, sizeof not_a_dir, "%s/not-a-directory", dir);
    FILE *file = fopen(not_a_dir, "w");
    REQUIRE(file != NULL);
    fclose(file);
    REQUIRE(harness_init(not_a_dir) == TIM_SUCC);
    CHECK_EQ(harness_login("alice"), ERR_IO_OPERATION_FAILED);
    CHECK_EQ(TIMUninit(), TIM_SUCC);
    remove(not_a_dir);
}

/* A conversation with no message, no draft and no pin is not listed: after cancelling the only
 * draft of a conversation, or unpinning one that only had a pin, it leaves the list. */
static void empty_conversation_listed(const char *dir) {
    printf("-- conversation without message, draft or pin\n");
    REQUIRE(harness_init(dir) == TIM_SUCC);
    REQUIRE(harness_login("bob") == 0);
    CHECK_EQ(TIMConvSetDraft("dora", kTIMConv_C2C, DRAFT), TIM_SUCC);
    CHECK_EQ(TIMConvCancelDraft("dora", kTIMConv_C2C), TIM_SUCC);
    char *list = harness_conv_list();
    JSpan conv;
    if (!CHECK(!jscan_find_conv(jscan_root(list), "dora", &conv))) {
        fprintf(stderr, "    list after cancelling dora's only draft: %.200s\n", list);
    }
    free(list);

    Waiter w;
    waiter_init(&w);
    CHECK_EQ(TIMConvCreate("erin", kTIMConv_C2C, waiter_on_result, &w), TIM_SUCC);
    CHECK(waiter_wait(&w));
    waiter_reset(&w);
    CHECK_EQ(TIMConvPinConversation("erin", kTIMConv_C2C, true, waiter_on_result, &w), TIM_SUCC);
    CHECK(waiter_wait(&w));
    waiter_reset(&w);
    list = harness_conv_list();
    CHECK(jscan_find_conv(jscan_root(list), "erin", &conv));
    free(list);
    CHECK_EQ(TIMConvPinConversation("erin", kTIMConv_C2C, false, waiter_on_result, &w), TIM_SUCC);
    CHECK(waiter_wait(&w));
    waiter_destroy(&w);
    list = harness_conv_list();
    if (!CHECK(!jscan_find_conv(jscan_root(list), "erin", &conv))) {
        fprintf(stderr, "    list after unpinning erin (no message): %.200s\n", list);
    }
    free(list);
    CHECK_EQ(TIMUninit(), TIM_SUCC);
}

int main(void) {
    char dir[256];
    REQUIRE(harness_make_temp_dir(dir, sizeof dir));
    unusable_store_code(dir);
    empty_conversation_listed(dir);
    harness_remove_tree(dir);
    return harness_finish();
}
