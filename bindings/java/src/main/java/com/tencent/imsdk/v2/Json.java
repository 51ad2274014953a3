package com.tencent.imsdk.v2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Minimal JSON for the C API's results and parameters. Internal.
 *
 * <p>Parsing gives {@code Map<String, Object>} (insertion order), {@code List<Object>},
 * {@code String}, {@code Long} (integers; those above {@code Long.MAX_VALUE} and below 2^64 keep
 * their unsigned bit pattern, as Java code holds uint64 values), {@code Double}, {@code Boolean}
 * and {@code null}.
 */
final class Json {
    private final String text;
    private int at;

    private Json(String text) {
        this.text = text;
    }

    /** Parses one JSON value; "" is null. Throws IllegalArgumentException when malformed. */
    static Object parse(String text) {
        if (text == null || text.isEmpty()) return null;
        Json p = new Json(text);
        Object value = p.value();
        p.space();
        if (p.at != text.length()) throw p.error("trailing text");
        return value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Collections.emptyMap();
    }

    @SuppressWarnings("unchecked")
    static List<Object> array(Object value) {
        return value instanceof List ? (List<Object>) value : Collections.emptyList();
    }

    static String string(Map<String, Object> o, String key) {
        Object v = o.get(key);
        return v instanceof String ? (String) v : "";
    }

    static long number(Map<String, Object> o, String key) {
        Object v = o.get(key);
        return v instanceof Number ? ((Number) v).longValue() : 0;
    }

    static boolean bool(Map<String, Object> o, String key) {
        return Boolean.TRUE.equals(o.get(key));
    }

    /** A JSON string literal. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default:
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** A JSON array of string literals. */
    static String strings(List<String> items) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) out.append(',');
            out.append(quote(items.get(i)));
        }
        return out.append(']').toString();
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("invalid JSON at " + at + ": " + what);
    }

    private void space() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) at++;
    }

    private Object value() {
        space();
        if (at >= text.length()) throw error("unexpected end");
        char c = text.charAt(at);
        switch (c) {
            case '{': return objectValue();
            case '[': return arrayValue();
            case '"': return stringValue();
            case 't': return literal("true", Boolean.TRUE);
            case 'f': return literal("false", Boolean.FALSE);
            case 'n': return literal("null", null);
            default: return numberValue();
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, at)) throw error("unknown literal");
        at += word.length();
        return value;
    }

    private Map<String, Object> objectValue() {
        Map<String, Object> out = new LinkedHashMap<>();
        at++;
        space();
        if (at < text.length() && text.charAt(at) == '}') {
            at++;
            return out;
        }
        for (;;) {
            space();
            if (at >= text.length() || text.charAt(at) != '"') throw error("expected a key");
            String key = stringValue();
            space();
            expect(':');
            out.put(key, value());
            space();
            if (at < text.length() && text.charAt(at) == ',') {
                at++;
                continue;
            }
            expect('}');
            return out;
        }
    }

    private List<Object> arrayValue() {
        List<Object> out = new ArrayList<>();
        at++;
        space();
        if (at < text.length() && text.charAt(at) == ']') {
            at++;
            return out;
        }
        for (;;) {
            out.add(value());
            space();
            if (at < text.length() && text.charAt(at) == ',') {
                at++;
                continue;
            }
            expect(']');
            return out;
        }
    }

    private void expect(char c) {
        if (at >= text.length() || text.charAt(at) != c) throw error("expected '" + c + "'");
        at++;
    }

    private String stringValue() {
        at++;
        StringBuilder out = new StringBuilder();
        for (;;) {
            if (at >= text.length()) throw error("unterminated string");
            char c = text.charAt(at++);
            if (c == '"') return out.toString();
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (at >= text.length()) throw error("unterminated escape");
            char e = text.charAt(at++);
            switch (e) {
                case '"': out.append('"'); break;
                case '\\': out.append('\\'); break;
                case '/': out.append('/'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 'n': out.append('\n'); break;
                case 'r': out.append('\r'); break;
                case 't': out.append('\t'); break;
                case 'u':
                    if (at + 4 > text.length()) throw error("short \\u escape");
                    try {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw error("bad \\u escape");
                    }
                    at += 4;
                    break;
                default: throw error("bad escape");
            }
        }
    }

    private Object numberValue() {
        int start = at;
        if (at < text.length() && text.charAt(at) == '-') at++;
        boolean integer = true;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c >= '0' && c <= '9') {
                at++;
            } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
                integer = false;
                at++;
            } else {
                break;
            }
        }
        String digits = text.substring(start, at);
        if (digits.isEmpty() || digits.equals("-")) throw error("expected a value");
        try {
            if (!integer) return Double.parseDouble(digits);
            if (digits.startsWith("-")) return Long.parseLong(digits);
            return Long.parseUnsignedLong(digits);
        } catch (NumberFormatException ex) {
            throw error("bad number " + digits);
        }
    }
}
