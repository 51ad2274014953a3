package com.tencent.imsdk.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The binding's JSON reader and writer. */
class JsonTest {
    @Test
    void parsesTheValueKinds() {
        Map<String, Object> o = Json.object(Json.parse(
                " {\"s\":\"a\\\"b\\\\c\\n\\u00e9\\ud83d\\ude00/\",\"n\":-12,\"d\":1.5e2,\"t\":true,\"f\":false,"
                + "\"z\":null,\"a\":[1,[2],{}],\"u\":18446744073709551615,\"h\":9223372036854775808} "));
        assertEquals("a\"b\\c\né😀/", o.get("s"));
        assertEquals(-12L, o.get("n"));
        assertEquals(150.0, o.get("d"));
        assertEquals(Boolean.TRUE, o.get("t"));
        assertEquals(Boolean.FALSE, o.get("f"));
        assertNull(o.get("z"));
        assertEquals(3, Json.array(o.get("a")).size());
        assertEquals(-1L, o.get("u"), "uint64 max keeps its bit pattern");
        assertEquals(Long.MIN_VALUE, o.get("h"));
        assertNull(Json.parse(""));
    }

    @Test
    void refusesMalformedText() {
        for (String bad : Arrays.asList("{", "[1,", "{\"a\" 1}", "\"open", "tru", "1 2", "{\"a\":}", "[\"\\x\"]",
                "18446744073709551616", "-")) {
            assertThrows(IllegalArgumentException.class, () -> Json.parse(bad), bad);
        }
    }

    @Test
    void quotesWhatItWrites() {
        String tricky = "q\"b\\s\n\r\t\u0001 é 😀";
        assertEquals(tricky, Json.parse(Json.quote(tricky)));
        List<String> items = Arrays.asList("a", "\"", "");
        assertEquals(items, Json.parse(Json.strings(items)));
    }

    @Test
    void filtersRoundTrip() {
        V2TIMConversationListFilter f = new V2TIMConversationListFilter();
        assertEquals("{}", f.toJson());
        f.setConversationType(V2TIMConversation.V2TIM_GROUP);
        f.setConversationGroup("");
        f.setMarkType(1L << 63);
        f.setHasUnreadCount(false);
        assertEquals("{\"conversation_list_filter_conv_type\":2,\"conversation_list_filter_conversation_group\":\"\","
                + "\"conversation_list_filter_mark_type\":9223372036854775808,"
                + "\"conversation_list_filter_has_unread_count\":false}", f.toJson());
        assertEquals(f, V2TIMConversationListFilter.fromJson(f.toJson()));
    }
}
