/*
 * A tiny read-only JSON scanner for the C tests: walks the text the library produced without
 * building a tree. A JSpan is the text of one JSON value. Escapes inside strings are skipped
 * correctly but not decoded; jscan_str_eq compares the raw text.
 *
 *   JSpan list = jscan_root(json);
 *   JSpan conv, unread;
 *   if (jscan_find_conv(list, "bob", &conv) && jscan_member(conv, "conv_unread_num", &unread))
 *       printf("%lld\n", jscan_int(unread));
 */
#ifndef TIMCONV_TEST_JSCAN_H
#define TIMCONV_TEST_JSCAN_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct JSpan {
    const char *p; /* NULL when absent */
    size_t n;
} JSpan;

static inline const char *jscan_skip_ws(const char *p) {
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') p++;
    return p;
}

/* The end of the value starting at p, or NULL if it is malformed. */
static inline const char *jscan_value_end(const char *p) {
    if (*p == '"') {
        for (p++; *p != '"'; p++) {
            if (*p == '\0') return NULL;
            if (*p == '\\' && *++p == '\0') return NULL;
        }
        return p + 1;
    }
    if (*p == '{' || *p == '[') {
        int depth = 0;
        while (*p != '\0') {
            if (*p == '"') {
                p = jscan_value_end(p);
                if (p == NULL) return NULL;
                continue;
            }
            if (*p == '{' || *p == '[') depth++;
            if (*p == '}' || *p == ']') depth--;
            p++;
            if (depth == 0) return p;
        }
        return NULL;
    }
    const char *start = p;
    while (*p != '\0' && strchr(",}] \t\r\n", *p) == NULL) p++;
    return p == start ? NULL : p;
}

/* The whole document (an empty span if it is not one valid value). */
static inline JSpan jscan_root(const char *json) {
    JSpan span = {NULL, 0};
    if (json == NULL) return span;
    const char *p = jscan_skip_ws(json);
    const char *end = jscan_value_end(p);
    if (end != NULL && *jscan_skip_ws(end) == '\0') {
        span.p = p;
        span.n = (size_t)(end - p);
    }
    return span;
}

/* Element i of an array. */
static inline bool jscan_index(JSpan array, int i, JSpan *out) {
    if (array.p == NULL || array.p[0] != '[') return false;
    const char *p = jscan_skip_ws(array.p + 1);
    for (int k = 0; *p != ']'; k++) {
        const char *end = jscan_value_end(p);
        if (end == NULL) return false;
        if (k == i) {
            out->p = p;
            out->n = (size_t)(end - p);
            return true;
        }
        p = jscan_skip_ws(end);
        if (*p == ',') p = jscan_skip_ws(p + 1);
    }
    return false;
}

/* Number of elements of an array, -1 if it is not an array. */
static inline int jscan_length(JSpan array) {
    if (array.p == NULL || array.p[0] != '[') return -1;
    int n = 0;
    JSpan item;
    while (jscan_index(array, n, &item)) n++;
    return n;
}

static inline bool jscan_str_eq(JSpan v, const char *s) {
    size_t len = strlen(s);
    return v.p != NULL && v.n == len + 2 && v.p[0] == '"' && memcmp(v.p + 1, s, len) == 0;
}

/* Member `key` of an object (top level of that object only). */
static inline bool jscan_member(JSpan object, const char *key, JSpan *out) {
    if (object.p == NULL || object.p[0] != '{') return false;
    const char *p = jscan_skip_ws(object.p + 1);
    while (*p == '"') {
        const char *key_end = jscan_value_end(p);
        if (key_end == NULL) return false;
        JSpan name = {p, (size_t)(key_end - p)};
        p = jscan_skip_ws(key_end);
        if (*p != ':') return false;
        p = jscan_skip_ws(p + 1);
        const char *end = jscan_value_end(p);
        if (end == NULL) return false;
        if (jscan_str_eq(name, key)) {
            out->p = p;
            out->n = (size_t)(end - p);
            return true;
        }
        p = jscan_skip_ws(end);
        if (*p == ',') p = jscan_skip_ws(p + 1);
    }
    return false;
}

static inline long long jscan_int(JSpan v) {
    return v.p ? strtoll(v.p, NULL, 10) : 0;
}

static inline unsigned long long jscan_uint(JSpan v) {
    return v.p ? strtoull(v.p, NULL, 10) : 0;
}

static inline bool jscan_is_true(JSpan v) {
    return v.p != NULL && v.n == 4 && memcmp(v.p, "true", 4) == 0;
}

/* Copies a string value's raw content (without quotes) into buf; false if not a string. */
static inline bool jscan_str_copy(JSpan v, char *buf, size_t size) {
    if (v.p == NULL || v.n < 2 || v.p[0] != '"' || size == 0) return false;
    size_t len = v.n - 2 < size - 1 ? v.n - 2 : size - 1;
    memcpy(buf, v.p + 1, len);
    buf[len] = '\0';
    return true;
}

/* Member lookups in one go: integer / bool / string-equality of object.key (false if absent). */
static inline long long jscan_get_int(JSpan object, const char *key) {
    JSpan v = {NULL, 0};
    return jscan_member(object, key, &v) ? jscan_int(v) : -1;
}

static inline bool jscan_get_true(JSpan object, const char *key) {
    JSpan v = {NULL, 0};
    return jscan_member(object, key, &v) && jscan_is_true(v);
}

static inline bool jscan_get_str_eq(JSpan object, const char *key, const char *s) {
    JSpan v = {NULL, 0};
    return jscan_member(object, key, &v) && jscan_str_eq(v, s);
}

/* The ConvInfo with this conv_id in an array of ConvInfo. */
static inline bool jscan_find_conv(JSpan array, const char *conv_id, JSpan *out) {
    JSpan conv;
    for (int i = 0; jscan_index(array, i, &conv); i++) {
        if (jscan_get_str_eq(conv, "conv_id", conv_id)) {
            *out = conv;
            return true;
        }
    }
    return false;
}

/* Position of conv_id in an array of ConvInfo, -1 if absent. */
static inline int jscan_conv_position(JSpan array, const char *conv_id) {
    JSpan conv;
    for (int i = 0; jscan_index(array, i, &conv); i++) {
        if (jscan_get_str_eq(conv, "conv_id", conv_id)) return i;
    }
    return -1;
}

/* The text of the first element of message.message_elem_array (raw, in buf). */
static inline bool jscan_message_text(JSpan message, char *buf, size_t size) {
    JSpan elems, elem, text;
    return jscan_member(message, "message_elem_array", &elems) && jscan_index(elems, 0, &elem) &&
           jscan_member(elem, "text_elem_content", &text) && jscan_str_copy(text, buf, size);
}

/*
 * Renders an array compactly into buf, elements joined by ',': strings without their quotes,
 * ConvInfo objects as their conv_id, TIMConversationOperationResult objects as "id:code",
 * anything else as its raw text. An empty array gives ""; "(not an array)" otherwise. Meant
 * for comparing whole lists in one CHECK_STR_EQ.
 */
static inline const char *jscan_list_text(JSpan array, char *buf, size_t size) {
    size_t used = 0;
    buf[0] = '\0';
    if (array.p == NULL || array.p[0] != '[') {
        snprintf(buf, size, "(not an array)");
        return buf;
    }
    JSpan item, field;
    for (int i = 0; jscan_index(array, i, &item); i++) {
        char piece[512];
        if (item.p[0] == '"') {
            jscan_str_copy(item, piece, sizeof piece);
        } else if (jscan_member(item, "conv_id", &field)) {
            jscan_str_copy(field, piece, sizeof piece);
        } else if (jscan_member(item, "conversation_operation_result_conversation_id", &field)) {
            char id[256] = "";
            jscan_str_copy(field, id, sizeof id);
            snprintf(piece, sizeof piece, "%s:%lld", id,
                     jscan_get_int(item, "conversation_operation_result_result_code"));
        } else {
            snprintf(piece, sizeof piece, "%.*s", (int)item.n, item.p);
        }
        int n = snprintf(buf + used, size - used, "%s%s", i ? "," : "", piece);
        if (n < 0 || (size_t)n >= size - used) break; /* truncated */
        used += (size_t)n;
    }
    return buf;
}

/* jscan_list_text of member `key` of an object ("(absent)" if it has none). */
static inline const char *jscan_member_list_text(JSpan object, const char *key, char *buf,
                                                 size_t size) {
    JSpan v = {NULL, 0};
    if (!jscan_member(object, key, &v)) {
        snprintf(buf, size, "(absent)");
        return buf;
    }
    return jscan_list_text(v, buf, size);
}

#endif /* TIMCONV_TEST_JSCAN_H */
