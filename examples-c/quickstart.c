/*
 * quickstart: the conversation list in a few dozen calls.
 *
 *   quickstart [data-dir]
 *
 * Logs in as alice, receives a few messages (pushed the way a server would push them), sends
 * a reply, saves a draft, pins a conversation, then prints the conversation list and the
 * total unread count. Without data-dir it works in a temporary directory and removes it.
 *
 * Every API call returns at once; its result arrives later in a callback on the SDK's worker
 * thread. This demo simply waits for each result (see `Pending`), which a UI would not do.
 * The JSON is read with the small scanner the C tests use; a real app would use its JSON library.
 * The temporary directory comes from the tests' platform helpers (POSIX or Windows).
 */
#include "platform.h" /* first: it sets the feature macros */

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "TIMCloud.h"
#include "TIMExtension.h"
#include "jscan.h"

/* ---- waiting for a callback ---------------------------------------------------------------- */

typedef struct Pending {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool done;
    int code;
    char *json; /* a copy: the callback's strings are only valid during the call */
} Pending;

#define PENDING_INIT {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, false, 0, NULL}

/* TIMCommCallback: pass a Pending as user_data. */
static void on_done(int32_t code, const char *desc, const char *json, const void *user_data) {
    Pending *p = (Pending *)user_data;
    if (code != 0) fprintf(stderr, "  (error %d: %s)\n", code, desc);
    pthread_mutex_lock(&p->mu);
    p->code = code;
    p->json = strdup(json);
    p->done = true;
    pthread_cond_signal(&p->cv);
    pthread_mutex_unlock(&p->mu);
}

/* Waits for the callback of an accepted call; returns its code. rc is the call's TIMResult. */
static int wait_for(int rc, Pending *p) {
    if (rc != TIM_SUCC) {
        fprintf(stderr, "  (call rejected: %d)\n", rc);
        return rc;
    }
    pthread_mutex_lock(&p->mu);
    while (!p->done) pthread_cond_wait(&p->cv, &p->mu);
    pthread_mutex_unlock(&p->mu);
    return p->code;
}

/* ---- listeners ----------------------------------------------------------------------------- */

static void on_new_messages(const char *json_msg_array, const void *user_data) {
    (void)user_data;
    JSpan messages = jscan_root(json_msg_array), message, sender;
    for (int i = 0; jscan_index(messages, i, &message); i++) {
        char from[64] = "?", text[256] = "";
        if (jscan_member(message, kTIMMsgSender, &sender)) jscan_str_copy(sender, from, sizeof from);
        jscan_message_text(message, text, sizeof text);
        char group[64] = "";
        JSpan conv_id;
        bool in_group = jscan_get_int(message, kTIMMsgConvType) == kTIMConv_Group &&
                        jscan_member(message, kTIMMsgConvId, &conv_id) &&
                        jscan_str_copy(conv_id, group, sizeof group);
        printf("  <- %s%s%s: %s\n", from, in_group ? " in " : "", group, text);
    }
}

/* ---- steps --------------------------------------------------------------------------------- */

/* One text message from `sender` in conversation conv_id, as a server would push it. */
static bool push_message(const char *conv_id, enum TIMConvType type, const char *sender,
                         const char *text) {
    char json[512];
    snprintf(json, sizeof json,
             "[{\"%s\":\"%s\",\"%s\":%d,\"%s\":\"%s\",\"%s\":[{\"%s\":%d,\"%s\":\"%s\"}]}]",
             kTIMMsgConvId, conv_id, kTIMMsgConvType, (int)type, kTIMMsgSender, sender,
             kTIMMsgElemArray, kTIMElemType, (int)kTIMElem_Text, kTIMTextElemContent, text);
    Pending p = PENDING_INIT;
    bool ok = wait_for(TIMExtReceiveMessages(json, on_done, &p), &p) == 0;
    free(p.json);
    return ok;
}

static bool send_text(const char *conv_id, enum TIMConvType type, const char *text) {
    char json[512], message_id[128] = "";
    snprintf(json, sizeof json, "{\"%s\":[{\"%s\":%d,\"%s\":\"%s\"}]}", kTIMMsgElemArray,
             kTIMElemType, (int)kTIMElem_Text, kTIMTextElemContent, text);
    Pending p = PENDING_INIT;
    bool ok = wait_for(TIMMsgSendMessage(conv_id, type, json, message_id, on_done, &p), &p) == 0;
    if (ok) printf("  -> %s: %s\n", conv_id, text);
    free(p.json);
    return ok;
}

static void print_conversation(JSpan conv) {
    char name[64] = "", text[256] = "";
    JSpan value;
    if (jscan_member(conv, kTIMConvShowName, &value)) jscan_str_copy(value, name, sizeof name);

    /* The preview: the draft if there is one, else the last message. */
    char draft[200];
    if (jscan_get_true(conv, kTIMConvIsHasDraft) && jscan_member(conv, kTIMConvDraft, &value) &&
        jscan_member(value, kTIMDraftMsg, &value) && jscan_message_text(value, draft, sizeof draft)) {
        snprintf(text, sizeof text, "[draft] %s", draft);
    } else if (jscan_get_true(conv, kTIMConvIsHasLastMsg) &&
               jscan_member(conv, kTIMConvLastMsg, &value)) {
        char sender[64] = "you";
        JSpan who;
        if (!jscan_get_true(value, kTIMMsgIsFormSelf) && jscan_member(value, kTIMMsgSender, &who)) {
            jscan_str_copy(who, sender, sizeof sender);
        }
        size_t n = (size_t)snprintf(text, sizeof text, "%s: ", sender);
        jscan_message_text(value, text + n, sizeof text - n);
    }

    const char *pin = jscan_get_true(conv, kTIMConvIsPinned) ? "*" : " ";
    const char *kind = jscan_get_int(conv, kTIMConvType) == kTIMConv_Group ? "group" : "c2c";
    long long unread = jscan_get_int(conv, kTIMConvUnReadNum);
    char badge[24] = "";
    if (unread > 0) snprintf(badge, sizeof badge, "(%lld)", unread);
    printf("  %s %-8s %-5s %5s  %s\n", pin, name, kind, badge, text);
}

static bool print_conversation_list(void) {
    Pending p = PENDING_INIT;
    bool ok = wait_for(TIMConvGetConvList(on_done, &p), &p) == 0;
    if (ok) {
        JSpan list = jscan_root(p.json), conv;
        printf("\nConversations (%d), pinned first (*), newest first:\n", jscan_length(list));
        for (int i = 0; jscan_index(list, i, &conv); i++) print_conversation(conv);
    }
    free(p.json);
    return ok;
}

static bool print_total_unread(void) {
    Pending p = PENDING_INIT;
    bool ok = wait_for(TIMConvGetTotalUnreadMessageCount(on_done, &p), &p) == 0;
    if (ok) {
        printf("\nTotal unread: %lld\n",
               jscan_get_int(jscan_root(p.json), kTIMConvGetTotalUnreadMessageCountResultUnreadCount));
    }
    free(p.json);
    return ok;
}

/* ---- main ---------------------------------------------------------------------------------- */

/* The config JSON names the data directory. A path is a JSON string: its backslashes (Windows)
 * and quotes must be escaped, or "C:\tdata" would mean a TAB. */
static bool make_config(char *config, size_t size, const char *data_dir) {
    size_t n = (size_t)snprintf(config, size, "{\"%s\":\"", kTIMSdkConfigConfigFilePath);
    const char *c = data_dir;
    for (; *c != '\0' && n + 5 < size; c++) {
        if (*c == '\\' || *c == '"') config[n++] = '\\';
        config[n++] = *c;
    }
    if (*c != '\0') return false; /* too long */
    memcpy(config + n, "\"}", 3);
    return true;
}

static bool run(const char *data_dir) {
    TIMAddRecvNewMsgCallback(on_new_messages, NULL);

    char config[1024];
    if (!make_config(config, sizeof config, data_dir) || TIMInit(1400000001, config) != TIM_SUCC) {
        return false;
    }
    printf("SDK %s, data in %s\n", TIMGetSDKVersion(), data_dir);

    Pending login = PENDING_INIT;
    if (wait_for(TIMLogin("alice", "user_sig", on_done, &login), &login) != 0) return false;
    free(login.json);
    printf("Logged in as alice\n\n");

    bool ok = push_message("bob", kTIMConv_C2C, "bob", "Hi Alice! Lunch today?") &&
              push_message("bob", kTIMConv_C2C, "bob", "12:30 at the usual place?") &&
              push_message("carol", kTIMConv_C2C, "carol", "The slides are ready") &&
              push_message("team", kTIMConv_Group, "carol", "Standup moved to 10:30") &&
              push_message("team", kTIMConv_Group, "dave", "Thanks for the heads-up") &&
              push_message("team", kTIMConv_Group, "bob", "See you there");
    /* Callbacks run in call order: once this reply arrives, the listener printed everything. */
    Pending barrier = PENDING_INIT;
    ok = ok && wait_for(TIMConvGetConvList(on_done, &barrier), &barrier) == 0;
    free(barrier.json);

    ok = ok && send_text("carol", kTIMConv_C2C, "Great, thanks!");

    const char *draft = "{\"draft_msg\":{\"message_elem_array\":[{\"elem_type\":0,"
                        "\"text_elem_content\":\"Sounds good, see\"}]}}";
    if (ok && TIMConvSetDraft("bob", kTIMConv_C2C, draft) == TIM_SUCC) {
        printf("  .. draft saved for bob\n");
    }

    Pending pin = PENDING_INIT;
    if (ok && wait_for(TIMConvPinConversation("team", kTIMConv_Group, true, on_done, &pin), &pin) == 0) {
        printf("  .. pinned team\n");
    }
    free(pin.json);

    ok = ok && print_conversation_list() && print_total_unread();

    Pending logout = PENDING_INIT;
    ok = wait_for(TIMLogout(on_done, &logout), &logout) == 0 && ok;
    free(logout.json);
    printf("\nLogged out\n");
    TIMUninit();
    TIMRemoveRecvNewMsgCallback(on_new_messages);
    return ok;
}

int main(int argc, char **argv) {
    char temp_dir[512];
    const char *data_dir = argc > 1 ? argv[1] : temp_dir;
    if (argc <= 1 && !platform_make_temp_dir(temp_dir, sizeof temp_dir, "timconv-quickstart")) {
        fprintf(stderr, "cannot create a temporary directory\n");
        return EXIT_FAILURE;
    }
    bool ok = run(data_dir);
    if (argc <= 1) platform_remove_tree(temp_dir);
    if (!ok) fprintf(stderr, "quickstart failed\n");
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
