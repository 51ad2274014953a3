/*
 * JNI shim: the C functions of libImSDK.so as the native methods of
 * com.tencent.imsdk.v2.TIMNative. It only translates; it holds no conversation state.
 *
 * Strings cross as byte[] holding UTF-8 (Java converts with StandardCharsets.UTF_8), because
 * JNI's own string functions use "modified UTF-8", which differs from UTF-8 for U+0000 and for
 * characters outside the Basic Multilingual Plane.
 *
 * Threads. Completions and listener calls run on the library's worker thread (before TIMInit,
 * on a short-lived thread). The first time a thread calls back it is attached to the JVM as a
 * daemon thread and stays attached; a thread-exit destructor detaches it when the thread ends
 * (the worker ends in TIMUninit). Each asynchronous call passes a global reference to its
 * TIMNative.Result as user_data; the completion calls Result.done and deletes the reference.
 * Listener calls go to the static TIMNative.onEvent(kind, code, a, b).
 */
#include <jni.h>

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "TIMCloud.h"
#include "TIMExtension.h"

/* Listener delivery kinds; the numbers are part of the contract with TIMNative.java. */
enum EventKind {
  E_CONV_EVENT = 1,
  E_TOTAL_UNREAD = 2,
  E_UNREAD_BY_FILTER = 3,
  E_GROUP_CREATED = 4,
  E_GROUP_DELETED = 5,
  E_GROUP_RENAMED = 6,
  E_GROUP_ADDED = 7,
  E_GROUP_REMOVED = 8,
  E_NEW_MESSAGES = 9,
  E_REVOKED = 10,
  E_READ_RECEIPTS = 11,
  E_MESSAGES_UPDATED = 12,
};

static JavaVM *g_vm;
static jclass g_native_class;  /* global ref to TIMNative */
static jmethodID g_on_event;   /* static void onEvent(int, int, byte[], byte[]) */
static jmethodID g_result_done; /* void Result.done(int, byte[], byte[]) */
static pthread_key_t g_attached; /* set on threads this shim attached; detaches them at exit */

/* ---- threads ------------------------------------------------------------------------------ */

static void detach_thread(void *value) {
  (void)value;
  if (g_vm != NULL) (*g_vm)->DetachCurrentThread(g_vm);
}

/* The JNIEnv of the calling thread, attaching it (once, as a daemon) if needed. */
static JNIEnv *thread_env(void) {
  JNIEnv *env = NULL;
  jint status = (*g_vm)->GetEnv(g_vm, (void **)&env, JNI_VERSION_1_8);
  if (status == JNI_OK) return env;
  if (status != JNI_EDETACHED) return NULL;
  JavaVMAttachArgs args = {JNI_VERSION_1_8, "timconv-callback", NULL};
  if ((*g_vm)->AttachCurrentThreadAsDaemon(g_vm, (void **)&env, &args) != JNI_OK) return NULL;
  pthread_setspecific(g_attached, env);
  return env;
}

/* ---- values ------------------------------------------------------------------------------- */

static jbyteArray to_bytes(JNIEnv *env, const char *s) {
  if (s == NULL) return NULL;
  jsize n = (jsize)strlen(s);
  jbyteArray out = (*env)->NewByteArray(env, n);
  if (out != NULL) (*env)->SetByteArrayRegion(env, out, 0, n, (const jbyte *)s);
  return out;
}

/* A byte[] as a NUL-terminated copy (NULL for null); Java has refused NUL bytes already. */
static char *from_bytes(JNIEnv *env, jbyteArray bytes) {
  if (bytes == NULL) return NULL;
  jsize n = (*env)->GetArrayLength(env, bytes);
  char *s = malloc((size_t)n + 1);
  if (s == NULL) return NULL;
  (*env)->GetByteArrayRegion(env, bytes, 0, n, (jbyte *)s);
  s[n] = '\0';
  return s;
}

/* Anything a callback threw was reported by TIMNative already; never leave one pending. */
static void clear_exception(JNIEnv *env) {
  if ((*env)->ExceptionCheck(env)) {
    (*env)->ExceptionDescribe(env);
    (*env)->ExceptionClear(env);
  }
}

/* ---- callbacks (library threads) ---------------------------------------------------------- */

static void on_done(int32_t code, const char *desc, const char *json, const void *user_data) {
  JNIEnv *env = thread_env();
  if (env == NULL) return;
  jobject result = (jobject)user_data;
  (*env)->PushLocalFrame(env, 4);
  jbyteArray d = to_bytes(env, desc);
  jbyteArray j = to_bytes(env, json);
  (*env)->CallVoidMethod(env, result, g_result_done, (jint)code, d, j);
  clear_exception(env);
  (*env)->PopLocalFrame(env, NULL);
  (*env)->DeleteGlobalRef(env, result);
}

static void event(int kind, int32_t code, const char *a, const char *b) {
  JNIEnv *env = thread_env();
  if (env == NULL) return;
  (*env)->PushLocalFrame(env, 4);
  jbyteArray ja = to_bytes(env, a);
  jbyteArray jb = to_bytes(env, b);
  (*env)->CallStaticVoidMethod(env, g_native_class, g_on_event, (jint)kind, (jint)code, ja, jb);
  clear_exception(env);
  (*env)->PopLocalFrame(env, NULL);
}

static void on_conv_event(enum TIMConvEvent e, const char *json, const void *user_data) {
  (void)user_data;
  event(E_CONV_EVENT, (int32_t)e, json, NULL);
}

static void on_total_unread(int total, const void *user_data) {
  (void)user_data;
  event(E_TOTAL_UNREAD, total, NULL, NULL);
}

static void on_unread_by_filter(const char *filter, int total, const void *user_data) {
  (void)user_data;
  event(E_UNREAD_BY_FILTER, total, filter, NULL);
}

static void on_group_created(const char *name, const char *convs, const void *user_data) {
  (void)user_data;
  event(E_GROUP_CREATED, 0, name, convs);
}

static void on_group_deleted(const char *name, const void *user_data) {
  (void)user_data;
  event(E_GROUP_DELETED, 0, name, NULL);
}

static void on_group_renamed(const char *old_name, const char *new_name, const void *user_data) {
  (void)user_data;
  event(E_GROUP_RENAMED, 0, old_name, new_name);
}

static void on_group_added(const char *name, const char *convs, const void *user_data) {
  (void)user_data;
  event(E_GROUP_ADDED, 0, name, convs);
}

static void on_group_removed(const char *name, const char *convs, uint32_t reason,
                             const void *user_data) {
  (void)user_data;
  event(E_GROUP_REMOVED, (int32_t)reason, name, convs);
}

static void on_new_messages(const char *json, const void *user_data) {
  (void)user_data;
  event(E_NEW_MESSAGES, 0, json, NULL);
}

static void on_revoked(const char *json, const void *user_data) {
  (void)user_data;
  event(E_REVOKED, 0, json, NULL);
}

static void on_read_receipts(const char *json, const void *user_data) {
  (void)user_data;
  event(E_READ_RECEIPTS, 0, json, NULL);
}

static void on_messages_updated(const char *json, const void *user_data) {
  (void)user_data;
  event(E_MESSAGES_UPDATED, 0, json, NULL);
}

/* ---- library load ------------------------------------------------------------------------- */

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM *vm, void *reserved) {
  (void)reserved;
  JNIEnv *env = NULL;
  if ((*vm)->GetEnv(vm, (void **)&env, JNI_VERSION_1_8) != JNI_OK) return JNI_ERR;
  /* Classes are looked up here, on a thread whose class loader sees them (on a callback
   * thread FindClass would only see the system class loader). */
  jclass native_class = (*env)->FindClass(env, "com/tencent/imsdk/v2/TIMNative");
  jclass result_class = (*env)->FindClass(env, "com/tencent/imsdk/v2/TIMNative$Result");
  if (native_class == NULL || result_class == NULL) return JNI_ERR;
  g_native_class = (*env)->NewGlobalRef(env, native_class);
  g_on_event = (*env)->GetStaticMethodID(env, native_class, "onEvent", "(II[B[B)V");
  g_result_done = (*env)->GetMethodID(env, result_class, "done", "(I[B[B)V");
  if (g_native_class == NULL || g_on_event == NULL || g_result_done == NULL) return JNI_ERR;
  if (pthread_key_create(&g_attached, detach_thread) != 0) return JNI_ERR;
  g_vm = vm;

  TIMSetConvEventCallback(on_conv_event, NULL);
  TIMSetConvTotalUnreadMessageCountChangedCallback(on_total_unread, NULL);
  TIMSetConvUnreadMessageCountChangedByFilterCallback(on_unread_by_filter, NULL);
  TIMSetConvConversationGroupCreatedCallback(on_group_created, NULL);
  TIMSetConvConversationGroupDeletedCallback(on_group_deleted, NULL);
  TIMSetConvConversationGroupNameChangedCallback(on_group_renamed, NULL);
  TIMSetConvConversationsAddedToGroupCallback(on_group_added, NULL);
  TIMSetConvConversationsDeletedFromGroupCallback(on_group_removed, NULL);
  TIMAddRecvNewMsgCallback(on_new_messages, NULL);
  TIMSetMsgRevokeCallback(on_revoked, NULL);
  TIMSetMsgReadedReceiptCallback(on_read_receipts, NULL);
  TIMSetMsgUpdateCallback(on_messages_updated, NULL);
  return JNI_VERSION_1_8;
}

/* ---- native methods ----------------------------------------------------------------------- */

#define JNI_FN(name) JNICALL Java_com_tencent_imsdk_v2_TIMNative_##name

/* The user_data of an asynchronous call: a global reference, released by on_done, or here
 * when the library refuses the call (then no completion comes). */
static const void *hold(JNIEnv *env, jobject result) { return (*env)->NewGlobalRef(env, result); }

static jint submitted(JNIEnv *env, const void *held, int code) {
  if (code != TIM_SUCC) (*env)->DeleteGlobalRef(env, (jobject)held);
  return code;
}

/* Strings of one native call, freed together. */
typedef struct Strings {
  char *s[3];
} Strings;

static void strings_free(Strings *st) {
  for (int i = 0; i < 3; i++) free(st->s[i]);
}

/* The i-th string argument of a native method, kept in `st` until the method returns. */
#define STR(i, bytes) (st.s[i] = from_bytes(env, bytes))

JNIEXPORT jint JNI_FN(init)(JNIEnv *env, jclass cls, jlong app_id, jbyteArray config) {
  (void)cls;
  Strings st = {{0}};
  jint code = TIMInit((uint64_t)app_id, STR(0, config));
  strings_free(&st);
  return code;
}

JNIEXPORT jint JNI_FN(uninit)(JNIEnv *env, jclass cls) {
  (void)env;
  (void)cls;
  return TIMUninit();
}

JNIEXPORT jbyteArray JNI_FN(version)(JNIEnv *env, jclass cls) {
  (void)cls;
  return to_bytes(env, TIMGetSDKVersion());
}

JNIEXPORT jlong JNI_FN(serverTime)(JNIEnv *env, jclass cls) {
  (void)env;
  (void)cls;
  return (jlong)TIMGetServerTime();
}

JNIEXPORT jbyteArray JNI_FN(loginUserId)(JNIEnv *env, jclass cls) {
  (void)cls;
  char buffer[128];
  return TIMGetLoginUserID(buffer) == TIM_SUCC ? to_bytes(env, buffer) : NULL;
}

JNIEXPORT jint JNI_FN(loginStatus)(JNIEnv *env, jclass cls) {
  (void)env;
  (void)cls;
  return (jint)TIMGetLoginStatus();
}

/* Native methods of the shape (args..., Result r): `call` uses `held` as user_data. */
#define ASYNC_BODY(call)                                   \
  const void *held = hold(env, r);                         \
  jint code = submitted(env, held, (call));                \
  strings_free(&st);                                       \
  return code

JNIEXPORT jint JNI_FN(login)(JNIEnv *env, jclass cls, jbyteArray user, jbyteArray sig, jobject r) {
  (void)cls;
  Strings st = {{0}};
  ASYNC_BODY(TIMLogin(STR(0, user), STR(1, sig), on_done, held));
}

JNIEXPORT jint JNI_FN(logout)(JNIEnv *env, jclass cls, jobject r) {
  (void)cls;
  Strings st = {{0}};
  ASYNC_BODY(TIMLogout(on_done, held));
}

JNIEXPORT jint JNI_FN(convGetConvList)(JNIEnv *env, jclass cls, jobject r) {
  (void)cls;
  Strings st = {{0}};
  ASYNC_BODY(TIMConvGetConvList(on_done, held));
}

JNIEXPORT jint JNI_FN(convGetConvInfo)(JNIEnv *env, jclass cls, jbyteArray params, jobject r) {
  (void)cls;
  Strings st = {{0}};
  ASYNC_BODY(TIMConvGetConvInfo(STR(0, params), on_done, held));
}

JNIEXPORT jint JNI_FN(convDelete)(JNIEnv *env, jclass cls, jbyteArray conv, jint type, jobject r) {
  (void)cls;
  Strings st = {{0}};
  ASYNC_BODY(TIMConvDelete(STR(0, conv), (enum TIMConvType)type, on_done, held));
}

JNIEXPORT jint JNI_FN(convSetDraft)(JNIEnv *env, jclass cls, jbyteArray conv, jint type,
                                    jbyteArray draft) {
  (void)cls;
  Strings st = {{0}};
  jint code = TIMConvSetDraft(STR(0, conv), (enum TIMConvType)type, STR(1, draft));
  strings_free(&st);
  return code;
}

JNIEXPORT jint JNI_FN(convCancelDraft)(JNIEnv *env, jclass cls, jbyteArray conv, jint type) {
  (void)cls;
  Strings st = {{0}};
  jint code = TIMConvCancelDraft(STR(0, conv), (enum TIMConvType)type);
  strings_free(&st);
  return code;
}

JNIEXPORT jint JNI_FN(convPin)(JNIEnv *env, jclass cls, jbyteArray conv, jint type,
                               jboolean pinned, jobject r) {
  (void)cls;
  Strings st = {{0}};
  ASYNC_BODY(TIMConvPinConversation(STR(0, conv), (enum TIMConvType)type, pinned == JNI_TRUE,
                                    on_done, held));
}

JNIEXPORT jint JNI_FN(convGetTotalUnread)(JNIEnv *env, jclass cls, jobject r) {
  (void)cls;
  Strings st = {{0}};
  ASYNC_BODY(TIMConvGetTotalUnreadMessageCount(on_done, held));
}

JNIEXPORT jint JNI_FN(convGetListByFilter)(JNIEnv *env, jclass cls, jbyteArray filter,
                                           jlong next_seq, jint count, jobject r) {
  (void)cls;
  Strings st = {{0}};
  ASYNC_BODY(TIMConvGetConversationListByFilter(STR(0, filter), (uint64_t)next_seq,
                                                (uint32_t)count, on_done, held));
}

JNIEXPORT jint JNI_FN(convDeleteList)(JNIEnv *env, jclass cls, jbyteArray ids, jboolean clear,
                                      jobject r) {
  (void)cls;
  Strings st = {{0}};
  ASYNC_BODY(TIMConvDeleteConversationList(STR(0, ids), clear == JNI_TRUE, on_done, held));
}

JNIEXPORT jint JNI_FN(convSetCustomData)(JNIEnv *env, jclass cls, jbyteArray ids,
                                         jbyteArray data, jobject r) {
  (void)cls;
  Strings st = {{0}};
  ASYNC_BODY(TIMConvSetConversationCustomData(STR(0, ids), STR(1, data), on_done, held));
}

JNIEXPORT jint JNI_FN(convMark)(JNIEnv *env, jclass cls, jbyteArray ids, jlong mark,
                                jboolean enable, jobject r) {
  (void)cls;
  Strings st = {{0}};
  ASYNC_BODY(TIMConvMarkConversation(STR(0, ids), (uint64_t)mark, enable == JNI_TRUE, on_done,
                                     held));
}

JNIEXPORT jint JNI_FN(convGetUnreadByFilter)(JNIEnv *env, jclass cls, jbyteArray filter,
                                             jobject r) {
  (void)cls;
  Strings st = {{0}};
  ASYNC_BODY(TIMConvGetUnreadMessageCountByFilter(STR(0, filter), on_done, held));
}

JNIEXPORT jint JNI_FN(convSubscribeUnreadByFilter)(JNIEnv *env, jclass cls, jbyteArray filter) {
  (void)cls;
  Strings st = {{0}};
  jint code = TIMConvSubscribeUnreadMessageCountByFilter(STR(0, filter));
  strings_free(&st);
  return code;
}

JNIEXPORT jint JNI_FN(convUnsubscribeUnreadByFilter)(JNIEnv *env, jclass cls, jbyteArray filter) {
  (void)cls;
  Strings st = {{0}};
  jint code = TIMConvUnsubscribeUnreadMessageCountByFilter(STR(0, filter));
  strings_free(&st);
  return code;
}

JNIEXPORT jint JNI_FN(convCleanUnread)(JNIEnv *env, jclass cls, jbyteArray conv, jlong timestamp,
                                       jlong sequence, jobject r) {
  (void)cls;
  Strings st = {{0}};
  ASYNC_BODY(TIMConvCleanConversationUnreadMessageCount(STR(0, conv), (uint64_t)timestamp,
                                                        (uint64_t)sequence, on_done, held));
}

JNIEXPORT jint JNI_FN(convGroupCreate)(JNIEnv *env, jclass cls, jbyteArray name, jbyteArray ids,
                                       jobject r) {
  (void)cls;
  Strings st = {{0}};
  ASYNC_BODY(TIMConvCreateConversationGroup(STR(0, name), STR(1, ids), on_done, held));
}

JNIEXPORT jint JNI_FN(convGroupList)(JNIEnv *env, jclass cls, jobject r) {
  (void)cls;
  Strings st = {{0}};
  ASYNC_BODY(TIMConvGetConversationGroupList(on_done, held));
}

JNIEXPORT jint JNI_FN(convGroupDelete)(JNIEnv *env, jclass cls, jbyteArray name, jobject r) {
  (void)cls;
  Strings st = {{0}};
  ASYNC_BODY(TIMConvDeleteConversationGroup(STR(0, name), on_done, held));
}

JNIEXPORT jint JNI_FN(convGroupRename)(JNIEnv *env, jclass cls, jbyteArray old_name,
                                       jbyteArray new_name, jobject r) {
  (void)cls;
  Strings st = {{0}};
  ASYNC_BODY(TIMConvRenameConversationGroup(STR(0, old_name), STR(1, new_name), on_done, held));
}

JNIEXPORT jint JNI_FN(convGroupAdd)(JNIEnv *env, jclass cls, jbyteArray name, jbyteArray ids,
                                    jobject r) {
  (void)cls;
  Strings st = {{0}};
  ASYNC_BODY(TIMConvAddConversationsToGroup(STR(0, name), STR(1, ids), on_done, held));
}

JNIEXPORT jint JNI_FN(convGroupRemove)(JNIEnv *env, jclass cls, jbyteArray name, jbyteArray ids,
                                       jobject r) {
  (void)cls;
  Strings st = {{0}};
  ASYNC_BODY(TIMConvDeleteConversationsFromGroup(STR(0, name), STR(1, ids), on_done, held));
}

/* `id_out` (128 bytes) receives the message ID, NUL-terminated, when the call is accepted. */
JNIEXPORT jint JNI_FN(msgSend)(JNIEnv *env, jclass cls, jbyteArray conv, jint type,
                               jbyteArray message, jbyteArray id_out, jobject r) {
  (void)cls;
  Strings st = {{0}};
  char message_id[128] = {0};
  const void *held = hold(env, r);
  jint code = submitted(env, held, TIMMsgSendMessage(STR(0, conv), (enum TIMConvType)type,
                                                     STR(1, message), message_id, on_done, held));
  if (code == TIM_SUCC && id_out != NULL && (*env)->GetArrayLength(env, id_out) >= 128) {
    (*env)->SetByteArrayRegion(env, id_out, 0, 128, (const jbyte *)message_id);
  }
  strings_free(&st);
  return code;
}

JNIEXPORT jint JNI_FN(msgGetMsgList)(JNIEnv *env, jclass cls, jbyteArray conv, jint type,
                                     jbyteArray params, jobject r) {
  (void)cls;
  Strings st = {{0}};
  ASYNC_BODY(TIMMsgGetMsgList(STR(0, conv), (enum TIMConvType)type, STR(1, params), on_done,
                              held));
}

JNIEXPORT jint JNI_FN(msgClearHistory)(JNIEnv *env, jclass cls, jbyteArray conv, jint type,
                                       jobject r) {
  (void)cls;
  Strings st = {{0}};
  ASYNC_BODY(TIMMsgClearHistoryMessage(STR(0, conv), (enum TIMConvType)type, on_done, held));
}

JNIEXPORT jint JNI_FN(msgSetC2CRecvOpt)(JNIEnv *env, jclass cls, jbyteArray users, jint opt,
                                        jobject r) {
  (void)cls;
  Strings st = {{0}};
  ASYNC_BODY(TIMMsgSetC2CReceiveMessageOpt(STR(0, users), (enum TIMReceiveMessageOpt)opt,
                                           on_done, held));
}

JNIEXPORT jint JNI_FN(msgSetGroupRecvOpt)(JNIEnv *env, jclass cls, jbyteArray group, jint opt,
                                          jobject r) {
  (void)cls;
  Strings st = {{0}};
  ASYNC_BODY(TIMMsgSetGroupReceiveMessageOpt(STR(0, group), (enum TIMReceiveMessageOpt)opt,
                                             on_done, held));
}

/* The server feed's one-JSON-argument functions. */
#define FEED_JSON(java_name, c_name)                                                      \
  JNIEXPORT jint JNI_FN(java_name)(JNIEnv * env, jclass cls, jbyteArray json, jobject r) { \
    (void)cls;                                                                            \
    Strings st = {{0}};                                                                   \
    ASYNC_BODY(c_name(STR(0, json), on_done, held));                                      \
  }

FEED_JSON(extReceiveMessages, TIMExtReceiveMessages)
FEED_JSON(extUpdateUserProfiles, TIMExtUpdateUserProfiles)
FEED_JSON(extUpdateGroupInfos, TIMExtUpdateGroupInfos)
FEED_JSON(extReceiveReadReceipts, TIMExtReceiveReadReceipts)
FEED_JSON(extRevokeMessages, TIMExtRevokeMessages)
FEED_JSON(extUpdateMessages, TIMExtUpdateMessages)

JNIEXPORT jint JNI_FN(extSyncReadState)(JNIEnv *env, jclass cls, jbyteArray conv, jlong timestamp,
                                        jlong sequence, jobject r) {
  (void)cls;
  Strings st = {{0}};
  ASYNC_BODY(TIMExtSyncReadState(STR(0, conv), (uint64_t)timestamp, (uint64_t)sequence, on_done,
                                 held));
}
