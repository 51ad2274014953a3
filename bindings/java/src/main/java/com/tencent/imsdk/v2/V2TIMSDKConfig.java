package com.tencent.imsdk.v2;

/** Settings of {@link V2TIMManager#initSDK}. */
public class V2TIMSDKConfig {
    public static final int V2TIM_LOG_NONE = 0;
    public static final int V2TIM_LOG_DEBUG = 3;
    public static final int V2TIM_LOG_INFO = 4;
    public static final int V2TIM_LOG_WARN = 5;
    public static final int V2TIM_LOG_ERROR = 6;

    private int logLevel = V2TIM_LOG_INFO;
    private V2TIMLogListener logListener;
    private String initPath;

    /** Kept; this SDK writes no log. */
    public void setLogLevel(int logLevel) {
        this.logLevel = logLevel;
    }

    public int getLogLevel() {
        return logLevel;
    }

    /** Kept; never called (no log). */
    public void setLogListener(V2TIMLogListener logListener) {
        this.logListener = logListener;
    }

    public V2TIMLogListener getLogListener() {
        return logListener;
    }

    /**
     * The directory of the local databases (an addition of this SDK, like the C++ API's
     * {@code initPath}). Unset: the context's files directory when a context is given, else the
     * library's default.
     */
    public void setInitPath(String initPath) {
        this.initPath = initPath;
    }

    public String getInitPath() {
        return initPath;
    }
}
