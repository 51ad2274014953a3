package com.tencent.imsdk.v2;

import java.util.List;

/**
 * The server feed of this SDK (the C header {@code TIMExtension.h}): what a server would push,
 * for apps with their own backend and for tests. Each takes the C API's JSON (see the README's
 * "The server feed") and completes once the library applied it, producing the same listener
 * calls as the real push would.
 */
public final class TIMExtension {
    private TIMExtension() {}

    private interface Feed {
        int run(byte[] json, TIMNative.Result r);
    }

    private static void feed(Feed f, String json, V2TIMCallback callback) {
        TIMNative.Result r = Results.of(callback);
        Results.submit(r, () -> f.run(TIMNative.utf8(json), r));
    }

    /** A JSON array of Message; the callback gets the stored messages (repeats left out). */
    public static void receiveMessages(String jsonMessageArray, V2TIMValueCallback<List<V2TIMMessage>> callback) {
        TIMNative.Result r = Results.of(callback, Results::messages);
        Results.submit(r, () -> TIMNative.extReceiveMessages(TIMNative.utf8(jsonMessageArray), r));
    }

    /** A JSON array of UserProfile. */
    public static void updateUserProfiles(String jsonProfileArray, V2TIMCallback callback) {
        feed(TIMNative::extUpdateUserProfiles, jsonProfileArray, callback);
    }

    /** A JSON array of group base info. */
    public static void updateGroupInfos(String jsonGroupInfoArray, V2TIMCallback callback) {
        feed(TIMNative::extUpdateGroupInfos, jsonGroupInfoArray, callback);
    }

    /** A JSON array of MessageReceipt. */
    public static void receiveReadReceipts(String jsonReceiptArray, V2TIMCallback callback) {
        feed(TIMNative::extReceiveReadReceipts, jsonReceiptArray, callback);
    }

    /** Read state from the user's other devices ({@code c2c_…}, {@code group_…}, "c2c", "group", ""). */
    public static void syncReadState(String conversationID, long readTimestamp, long readSequence,
            V2TIMCallback callback) {
        TIMNative.Result r = Results.of(callback);
        Results.submit(r, () -> TIMNative.extSyncReadState(TIMNative.utf8(conversationID == null ? "" : conversationID),
                readTimestamp, readSequence, r));
    }

    /** A JSON array of Message naming stored messages revoked by others. */
    public static void revokeMessages(String jsonMessageArray, V2TIMCallback callback) {
        feed(TIMNative::extRevokeMessages, jsonMessageArray, callback);
    }

    /** A JSON array of Message with new content for stored messages. */
    public static void updateMessages(String jsonMessageArray, V2TIMCallback callback) {
        feed(TIMNative::extUpdateMessages, jsonMessageArray, callback);
    }
}
