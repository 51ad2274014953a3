// V2 value types and the layer's JSON: strings (also C++20 u8 literals), buffers, vectors,
// maps, deep copies of messages and conversations, the JSON reader/writer, the conversions
// between the C API's JSON and V2 objects, and the list filter's two conventions.
#include <clocale>
#include <locale>

#include "v2_harness.h"

using namespace v2test;
namespace d = timconv::v2::detail;
namespace json = timconv::v2::json;

static void Strings() {
    V2TIMString empty;
    CHECK(empty.Empty() && empty.Size() == 0 && std::string(empty.CString()).empty());
    V2TIMString a = "héllo";  // UTF-8 bytes
    CHECK_EQ(a.Size(), 6);
    CHECK_EQ(a.Length(), 6);
    V2TIMString b(a);
    CHECK(a == b && !(a != b));
    b[0] = 'H';
    CHECK(a != b && b < a);
    CHECK_STR(S(V2TIMString("abc\0def", 7)), std::string("abc\0def", 7));
    V2TIMString fromNull(static_cast<const char *>(nullptr));
    CHECK(fromNull.Empty());
    b = "x";
    CHECK_STR(S(b), "x");
    b = a;
    CHECK(b == a);
    V2TIMString u8lit = u8"c2c_bob";  // const char8_t* under C++20
    CHECK_STR(S(u8lit), "c2c_bob");
    u8lit = u8"group_x";
    CHECK_STR(S(u8lit), "group_x");
}

static void Buffers() {
    V2TIMBuffer none;
    CHECK(none.Size() == 0 && none.Data() == nullptr);
    const uint8_t bytes[] = {0, 1, 2, 255};
    V2TIMBuffer b(bytes, 4);
    CHECK_EQ(b.Size(), 4);
    CHECK_EQ(b.Data()[3], 255);
    V2TIMBuffer c = b;
    CHECK(c.Data() != b.Data() && c.Data()[0] == 0);
    c = none;
    CHECK_EQ(c.Size(), 0);
}

static void Containers() {
    V2TIMStringVector v;
    v.PushBack("a");
    v.PushBack("b");
    v.PushBack("c");
    CHECK_EQ(v.Size(), 3);
    v.Erase(1);
    CHECK_STR(S(v[1]), "c");
    v.Erase(7);  // out of range: nothing
    CHECK_EQ(v.Size(), 2);
    v.PopBack();
    CHECK_EQ(v.Size(), 1);
    V2TIMStringVector w = v;
    w.Clear();
    CHECK(w.Empty() && v.Size() == 1);

    V2TIMStringToV2TIMStringMap m;
    CHECK(m.Insert("k", "v1"));
    CHECK(!m.Insert("k", "v2"));
    CHECK_STR(S(m.Get("k")), "v2");
    CHECK_STR(S(m.Get("absent")), "");
    m["z"] = "last";
    CHECK_EQ(m.Size(), 2);
    CHECK_EQ(m.Count("z"), 1);
    V2TIMStringVector keys = m.AllKeys();
    CHECK(keys.Size() == 2 && keys[0] == "k" && keys[1] == "z");
    m.Erase("k");
    CHECK_EQ(m.Size(), 1);

    V2TIMUInt64Vector marks;
    marks.PushBack(1ULL << 40);
    UInt64Vector sameType = marks;  // the 7.x name of markList's type
    CHECK(sameType[0] == (1ULL << 40));
}

static void MessageCopies() {
    V2TIMMessage m;
    CHECK(m.status == V2TIM_MSG_STATUS_SENDING && !m.isSelf && m.elemList.Empty());
    V2TIMTextElem *text = new V2TIMTextElem();
    text->text = "hi";
    V2TIMCustomElem *custom = new V2TIMCustomElem();
    custom->data = Buf("payload");
    V2TIMLocationElem *loc = new V2TIMLocationElem();
    loc->latitude = 1.5;
    m.elemList.PushBack(text);
    m.elemList.PushBack(custom);
    m.elemList.PushBack(loc);
    m.msgID = "id";
    V2TIMMessage copy(m);
    CHECK_EQ(copy.elemList.Size(), 3);
    CHECK(copy.elemList[0] != m.elemList[0]);  // deep
    CHECK_EQ(copy.elemList[1]->elemType, V2TIM_ELEM_TYPE_CUSTOM);
    CHECK_STR(S(static_cast<V2TIMCustomElem *>(copy.elemList[1])->data), "payload");
    CHECK(static_cast<V2TIMLocationElem *>(copy.elemList[2])->latitude == 1.5);
    V2TIMMessage assigned;
    assigned.elemList.PushBack(new V2TIMFaceElem());
    assigned = m;  // frees its old element
    CHECK_EQ(assigned.elemList.Size(), 3);
    V2TIMMessage &same = assigned;
    assigned = same;  // self-assignment keeps the elements
    CHECK_EQ(assigned.elemList.Size(), 3);
    CHECK_STR(S(assigned.msgID), "id");

    V2TIMMessageVector list;
    list.PushBack(m);
    list.PushBack(list[0]);
    CHECK_EQ(list[1].elemList.Size(), 3);

    V2TIMConversation c;
    CHECK(c.lastMessage == nullptr);
    c.lastMessage = new V2TIMMessage(m);
    V2TIMConversation c2 = c;
    CHECK(c2.lastMessage != nullptr && c2.lastMessage != c.lastMessage);
    CHECK_EQ(c2.lastMessage->elemList.Size(), 3);
    V2TIMConversation c3;
    c3 = c2;
    V2TIMConversation &sameConv = c3;
    c3 = sameConv;
    CHECK(c3.lastMessage != nullptr && c3.lastMessage->msgID == "id");
    V2TIMConversationVector convs;
    convs.PushBack(c3);
    CHECK(convs[0].lastMessage != c3.lastMessage);

    V2TIMTopicInfo topic;
    topic.lastMessage = new V2TIMMessage(m);
    V2TIMTopicInfo topic2 = topic;
    topic2 = topic;
    CHECK(topic2.lastMessage != topic.lastMessage && topic2.lastMessage->elemList.Size() == 3);
}

static void Json() {
    json::Value v;
    CHECK(json::Parse("{\"a\":[1,-2,3.5e1,\"x\\u00e9\\ud83d\\ude00\\n\"],\"b\":true,\"c\":null,"
                      "\"big\":18446744073709551615,\"neg\":-9223372036854775808}",
                      &v));
    CHECK(v.IsObject());
    CHECK_EQ(v.Get("a").Size(), 4);
    CHECK_EQ(v.Get("a").At(0).AsU64(), 1);
    CHECK_EQ(v.Get("a").At(1).AsI64(), -2);
    CHECK(v.Get("a").At(2).AsDouble() == 35.0);
    CHECK_STR(v.Get("a").At(3).AsString(), "x\xc3\xa9\xf0\x9f\x98\x80\n");
    CHECK(v.Bool("b") && v.Get("c").IsNull() && !v.Has("c") && !v.Has("zz"));
    CHECK(v.U64("big") == 18446744073709551615ULL);
    CHECK(v.I64("neg") == (-9223372036854775807LL - 1));
    CHECK(v.Get("a").At(99).IsNull());
    const char *bad[] = {"", "{", "[1,]", "{\"a\" 1}", "\"unterminated", "[1] x", "tru", "{\"a\":\"\\q\"}"};
    for (const char *text : bad) CHECK(!json::Parse(text, &v));
    std::string deep(300, '[');
    CHECK(!json::Parse(deep.c_str(), &v));  // depth limit, no stack overflow

    json::Writer w = json::Writer::Object();
    w.Key("s").String(std::string("q\"\\\x01/é"));
    w.Key("n").I64(-5).Key("u").U64(18446744073709551615ULL).Key("b").Bool(false);
    w.Key("d").Double(0.25).Key("arr").Raw(json::Writer::Array().U64(1).String("x").Done());
    std::string text = w.Done();
    CHECK_STR(text, "{\"s\":\"q\\\"\\\\\\u0001/é\",\"n\":-5,\"u\":18446744073709551615,\"b\":false,"
                    "\"d\":0.25,\"arr\":[1,\"x\"]}");
    CHECK(json::Parse(text.c_str(), &v) && v.Str("s") == "q\"\\\x01/é" && v.Double("d") == 0.25);
    CHECK_STR(json::Writer::Array().I64(-9223372036854775807LL - 1).Done(), "[-9223372036854775808]");

    // Numbers are read and written the same under a locale with a decimal comma.
    std::locale previous = std::locale::global(std::locale::classic());
    if (std::setlocale(LC_NUMERIC, "de_DE.UTF-8") != nullptr) {
        CHECK(json::Parse("[2.5]", &v) && v.At(0).AsDouble() == 2.5);
        CHECK_STR(json::Writer::Array().Double(2.5).Done(), "[2.5]");
        std::setlocale(LC_NUMERIC, "C");
    }
    std::locale::global(previous);

    const unsigned char good[] = {'a', 0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80};
    const unsigned char overlong[] = {0xc0, 0xaf};
    const unsigned char surrogate[] = {0xed, 0xa0, 0x80};
    const unsigned char truncated[] = {0xe2, 0x82};
    CHECK(json::IsUtf8(good, sizeof good));
    CHECK(!json::IsUtf8(overlong, sizeof overlong));
    CHECK(!json::IsUtf8(surrogate, sizeof surrogate));
    CHECK(!json::IsUtf8(truncated, sizeof truncated));
}

static void ConversationIDs() {
    std::string id;
    TIMConvType type = kTIMConv_Invalid;
    CHECK(d::SplitConvId("c2c_bob", &id, &type) && id == "bob" && type == kTIMConv_C2C);
    CHECK(d::SplitConvId("group_g_1", &id, &type) && id == "g_1" && type == kTIMConv_Group);
    CHECK(!d::SplitConvId("c2c_", &id, &type));
    CHECK(!d::SplitConvId("bob", &id, &type));
    CHECK(!d::SplitConvId("C2C_bob", &id, &type));
    CHECK(!d::SplitConvId("", &id, &type));
    CHECK_STR(d::JoinConvId(1, "x"), "c2c_x");
    CHECK_STR(d::JoinConvId(2, "x"), "group_x");
}

static std::string FilterJson(const V2TIMConversationListFilter &f) { return d::FilterToJson(f); }

static void Filters() {
    V2TIMConversationListFilter f;
    CHECK_STR(FilterJson(f), "{}");
    // 7.x apps: filterType 0, set fields filter.
    f.type = V2TIM_GROUP;
    f.conversationGroup = "work";
    f.markType = V2TIM_CONVERSATION_MARK_TYPE_STAR;
    CHECK_STR(FilterJson(f), "{\"conversation_list_filter_conv_type\":2,"
                             "\"conversation_list_filter_conversation_group\":\"work\","
                             "\"conversation_list_filter_mark_type\":1}");
    // 8.x: only the flagged fields, and "" / 0 are real filters then.
    V2TIMConversationListFilter g;
    g.filterType = V2TIM_CONVERSATION_FILTER_TYPE_CONVERSATION_GROUP |
                   V2TIM_CONVERSATION_FILTER_TYPE_HAS_UNREAD_COUNT;
    g.markType = 4;  // not flagged: ignored
    g.hasUnreadCount = true;
    CHECK_STR(FilterJson(g), "{\"conversation_list_filter_conversation_group\":\"\","
                             "\"conversation_list_filter_has_unread_count\":true}");
    g.filterType = V2TIM_CONVERSATION_FILTER_TYPE_CONVERSATION_MARK |
                   V2TIM_CONVERSATION_FILTER_TYPE_HAS_GROUP_AT_INFO;
    g.markType = 0;
    CHECK_STR(FilterJson(g), "{\"conversation_list_filter_mark_type\":0,"
                             "\"conversation_list_filter_has_group_at_info\":false}");
    json::Value v;
    CHECK(json::Parse(FilterJson(f).c_str(), &v));
    V2TIMConversationListFilter back = d::FilterFromJson(v);
    CHECK(back.type == V2TIM_GROUP && back.conversationGroup == "work" && back.markType == 1);
    CHECK_EQ(back.filterType, V2TIM_CONVERSATION_FILTER_TYPE_CONVERSATION_GROUP |
                                  V2TIM_CONVERSATION_FILTER_TYPE_CONVERSATION_MARK);
}

static void MessageJson() {
    // C JSON -> V2: every element kind becomes its concrete class.
    const char *text =
        "{\"message_msg_id\":\"m1\",\"message_server_time\":100,\"message_sender\":\"bob\","
        "\"message_conv_id\":\"team\",\"message_conv_type\":2,\"message_seq\":7,"
        "\"message_rand\":9,\"message_status\":6,\"message_is_from_self\":false,"
        "\"message_is_read\":true,\"message_is_peer_read\":false,\"message_priority\":0,"
        "\"message_group_at_user_array\":[\"alice\"],\"message_cloud_custom_str\":\"cc\","
        "\"message_custom_str\":\"lc\",\"message_custom_int\":3,"
        "\"message_sender_profile\":{\"user_profile_nick_name\":\"Bob\",\"user_profile_face_url\":\"f\"},"
        "\"message_sender_group_member_info\":{\"group_member_info_name_card\":\"card\"},"
        "\"message_elem_array\":[{\"elem_type\":0,\"text_elem_content\":\"t\"},"
        "{\"elem_type\":3,\"custom_elem_data\":\"d\",\"custom_elem_desc\":\"ds\",\"custom_elem_ext\":\"e\"},"
        "{\"elem_type\":1,\"image_elem_orig_path\":\"/p\",\"image_elem_thumb_id\":\"th\",\"image_elem_thumb_url\":\"u\"},"
        "{\"elem_type\":2,\"sound_elem_file_path\":\"/s\",\"sound_elem_file_time\":4},"
        "{\"elem_type\":4,\"file_elem_file_name\":\"n\"},{\"elem_type\":5,\"group_tips_elem_tip_type\":1},"
        "{\"elem_type\":6,\"face_elem_index\":2},{\"elem_type\":7,\"location_elem_latitude\":1.25},"
        "{\"elem_type\":9,\"video_elem_video_duration\":8},{\"elem_type\":12,\"merge_elem_title\":\"mt\"},"
        "{\"elem_type\":8}]}";
    json::Value v;
    REQUIRE(json::Parse(text, &v));
    V2TIMMessage m;
    d::MessageFromJson(v, &m);
    CHECK_STR(S(m.msgID), "m1");
    CHECK_EQ(m.timestamp, 100);
    CHECK(m.groupID == "team" && m.userID.Empty());
    CHECK(m.seq == 7 && m.random == 9 && m.status == V2TIM_MSG_STATUS_LOCAL_REVOKED);
    CHECK(m.IsRead() && !m.IsPeerRead() && !m.isSelf);
    CHECK_EQ(m.priority, V2TIM_PRIORITY_HIGH);
    CHECK(m.groupAtUserList.Size() == 1 && m.groupAtUserList[0] == "alice");
    CHECK(S(m.cloudCustomData) == "cc" && S(m.localCustomData) == "lc" && m.localCustomInt == 3);
    CHECK(m.nickName == "Bob" && m.faceURL == "f" && m.nameCard == "card");
    REQUIRE(m.elemList.Size() == 11);
    V2TIMElemType kinds[] = {V2TIM_ELEM_TYPE_TEXT, V2TIM_ELEM_TYPE_CUSTOM, V2TIM_ELEM_TYPE_IMAGE,
                             V2TIM_ELEM_TYPE_SOUND, V2TIM_ELEM_TYPE_FILE, V2TIM_ELEM_TYPE_GROUP_TIPS,
                             V2TIM_ELEM_TYPE_FACE, V2TIM_ELEM_TYPE_LOCATION, V2TIM_ELEM_TYPE_VIDEO,
                             V2TIM_ELEM_TYPE_MERGER, V2TIM_ELEM_TYPE_NONE};
    for (size_t i = 0; i < 11; ++i) CHECK_EQ(m.elemList[i]->elemType, kinds[i]);
    CHECK_STR(S(static_cast<V2TIMTextElem *>(m.elemList[0])->text), "t");
    V2TIMCustomElem *custom = static_cast<V2TIMCustomElem *>(m.elemList[1]);
    CHECK(S(custom->data) == "d" && custom->desc == "ds" && custom->extension == "e");
    V2TIMImageElem *image = static_cast<V2TIMImageElem *>(m.elemList[2]);
    CHECK(image->path == "/p" && image->imageList.Size() == 1 &&
          image->imageList[0].type == V2TIM_IMAGE_TYPE_THUMB && image->imageList[0].url == "u");
    CHECK_EQ(static_cast<V2TIMSoundElem *>(m.elemList[3])->duration, 4);
    CHECK(static_cast<V2TIMFileElem *>(m.elemList[4])->filename == "n");
    CHECK_EQ(static_cast<V2TIMGroupTipsElem *>(m.elemList[5])->type, V2TIM_GROUP_TIPS_TYPE_INVITE);
    CHECK_EQ(static_cast<V2TIMFaceElem *>(m.elemList[6])->index, 2);
    CHECK(static_cast<V2TIMLocationElem *>(m.elemList[7])->latitude == 1.25);
    CHECK_EQ(static_cast<V2TIMVideoElem *>(m.elemList[8])->duration, 8);
    CHECK(static_cast<V2TIMMergerElem *>(m.elemList[9])->title == "mt");

    // V2 -> C JSON, for sending: elements, flags, @ list; not the identity.
    V2TIMMessage out = V2TIMManager::GetInstance()->GetMessageManager()->CreateTextAtMessage(
        "hello", m.groupAtUserList);
    out.isExcludedFromUnreadCount = true;
    out.cloudCustomData = Buf("cloud");
    json::Writer w = json::Writer::Object();
    std::string err;
    CHECK(d::MessageBodyToJson(out, &w, &err));
    CHECK(json::Parse(w.Done().c_str(), &v));
    CHECK_EQ(v.Get("message_elem_array").At(0).I64("elem_type"), kTIMElem_Text);
    CHECK_STR(v.Get("message_elem_array").At(0).Str("text_elem_content"), "hello");
    CHECK(v.Bool("message_is_excluded_from_unread_count") && v.Str("message_cloud_custom_str") == "cloud");
    CHECK(v.Get("message_group_at_user_array").At(0).AsString() == "alice" && !v.Has("message_msg_id"));
    // With identity, for revoke/delete/paging: what names the stored message.
    CHECK(json::Parse(d::MessageIdentityToJson(m).c_str(), &v));
    CHECK(v.Str("message_msg_id") == "m1" && v.U64("message_seq") == 7 &&
          v.Str("message_conv_id") == "team" && v.I64("message_conv_type") == 2);
    // Binary custom data cannot ride in a JSON string: refused, not mangled.
    V2TIMMessage binary = V2TIMManager::GetInstance()->GetMessageManager()->CreateCustomMessage(
        V2TIMBuffer(reinterpret_cast<const uint8_t *>("\xff\xfe"), 2));
    json::Writer b = json::Writer::Object();
    CHECK(!d::MessageBodyToJson(binary, &b, &err) && !err.empty());
}

int main() {
    Strings();
    Buffers();
    Containers();
    MessageCopies();
    Json();
    ConversationIDs();
    Filters();
    MessageJson();
    return Finish();
}
