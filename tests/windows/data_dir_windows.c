/*
 * The data directory on Windows: one store reached through backslashes, forward slashes and a
 * mix of both; a path with non-ASCII characters (UTF-8 in the JSON, created with its real
 * UTF-16 name); and the default, %APPDATA%\timconv, when the config names none.
 */
#include "harness.h"
#include "jscan.h"

/* "<dir>\timconv-<app id>\u-<hex of user id>.db" exists. */
static bool database_exists(const char *dir, unsigned long long app_id, const char *user) {
    char path[1200], hex[80] = "";
    for (size_t i = 0; user[i] != '\0' && i < 32; i++) {
        snprintf(hex + 2 * i, 3, "%02x", (unsigned char)user[i]);
    }
    snprintf(path, sizeof path, "%s\\timconv-%llu\\u-%s.db", dir, app_id, hex);
    if (!platform_exists(path)) {
        fprintf(stderr, "    no database at %s\n", path);
        return false;
    }
    return true;
}

/* Logs in as alice in dir and returns how many messages bob's conversation has unread. */
static int unread_from_bob(const char *dir) {
    if (harness_init(dir) != TIM_SUCC || harness_login("alice") != 0) return -1;
    char *list = harness_conv_list();
    JSpan bob = {NULL, 0};
    int unread = jscan_find_conv(jscan_root(list), "bob", &bob) ? (int)jscan_get_int(bob, kTIMConvUnReadNum) : 0;
    free(list);
    TIMUninit();
    return unread;
}

static void separators(const char *base) {
    printf("-- backslashes, forward slashes, both: one store\n");
    char back[600], forward[600], mixed[600];
    snprintf(back, sizeof back, "%s\\sep\\store", base);
    snprintf(forward, sizeof forward, "%s", back);
    for (char *c = forward; *c; c++) {
        if (*c == '\\') *c = '/';
    }
    snprintf(mixed, sizeof mixed, "%s/sep\\store\\", base);

    REQUIRE(harness_init(back) == TIM_SUCC);
    REQUIRE(harness_login("alice") == 0);
    CHECK_EQ(harness_receive_text("bob", kTIMConv_C2C, "bob", "one", ""), 0);
    CHECK_EQ(TIMUninit(), TIM_SUCC);
    CHECK(database_exists(back, HARNESS_SDK_APP_ID, "alice"));

    CHECK_EQ(unread_from_bob(forward), 1);
    REQUIRE(harness_init(forward) == TIM_SUCC);
    REQUIRE(harness_login("alice") == 0);
    CHECK_EQ(harness_receive_text("bob", kTIMConv_C2C, "bob", "two", ""), 0);
    CHECK_EQ(TIMUninit(), TIM_SUCC);
    CHECK_EQ(unread_from_bob(mixed), 2);
    CHECK_EQ(unread_from_bob(back), 2);
}

static void non_ascii(const char *base) {
    printf("-- a data path with non-ASCII characters\n");
    char parent[600], dir[700], first[256] = "";
    snprintf(parent, sizeof parent, "%s\\names", base);
    REQUIRE(platform_make_dir(parent));
    snprintf(dir, sizeof dir, "%s\\donn\xc3\xa9" "es-\xe6\x97\xa5\xe6\x9c\xac\\\xd0\xba\xd0\xbb", parent);
    REQUIRE(harness_init(dir) == TIM_SUCC);
    REQUIRE(harness_login("alice") == 0);
    CHECK_EQ(harness_receive_text("bob", kTIMConv_C2C, "bob", "salut", ""), 0);
    CHECK_EQ(TIMUninit(), TIM_SUCC);
    CHECK(database_exists(dir, HARNESS_SDK_APP_ID, "alice"));
    /* The directory has its real (UTF-16) name, not the UTF-8 bytes read as ANSI. */
    CHECK_EQ(platform_count_entries(parent, first, sizeof first), 1);
    CHECK_STR_EQ(first, "donn\xc3\xa9" "es-\xe6\x97\xa5\xe6\x9c\xac");
    CHECK_EQ(unread_from_bob(dir), 1);
}

static void default_directory(const char *base) {
    printf("-- no directory configured: %%APPDATA%%\\timconv\n");
    wchar_t appdata_w[MAX_PATH];
    char appdata[3 * MAX_PATH], dir[3 * MAX_PATH + 32], app_dir[3 * MAX_PATH + 64];
    /* An APPDATA of this test's own, so its store and log file land in the temporary directory. */
    snprintf(appdata, sizeof appdata, "%s\\appdata", base);
    REQUIRE(platform_make_dir(appdata) && platform_wide(appdata, appdata_w, MAX_PATH));
    REQUIRE(SetEnvironmentVariableW(L"APPDATA", appdata_w));
    DWORD n = GetEnvironmentVariableW(L"APPDATA", appdata_w, MAX_PATH);
    REQUIRE(n > 0 && n < MAX_PATH && platform_utf8(appdata_w, appdata, sizeof appdata));
    snprintf(dir, sizeof dir, "%s\\timconv", appdata);
    unsigned long long app_id = 1500000000ULL + GetCurrentProcessId() % 100000 * 100 + GetTickCount() % 100;
    snprintf(app_dir, sizeof app_dir, "%s\\timconv-%llu", dir, app_id);
    CHECK(!platform_exists(app_dir));

    static const char *const configs[] = {"{}", "", NULL, "{\"sdk_config_config_file_path\":\"\"}"};
    for (size_t i = 0; i < sizeof configs / sizeof configs[0]; i++) {
        REQUIRE(TIMInit(app_id, configs[i]) == TIM_SUCC);
        CHECK_EQ(harness_login("alice"), 0);
        CHECK_EQ(harness_receive_text("bob", kTIMConv_C2C, "bob", "hi", ""), 0);
        CHECK_EQ(TIMUninit(), TIM_SUCC);
        if (!CHECK(database_exists(dir, app_id, "alice"))) {
            fprintf(stderr, "    config %s\n", configs[i] ? configs[i] : "NULL");
        }
    }
    /* The same store each time. */
    REQUIRE(TIMInit(app_id, "{}") == TIM_SUCC);
    CHECK_EQ(harness_login("alice"), 0);
    char *list = harness_conv_list();
    JSpan bob = {NULL, 0};
    CHECK(jscan_find_conv(jscan_root(list), "bob", &bob));
    CHECK_EQ(jscan_get_int(bob, kTIMConvUnReadNum), 4);
    free(list);
    CHECK_EQ(TIMUninit(), TIM_SUCC);
    platform_remove_tree(app_dir);
    CHECK(!platform_exists(app_dir));
}

int main(void) {
    char base[512];
    REQUIRE(harness_make_temp_dir(base, sizeof base));
    CHECK(strchr(base, '\\') != NULL); /* the platform's temp dir, Windows-style */
    separators(base);
    non_ascii(base);
    default_directory(base);
    harness_remove_tree(base);
    CHECK(!platform_exists(base));
    return harness_finish();
}
