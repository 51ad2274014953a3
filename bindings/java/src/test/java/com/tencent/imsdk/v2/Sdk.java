package com.tencent.imsdk.v2;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** Test fixture: the SDK initialised once per JVM, fresh users, and server-feed messages. */
final class Sdk {
    static final int SDK_APP_ID = 1400000001;
    private static final AtomicInteger USERS = new AtomicInteger();
    private static String dataPath;

    private Sdk() {}

    /** A fresh data directory, deleted when the JVM exits. */
    static String tempDir() {
        try {
            Path dir = Files.createTempDirectory("timconv-java-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            return dir.toString();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort at exit: a leftover temporary directory is harmless.
        }
    }

    /** Initialises the SDK if it is not (again after a test shut it down). */
    static synchronized void init() {
        if (dataPath == null) dataPath = tempDir();
        V2TIMSDKConfig config = new V2TIMSDKConfig();
        config.setInitPath(dataPath);
        assertTrue(V2TIMManager.getInstance().initSDK(null, SDK_APP_ID, config));
    }

    /** Logs in a user of its own; returns the user ID. */
    static String freshUser() {
        init();
        String userID = "user" + USERS.incrementAndGet();
        Await<Void> login = new Await<>();
        V2TIMManager.getInstance().login(userID, "sig", login);
        login.ok();
        sync(); // the login's sync events follow its callback: let them pass
        return userID;
    }

    /** Waits until everything queued so far was delivered (one round trip through the queue). */
    static void sync() {
        Await<List<String>> done = new Await<>();
        conversations().getConversationGroupList(done);
        done.value();
    }

    static V2TIMConversationManager conversations() {
        return V2TIMManager.getConversationManager();
    }

    static V2TIMMessageManager messages() {
        return V2TIMManager.getMessageManager();
    }

    /** A one-to-one text from `from` to the user, as the server feed takes it. */
    static String c2c(String from, String text) {
        return message(from, 1, from, text, "");
    }

    static String group(String groupID, String from, String text) {
        return message(groupID, 2, from, text, "");
    }

    /** A message with extra JSON members (`extra` starts with a comma, or is empty). */
    static String message(String conv, int type, String from, String text, String extra) {
        return "{\"message_conv_id\":" + Json.quote(conv) + ",\"message_conv_type\":" + type
                + ",\"message_sender\":" + Json.quote(from)
                + ",\"message_elem_array\":[{\"elem_type\":0,\"text_elem_content\":" + Json.quote(text) + "}]"
                + extra + "}";
    }

    /** Pushes the messages through the server feed and waits until they are stored. */
    static List<V2TIMMessage> receive(String... messages) {
        Await<List<V2TIMMessage>> done = new Await<>();
        TIMExtension.receiveMessages("[" + String.join(",", messages) + "]", done);
        return done.value();
    }

    static void feed(java.util.function.BiConsumer<String, V2TIMCallback> call, String json) {
        Await<Void> done = new Await<>();
        call.accept(json, done);
        done.ok();
    }

    static V2TIMConversation conversation(String conversationID) {
        Await<V2TIMConversation> got = new Await<>();
        conversations().getConversation(conversationID, got);
        return got.value();
    }

    /** Every conversation, walking the pages of `filter` with pages of `pageSize`. */
    static List<V2TIMConversation> all(V2TIMConversationListFilter filter, int pageSize) {
        List<V2TIMConversation> out = new ArrayList<>();
        long next = 0;
        for (;;) {
            Await<V2TIMConversationResult> page = new Await<>();
            conversations().getConversationListByFilter(filter, next, pageSize, page);
            V2TIMConversationResult result = page.value();
            out.addAll(result.getConversationList());
            if (result.isFinished()) return out;
            next = result.getNextSeq();
        }
    }

    static List<String> ids(List<V2TIMConversation> list) {
        List<String> out = new ArrayList<>();
        for (V2TIMConversation c : list) out.add(c.getConversationID());
        return out;
    }

    static List<String> allIds() {
        return ids(all(new V2TIMConversationListFilter(), 100));
    }

    static List<String> list(String... items) {
        return Arrays.asList(items);
    }
}
