package com.tencent.imsdk.v2;

import java.nio.charset.StandardCharsets;

/**
 * The C functions of libImSDK.so, through the JNI shim {@code libtimconv_jni.so}. Internal.
 *
 * <p>Strings cross as UTF-8 byte arrays. Asynchronous functions take a {@link Result} and return
 * the C function's TIMResult: 0 means the result will arrive once, later, on the library's
 * thread; any other value means it never will. Listener calls arrive in {@link #onEvent}.
 */
final class TIMNative {
    /** A completion, called by the shim on the library's thread. */
    abstract static class Result {
        /** Called by the shim. */
        final void done(int code, byte[] desc, byte[] json) {
            complete(code, text(desc), text(json));
        }

        abstract void complete(int code, String desc, String json);
    }

    static final int EVENT_CONV = 1;
    static final int EVENT_TOTAL_UNREAD = 2;
    static final int EVENT_UNREAD_BY_FILTER = 3;
    static final int EVENT_GROUP_CREATED = 4;
    static final int EVENT_GROUP_DELETED = 5;
    static final int EVENT_GROUP_RENAMED = 6;
    static final int EVENT_GROUP_ADDED = 7;
    static final int EVENT_GROUP_REMOVED = 8;
    static final int EVENT_NEW_MESSAGES = 9;
    static final int EVENT_REVOKED = 10;
    static final int EVENT_READ_RECEIPTS = 11;
    static final int EVENT_MESSAGES_UPDATED = 12;

    static {
        String path = System.getProperty("timconv.jni.library");
        if (path != null) {
            System.load(path);
        } else {
            System.loadLibrary("timconv_jni");
        }
    }

    private TIMNative() {}

    /** Called by the shim for every listener call, on the library's thread. */
    static void onEvent(int kind, int code, byte[] a, byte[] b) {
        Listeners.dispatch(kind, code, text(a), text(b));
    }

    static String text(byte[] utf8) {
        return utf8 == null ? "" : new String(utf8, StandardCharsets.UTF_8);
    }

    /** UTF-8 of a string for C (null stays null); a NUL character is refused. */
    static byte[] utf8(String s) {
        if (s == null) return null;
        if (s.indexOf('\0') >= 0) throw new IllegalArgumentException("strings must not contain NUL");
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static native int init(long sdkAppId, byte[] config);
    static native int uninit();
    static native byte[] version();
    static native long serverTime();
    static native byte[] loginUserId();
    static native int loginStatus();
    static native int login(byte[] userId, byte[] userSig, Result r);
    static native int logout(Result r);

    static native int convGetConvList(Result r);
    static native int convGetConvInfo(byte[] params, Result r);
    static native int convDelete(byte[] conv, int type, Result r);
    static native int convSetDraft(byte[] conv, int type, byte[] draft);
    static native int convCancelDraft(byte[] conv, int type);
    static native int convPin(byte[] conv, int type, boolean pinned, Result r);
    static native int convGetTotalUnread(Result r);
    static native int convGetListByFilter(byte[] filter, long nextSeq, int count, Result r);
    static native int convDeleteList(byte[] ids, boolean clearMessage, Result r);
    static native int convSetCustomData(byte[] ids, byte[] data, Result r);
    static native int convMark(byte[] ids, long markType, boolean enable, Result r);
    static native int convGetUnreadByFilter(byte[] filter, Result r);
    static native int convSubscribeUnreadByFilter(byte[] filter);
    static native int convUnsubscribeUnreadByFilter(byte[] filter);
    static native int convCleanUnread(byte[] conv, long timestamp, long sequence, Result r);
    static native int convGroupCreate(byte[] name, byte[] ids, Result r);
    static native int convGroupList(Result r);
    static native int convGroupDelete(byte[] name, Result r);
    static native int convGroupRename(byte[] oldName, byte[] newName, Result r);
    static native int convGroupAdd(byte[] name, byte[] ids, Result r);
    static native int convGroupRemove(byte[] name, byte[] ids, Result r);

    static native int msgSend(byte[] conv, int type, byte[] message, byte[] idOut, Result r);
    static native int msgGetMsgList(byte[] conv, int type, byte[] params, Result r);
    static native int msgClearHistory(byte[] conv, int type, Result r);
    static native int msgSetC2CRecvOpt(byte[] users, int opt, Result r);
    static native int msgSetGroupRecvOpt(byte[] group, int opt, Result r);

    static native int extReceiveMessages(byte[] json, Result r);
    static native int extUpdateUserProfiles(byte[] json, Result r);
    static native int extUpdateGroupInfos(byte[] json, Result r);
    static native int extReceiveReadReceipts(byte[] json, Result r);
    static native int extSyncReadState(byte[] conv, long timestamp, long sequence, Result r);
    static native int extRevokeMessages(byte[] json, Result r);
    static native int extUpdateMessages(byte[] json, Result r);
}
