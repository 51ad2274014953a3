package com.tencent.imsdk.v2;

import java.io.File;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** {@link V2TIMManager} over the C API. Internal. */
final class V2TIMManagerImpl extends V2TIMManager {
    static final V2TIMManagerImpl INSTANCE = new V2TIMManagerImpl();

    private final List<V2TIMSDKListener> sdkListeners = new CopyOnWriteArrayList<>();

    private V2TIMManagerImpl() {}

    @Override
    public boolean initSDK(Object context, int sdkAppID, V2TIMSDKConfig config) {
        if (sdkAppID <= 0) return false;
        String path = config == null ? null : config.getInitPath();
        if (path == null) path = filesDir(context);
        String json = path == null ? null : "{\"sdk_config_config_file_path\":" + Json.quote(path) + "}";
        try {
            return TIMNative.init(sdkAppID, TIMNative.utf8(json)) == 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public boolean initSDK(Object context, int sdkAppID, V2TIMSDKConfig config, V2TIMSDKListener listener) {
        if (listener != null) addIMSDKListener(listener);
        return initSDK(context, sdkAppID, config);
    }

    // An Android Context's files directory, found by reflection (no Android classes needed).
    private static String filesDir(Object context) {
        if (context == null) return null;
        try {
            Object dir = context.getClass().getMethod("getFilesDir").invoke(context);
            return dir instanceof File ? new File((File) dir, "timconv").getPath() : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    @Override
    public void addIMSDKListener(V2TIMSDKListener listener) {
        if (listener != null && !sdkListeners.contains(listener)) sdkListeners.add(listener);
    }

    @Override
    public void removeIMSDKListener(V2TIMSDKListener listener) {
        sdkListeners.remove(listener);
    }

    @Override
    public void unInitSDK() {
        TIMNative.uninit();
    }

    @Override
    public String getVersion() {
        return TIMNative.text(TIMNative.version());
    }

    @Override
    public long getServerTime() {
        return TIMNative.serverTime();
    }

    @Override
    public void login(String userID, String userSig, V2TIMCallback callback) {
        TIMNative.Result r = Results.of(callback);
        Results.submit(r, () -> TIMNative.login(TIMNative.utf8(userID), TIMNative.utf8(userSig == null ? "" : userSig), r));
    }

    @Override
    public void logout(V2TIMCallback callback) {
        TIMNative.Result r = Results.of(callback);
        Results.submit(r, () -> TIMNative.logout(r));
    }

    @Override
    public String getLoginUser() {
        byte[] id = TIMNative.loginUserId();
        return id == null ? null : TIMNative.text(id);
    }

    @Override
    public int getLoginStatus() {
        int status = TIMNative.loginStatus();
        return status == V2TIM_STATUS_LOGINED || status == V2TIM_STATUS_LOGINING ? status : V2TIM_STATUS_LOGOUT;
    }

    @Override
    public String sendC2CTextMessage(String text, String userID, V2TIMValueCallback<V2TIMMessage> callback) {
        V2TIMMessageManager messages = getMessageManager();
        return messages.sendMessage(messages.createTextMessage(text), userID, null,
                V2TIMMessage.V2TIM_PRIORITY_DEFAULT, false, null, SendAdapter.of(callback));
    }

    @Override
    public String sendGroupTextMessage(String text, String groupID, int priority,
            V2TIMValueCallback<V2TIMMessage> callback) {
        V2TIMMessageManager messages = getMessageManager();
        return messages.sendMessage(messages.createTextMessage(text), null, groupID, priority, false, null,
                SendAdapter.of(callback));
    }

    /** A value callback used where a send callback is expected. */
    private static final class SendAdapter implements V2TIMSendCallback<V2TIMMessage> {
        private final V2TIMValueCallback<V2TIMMessage> callback;

        private SendAdapter(V2TIMValueCallback<V2TIMMessage> callback) {
            this.callback = callback;
        }

        static SendAdapter of(V2TIMValueCallback<V2TIMMessage> callback) {
            return callback == null ? null : new SendAdapter(callback);
        }

        @Override
        public void onProgress(int progress) {}

        @Override
        public void onSuccess(V2TIMMessage message) {
            callback.onSuccess(message);
        }

        @Override
        public void onError(int code, String desc) {
            callback.onError(code, desc);
        }
    }
}
