/*
 * The data directory named in TIMInit's config: a path with control characters is refused at
 * TIMInit (TIM_ERR_PARAM), which is what an unescaped Windows path such as "C:\tdata" becomes
 * in JSON; a properly escaped path is used as given.
 */
#include "harness.h"
#include "jscan.h"

/* TIMInit with this raw JSON config. */
static int init_raw(const char *config) {
    return TIMInit(HARNESS_SDK_APP_ID, config);
}

static void control_characters_refused(const char *dir) {
    printf("-- a data path with control characters is refused\n");
    static const char *const configs[] = {
        "{\"sdk_config_config_file_path\":\"C:\\tdata\"}",          /* C:<TAB>data */
        "{\"sdk_config_config_file_path\":\"C:\\\\Users\\\\me\\new\"}", /* ...me<LF>ew */
        "{\"sdk_config_config_file_path\":\"C:\\\\im\\rdata\"}",
        "{\"sdk_config_config_file_path\":\"/tmp/a\\u0001b\"}",
        "{\"sdk_config_config_file_path\":\"/tmp/a\\u007fb\"}",
        "{\"sdk_config_config_file_path\":\"/tmp/a\\u0085b\"}",
    };
    char user[128];
    for (size_t i = 0; i < sizeof configs / sizeof configs[0]; i++) {
        if (!CHECK_EQ(init_raw(configs[i]), TIM_ERR_PARAM)) fprintf(stderr, "    %s\n", configs[i]);
        CHECK_EQ(TIMGetLoginUserID(user), TIM_ERR_SDKUNINIT); /* nothing was started */
    }

    /* While running, a bad config is refused too, and the running instance is kept. */
    REQUIRE(harness_init(dir) == TIM_SUCC);
    REQUIRE(harness_login("alice") == 0);
    CHECK_EQ(init_raw(configs[0]), TIM_ERR_PARAM);
    CHECK_EQ(TIMGetLoginUserID(user), TIM_SUCC);
    CHECK_STR_EQ(user, "alice");
    CHECK_EQ(TIMUninit(), TIM_SUCC);
}

static void escaped_path_used(const char *base) {
    printf("-- an escaped path is used as given\n");
    char dir[600], db_dir[700];
    /* A backslash needs escaping in JSON (on Windows it separates, elsewhere it is a name). */
    snprintf(dir, sizeof dir, "%s/back\\slash", base);
    REQUIRE(harness_init(dir) == TIM_SUCC);
    REQUIRE(harness_login("alice") == 0);
    CHECK_EQ(harness_receive_text("bob", kTIMConv_C2C, "bob", "hi", ""), 0);
    CHECK_EQ(TIMUninit(), TIM_SUCC);
    snprintf(db_dir, sizeof db_dir, "%s/timconv-%llu", dir, HARNESS_SDK_APP_ID);
    CHECK(platform_exists(db_dir));
}

int main(void) {
    char dir[256];
    REQUIRE(harness_make_temp_dir(dir, sizeof dir));
    control_characters_refused(dir);
    escaped_path_used(dir);
    harness_remove_tree(dir);
    return harness_finish();
}
