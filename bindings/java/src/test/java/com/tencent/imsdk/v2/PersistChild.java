package com.tencent.imsdk.v2;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A separate JVM for LifecycleTest: "write <dir>" stores conversations, "read <dir>" prints the
 * list. It never calls unInitSDK: the JVM must still exit when main returns.
 */
public final class PersistChild {
    private PersistChild() {}

    public static void main(String[] args) throws InterruptedException {
        V2TIMSDKConfig config = new V2TIMSDKConfig();
        config.setInitPath(args[1]);
        if (!V2TIMManager.getInstance().initSDK(null, Sdk.SDK_APP_ID, config)) throw new IllegalStateException("init");
        CountDownLatch done = new CountDownLatch(1);
        StringBuilder out = new StringBuilder();
        V2TIMManager.getInstance().login("keeper", "", new V2TIMCallback() {
            @Override public void onSuccess() {
                if (args[0].equals("write")) {
                    TIMExtension.receiveMessages("[" + Sdk.c2c("a", "first") + "," + Sdk.group("g", "b", "second") + "]", null);
                    V2TIMManager.getConversationManager().pinConversation("c2c_a", true, null);
                    V2TIMManager.getConversationManager().setConversationDraft("group_g", "draft", null);
                }
                V2TIMManager.getConversationManager().getConversationList(0, 100, new V2TIMValueCallback<V2TIMConversationResult>() {
                    @Override public void onSuccess(V2TIMConversationResult result) {
                        List<V2TIMConversation> list = result.getConversationList();
                        for (V2TIMConversation c : list) {
                            out.append(c.getConversationID()).append(' ').append(c.getUnreadCount()).append(' ')
                                    .append(c.isPinned()).append(' ').append(c.getDraftText()).append(' ')
                                    .append(c.getLastMessage().getTextElem().getText()).append('\n');
                        }
                        done.countDown();
                    }

                    @Override public void onError(int code, String desc) {
                        out.append("error ").append(code);
                        done.countDown();
                    }
                });
            }

            @Override public void onError(int code, String desc) {
                out.append("login error ").append(code);
                done.countDown();
            }
        });
        if (!done.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("timeout");
        System.out.print(out);
    }
}
