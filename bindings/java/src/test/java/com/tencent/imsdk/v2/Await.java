package com.tencent.imsdk.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A callback of every kind that records its one completion, for tests to wait on. */
final class Await<T> implements V2TIMCallback, V2TIMSendCallback<T> {
    private final CountDownLatch done = new CountDownLatch(1);
    private final AtomicInteger calls = new AtomicInteger();
    private volatile int code;
    private volatile String desc;
    private volatile T value;
    private volatile Thread thread;

    @Override
    public void onSuccess() {
        finish(0, "", null);
    }

    @Override
    public void onSuccess(T t) {
        finish(0, "", t);
    }

    @Override
    public void onError(int code, String desc) {
        finish(code, desc, null);
    }

    @Override
    public void onProgress(int progress) {}

    private void finish(int c, String d, T v) {
        code = c;
        desc = d;
        value = v;
        thread = Thread.currentThread();
        calls.incrementAndGet();
        done.countDown();
    }

    /** True once completed (without waiting). */
    boolean isDone() {
        return done.getCount() == 0;
    }

    private void await() {
        try {
            if (!done.await(10, TimeUnit.SECONDS)) fail("no completion within 10 s");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** The value of a successful completion. */
    T value() {
        await();
        if (code != 0) fail("expected success, got " + code + ": " + desc);
        return value;
    }

    /** Waits for a successful completion without a value. */
    void ok() {
        value();
    }

    /** The code of a failed completion. */
    int error() {
        await();
        assertNotEquals(0, code, "expected an error");
        return code;
    }

    /** The thread the completion ran on. */
    Thread thread() {
        await();
        return thread;
    }

    /** Completed exactly once (checked after a grace period). */
    void assertOnce() throws InterruptedException {
        await();
        Thread.sleep(50);
        assertEquals(1, calls.get());
        assertTrue(isDone());
    }
}
