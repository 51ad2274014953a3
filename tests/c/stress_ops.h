/*
 * The random operations of stress.c: every API function that takes a callback (plus the
 * synchronous ones and the server feed) with arguments drawn from small pools of
 * conversations, so that calls collide; bad arguments now and then; and the calling threads.
 * Header-only, for stress.c alone.
 */
#ifndef TIMCONV_TEST_STRESS_OPS_H
#define TIMCONV_TEST_STRESS_OPS_H

#include "stress_kit.h"

/* ---- random arguments ----------------------------------------------------------------------- */

static atomic_long message_serial; /* explicit message IDs, unique over the whole run */

/* A conversation: C2C with a peer u0..u15 (70%) or group g0..g9. */
static int pick_conv(Caller *c, char *id, size_t size) {
    if (rnd(c, 10) < 7) {
        snprintf(id, size, "u%d", rnd(c, C2C_PEERS));
        return kTIMConv_C2C;
    }
    snprintf(id, size, "g%d", rnd(c, GROUPS));
    return kTIMConv_Group;
}

static const char *prefix(int type) {
    return type == kTIMConv_C2C ? "c2c_" : "group_";
}

/* Messages known to exist (or to have existed): for revoke, delete, edits. */
typedef struct MsgRef {
    char conv[16];
    int type;
    char id[64];
} MsgRef;

static struct {
    pthread_mutex_t mu;
    MsgRef items[RING];
    unsigned count;
} ring = {.mu = PTHREAD_MUTEX_INITIALIZER};

static void ring_put(const char *conv, int type, const char *id) {
    pthread_mutex_lock(&ring.mu);
    MsgRef *r = &ring.items[ring.count++ % RING];
    snprintf(r->conv, sizeof r->conv, "%s", conv);
    snprintf(r->id, sizeof r->id, "%s", id);
    r->type = type;
    pthread_mutex_unlock(&ring.mu);
}

static bool ring_pick(Caller *c, MsgRef *out) {
    pthread_mutex_lock(&ring.mu);
    unsigned n = ring.count < RING ? ring.count : RING;
    if (n > 0) *out = ring.items[rnd(c, (int)n)];
    pthread_mutex_unlock(&ring.mu);
    return n > 0;
}

/* Appends one pushed text message object (no brackets) for conversation (id, type) to buf. */
static size_t push_object(Caller *c, char *buf, size_t size, const char *conv, int type,
                          bool online) {
    char sender[16], extra[160] = "", msg_id[48];
    if (rnd(c, 10) == 0) {
        snprintf(sender, sizeof sender, "%s", MAIN_USER); /* from the user's other device */
    } else if (type == kTIMConv_C2C) {
        snprintf(sender, sizeof sender, "%s", conv);
    } else {
        snprintf(sender, sizeof sender, "u%d", rnd(c, C2C_PEERS));
    }
    size_t n = 0;
    if (rnd(c, 8) == 0) n += (size_t)snprintf(extra + n, sizeof extra - n, ",\"%s\":true",
                                              kTIMMsgIsExcludedFromUnreadCount);
    if (type == kTIMConv_Group && rnd(c, 8) == 0) {
        n += (size_t)snprintf(extra + n, sizeof extra - n, ",\"%s\":[\"%s\"]",
                              kTIMMsgGroupAtUserArray, MAIN_USER);
    }
    if (online) n += (size_t)snprintf(extra + n, sizeof extra - n, ",\"%s\":true", kTIMMsgIsOnlineMsg);
    snprintf(msg_id, sizeof msg_id, "s%ld", atomic_fetch_add(&message_serial, 1));
    if (!online) ring_put(conv, type, msg_id);
    int len = snprintf(buf, size,
                       "{\"%s\":\"%s\",\"%s\":%d,\"%s\":\"%s\",\"%s\":\"%s\","
                       "\"%s\":[{\"%s\":0,\"%s\":\"m %s\"}]%s}",
                       kTIMMsgConvId, conv, kTIMMsgConvType, type, kTIMMsgSender, sender,
                       kTIMMsgMsgId, msg_id, kTIMMsgElemArray, kTIMElemType, kTIMTextElemContent,
                       msg_id, extra);
    return len > 0 && (size_t)len < size ? (size_t)len : 0;
}

static const char *const TEXT_BODY =
    "{\"message_elem_array\":[{\"elem_type\":0,\"text_elem_content\":\"mine\"}]}";
static const char *const DRAFT =
    "{\"draft_msg\":{\"message_elem_array\":[{\"elem_type\":0,\"text_elem_content\":\"later\"}]}}";

/* ---- the operations ------------------------------------------------------------------------- */

enum {
    OP_RECEIVE, OP_RECEIVE_ONLINE, OP_EXT_REVOKE, OP_EXT_UPDATE, OP_RECEIPTS, OP_SYNC_READ,
    OP_PROFILES, OP_GROUP_INFOS, OP_SEND, OP_SAVE, OP_IMPORT, OP_HISTORY, OP_REVOKE, OP_DELETE,
    OP_LIST_DELETE, OP_CLEAR_HISTORY, OP_REPORT_READ, OP_MARK_ALL_READ, OP_SET_C2C_OPT,
    OP_GET_C2C_OPT, OP_SET_GROUP_OPT, OP_CREATE, OP_CONV_DELETE, OP_LIST, OP_INFO, OP_DRAFT,
    OP_PIN, OP_TOTAL, OP_PAGE, OP_DELETE_LIST, OP_CUSTOM_DATA, OP_MARK, OP_UNREAD_BY_FILTER,
    OP_SUBSCRIBE, OP_CLEAN_UNREAD, OP_FOLDER_CREATE, OP_FOLDER_DELETE, OP_FOLDER_RENAME,
    OP_FOLDER_ADD, OP_FOLDER_REMOVE, OP_FOLDER_LIST, OP_RELOGIN, OP_GETTERS, OP_LISTENERS,
    OP_INVALID, OP_NESTED,
};

static void op_receive(Caller *c) {
    char json[4096];
    size_t n = 0;
    json[n++] = '[';
    int count = 1 + rnd(c, 4);
    for (int i = 0; i < count; i++) {
        char conv[16];
        int type = pick_conv(c, conv, sizeof conv);
        if (i > 0) json[n++] = ',';
        n += push_object(c, json + n, sizeof json - n - 2, conv, type, false);
    }
    json[n++] = ']';
    json[n] = '\0';
    TICKET(c, OP_RECEIVE, TIMExtReceiveMessages(json, on_result, UD));
}

static void op_receive_online(Caller *c) {
    char json[1024], conv[16];
    int type = pick_conv(c, conv, sizeof conv);
    json[0] = '[';
    size_t n = 1 + push_object(c, json + 1, sizeof json - 3, conv, type, true);
    snprintf(json + n, sizeof json - n, "]");
    TICKET(c, OP_RECEIVE_ONLINE, TIMExtReceiveMessages(json, on_result, UD));
}

static void op_ext_revoke(Caller *c) {
    MsgRef m;
    if (!ring_pick(c, &m)) return;
    char json[256];
    snprintf(json, sizeof json, "[{\"%s\":\"%s\",\"%s\":%d,\"%s\":\"%s\"}]", kTIMMsgConvId, m.conv,
             kTIMMsgConvType, m.type, kTIMMsgMsgId, m.id);
    TICKET(c, OP_EXT_REVOKE, TIMExtRevokeMessages(json, on_result, UD));
}

static void op_ext_update(Caller *c) {
    MsgRef m;
    if (!ring_pick(c, &m)) return;
    char json[512];
    snprintf(json, sizeof json,
             "[{\"%s\":\"%s\",\"%s\":%d,\"%s\":\"%s\",\"%s\":[{\"%s\":0,\"%s\":\"edited %d\"}]}]",
             kTIMMsgConvId, m.conv, kTIMMsgConvType, m.type, kTIMMsgMsgId, m.id, kTIMMsgElemArray,
             kTIMElemType, kTIMTextElemContent, rnd(c, 1000));
    TICKET(c, OP_EXT_UPDATE, TIMExtUpdateMessages(json, on_result, UD));
}

static void op_receipts(Caller *c) {
    char json[256];
    snprintf(json, sizeof json, "[{\"%s\":\"u%d\",\"%s\":1,\"%s\":%" PRIu64 "}]",
             kTIMMsgReceiptConvId, rnd(c, C2C_PEERS), kTIMMsgReceiptConvType,
             kTIMMsgReceiptTimeStamp, TIMGetServerTime() - (uint64_t)rnd(c, 5));
    TICKET(c, OP_RECEIPTS, TIMExtReceiveReadReceipts(json, on_result, UD));
}

static void op_sync_read(Caller *c) {
    char conv[16], id[32];
    int type = pick_conv(c, conv, sizeof conv);
    snprintf(id, sizeof id, "%s%s", prefix(type), conv);
    uint64_t ts = rnd(c, 2) ? TIMGetServerTime() : 0;
    TICKET(c, OP_SYNC_READ, TIMExtSyncReadState(id, ts, (uint64_t)rnd(c, 50), on_result, UD));
}

static void op_profiles(Caller *c) {
    char json[256];
    snprintf(json, sizeof json, "[{\"%s\":\"u%d\",\"%s\":\"nick %d\"}]", kTIMUserProfileIdentifier,
             rnd(c, C2C_PEERS + 4), kTIMUserProfileNickName, rnd(c, 100));
    TICKET(c, OP_PROFILES, TIMExtUpdateUserProfiles(json, on_result, UD));
}

static void op_group_infos(Caller *c) {
    static const int types[] = {kTIMGroup_Public, kTIMGroup_Private, kTIMGroup_ChatRoom,
                                kTIMGroup_AVChatRoom, kTIMGroup_Community};
    char json[256];
    snprintf(json, sizeof json, "[{\"%s\":\"g%d\",\"%s\":\"name %d\",\"%s\":%d,\"%s\":%d}]",
             kTIMGroupBaseInfoGroupId, rnd(c, GROUPS), kTIMGroupBaseInfoGroupName, rnd(c, 100),
             kTIMGroupBaseInfoGroupType, types[rnd(c, 5)], kTIMGroupBaseInfoMsgFlag, rnd(c, 5));
    TICKET(c, OP_GROUP_INFOS, TIMExtUpdateGroupInfos(json, on_result, UD));
}

static void op_send(Caller *c) {
    char conv[16], msg_id[128] = "";
    int type = pick_conv(c, conv, sizeof conv);
    TICKET(c, OP_SEND, TIMMsgSendMessage(conv, type, TEXT_BODY, msg_id, on_result, UD));
    if (msg_id[0] != '\0') ring_put(conv, type, msg_id);
}

static void op_save(Caller *c) {
    char conv[16];
    int type = pick_conv(c, conv, sizeof conv);
    TICKET(c, OP_SAVE, TIMMsgSaveMsg(conv, type, TEXT_BODY, on_result, UD));
}

static void op_import(Caller *c) {
    char conv[16], json[512];
    int type = pick_conv(c, conv, sizeof conv);
    snprintf(json, sizeof json, "[%s,%s]", TEXT_BODY, TEXT_BODY);
    TICKET(c, OP_IMPORT, TIMMsgImportMsgList(conv, type, json, on_result, UD));
}

static void op_history(Caller *c) {
    char conv[16], json[128];
    int type = pick_conv(c, conv, sizeof conv);
    snprintf(json, sizeof json, "{\"%s\":%d,\"%s\":%s}", kTIMMsgGetMsgListParamCount,
             1 + rnd(c, 30), kTIMMsgGetMsgListParamIsForward, rnd(c, 2) ? "true" : "false");
    TICKET(c, OP_HISTORY, TIMMsgGetMsgList(conv, type, json, on_result, UD));
}

static void op_revoke(Caller *c) {
    MsgRef m;
    if (!ring_pick(c, &m)) return;
    char json[128];
    snprintf(json, sizeof json, "{\"%s\":\"%s\"}", kTIMMsgMsgId, m.id);
    TICKET(c, OP_REVOKE, TIMMsgRevoke(m.conv, m.type, json, on_result, UD));
}

static void op_delete(Caller *c) {
    MsgRef m;
    if (!ring_pick(c, &m)) return;
    char json[160];
    snprintf(json, sizeof json, "{\"%s\":{\"%s\":\"%s\"}}", kTIMMsgDeleteParamMsg, kTIMMsgMsgId,
             m.id);
    TICKET(c, OP_DELETE, TIMMsgDelete(m.conv, m.type, json, on_result, UD));
}

static void op_list_delete(Caller *c) {
    MsgRef a, b;
    if (!ring_pick(c, &a) || !ring_pick(c, &b)) return;
    char json[256];
    snprintf(json, sizeof json, "[{\"%s\":\"%s\"},{\"%s\":\"%s\"}]", kTIMMsgMsgId, a.id,
             kTIMMsgMsgId, b.id);
    TICKET(c, OP_LIST_DELETE, TIMMsgListDelete(a.conv, a.type, json, on_result, UD));
}

static void op_clear_history(Caller *c) {
    char conv[16];
    int type = pick_conv(c, conv, sizeof conv);
    TICKET(c, OP_CLEAR_HISTORY, TIMMsgClearHistoryMessage(conv, type, on_result, UD));
}

static void op_report_read(Caller *c) {
    char conv[16];
    int type = pick_conv(c, conv, sizeof conv);
    TICKET(c, OP_REPORT_READ, TIMMsgReportReaded(conv, type, NULL, on_result, UD));
}

static void op_mark_all_read(Caller *c) {
    TICKET(c, OP_MARK_ALL_READ, TIMMsgMarkAllMessageAsRead(on_result, UD));
}

static void op_set_c2c_opt(Caller *c) {
    char json[64];
    snprintf(json, sizeof json, "[\"u%d\",\"u%d\"]", rnd(c, C2C_PEERS), rnd(c, C2C_PEERS));
    enum TIMReceiveMessageOpt opt = (enum TIMReceiveMessageOpt)rnd(c, 5);
    TICKET(c, OP_SET_C2C_OPT, TIMMsgSetC2CReceiveMessageOpt(json, opt, on_result, UD));
}

static void op_get_c2c_opt(Caller *c) {
    char json[64];
    snprintf(json, sizeof json, "[\"u%d\"]", rnd(c, C2C_PEERS));
    TICKET(c, OP_GET_C2C_OPT, TIMMsgGetC2CReceiveMessageOpt(json, on_result, UD));
}

static void op_set_group_opt(Caller *c) {
    char group[16];
    snprintf(group, sizeof group, "g%d", rnd(c, GROUPS));
    enum TIMReceiveMessageOpt opt = (enum TIMReceiveMessageOpt)rnd(c, 5);
    TICKET(c, OP_SET_GROUP_OPT, TIMMsgSetGroupReceiveMessageOpt(group, opt, on_result, UD));
}

static void op_create(Caller *c) {
    char conv[16];
    int type = pick_conv(c, conv, sizeof conv);
    TICKET(c, OP_CREATE, TIMConvCreate(conv, type, on_result, UD));
}

static void op_conv_delete(Caller *c) {
    char conv[16];
    int type = pick_conv(c, conv, sizeof conv);
    TICKET(c, OP_CONV_DELETE, TIMConvDelete(conv, type, on_result, UD));
}

static void op_list(Caller *c) {
    TICKET(c, OP_LIST, TIMConvGetConvList(on_result, UD));
}

static void op_info(Caller *c) {
    char conv[16], json[256];
    int type = pick_conv(c, conv, sizeof conv);
    snprintf(json, sizeof json, "[{\"%s\":\"%s\",\"%s\":%d},{\"%s\":\"u%d\",\"%s\":1}]",
             kTIMGetConversationListParamConvId, conv, kTIMGetConversationListParamConvType, type,
             kTIMGetConversationListParamConvId, rnd(c, C2C_PEERS),
             kTIMGetConversationListParamConvType);
    TICKET(c, OP_INFO, TIMConvGetConvInfo(json, on_result, UD));
}

/* Synchronous calls have no ticket; the watchdog still sees them. */
static void sync_call_done(Caller *c, int op, int rc) {
    leave(c);
    atomic_fetch_add(&stats[op].calls, 1);
    c->calls++;
    atomic_fetch_add(rc == TIM_SUCC ? &stats[op].cb_ok : &stats[op].rejected, 1);
}

static void op_draft(Caller *c) {
    char conv[16];
    int type = pick_conv(c, conv, sizeof conv);
    bool set = rnd(c, 3) != 0;
    enter(c, set ? "TIMConvSetDraft" : "TIMConvCancelDraft");
    int rc = set ? TIMConvSetDraft(conv, type, DRAFT) : TIMConvCancelDraft(conv, type);
    sync_call_done(c, OP_DRAFT, rc);
}

static void op_pin(Caller *c) {
    char conv[16];
    int type = pick_conv(c, conv, sizeof conv);
    TICKET(c, OP_PIN, TIMConvPinConversation(conv, type, rnd(c, 2) == 0, on_result, UD));
}

static void op_total(Caller *c) {
    TICKET(c, OP_TOTAL, TIMConvGetTotalUnreadMessageCount(on_result, UD));
}

static const char *random_filter(Caller *c, char *buf, size_t size) {
    switch (rnd(c, 4)) {
    case 0: snprintf(buf, size, "{}"); break;
    case 1: snprintf(buf, size, "{\"%s\":%d}", kTIMConversationListFilterConvType, 1 + rnd(c, 2)); break;
    case 2: snprintf(buf, size, "{\"%s\":\"f%d\"}", kTIMConversationListFilterConversationGroup, rnd(c, FOLDERS)); break;
    default: snprintf(buf, size, "{\"%s\":%s}", kTIMConversationListFilterHasUnreadCount, rnd(c, 2) ? "true" : "false");
    }
    return buf;
}

static void op_page(Caller *c) {
    char filter[160];
    random_filter(c, filter, sizeof filter);
    TICKET(c, OP_PAGE,
           TIMConvGetConversationListByFilter(filter, 0, (uint32_t)rnd(c, 12), on_result, UD));
}

static void random_conv_ids(Caller *c, char *buf, size_t size) {
    char a[16], b[16];
    int ta = pick_conv(c, a, sizeof a), tb = pick_conv(c, b, sizeof b);
    snprintf(buf, size, "[\"%s%s\",\"%s%s\"]", prefix(ta), a, prefix(tb), b);
}

static void op_delete_list(Caller *c) {
    char ids[96];
    random_conv_ids(c, ids, sizeof ids);
    TICKET(c, OP_DELETE_LIST, TIMConvDeleteConversationList(ids, rnd(c, 2) == 0, on_result, UD));
}

static void op_custom_data(Caller *c) {
    char ids[96], data[32];
    random_conv_ids(c, ids, sizeof ids);
    snprintf(data, sizeof data, "%s%d", rnd(c, 4) ? "data " : "", rnd(c, 100));
    TICKET(c, OP_CUSTOM_DATA, TIMConvSetConversationCustomData(ids, data, on_result, UD));
}

static void op_mark(Caller *c) {
    char ids[96];
    random_conv_ids(c, ids, sizeof ids);
    uint64_t mark = rnd(c, 2) ? (uint64_t)kTIMConversationMarkTypeStar : (1ULL << (32 + rnd(c, 4)));
    TICKET(c, OP_MARK, TIMConvMarkConversation(ids, mark, rnd(c, 3) != 0, on_result, UD));
}

static void op_unread_by_filter(Caller *c) {
    char filter[160];
    random_filter(c, filter, sizeof filter);
    TICKET(c, OP_UNREAD_BY_FILTER, TIMConvGetUnreadMessageCountByFilter(filter, on_result, UD));
}

static void op_subscribe(Caller *c) {
    char filter[160];
    random_filter(c, filter, sizeof filter);
    bool on = rnd(c, 2) == 0;
    enter(c, on ? "TIMConvSubscribeUnreadMessageCountByFilter"
                : "TIMConvUnsubscribeUnreadMessageCountByFilter");
    int rc = on ? TIMConvSubscribeUnreadMessageCountByFilter(filter)
                : TIMConvUnsubscribeUnreadMessageCountByFilter(filter);
    sync_call_done(c, OP_SUBSCRIBE, rc);
}

static void op_clean_unread(Caller *c) {
    char conv[16], id[32];
    int type = pick_conv(c, conv, sizeof conv);
    switch (rnd(c, 6)) {
    case 0: snprintf(id, sizeof id, "c2c"); break;
    case 1: snprintf(id, sizeof id, "group"); break;
    default: snprintf(id, sizeof id, "%s%s", prefix(type), conv);
    }
    uint64_t ts = rnd(c, 2) ? TIMGetServerTime() : 0;
    TICKET(c, OP_CLEAN_UNREAD, TIMConvCleanConversationUnreadMessageCount(
                                   id, ts, (uint64_t)rnd(c, 30), on_result, UD));
}

static void folder(Caller *c, char *buf, size_t size) {
    snprintf(buf, size, "f%d", rnd(c, FOLDERS));
}

static void op_folder_create(Caller *c) {
    char name[16], ids[96];
    folder(c, name, sizeof name);
    random_conv_ids(c, ids, sizeof ids);
    TICKET(c, OP_FOLDER_CREATE, TIMConvCreateConversationGroup(name, ids, on_result, UD));
}

static void op_folder_delete(Caller *c) {
    char name[16];
    folder(c, name, sizeof name);
    TICKET(c, OP_FOLDER_DELETE, TIMConvDeleteConversationGroup(name, on_result, UD));
}

static void op_folder_rename(Caller *c) {
    char from[16], to[16];
    folder(c, from, sizeof from);
    folder(c, to, sizeof to);
    TICKET(c, OP_FOLDER_RENAME, TIMConvRenameConversationGroup(from, to, on_result, UD));
}

static void op_folder_add(Caller *c) {
    char name[16], ids[96];
    folder(c, name, sizeof name);
    random_conv_ids(c, ids, sizeof ids);
    TICKET(c, OP_FOLDER_ADD, TIMConvAddConversationsToGroup(name, ids, on_result, UD));
}

static void op_folder_remove(Caller *c) {
    char name[16], ids[96];
    folder(c, name, sizeof name);
    random_conv_ids(c, ids, sizeof ids);
    TICKET(c, OP_FOLDER_REMOVE, TIMConvDeleteConversationsFromGroup(name, ids, on_result, UD));
}

static void op_folder_list(Caller *c) {
    TICKET(c, OP_FOLDER_LIST, TIMConvGetConversationGroupList(on_result, UD));
}

/* A logout and a login (as the main user or as another one), queued back to back. */
static void op_relogin(Caller *c) {
    TICKET(c, OP_RELOGIN, TIMLogout(on_result, UD));
    const char *user = rnd(c, 2) ? MAIN_USER : "bob";
    TICKET(c, OP_RELOGIN, TIMLogin(user, "sig", on_result, UD));
}

static void op_getters(Caller *c) {
    char user[128];
    enter(c, "TIMGetLoginUserID");
    int rc = TIMGetLoginUserID(user);
    bool ok = (rc == TIM_SUCC && user[0] != '\0') || rc == TIM_ERR_NOTLOGIN ||
              rc == TIM_ERR_SDKUNINIT;
    int status = (int)TIMGetLoginStatus();
    ok = ok && status >= kTIMLoginStatus_Logined && status <= kTIMLoginStatus_Logouting;
    ok = ok && TIMGetSDKVersion() != NULL && TIMGetServerTime() > 0;
    sync_call_done(c, OP_GETTERS, ok ? TIM_SUCC : -1);
}

/* Re-registers listeners (the same ones) and adds/removes a second new-message listener. */
static void op_listeners(Caller *c) {
    enter(c, "listener registration");
    if (rnd(c, 2)) {
        TIMAddRecvNewMsgCallback(on_new_msgs_extra, &listener_marker);
    } else {
        TIMRemoveRecvNewMsgCallback(on_new_msgs_extra);
    }
    TIMSetConvEventCallback(on_conv_event, &listener_marker);
    TIMSetConvTotalUnreadMessageCountChangedCallback(on_total, &listener_marker);
    sync_call_done(c, OP_LISTENERS, TIM_SUCC);
}

/* Calls with bad arguments: a non-zero return, and never a callback. */
static void op_invalid(Caller *c) {
    switch (rnd(c, 6)) {
    case 0: TICKET(c, OP_INVALID, TIMExtReceiveMessages(NULL, on_result, UD)); break;
    case 1: TICKET(c, OP_INVALID, TIMConvGetConvInfo("{not json", on_result, UD)); break;
    case 2: TICKET(c, OP_INVALID, TIMConvPinConversation(NULL, kTIMConv_C2C, true, on_result, UD)); break;
    case 3: TICKET(c, OP_INVALID, TIMConvCreate("u1", kTIMConv_System, on_result, UD)); break;
    case 4: TICKET(c, OP_INVALID, TIMExtReceiveMessages("[{\"message_conv_id\":\"\"}]", on_result, UD)); break;
    default: TICKET(c, OP_INVALID, TIMMsgSendMessage("u1", kTIMConv_C2C, "[]", NULL, on_result, UD));
    }
}

/* From inside a callback: one more call, accounted like any other (never waits). */
static void nested_call(size_t seed) {
    Caller *c = &callers[NESTED];
    atomic_fetch_add(&v.nested_calls, 1);
    switch (seed % 3) {
    case 0: TICKET(c, OP_NESTED, TIMConvGetTotalUnreadMessageCount(on_result, UD)); break;
    case 1: TICKET(c, OP_NESTED, TIMConvGetConvList(on_result, UD)); break;
    default: TICKET(c, OP_NESTED, TIMConvPinConversation("u0", kTIMConv_C2C, seed % 2 == 0, on_result, UD));
    }
}

static const Op OPS[] = {
    [OP_RECEIVE] = {"TIMExtReceiveMessages", 30, op_receive, SOME_SUCCESS},
    [OP_RECEIVE_ONLINE] = {"TIMExtReceiveMessages (online)", 2, op_receive_online, SOME_SUCCESS},
    [OP_EXT_REVOKE] = {"TIMExtRevokeMessages", 3, op_ext_revoke, SOME_SUCCESS},
    [OP_EXT_UPDATE] = {"TIMExtUpdateMessages", 3, op_ext_update, SOME_SUCCESS},
    [OP_RECEIPTS] = {"TIMExtReceiveReadReceipts", 2, op_receipts, SOME_SUCCESS},
    [OP_SYNC_READ] = {"TIMExtSyncReadState", 3, op_sync_read, ANYTHING},
    [OP_PROFILES] = {"TIMExtUpdateUserProfiles", 2, op_profiles, SOME_SUCCESS},
    [OP_GROUP_INFOS] = {"TIMExtUpdateGroupInfos", 2, op_group_infos, SOME_SUCCESS},
    [OP_SEND] = {"TIMMsgSendMessage", 8, op_send, SOME_SUCCESS},
    [OP_SAVE] = {"TIMMsgSaveMsg", 2, op_save, SOME_SUCCESS},
    [OP_IMPORT] = {"TIMMsgImportMsgList", 2, op_import, SOME_SUCCESS},
    [OP_HISTORY] = {"TIMMsgGetMsgList", 5, op_history, SOME_SUCCESS},
    [OP_REVOKE] = {"TIMMsgRevoke", 2, op_revoke, ANYTHING},
    [OP_DELETE] = {"TIMMsgDelete", 2, op_delete, SOME_SUCCESS},
    [OP_LIST_DELETE] = {"TIMMsgListDelete", 1, op_list_delete, ANYTHING},
    [OP_CLEAR_HISTORY] = {"TIMMsgClearHistoryMessage", 1, op_clear_history, ANYTHING},
    [OP_REPORT_READ] = {"TIMMsgReportReaded", 2, op_report_read, ANYTHING},
    [OP_MARK_ALL_READ] = {"TIMMsgMarkAllMessageAsRead", 1, op_mark_all_read, SOME_SUCCESS},
    [OP_SET_C2C_OPT] = {"TIMMsgSetC2CReceiveMessageOpt", 1, op_set_c2c_opt, SOME_SUCCESS},
    [OP_GET_C2C_OPT] = {"TIMMsgGetC2CReceiveMessageOpt", 1, op_get_c2c_opt, SOME_SUCCESS},
    [OP_SET_GROUP_OPT] = {"TIMMsgSetGroupReceiveMessageOpt", 1, op_set_group_opt, SOME_SUCCESS},
    [OP_CREATE] = {"TIMConvCreate", 1, op_create, SOME_SUCCESS},
    [OP_CONV_DELETE] = {"TIMConvDelete", 1, op_conv_delete, ANYTHING},
    [OP_LIST] = {"TIMConvGetConvList", 5, op_list, SOME_SUCCESS},
    [OP_INFO] = {"TIMConvGetConvInfo", 2, op_info, SOME_SUCCESS},
    [OP_DRAFT] = {"TIMConvSetDraft/CancelDraft", 2, op_draft, SOME_SUCCESS},
    [OP_PIN] = {"TIMConvPinConversation", 2, op_pin, ANYTHING},
    [OP_TOTAL] = {"TIMConvGetTotalUnreadMessageCount", 4, op_total, SOME_SUCCESS},
    [OP_PAGE] = {"TIMConvGetConversationListByFilter", 3, op_page, SOME_SUCCESS},
    [OP_DELETE_LIST] = {"TIMConvDeleteConversationList", 1, op_delete_list, SOME_SUCCESS},
    [OP_CUSTOM_DATA] = {"TIMConvSetConversationCustomData", 1, op_custom_data, SOME_SUCCESS},
    [OP_MARK] = {"TIMConvMarkConversation", 1, op_mark, SOME_SUCCESS},
    [OP_UNREAD_BY_FILTER] = {"TIMConvGetUnreadMessageCountByFilter", 2, op_unread_by_filter, SOME_SUCCESS},
    [OP_SUBSCRIBE] = {"TIMConv(Un)SubscribeUnreadMessageCountByFilter", 1, op_subscribe, SOME_SUCCESS},
    [OP_CLEAN_UNREAD] = {"TIMConvCleanConversationUnreadMessageCount", 3, op_clean_unread, ANYTHING},
    [OP_FOLDER_CREATE] = {"TIMConvCreateConversationGroup", 1, op_folder_create, ANYTHING},
    [OP_FOLDER_DELETE] = {"TIMConvDeleteConversationGroup", 1, op_folder_delete, ANYTHING},
    [OP_FOLDER_RENAME] = {"TIMConvRenameConversationGroup", 1, op_folder_rename, ANYTHING},
    [OP_FOLDER_ADD] = {"TIMConvAddConversationsToGroup", 1, op_folder_add, ANYTHING},
    [OP_FOLDER_REMOVE] = {"TIMConvDeleteConversationsFromGroup", 1, op_folder_remove, ANYTHING},
    [OP_FOLDER_LIST] = {"TIMConvGetConversationGroupList", 1, op_folder_list, SOME_SUCCESS},
    [OP_RELOGIN] = {"TIMLogout+TIMLogin", 1, op_relogin, SOME_SUCCESS},
    [OP_GETTERS] = {"TIMGetLoginUserID/Status/...", 2, op_getters, SOME_SUCCESS},
    [OP_LISTENERS] = {"listener registration", 1, op_listeners, SOME_SUCCESS},
    [OP_INVALID] = {"invalid arguments", 3, op_invalid, ALL_REJECTED},
    [OP_NESTED] = {"calls from callbacks", 0, NULL, SOME_SUCCESS},
};

/* ---- calling threads ------------------------------------------------------------------------ */

static int total_weight;

static void *caller_main(void *arg) {
    Caller *c = arg;
    while (!atomic_load(&stop_callers)) {
        /* Phase 2 paces the calls: while uninitialised each call costs a thread (known). */
        if (atomic_load(&phase) == 2) harness_sleep_ms(1);
        int pick = rnd(c, total_weight);
        for (int i = 0; i < op_count; i++) {
            if (pick < ops[i].weight) {
                ops[i].fn(c);
                break;
            }
            pick -= ops[i].weight;
        }
    }
    return NULL;
}

static void run_callers(int count, pthread_t *threads) {
    atomic_store(&stop_callers, 0);
    for (int t = 0; t < count; t++) {
        REQUIRE(pthread_create(&threads[t], NULL, caller_main, &callers[t]) == 0);
    }
}

static void stop_and_join(int count, pthread_t *threads) {
    atomic_store(&stop_callers, 1);
    for (int t = 0; t < count; t++) pthread_join(threads[t], NULL);
}

#endif /* TIMCONV_TEST_STRESS_OPS_H */
