package com.tencent.imsdk.v2;

import static com.tencent.imsdk.v2.Sdk.c2c;
import static com.tencent.imsdk.v2.Sdk.conversations;
import static com.tencent.imsdk.v2.Sdk.freshUser;
import static com.tencent.imsdk.v2.Sdk.receive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Init, login, shutdown, restarts, and calls from many threads and from callbacks. */
class LifecycleTest {
    @Test
    void versionTimeAndLoginState() {
        Sdk.init();
        assertFalse(V2TIMManager.getInstance().getVersion().isEmpty());
        long now = System.currentTimeMillis() / 1000;
        assertTrue(Math.abs(V2TIMManager.getInstance().getServerTime() - now) < 60);
        String me = freshUser();
        assertEquals(me, V2TIMManager.getInstance().getLoginUser());
        assertEquals(V2TIMManager.V2TIM_STATUS_LOGINED, V2TIMManager.getInstance().getLoginStatus());

        Await<Void> out = new Await<>();
        V2TIMManager.getInstance().logout(out);
        out.ok();
        assertNull(V2TIMManager.getInstance().getLoginUser());
        assertEquals(V2TIMManager.V2TIM_STATUS_LOGOUT, V2TIMManager.getInstance().getLoginStatus());

        // Asynchronous calls answer 6014 on the SDK's thread; the synchronous draft call is
        // refused at once, on the calling thread.
        Await<V2TIMConversationResult> list = new Await<>();
        conversations().getConversationList(0, 10, list);
        assertEquals(6014, list.error());
        assertNotEquals(Thread.currentThread(), list.thread());
        Await<Void> draft = new Await<>();
        conversations().setConversationDraft("c2c_x", "d", draft);
        assertTrue(draft.isDone());
        assertEquals(6014, draft.error());
        assertEquals(Thread.currentThread(), draft.thread());
    }

    @Test
    void afterUnInitCallsAnswer6013AndInitWorksAgain() {
        freshUser();
        receive(c2c("kept", "x"));
        V2TIMManager.getInstance().unInitSDK();
        Await<Long> total = new Await<>();
        conversations().getTotalUnreadMessageCount(total);
        assertEquals(6013, total.error());
        assertNotEquals(Thread.currentThread(), total.thread());
        Await<Void> login = new Await<>();
        V2TIMManager.getInstance().login("late", "", login);
        assertEquals(6013, login.error());

        Sdk.init();
        assertFalse(V2TIMManager.getInstance().initSDK(null, 0, null), "a zero SDKAppID is refused");
        freshUser();
        Await<Long> again = new Await<>();
        conversations().getTotalUnreadMessageCount(again);
        assertEquals(0L, again.value());
    }

    @Test
    void manyThreadsManyCallsEachAnsweredOnce() throws Exception {
        freshUser();
        List<String> msgs = new ArrayList<>();
        for (int i = 0; i < 100; i++) msgs.add(c2c("peer" + i, "text " + i));
        receive(msgs.toArray(new String[0]));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                jobs.add(pool.submit(() -> {
                    List<Await<V2TIMConversation>> asks = new ArrayList<>();
                    for (int round = 0; round < 3; round++) {
                        for (int i = 0; i < 100; i++) {
                            Await<V2TIMConversation> got = new Await<>();
                            conversations().getConversation("c2c_peer" + i, got);
                            asks.add(got);
                        }
                    }
                    for (int k = 0; k < asks.size(); k++) {
                        V2TIMConversation c = asks.get(k).value();
                        assertEquals("c2c_peer" + (k % 100), c.getConversationID());
                        assertEquals("text " + (k % 100), c.getLastMessage().getTextElem().getText());
                    }
                    return null;
                }));
            }
            for (Future<?> job : jobs) job.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void callbacksMayCallTheSdk() {
        freshUser();
        receive(c2c("nest", "x"));
        Await<V2TIMConversation> inner = new Await<>();
        conversations().getTotalUnreadMessageCount(new V2TIMValueCallback<Long>() {
            @Override public void onSuccess(Long total) {
                conversations().getConversation("c2c_nest", inner);
            }

            @Override public void onError(int code, String desc) {}
        });
        assertEquals(1, inner.value().getUnreadCount());
    }

    @Test
    void aRestartedJvmSeesTheSameListAndExitsWithoutUnInit() throws Exception {
        String dir = Sdk.tempDir();
        String wrote = child("write", dir);
        String read = child("read", dir);
        assertEquals(wrote, read);
        assertEquals("c2c_a 1 true null first\ngroup_g 1 false draft second\n", read);
    }

    private static String child(String mode, String dir) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        ProcessBuilder pb = new ProcessBuilder(java,
                "-Djava.library.path=" + System.getProperty("java.library.path"),
                "-cp", System.getProperty("timconv.test.classpath"),
                "com.tencent.imsdk.v2.PersistChild", mode, dir);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
        }
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the child JVM exits without unInitSDK");
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), text);
        return text;
    }
}
