package com.tencent.imsdk.v2;

import java.util.ArrayList;
import java.util.List;

/** Completions: the C API's (code, desc, json) as V2 callbacks. Internal. */
final class Results {
    static final int ERR_INVALID_CONVERSATION = 6004;
    static final int ERR_INVALID_PARAMETERS = 6017;
    static final int ERR_INVALID_JSON = 6027;

    /** Turns a result JSON into a callback's value; may throw on unexpected JSON. */
    interface Parser<T> {
        T parse(String json);
    }

    /** A native call returning a TIMResult. */
    interface Submit {
        int run();
    }

    private Results() {}

    /**
     * Runs an app callback; what it throws goes to the thread's uncaught-exception handler, so
     * the SDK's thread goes on delivering.
     */
    static void guard(Runnable callback) {
        try {
            callback.run();
        } catch (Throwable t) {
            Thread thread = Thread.currentThread();
            thread.getUncaughtExceptionHandler().uncaughtException(thread, t);
        }
    }

    static TIMNative.Result of(V2TIMCallback callback) {
        return new TIMNative.Result() {
            @Override
            void complete(int code, String desc, String json) {
                if (callback == null) return;
                guard(() -> {
                    if (code == 0) callback.onSuccess();
                    else callback.onError(code, desc);
                });
            }
        };
    }

    static <T> TIMNative.Result of(V2TIMValueCallback<T> callback, Parser<T> parser) {
        return new TIMNative.Result() {
            @Override
            void complete(int code, String desc, String json) {
                if (callback == null) return;
                if (code != 0) {
                    guard(() -> callback.onError(code, desc));
                    return;
                }
                T value;
                try {
                    value = parser.parse(json);
                } catch (RuntimeException e) {
                    guard(() -> callback.onError(ERR_INVALID_JSON, "unexpected result: " + e.getMessage()));
                    return;
                }
                guard(() -> callback.onSuccess(value));
            }
        };
    }

    /**
     * Submits a native call. When the library refuses it (no completion will come) or an
     * argument cannot be passed, the result is reported at once, on the calling thread.
     */
    static void submit(TIMNative.Result result, Submit call) {
        int code;
        try {
            code = call.run();
        } catch (IllegalArgumentException e) {
            result.complete(ERR_INVALID_PARAMETERS, e.getMessage(), "");
            return;
        }
        if (code != 0) result.complete(refused(code), "refused by the SDK (TIMResult " + code + ")", "");
    }

    /** Reports an argument error at once. */
    static void fail(TIMNative.Result result, String desc) {
        result.complete(ERR_INVALID_PARAMETERS, desc, "");
    }

    /** A TIMResult refusal as the SDK's error code. */
    static int refused(int timResult) {
        switch (timResult) {
            case -1: return 6013; // ERR_SDK_NOT_INITIALIZED
            case -2: return 6014; // ERR_SDK_NOT_LOGGED_IN
            case -3: return ERR_INVALID_JSON;
            default: return ERR_INVALID_PARAMETERS;
        }
    }

    static List<V2TIMConversation> conversations(String json) {
        return conversations(Json.array(Json.parse(json)));
    }

    static List<V2TIMConversation> conversations(List<Object> items) {
        List<V2TIMConversation> out = new ArrayList<>();
        for (Object o : items) out.add(new V2TIMConversation(Json.object(o)));
        return out;
    }

    static List<V2TIMMessage> messages(String json) {
        List<V2TIMMessage> out = new ArrayList<>();
        for (Object o : Json.array(Json.parse(json))) out.add(new V2TIMMessage(Json.object(o)));
        return out;
    }

    static List<V2TIMConversationOperationResult> operations(String json) {
        List<V2TIMConversationOperationResult> out = new ArrayList<>();
        for (Object o : Json.array(Json.parse(json))) {
            out.add(new V2TIMConversationOperationResult(Json.object(o)));
        }
        return out;
    }

    static long unreadCount(String json) {
        return Json.number(Json.object(Json.parse(json)),
                "conv_get_total_unread_message_count_result_unread_count");
    }
}
