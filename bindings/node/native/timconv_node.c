/*
 * Node-API addon: the C functions of libImSDK.so, one JavaScript function each.
 *
 * It only translates: JS strings, numbers and BigInts become C arguments, and every completion
 * or listener call becomes one "delivery" handed to a single JS dispatcher function through one
 * thread-safe function. It holds no conversation state.
 *
 * Threads. The library calls back on its worker thread (or, before TIMInit, on a short-lived
 * thread). Those threads never touch V8: they copy the strings of the call into a delivery and
 * queue it without blocking (napi_tsfn_nonblocking on an unbounded queue). The JS thread runs
 * the dispatcher for each delivery in the order they were queued, which is the order the
 * library produced them. Nothing here waits for the JS thread, so TIMUninit on the JS thread
 * cannot deadlock against a callback.
 *
 * Event loop. The thread-safe function is referenced (keeps Node alive) only while a call is
 * waiting for its completion; listener deliveries alone do not keep the process running.
 *
 * Asynchronous functions take a call ID first (a number below 2^53, passed to the library as
 * user_data and handed back to the dispatcher) and return the TIMResult code. The dispatcher is
 * called as dispatch(kind, id, code, a, b); see enum DeliveryKind.
 */
#define NAPI_VERSION 8
#include <node_api.h>

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "TIMCloud.h"
#include "TIMExtension.h"

/* What a delivery carries; the numbers are part of the contract with lib/native.js. */
enum DeliveryKind {
  D_DONE = 0,              /* id, code, a = desc, b = json */
  D_CONV_EVENT = 1,        /* code = TIMConvEvent, a = ConvInfo array */
  D_TOTAL_UNREAD = 2,      /* code = total */
  D_UNREAD_BY_FILTER = 3,  /* code = total, a = filter */
  D_GROUP_CREATED = 4,     /* a = group name, b = ConvInfo array */
  D_GROUP_DELETED = 5,     /* a = group name */
  D_GROUP_RENAMED = 6,     /* a = old name, b = new name */
  D_GROUP_ADDED = 7,       /* a = group name, b = ConvInfo array */
  D_GROUP_REMOVED = 8,     /* a = group name, b = ConvInfo array, code = reason */
  D_NEW_MESSAGES = 9,      /* a = Message array */
  D_REVOKED = 10,          /* a = MsgLocator array */
  D_READ_RECEIPTS = 11,    /* a = MessageReceipt array */
  D_MESSAGES_UPDATED = 12, /* a = Message array */
};

typedef struct Delivery {
  int kind;
  uint64_t id;
  int32_t code;
  char *a;
  char *b;
} Delivery;

/* g_tsfn is created once on the JS thread; other threads use it only under g_lock and only
 * while g_closing is false, so none can use it after the environment starts shutting down. */
static pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;
static napi_threadsafe_function g_tsfn;
static bool g_closing;
/* Calls waiting for their completion; read and written on the JS thread only. */
static uint64_t g_pending;

/* ---- deliveries (any thread) ------------------------------------------------------------ */

static char *copy_str(const char *s) {
  if (s == NULL) return NULL;
  size_t n = strlen(s) + 1;
  char *copy = malloc(n);
  if (copy == NULL) abort();
  memcpy(copy, s, n);
  return copy;
}

static void free_delivery(Delivery *d) {
  free(d->a);
  free(d->b);
  free(d);
}

static void deliver(int kind, uint64_t id, int32_t code, const char *a, const char *b) {
  Delivery *d = malloc(sizeof *d);
  if (d == NULL) abort();
  d->kind = kind;
  d->id = id;
  d->code = code;
  d->a = copy_str(a);
  d->b = copy_str(b);
  napi_status status = napi_closing;
  pthread_mutex_lock(&g_lock);
  if (g_tsfn != NULL && !g_closing) {
    status = napi_call_threadsafe_function(g_tsfn, d, napi_tsfn_nonblocking);
  }
  pthread_mutex_unlock(&g_lock);
  if (status != napi_ok) free_delivery(d);
}

static void on_done(int32_t code, const char *desc, const char *json, const void *user_data) {
  deliver(D_DONE, (uint64_t)(uintptr_t)user_data, code, desc, json);
}

static void on_conv_event(enum TIMConvEvent event, const char *json, const void *user_data) {
  (void)user_data;
  deliver(D_CONV_EVENT, 0, (int32_t)event, json, NULL);
}

static void on_total_unread(int total, const void *user_data) {
  (void)user_data;
  deliver(D_TOTAL_UNREAD, 0, total, NULL, NULL);
}

static void on_unread_by_filter(const char *filter, int total, const void *user_data) {
  (void)user_data;
  deliver(D_UNREAD_BY_FILTER, 0, total, filter, NULL);
}

static void on_group_created(const char *name, const char *convs, const void *user_data) {
  (void)user_data;
  deliver(D_GROUP_CREATED, 0, 0, name, convs);
}

static void on_group_deleted(const char *name, const void *user_data) {
  (void)user_data;
  deliver(D_GROUP_DELETED, 0, 0, name, NULL);
}

static void on_group_renamed(const char *old_name, const char *new_name, const void *user_data) {
  (void)user_data;
  deliver(D_GROUP_RENAMED, 0, 0, old_name, new_name);
}

static void on_group_added(const char *name, const char *convs, const void *user_data) {
  (void)user_data;
  deliver(D_GROUP_ADDED, 0, 0, name, convs);
}

static void on_group_removed(const char *name, const char *convs, uint32_t reason,
                             const void *user_data) {
  (void)user_data;
  deliver(D_GROUP_REMOVED, 0, (int32_t)reason, name, convs);
}

static void on_new_messages(const char *json, const void *user_data) {
  (void)user_data;
  deliver(D_NEW_MESSAGES, 0, 0, json, NULL);
}

static void on_revoked(const char *json, const void *user_data) {
  (void)user_data;
  deliver(D_REVOKED, 0, 0, json, NULL);
}

static void on_read_receipts(const char *json, const void *user_data) {
  (void)user_data;
  deliver(D_READ_RECEIPTS, 0, 0, json, NULL);
}

static void on_messages_updated(const char *json, const void *user_data) {
  (void)user_data;
  deliver(D_MESSAGES_UPDATED, 0, 0, json, NULL);
}

static void set_listeners(bool on) {
  TIMSetConvEventCallback(on ? on_conv_event : NULL, NULL);
  TIMSetConvTotalUnreadMessageCountChangedCallback(on ? on_total_unread : NULL, NULL);
  TIMSetConvUnreadMessageCountChangedByFilterCallback(on ? on_unread_by_filter : NULL, NULL);
  TIMSetConvConversationGroupCreatedCallback(on ? on_group_created : NULL, NULL);
  TIMSetConvConversationGroupDeletedCallback(on ? on_group_deleted : NULL, NULL);
  TIMSetConvConversationGroupNameChangedCallback(on ? on_group_renamed : NULL, NULL);
  TIMSetConvConversationsAddedToGroupCallback(on ? on_group_added : NULL, NULL);
  TIMSetConvConversationsDeletedFromGroupCallback(on ? on_group_removed : NULL, NULL);
  if (on) {
    TIMAddRecvNewMsgCallback(on_new_messages, NULL);
  } else {
    TIMRemoveRecvNewMsgCallback(on_new_messages);
  }
  TIMSetMsgRevokeCallback(on ? on_revoked : NULL, NULL);
  TIMSetMsgReadedReceiptCallback(on ? on_read_receipts : NULL, NULL);
  TIMSetMsgUpdateCallback(on ? on_messages_updated : NULL, NULL);
}

/* ---- the JS side of deliveries (JS thread) ----------------------------------------------- */

static napi_value js_str_or_null(napi_env env, const char *s) {
  napi_value v;
  if (s == NULL) {
    napi_get_null(env, &v);
  } else {
    napi_create_string_utf8(env, s, NAPI_AUTO_LENGTH, &v);
  }
  return v;
}

static void call_js(napi_env env, napi_value js_cb, void *context, void *data) {
  (void)context;
  Delivery *d = data;
  if (env != NULL && js_cb != NULL) {
    /* Release the loop before the dispatcher runs: it may start new calls, which ref again. */
    if (d->kind == D_DONE && g_pending > 0 && --g_pending == 0) {
      napi_unref_threadsafe_function(env, g_tsfn);
    }
    napi_value argv[5], undefined;
    napi_get_undefined(env, &undefined);
    napi_create_int32(env, d->kind, &argv[0]);
    napi_create_double(env, (double)d->id, &argv[1]);
    napi_create_int32(env, d->code, &argv[2]);
    argv[3] = js_str_or_null(env, d->a);
    argv[4] = js_str_or_null(env, d->b);
    /* An exception thrown by the dispatcher is reported by Node as uncaught. */
    napi_call_function(env, undefined, js_cb, 5, argv, NULL);
  }
  free_delivery(d);
}

/* Runs when the environment shuts down, before Node tears down the thread-safe function (this
 * hook is registered after it, and hooks run in reverse order): no thread may queue into it
 * afterwards, and the library is shut down so nothing calls into this module any more. */
static void cleanup(void *arg) {
  (void)arg;
  pthread_mutex_lock(&g_lock);
  g_closing = true;
  pthread_mutex_unlock(&g_lock);
  set_listeners(false);
  TIMUninit();
}

/* ---- argument helpers --------------------------------------------------------------------- */

#define MAX_ARGS 6

typedef struct Args {
  napi_env env;
  size_t argc;
  napi_value argv[MAX_ARGS];
  char *owned[MAX_ARGS];
  const char *error; /* the first argument error, thrown as a TypeError */
} Args;

static bool args_get(napi_env env, napi_callback_info info, Args *a, size_t want) {
  memset(a, 0, sizeof *a);
  a->env = env;
  a->argc = MAX_ARGS;
  if (napi_get_cb_info(env, info, &a->argc, a->argv, NULL, NULL) != napi_ok) return false;
  if (a->argc < want) {
    napi_throw_type_error(env, NULL, "timconv: missing arguments");
    return false;
  }
  return true;
}

static void args_free(Args *a) {
  for (size_t i = 0; i < MAX_ARGS; i++) free(a->owned[i]);
}

static void arg_error(Args *a, const char *message) {
  if (a->error == NULL) a->error = message;
}

static napi_valuetype arg_type(Args *a, size_t i) {
  napi_valuetype t = napi_undefined;
  napi_typeof(a->env, a->argv[i], &t);
  return t;
}

/* A string argument as NUL-terminated UTF-8 (copied); null/undefined become NULL. A string with
 * an embedded NUL is refused, since C would silently cut it short. */
static const char *arg_str(Args *a, size_t i) {
  napi_valuetype t = arg_type(a, i);
  if (t == napi_null || t == napi_undefined) return NULL;
  if (t != napi_string) {
    arg_error(a, "timconv: expected a string");
    return NULL;
  }
  size_t len = 0;
  napi_get_value_string_utf8(a->env, a->argv[i], NULL, 0, &len);
  char *s = malloc(len + 1);
  if (s == NULL) abort();
  napi_get_value_string_utf8(a->env, a->argv[i], s, len + 1, &len);
  a->owned[i] = s;
  if (strlen(s) != len) {
    arg_error(a, "timconv: strings must not contain NUL characters");
    return NULL;
  }
  return s;
}

/* A non-negative integer: a Number up to 2^53 or a BigInt up to 2^64 - 1. */
static uint64_t arg_u64(Args *a, size_t i) {
  napi_valuetype t = arg_type(a, i);
  if (t == napi_bigint) {
    uint64_t v = 0;
    bool lossless = false;
    napi_get_value_bigint_uint64(a->env, a->argv[i], &v, &lossless);
    if (!lossless) arg_error(a, "timconv: BigInt out of the unsigned 64-bit range");
    return v;
  }
  if (t != napi_number) {
    arg_error(a, "timconv: expected a number or BigInt");
    return 0;
  }
  double d = 0;
  napi_get_value_double(a->env, a->argv[i], &d);
  if (!(d >= 0 && d <= 9007199254740992.0) || d != (double)(uint64_t)d) {
    arg_error(a, "timconv: expected a non-negative integer (use a BigInt above 2^53)");
    return 0;
  }
  return (uint64_t)d;
}

static int32_t arg_i32(Args *a, size_t i) {
  if (arg_type(a, i) != napi_number) {
    arg_error(a, "timconv: expected a number");
    return 0;
  }
  int32_t v = 0;
  napi_get_value_int32(a->env, a->argv[i], &v);
  return v;
}

static bool arg_bool(Args *a, size_t i) {
  if (arg_type(a, i) != napi_boolean) {
    arg_error(a, "timconv: expected a boolean");
    return false;
  }
  bool v = false;
  napi_get_value_bool(a->env, a->argv[i], &v);
  return v;
}

/* The call ID of an asynchronous function, as user_data. Needs the dispatcher. */
static const void *arg_id(Args *a, size_t i) {
  if (g_tsfn == NULL) {
    arg_error(a, "timconv: call listen() first");
    return NULL;
  }
  return (const void *)(uintptr_t)arg_u64(a, i);
}

static napi_value int_value(napi_env env, int32_t v) {
  napi_value out;
  napi_create_int32(env, v, &out);
  return out;
}

/* Ends a native function after an argument error: throws it. */
static napi_value args_throw(Args *a) {
  napi_throw_type_error(a->env, NULL, a->error);
  args_free(a);
  return NULL;
}

/* Ends an asynchronous function: an accepted call holds the event loop until it completes. */
static napi_value submitted(Args *a, int result) {
  if (result == TIM_SUCC && g_pending++ == 0) napi_ref_threadsafe_function(a->env, g_tsfn);
  args_free(a);
  return int_value(a->env, result);
}

static napi_value finished(Args *a, int result) {
  args_free(a);
  return int_value(a->env, result);
}

/* Declares the native function n_<name>, which reads `want` arguments into `a`. */
#define NATIVE(name, want)                                                                     \
  static napi_value n_##name##_body(Args *a);                                                  \
  static napi_value n_##name(napi_env env, napi_callback_info info) {                          \
    Args a;                                                                                    \
    if (!args_get(env, info, &a, want)) return NULL;                                           \
    return n_##name##_body(&a);                                                                \
  }                                                                                            \
  static napi_value n_##name##_body(Args *a)

#define CHECK_ARGS()                       \
  do {                                     \
    if (a->error != NULL) return args_throw(a); \
  } while (0)

/* ---- setup -------------------------------------------------------------------------------- */

/* listen(dispatch): creates the thread-safe function around `dispatch` and registers every
 * listener. Called once per process. */
NATIVE(listen, 1) {
  napi_env env = a->env;
  if (g_tsfn != NULL) {
    napi_throw_error(env, NULL, "timconv: listen() was already called");
    return NULL;
  }
  napi_value name;
  napi_create_string_utf8(env, "timconv", NAPI_AUTO_LENGTH, &name);
  napi_threadsafe_function tsfn;
  if (napi_create_threadsafe_function(env, a->argv[0], NULL, name, 0, 1, NULL, NULL, NULL, call_js,
                                      &tsfn) != napi_ok) {
    napi_throw_error(env, NULL, "timconv: cannot create the thread-safe function");
    return NULL;
  }
  napi_unref_threadsafe_function(env, tsfn);
  pthread_mutex_lock(&g_lock);
  g_tsfn = tsfn;
  pthread_mutex_unlock(&g_lock);
  napi_add_env_cleanup_hook(env, cleanup, NULL);
  set_listeners(true);
  return NULL;
}

/* ---- manager ------------------------------------------------------------------------------ */

NATIVE(TIMInit, 2) {
  uint64_t app_id = arg_u64(a, 0);
  const char *config = arg_str(a, 1);
  CHECK_ARGS();
  return finished(a, TIMInit(app_id, config));
}

NATIVE(TIMUninit, 0) { return finished(a, TIMUninit()); }

NATIVE(TIMGetSDKVersion, 0) {
  args_free(a);
  return js_str_or_null(a->env, TIMGetSDKVersion());
}

NATIVE(TIMGetServerTime, 0) {
  napi_value out;
  napi_create_double(a->env, (double)TIMGetServerTime(), &out);
  args_free(a);
  return out;
}

/* The logged-in user ID, or null. */
NATIVE(TIMGetLoginUserID, 0) {
  char buffer[128];
  int result = TIMGetLoginUserID(buffer);
  args_free(a);
  return js_str_or_null(a->env, result == TIM_SUCC ? buffer : NULL);
}

NATIVE(TIMGetLoginStatus, 0) { return finished(a, (int32_t)TIMGetLoginStatus()); }

NATIVE(TIMLogin, 3) {
  const void *id = arg_id(a, 0);
  const char *user = arg_str(a, 1);
  const char *sig = arg_str(a, 2);
  CHECK_ARGS();
  return submitted(a, TIMLogin(user, sig, on_done, id));
}

NATIVE(TIMLogout, 1) {
  const void *id = arg_id(a, 0);
  CHECK_ARGS();
  return submitted(a, TIMLogout(on_done, id));
}

/* ---- conversations ------------------------------------------------------------------------ */

NATIVE(TIMConvGetConvList, 1) {
  const void *id = arg_id(a, 0);
  CHECK_ARGS();
  return submitted(a, TIMConvGetConvList(on_done, id));
}

NATIVE(TIMConvGetConvInfo, 2) {
  const void *id = arg_id(a, 0);
  const char *params = arg_str(a, 1);
  CHECK_ARGS();
  return submitted(a, TIMConvGetConvInfo(params, on_done, id));
}

NATIVE(TIMConvDelete, 3) {
  const void *id = arg_id(a, 0);
  const char *conv = arg_str(a, 1);
  int32_t type = arg_i32(a, 2);
  CHECK_ARGS();
  return submitted(a, TIMConvDelete(conv, (enum TIMConvType)type, on_done, id));
}

NATIVE(TIMConvSetDraft, 3) {
  const char *conv = arg_str(a, 0);
  int32_t type = arg_i32(a, 1);
  const char *draft = arg_str(a, 2);
  CHECK_ARGS();
  return finished(a, TIMConvSetDraft(conv, (enum TIMConvType)type, draft));
}

NATIVE(TIMConvCancelDraft, 2) {
  const char *conv = arg_str(a, 0);
  int32_t type = arg_i32(a, 1);
  CHECK_ARGS();
  return finished(a, TIMConvCancelDraft(conv, (enum TIMConvType)type));
}

NATIVE(TIMConvPinConversation, 4) {
  const void *id = arg_id(a, 0);
  const char *conv = arg_str(a, 1);
  int32_t type = arg_i32(a, 2);
  bool pinned = arg_bool(a, 3);
  CHECK_ARGS();
  return submitted(a, TIMConvPinConversation(conv, (enum TIMConvType)type, pinned, on_done, id));
}

NATIVE(TIMConvGetTotalUnreadMessageCount, 1) {
  const void *id = arg_id(a, 0);
  CHECK_ARGS();
  return submitted(a, TIMConvGetTotalUnreadMessageCount(on_done, id));
}

NATIVE(TIMConvGetConversationListByFilter, 4) {
  const void *id = arg_id(a, 0);
  const char *filter = arg_str(a, 1);
  uint64_t next_seq = arg_u64(a, 2);
  uint64_t count = arg_u64(a, 3);
  if (count > UINT32_MAX) arg_error(a, "timconv: count out of range");
  CHECK_ARGS();
  return submitted(a, TIMConvGetConversationListByFilter(filter, next_seq, (uint32_t)count,
                                                         on_done, id));
}

NATIVE(TIMConvDeleteConversationList, 3) {
  const void *id = arg_id(a, 0);
  const char *ids = arg_str(a, 1);
  bool clear = arg_bool(a, 2);
  CHECK_ARGS();
  return submitted(a, TIMConvDeleteConversationList(ids, clear, on_done, id));
}

NATIVE(TIMConvSetConversationCustomData, 3) {
  const void *id = arg_id(a, 0);
  const char *ids = arg_str(a, 1);
  const char *data = arg_str(a, 2);
  CHECK_ARGS();
  return submitted(a, TIMConvSetConversationCustomData(ids, data, on_done, id));
}

NATIVE(TIMConvMarkConversation, 4) {
  const void *id = arg_id(a, 0);
  const char *ids = arg_str(a, 1);
  uint64_t mark = arg_u64(a, 2);
  bool enable = arg_bool(a, 3);
  CHECK_ARGS();
  return submitted(a, TIMConvMarkConversation(ids, mark, enable, on_done, id));
}

NATIVE(TIMConvGetUnreadMessageCountByFilter, 2) {
  const void *id = arg_id(a, 0);
  const char *filter = arg_str(a, 1);
  CHECK_ARGS();
  return submitted(a, TIMConvGetUnreadMessageCountByFilter(filter, on_done, id));
}

NATIVE(TIMConvSubscribeUnreadMessageCountByFilter, 1) {
  const char *filter = arg_str(a, 0);
  CHECK_ARGS();
  return finished(a, TIMConvSubscribeUnreadMessageCountByFilter(filter));
}

NATIVE(TIMConvUnsubscribeUnreadMessageCountByFilter, 1) {
  const char *filter = arg_str(a, 0);
  CHECK_ARGS();
  return finished(a, TIMConvUnsubscribeUnreadMessageCountByFilter(filter));
}

NATIVE(TIMConvCleanConversationUnreadMessageCount, 4) {
  const void *id = arg_id(a, 0);
  const char *conv = arg_str(a, 1);
  uint64_t timestamp = arg_u64(a, 2);
  uint64_t sequence = arg_u64(a, 3);
  CHECK_ARGS();
  return submitted(a, TIMConvCleanConversationUnreadMessageCount(conv, timestamp, sequence,
                                                                 on_done, id));
}

NATIVE(TIMConvCreateConversationGroup, 3) {
  const void *id = arg_id(a, 0);
  const char *name = arg_str(a, 1);
  const char *ids = arg_str(a, 2);
  CHECK_ARGS();
  return submitted(a, TIMConvCreateConversationGroup(name, ids, on_done, id));
}

NATIVE(TIMConvGetConversationGroupList, 1) {
  const void *id = arg_id(a, 0);
  CHECK_ARGS();
  return submitted(a, TIMConvGetConversationGroupList(on_done, id));
}

NATIVE(TIMConvDeleteConversationGroup, 2) {
  const void *id = arg_id(a, 0);
  const char *name = arg_str(a, 1);
  CHECK_ARGS();
  return submitted(a, TIMConvDeleteConversationGroup(name, on_done, id));
}

NATIVE(TIMConvRenameConversationGroup, 3) {
  const void *id = arg_id(a, 0);
  const char *old_name = arg_str(a, 1);
  const char *new_name = arg_str(a, 2);
  CHECK_ARGS();
  return submitted(a, TIMConvRenameConversationGroup(old_name, new_name, on_done, id));
}

NATIVE(TIMConvAddConversationsToGroup, 3) {
  const void *id = arg_id(a, 0);
  const char *name = arg_str(a, 1);
  const char *ids = arg_str(a, 2);
  CHECK_ARGS();
  return submitted(a, TIMConvAddConversationsToGroup(name, ids, on_done, id));
}

NATIVE(TIMConvDeleteConversationsFromGroup, 3) {
  const void *id = arg_id(a, 0);
  const char *name = arg_str(a, 1);
  const char *ids = arg_str(a, 2);
  CHECK_ARGS();
  return submitted(a, TIMConvDeleteConversationsFromGroup(name, ids, on_done, id));
}

/* ---- messages ----------------------------------------------------------------------------- */

/* Returns { code, messageID }: the ID is known as soon as the call is accepted. */
NATIVE(TIMMsgSendMessage, 4) {
  const void *id = arg_id(a, 0);
  const char *conv = arg_str(a, 1);
  int32_t type = arg_i32(a, 2);
  const char *message = arg_str(a, 3);
  CHECK_ARGS();
  char message_id[128] = {0};
  int result = TIMMsgSendMessage(conv, (enum TIMConvType)type, message, message_id, on_done, id);
  napi_env env = a->env;
  napi_value code = submitted(a, result);
  napi_value out;
  napi_create_object(env, &out);
  napi_set_named_property(env, out, "code", code);
  napi_set_named_property(env, out, "messageID", js_str_or_null(env, message_id));
  return out;
}

NATIVE(TIMMsgGetMsgList, 4) {
  const void *id = arg_id(a, 0);
  const char *conv = arg_str(a, 1);
  int32_t type = arg_i32(a, 2);
  const char *params = arg_str(a, 3);
  CHECK_ARGS();
  return submitted(a, TIMMsgGetMsgList(conv, (enum TIMConvType)type, params, on_done, id));
}

NATIVE(TIMMsgClearHistoryMessage, 3) {
  const void *id = arg_id(a, 0);
  const char *conv = arg_str(a, 1);
  int32_t type = arg_i32(a, 2);
  CHECK_ARGS();
  return submitted(a, TIMMsgClearHistoryMessage(conv, (enum TIMConvType)type, on_done, id));
}

NATIVE(TIMMsgSetC2CReceiveMessageOpt, 3) {
  const void *id = arg_id(a, 0);
  const char *users = arg_str(a, 1);
  int32_t opt = arg_i32(a, 2);
  CHECK_ARGS();
  return submitted(a, TIMMsgSetC2CReceiveMessageOpt(users, (enum TIMReceiveMessageOpt)opt,
                                                    on_done, id));
}

NATIVE(TIMMsgSetGroupReceiveMessageOpt, 3) {
  const void *id = arg_id(a, 0);
  const char *group = arg_str(a, 1);
  int32_t opt = arg_i32(a, 2);
  CHECK_ARGS();
  return submitted(a, TIMMsgSetGroupReceiveMessageOpt(group, (enum TIMReceiveMessageOpt)opt,
                                                      on_done, id));
}

/* ---- server feed -------------------------------------------------------------------------- */

/* The TIMExt functions that take one JSON argument. */
#define FEED_JSON(name)                        \
  NATIVE(name, 2) {                            \
    const void *id = arg_id(a, 0);             \
    const char *json = arg_str(a, 1);          \
    CHECK_ARGS();                              \
    return submitted(a, name(json, on_done, id)); \
  }

FEED_JSON(TIMExtReceiveMessages)
FEED_JSON(TIMExtUpdateUserProfiles)
FEED_JSON(TIMExtUpdateGroupInfos)
FEED_JSON(TIMExtReceiveReadReceipts)
FEED_JSON(TIMExtRevokeMessages)
FEED_JSON(TIMExtUpdateMessages)

NATIVE(TIMExtSyncReadState, 4) {
  const void *id = arg_id(a, 0);
  const char *conv = arg_str(a, 1);
  uint64_t timestamp = arg_u64(a, 2);
  uint64_t sequence = arg_u64(a, 3);
  CHECK_ARGS();
  return submitted(a, TIMExtSyncReadState(conv, timestamp, sequence, on_done, id));
}

/* ---- module ------------------------------------------------------------------------------- */

#define EXPORT(name) {#name, NULL, n_##name, NULL, NULL, NULL, napi_enumerable, NULL}

static napi_value init_module(napi_env env, napi_value exports) {
  static const napi_property_descriptor functions[] = {
      EXPORT(listen),
      EXPORT(TIMInit),
      EXPORT(TIMUninit),
      EXPORT(TIMGetSDKVersion),
      EXPORT(TIMGetServerTime),
      EXPORT(TIMGetLoginUserID),
      EXPORT(TIMGetLoginStatus),
      EXPORT(TIMLogin),
      EXPORT(TIMLogout),
      EXPORT(TIMConvGetConvList),
      EXPORT(TIMConvGetConvInfo),
      EXPORT(TIMConvDelete),
      EXPORT(TIMConvSetDraft),
      EXPORT(TIMConvCancelDraft),
      EXPORT(TIMConvPinConversation),
      EXPORT(TIMConvGetTotalUnreadMessageCount),
      EXPORT(TIMConvGetConversationListByFilter),
      EXPORT(TIMConvDeleteConversationList),
      EXPORT(TIMConvSetConversationCustomData),
      EXPORT(TIMConvMarkConversation),
      EXPORT(TIMConvGetUnreadMessageCountByFilter),
      EXPORT(TIMConvSubscribeUnreadMessageCountByFilter),
      EXPORT(TIMConvUnsubscribeUnreadMessageCountByFilter),
      EXPORT(TIMConvCleanConversationUnreadMessageCount),
      EXPORT(TIMConvCreateConversationGroup),
      EXPORT(TIMConvGetConversationGroupList),
      EXPORT(TIMConvDeleteConversationGroup),
      EXPORT(TIMConvRenameConversationGroup),
      EXPORT(TIMConvAddConversationsToGroup),
      EXPORT(TIMConvDeleteConversationsFromGroup),
      EXPORT(TIMMsgSendMessage),
      EXPORT(TIMMsgGetMsgList),
      EXPORT(TIMMsgClearHistoryMessage),
      EXPORT(TIMMsgSetC2CReceiveMessageOpt),
      EXPORT(TIMMsgSetGroupReceiveMessageOpt),
      EXPORT(TIMExtReceiveMessages),
      EXPORT(TIMExtUpdateUserProfiles),
      EXPORT(TIMExtUpdateGroupInfos),
      EXPORT(TIMExtReceiveReadReceipts),
      EXPORT(TIMExtSyncReadState),
      EXPORT(TIMExtRevokeMessages),
      EXPORT(TIMExtUpdateMessages),
  };
  napi_define_properties(env, exports, sizeof functions / sizeof functions[0], functions);
  return exports;
}

NAPI_MODULE(timconv, init_module)
