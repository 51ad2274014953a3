package com.tencent.imsdk.v2;

/**
 * The SDK's entry point: init, login and the managers.
 *
 * <p>Threads: every callback and listener runs on the SDK's callback thread, one at a time and
 * in the order the calls were made (the library's worker thread, attached to the JVM as a
 * daemon thread the first time it calls back). Calls may be made from any thread, also from
 * inside a callback. A call refused at once (a bad argument, not initialised, not logged in)
 * reports its error on the calling thread before returning. Android apps post to their main
 * thread as they already do, e.g. {@code new Handler(Looper.getMainLooper()).post(...)}.
 */
public abstract class V2TIMManager {
    public static final int V2TIM_STATUS_LOGINED = 1;
    public static final int V2TIM_STATUS_LOGINING = 2;
    public static final int V2TIM_STATUS_LOGOUT = 3;

    public static final String GROUP_TYPE_WORK = "Work";
    public static final String GROUP_TYPE_PUBLIC = "Public";
    public static final String GROUP_TYPE_MEETING = "Meeting";
    public static final String GROUP_TYPE_AVCHATROOM = "AVChatRoom";
    public static final String GROUP_TYPE_COMMUNITY = "Community";

    public static V2TIMManager getInstance() {
        return V2TIMManagerImpl.INSTANCE;
    }

    public static V2TIMConversationManager getConversationManager() {
        return V2TIMConversationManagerImpl.INSTANCE;
    }

    public static V2TIMMessageManager getMessageManager() {
        return V2TIMMessageManagerImpl.INSTANCE;
    }

    /**
     * Initialises the SDK. {@code context} may be an Android Context (its files directory holds
     * the data unless {@link V2TIMSDKConfig#setInitPath} is set) or null.
     */
    public abstract boolean initSDK(Object context, int sdkAppID, V2TIMSDKConfig config);

    /** The older form: also adds {@code listener}. */
    public abstract boolean initSDK(Object context, int sdkAppID, V2TIMSDKConfig config, V2TIMSDKListener listener);

    /** Kept; never called (there is no server connection). */
    public abstract void addIMSDKListener(V2TIMSDKListener listener);

    public abstract void removeIMSDKListener(V2TIMSDKListener listener);

    /** Shuts the SDK down; calls already made still complete first. */
    public abstract void unInitSDK();

    public abstract String getVersion();

    /** Seconds (this device's clock; there is no server). */
    public abstract long getServerTime();

    /** Logs in; {@code userSig} is accepted and not checked (there is no server). */
    public abstract void login(String userID, String userSig, V2TIMCallback callback);

    public abstract void logout(V2TIMCallback callback);

    /** The logged-in user ID, or null. */
    public abstract String getLoginUser();

    /** {@link #V2TIM_STATUS_LOGINED}, {@link #V2TIM_STATUS_LOGINING} or {@link #V2TIM_STATUS_LOGOUT}. */
    public abstract int getLoginStatus();

    /** Sends a text to a user; returns the message ID (null if refused). */
    public abstract String sendC2CTextMessage(String text, String userID, V2TIMValueCallback<V2TIMMessage> callback);

    /** Sends a text to a group; returns the message ID (null if refused). */
    public abstract String sendGroupTextMessage(String text, String groupID, int priority,
            V2TIMValueCallback<V2TIMMessage> callback);
}
