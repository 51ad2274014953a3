/*
 * A scriptable client for the end-to-end tests against a homeserver: one process is one
 * device of one user, driven through the C API by commands on standard input and reporting
 * every callback and listener call on standard output.
 *
 * Input, one command per line, fields separated by TABs (JSON arguments verbatim):
 *   <id> init <sdk_config_json>          <id> login <user_id> <user_sig>     <id> logout
 *   <id> send <conv_id> <type> <msg_json>                                  <id> list
 *   <id> history <conv_id> <type> <param_json>     <id> clean <prefixed_conv_id>
 *   <id> pin <conv_id> <type> <0|1>                <id> mark <conv_ids_json> <bits> <0|1>
 *   <id> group_create|group_add|group_remove <name> <conv_ids_json>
 *   <id> group_delete <name>                       <id> draft <conv_id> <type> <draft_json>
 *   <id> cancel_draft <conv_id> <type>             <id> delete <conv_id> <type>
 *   <id> revoke <conv_id> <type> <msg_json>        <id> modify <msg_json>
 *   <id> batch_send <batch_send_param_json>
 *   <id> g_create <create_param_json>   <id> g_join|g_quit|g_dismiss <group_id>   <id> g_list
 *   <id> g_invite|g_kick|g_set|g_member_set|g_members <param_json>   <id> g_info <ids_json>
 *   <id> p_set <profile_item_json>      <id> p_get <user_ids_json>
 *   <id> block|unblock <user_ids_json>  <id> blocklist
 *   <id> total                                     <id> setconfig <json>
 *   <id> uninit                                    exit
 * Output, one JSON object per line, in the order the library called:
 *   {"kind":"result","id":N,"code":C,"desc":"...","json":"..."}   (a callback or a return code)
 *   {"kind":"conv_event","event":E,"json":"..."}   {"kind":"new_msgs","json":"..."}
 *   {"kind":"receipts","json":"..."}  {"kind":"revoked","json":"..."}  {"kind":"updated","json":"..."}
 *   {"kind":"network","status":S,"code":C,"desc":"..."}  {"kind":"total","total":N}
 *   {"kind":"kicked"}  {"kind":"sig_expired"}  {"kind":"tips","json":"..."}
 * JSON the library produced travels as a string (the driver parses it).
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "TIMCloud.h"

static pthread_mutex_t out_lock = PTHREAD_MUTEX_INITIALIZER;

/* Writes `s` as a JSON string. */
static void put_string(const char *s) {
    putchar('"');
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; ++p) {
        if (*p == '"' || *p == '\\') {
            printf("\\%c", *p);
        } else if (*p < 0x20) {
            printf("\\u%04x", *p);
        } else {
            putchar(*p);
        }
    }
    putchar('"');
}

static void emit(const char *kind, const char *key, const char *value) {
    pthread_mutex_lock(&out_lock);
    printf("{\"kind\":\"%s\"", kind);
    if (key) {
        printf(",\"%s\":", key);
        put_string(value);
    }
    printf("}\n");
    fflush(stdout);
    pthread_mutex_unlock(&out_lock);
}

static void result(long id, int code, const char *desc, const char *json) {
    pthread_mutex_lock(&out_lock);
    printf("{\"kind\":\"result\",\"id\":%ld,\"code\":%d,\"desc\":", id, code);
    put_string(desc);
    printf(",\"json\":");
    put_string(json);
    printf("}\n");
    fflush(stdout);
    pthread_mutex_unlock(&out_lock);
}

static void on_result(int32_t code, const char *desc, const char *json, const void *user_data) {
    result((long)(intptr_t)user_data, code, desc, json);
}

static void on_conv_event(enum TIMConvEvent event, const char *json, const void *user_data) {
    (void)user_data;
    pthread_mutex_lock(&out_lock);
    printf("{\"kind\":\"conv_event\",\"event\":%d,\"json\":", (int)event);
    put_string(json);
    printf("}\n");
    fflush(stdout);
    pthread_mutex_unlock(&out_lock);
}

static void on_new_msgs(const char *json, const void *user_data) {
    (void)user_data;
    emit("new_msgs", "json", json);
}

static void on_receipts(const char *json, const void *user_data) {
    (void)user_data;
    emit("receipts", "json", json);
}

static void on_revoked(const char *json, const void *user_data) {
    (void)user_data;
    emit("revoked", "json", json);
}

static void on_updated(const char *json, const void *user_data) {
    (void)user_data;
    emit("updated", "json", json);
}

static void on_network(enum TIMNetworkStatus status, int32_t code, const char *desc, const void *user_data) {
    (void)user_data;
    pthread_mutex_lock(&out_lock);
    printf("{\"kind\":\"network\",\"status\":%d,\"code\":%d,\"desc\":", (int)status, code);
    put_string(desc);
    printf("}\n");
    fflush(stdout);
    pthread_mutex_unlock(&out_lock);
}

static void on_total(int32_t total, const void *user_data) {
    (void)user_data;
    pthread_mutex_lock(&out_lock);
    printf("{\"kind\":\"total\",\"total\":%d}\n", total);
    fflush(stdout);
    pthread_mutex_unlock(&out_lock);
}

static void on_tips(const char *json, const void *user_data) {
    (void)user_data;
    emit("tips", "json", json);
}

static void on_kicked(const void *user_data) {
    (void)user_data;
    emit("kicked", NULL, NULL);
}

static void on_sig_expired(const void *user_data) {
    (void)user_data;
    emit("sig_expired", NULL, NULL);
}

/* Splits `line` at TABs in place; returns the number of fields (at most `max`). */
static int split(char *line, char **fields, int max) {
    int n = 0;
    char *p = line;
    while (n < max) {
        fields[n++] = p;
        char *tab = strchr(p, '\t');
        if (!tab) break;
        *tab = '\0';
        p = tab + 1;
    }
    return n;
}

static enum TIMConvType conv_type(const char *s) {
    return (enum TIMConvType)atoi(s);
}

/* Runs one command; returns the API's return code (a callback follows only for 0). */
static int run(long id, char **f, int n) {
    const void *ud = (const void *)(intptr_t)id;
    const char *op = f[1];
#define NEED(k)                                                                                  \
    do {                                                                                         \
        if (n < (k)) return -100;                                                                \
    } while (0)
    if (!strcmp(op, "init")) {
        NEED(3);
        int r = TIMInit(1400000001, f[2]);
        result(id, r, "", "");
        return 1; /* reported */
    }
    if (!strcmp(op, "setconfig")) { NEED(3); return TIMSetConfig(f[2], on_result, ud); }
    if (!strcmp(op, "login")) { NEED(4); return TIMLogin(f[2], f[3], on_result, ud); }
    if (!strcmp(op, "logout")) return TIMLogout(on_result, ud);
    if (!strcmp(op, "send")) {
        NEED(5);
        char id_buffer[128];
        return TIMMsgSendMessage(f[2], conv_type(f[3]), f[4], id_buffer, on_result, ud);
    }
    if (!strcmp(op, "list")) return TIMConvGetConvList(on_result, ud);
    if (!strcmp(op, "history")) { NEED(5); return TIMMsgGetMsgList(f[2], conv_type(f[3]), f[4], on_result, ud); }
    if (!strcmp(op, "clean")) { NEED(3); return TIMConvCleanConversationUnreadMessageCount(f[2], 0, 0, on_result, ud); }
    if (!strcmp(op, "pin")) { NEED(5); return TIMConvPinConversation(f[2], conv_type(f[3]), atoi(f[4]) != 0, on_result, ud); }
    if (!strcmp(op, "mark")) {
        NEED(5);
        return TIMConvMarkConversation(f[2], strtoull(f[3], NULL, 10), atoi(f[4]) != 0, on_result, ud);
    }
    if (!strcmp(op, "group_create")) { NEED(4); return TIMConvCreateConversationGroup(f[2], f[3], on_result, ud); }
    if (!strcmp(op, "group_add")) { NEED(4); return TIMConvAddConversationsToGroup(f[2], f[3], on_result, ud); }
    if (!strcmp(op, "group_remove")) { NEED(4); return TIMConvDeleteConversationsFromGroup(f[2], f[3], on_result, ud); }
    if (!strcmp(op, "group_delete")) { NEED(3); return TIMConvDeleteConversationGroup(f[2], on_result, ud); }
    if (!strcmp(op, "draft")) {
        NEED(5);
        result(id, TIMConvSetDraft(f[2], conv_type(f[3]), f[4]), "", "");
        return 1;
    }
    if (!strcmp(op, "cancel_draft")) {
        NEED(4);
        result(id, TIMConvCancelDraft(f[2], conv_type(f[3])), "", "");
        return 1;
    }
    if (!strcmp(op, "delete")) { NEED(4); return TIMConvDelete(f[2], conv_type(f[3]), on_result, ud); }
    if (!strcmp(op, "revoke")) { NEED(5); return TIMMsgRevoke(f[2], conv_type(f[3]), f[4], on_result, ud); }
    if (!strcmp(op, "modify")) { NEED(3); return TIMMsgModifyMessage(f[2], on_result, ud); }
    if (!strcmp(op, "batch_send")) { NEED(3); return TIMMsgBatchSend(f[2], on_result, ud); }
    if (!strcmp(op, "total")) return TIMConvGetTotalUnreadMessageCount(on_result, ud);
    if (!strcmp(op, "g_create")) { NEED(3); return TIMGroupCreate(f[2], on_result, ud); }
    if (!strcmp(op, "g_join")) { NEED(3); return TIMGroupJoin(f[2], "hello", on_result, ud); }
    if (!strcmp(op, "g_quit")) { NEED(3); return TIMGroupQuit(f[2], on_result, ud); }
    if (!strcmp(op, "g_dismiss")) { NEED(3); return TIMGroupDelete(f[2], on_result, ud); }
    if (!strcmp(op, "g_list")) return TIMGroupGetJoinedGroupList(on_result, ud);
    if (!strcmp(op, "g_info")) { NEED(3); return TIMGroupGetGroupInfoList(f[2], on_result, ud); }
    if (!strcmp(op, "g_invite")) { NEED(3); return TIMGroupInviteMember(f[2], on_result, ud); }
    if (!strcmp(op, "g_kick")) { NEED(3); return TIMGroupDeleteMember(f[2], on_result, ud); }
    if (!strcmp(op, "g_set")) { NEED(3); return TIMGroupModifyGroupInfo(f[2], on_result, ud); }
    if (!strcmp(op, "g_member_set")) { NEED(3); return TIMGroupModifyMemberInfo(f[2], on_result, ud); }
    if (!strcmp(op, "g_members")) { NEED(3); return TIMGroupGetMemberInfoList(f[2], on_result, ud); }
    if (!strcmp(op, "p_set")) { NEED(3); return TIMProfileModifySelfUserProfile(f[2], on_result, ud); }
    if (!strcmp(op, "p_get")) {
        NEED(3);
        char param[4096];
        snprintf(param, sizeof param, "{\"friendship_getprofilelist_param_identifier_array\":%s}", f[2]);
        return TIMProfileGetUserProfileList(param, on_result, ud);
    }
    if (!strcmp(op, "block")) { NEED(3); return TIMFriendshipAddToBlackList(f[2], on_result, ud); }
    if (!strcmp(op, "unblock")) { NEED(3); return TIMFriendshipDeleteFromBlackList(f[2], on_result, ud); }
    if (!strcmp(op, "blocklist")) return TIMFriendshipGetBlackList(on_result, ud);
    if (!strcmp(op, "uninit")) {
        result(id, TIMUninit(), "", "");
        return 1;
    }
    return -100;
#undef NEED
}

int main(void) {
    TIMSetConvEventCallback(on_conv_event, NULL);
    TIMAddRecvNewMsgCallback(on_new_msgs, NULL);
    TIMSetMsgReadedReceiptCallback(on_receipts, NULL);
    TIMSetMsgRevokeCallback(on_revoked, NULL);
    TIMSetMsgUpdateCallback(on_updated, NULL);
    TIMSetNetworkStatusListenerCallback(on_network, NULL);
    TIMSetConvTotalUnreadMessageCountChangedCallback(on_total, NULL);
    TIMSetKickedOfflineCallback(on_kicked, NULL);
    TIMSetUserSigExpiredCallback(on_sig_expired, NULL);
    TIMSetGroupTipsEventCallback(on_tips, NULL);
    char *line = NULL;
    size_t size = 0;
    ssize_t len;
    while ((len = getline(&line, &size, stdin)) > 0) {
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = '\0';
        char *fields[8] = {0};
        int n = split(line, fields, 8);
        if (n == 1 && !strcmp(fields[0], "exit")) break;
        if (n < 2) continue;
        long id = strtol(fields[0], NULL, 10);
        int r = run(id, fields, n);
        if (r != 0 && r != 1) result(id, r, r == -100 ? "unknown command" : "rejected", "");
    }
    free(line);
    TIMUninit();
    return 0;
}
