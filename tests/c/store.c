/*
 * The per-user store (DESIGN §2.4, §2.7): what a success callback reported survives kill -9 and
 * a restart; one process owns a user's store (a second one gets 6019); one user's conversations
 * are never visible to another; user IDs that look like paths never escape the data directory.
 *
 * The child processes are this program run again (`store <role> <dir>`), which works the same
 * with posix_spawn and CreateProcess.
 */
#include "harness.h"
#include "jscan.h"

static char self[1024];

static const char *const DRAFT =
    "{\"draft_msg\":{\"message_elem_array\":[{\"elem_type\":0,\"text_elem_content\":\"later\"}]}}";

/* Child process: build some state, wait for the acknowledgement, then die without cleanup. */
static int build_state_and_die(const char *dir) {
    if (harness_init(dir) != TIM_SUCC || harness_login("alice") != 0) return 2;
    for (int i = 0; i < 3; i++) {
        if (harness_receive_text("bob", kTIMConv_C2C, "bob", "ping", "") != 0) return 3;
    }
    if (harness_receive_text("team", kTIMConv_Group, "carol", "last words", "") != 0) return 4;
    if (TIMConvSetDraft("dave", kTIMConv_C2C, DRAFT) != TIM_SUCC) return 5;
    Waiter pin;
    waiter_init(&pin);
    if (TIMConvPinConversation("bob", kTIMConv_C2C, true, waiter_on_result, &pin) != TIM_SUCC ||
        !waiter_wait(&pin) || pin.code != 0) {
        return 6;
    }
    /* The pin was acknowledged, and the draft was applied before it. */
    platform_die_now();
    return 7;
}

/* Child process: log in as alice; exit 0 if that worked, 1 for 6019, 2 for anything else. */
static int try_login(const char *dir) {
    if (harness_init(dir) != TIM_SUCC) return 2;
    int code = harness_login("alice");
    printf("second process: login %d\n", code);
    TIMUninit();
    return code == 0 ? 0 : code == ERR_DATABASE_OPERATE_FAILED ? 1 : 2;
}

static void check_state(const char *when) {
    char *list = harness_conv_list();
    JSpan convs = jscan_root(list), bob = {NULL, 0}, team = {NULL, 0}, dave = {NULL, 0};
    if (!CHECK_EQ(jscan_length(convs), 3)) fprintf(stderr, "    %s: %s\n", when, list);
    CHECK(jscan_find_conv(convs, "bob", &bob));
    CHECK(jscan_find_conv(convs, "team", &team));
    CHECK(jscan_find_conv(convs, "dave", &dave));
    CHECK_EQ(jscan_get_int(bob, kTIMConvUnReadNum), 3);
    CHECK(jscan_get_true(bob, kTIMConvIsPinned));
    CHECK_EQ(jscan_conv_position(convs, "bob"), 0);
    CHECK_EQ(jscan_get_int(team, kTIMConvUnReadNum), 1);
    JSpan last = {NULL, 0};
    char text[64] = "";
    CHECK(jscan_member(team, kTIMConvLastMsg, &last) && jscan_message_text(last, text, sizeof text));
    CHECK_STR_EQ(text, "last words");
    CHECK(jscan_get_true(dave, kTIMConvIsHasDraft));
    free(list);
}

static void check_survives_kill(const char *dir) {
    printf("-- acknowledged changes survive kill -9\n");
    fflush(stdout);
    int status = platform_run_self(self, "build-state-and-die", dir);
    if (!CHECK_EQ(status, PLATFORM_KILLED)) {
        fprintf(stderr, "    child exited with %d\n", status);
        return;
    }

    REQUIRE(harness_init(dir) == TIM_SUCC);
    REQUIRE(harness_login("alice") == 0);
    check_state("after kill -9");

    /* A clean restart keeps it too, and new changes add to it. */
    CHECK_EQ(harness_receive_text("bob", kTIMConv_C2C, "bob", "again", ""), 0);
    CHECK_EQ(harness_logout(), 0);
    CHECK_EQ(TIMUninit(), TIM_SUCC);
    REQUIRE(harness_init(dir) == TIM_SUCC);
    REQUIRE(harness_login("alice") == 0);
    char *list = harness_conv_list();
    JSpan bob = {NULL, 0};
    CHECK(jscan_find_conv(jscan_root(list), "bob", &bob));
    CHECK_EQ(jscan_get_int(bob, kTIMConvUnReadNum), 4);
    free(list);

    /* While this process holds alice's store, another one cannot log in to it ... */
    printf("-- a second process on the same store gets 6019\n");
    CHECK_EQ(platform_run_self(self, "try-login", dir), 1);
    /* ... another user of the same directory can, */
    CHECK_EQ(harness_login("bob"), 0);
    CHECK_EQ(harness_login("alice"), 0);
    CHECK_EQ(TIMUninit(), TIM_SUCC);
    /* and once this process let go of it, so can the other process. */
    CHECK_EQ(platform_run_self(self, "try-login", dir), 0);
}

static void check_users_kept_apart(const char *base) {
    printf("-- users are kept apart, whatever their IDs look like\n");
    char data[320];
    snprintf(data, sizeof data, "%s/data", base);
    REQUIRE(platform_make_dir(data));
    REQUIRE(harness_init(data) == TIM_SUCC);

    static const char *const users[] = {"alice", "../alice", "..", "a/b", "/etc", "ALICE", "alice "};
    int n = (int)(sizeof users / sizeof users[0]);
    for (int i = 0; i < n; i++) {
        if (!CHECK_EQ(harness_login(users[i]), 0)) fprintf(stderr, "    user \"%s\"\n", users[i]);
        char user_id[128] = "";
        CHECK_EQ(TIMGetLoginUserID(user_id), TIM_SUCC);
        CHECK_STR_EQ(user_id, users[i]);
        char *list = harness_conv_list();
        if (!CHECK_EQ(jscan_length(jscan_root(list)), 0)) {
            fprintf(stderr, "    user \"%s\" sees: %.200s\n", users[i], list);
        }
        free(list);
        /* Each user gets one conversation named after its index. */
        char peer[16];
        snprintf(peer, sizeof peer, "peer%d", i);
        CHECK_EQ(harness_receive_text(peer, kTIMConv_C2C, peer, "hi", ""), 0);
    }
    for (int i = 0; i < n; i++) {
        CHECK_EQ(harness_login(users[i]), 0);
        char *list = harness_conv_list(), peer[16];
        snprintf(peer, sizeof peer, "peer%d", i);
        JSpan convs = jscan_root(list), conv;
        CHECK_EQ(jscan_length(convs), 1);
        CHECK(jscan_find_conv(convs, peer, &conv));
        free(list);
    }
    CHECK_EQ(TIMUninit(), TIM_SUCC);

    char first[256] = "";
    CHECK_EQ(platform_count_entries(base, first, sizeof first), 1); /* only data/ */
    CHECK_STR_EQ(first, "data");
}

int main(int argc, char **argv) {
    if (argc == 3 && strcmp(argv[1], "build-state-and-die") == 0) return build_state_and_die(argv[2]);
    if (argc == 3 && strcmp(argv[1], "try-login") == 0) return try_login(argv[2]);
    REQUIRE(platform_self_path(argv[0], self, sizeof self));
    char dir[256];
    REQUIRE(harness_make_temp_dir(dir, sizeof dir));
    char kill_dir[320];
    snprintf(kill_dir, sizeof kill_dir, "%s/kill", dir);
    REQUIRE(platform_make_dir(kill_dir));
    check_survives_kill(kill_dir);
    harness_remove_tree(kill_dir);
    check_users_kept_apart(dir);
    harness_remove_tree(dir);
    return harness_finish();
}
