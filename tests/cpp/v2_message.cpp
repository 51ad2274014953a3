// V2TIMMessageManager and the message parts of V2TIMManager: creating, sending, history,
// revoke, delete, clear, local inserts, receive options, read marks, and the advanced and
// simple message listeners fed by the server feed (new, revoked, receipts, modified).
#include "v2_harness.h"

using namespace v2test;

namespace {

std::string TextOf(const V2TIMMessage &m) {
    if (m.elemList.Empty() || m.elemList[0]->elemType != V2TIM_ELEM_TYPE_TEXT) return "";
    return S(static_cast<V2TIMTextElem *>(m.elemList[0])->text);
}

class Advanced : public V2TIMAdvancedMsgListener {
public:
    std::mutex mu;
    std::vector<std::string> log;
    std::vector<V2TIMMessage> received;
    void Add(const std::string &s) {
        std::lock_guard<std::mutex> lock(mu);
        log.push_back(s);
    }
    std::vector<std::string> Take() {
        std::lock_guard<std::mutex> lock(mu);
        std::vector<std::string> out;
        out.swap(log);
        return out;
    }
    void OnRecvNewMessage(const V2TIMMessage &m) override {
        {
            std::lock_guard<std::mutex> lock(mu);
            received.push_back(m);
        }
        Add("new " + S(m.sender) + " " + S(m.userID.Empty() ? m.groupID : m.userID) + " " + TextOf(m));
    }
    void OnRecvC2CReadReceipt(const V2TIMMessageReceiptVector &list) override {
        for (size_t i = 0; i < list.Size(); ++i) {
            Add("c2c receipt " + S(list[i].userID) + " " + std::to_string(list[i].timestamp) +
                (list[i].isPeerRead ? " read" : ""));
        }
    }
    void OnRecvMessageReadReceipts(const V2TIMMessageReceiptVector &list) override {
        Add("receipts " + std::to_string(list.Size()));
    }
    void OnRecvMessageRevoked(const V2TIMString &id) override { Add("revoked " + S(id)); }
    void OnRecvMessageModified(const V2TIMMessage &m) override { Add("modified " + S(m.msgID) + " " + TextOf(m)); }
};

class Simple : public V2TIMSimpleMsgListener {
public:
    std::mutex mu;
    std::vector<std::string> log;
    void Add(const std::string &s) {
        std::lock_guard<std::mutex> lock(mu);
        log.push_back(s);
    }
    std::vector<std::string> Take() {
        std::lock_guard<std::mutex> lock(mu);
        std::vector<std::string> out;
        out.swap(log);
        return out;
    }
    void OnRecvC2CTextMessage(const V2TIMString &id, const V2TIMUserFullInfo &sender,
                              const V2TIMString &text) override {
        Add("c2c text " + S(sender.userID) + " " + S(text) + (id.Empty() ? " noid" : ""));
    }
    void OnRecvC2CCustomMessage(const V2TIMString &, const V2TIMUserFullInfo &sender,
                                const V2TIMBuffer &data) override {
        Add("c2c custom " + S(sender.userID) + " " + S(data));
    }
    void OnRecvGroupTextMessage(const V2TIMString &, const V2TIMString &group,
                                const V2TIMGroupMemberFullInfo &sender, const V2TIMString &text) override {
        Add("group text " + S(group) + " " + S(sender.userID) + " " + S(text));
    }
    void OnRecvGroupCustomMessage(const V2TIMString &, const V2TIMString &group,
                                  const V2TIMGroupMemberFullInfo &sender, const V2TIMBuffer &data) override {
        Add("group custom " + S(group) + " " + S(sender.userID) + " " + S(data));
    }
};

std::string Join(const std::vector<std::string> &v) {
    std::string s;
    for (const std::string &x : v) s += (s.empty() ? "" : "|") + x;
    return s;
}

V2TIMMessageVector History(const char *user, const char *group, V2TIMMessageGetType type,
                           uint32_t count = 20, V2TIMMessage *last = nullptr, uint64_t lastSeq = 0) {
    V2TIMMessageListGetOption option;
    option.getType = type;
    option.userID = user;
    option.groupID = group;
    option.count = count;
    option.lastMsg = last;
    option.lastMsgSeq = lastSeq;
    Value<V2TIMMessageVector> cb;
    Msg()->GetHistoryMessageList(option, &cb);
    EXPECT_OK(cb);
    return cb.value;
}

std::string Texts(const V2TIMMessageVector &list) {
    std::string s;
    for (size_t i = 0; i < list.Size(); ++i) s += (i ? "," : "") + TextOf(list[i]);
    return s;
}

V2TIMConversation Get(const char *id) {
    Value<V2TIMConversation> cb;
    Conv()->GetConversation(id, &cb);
    EXPECT_OK(cb);
    return cb.value;
}

int Feed(int (*fn)(const char *, TIMCommCallback, const void *), const std::string &json) {
    CWait w;
    return WaitC(fn(json.c_str(), &OnCDone, &w), w);
}

void Creating() {
    V2TIMMessageManager *m = Msg();
    V2TIMMessage text = m->CreateTextMessage("hi");
    CHECK(text.isSelf && text.status == V2TIM_MSG_STATUS_SENDING && text.msgID.Empty());
    CHECK_STR(TextOf(text), "hi");
    V2TIMStringVector at;
    at.PushBack("bob");
    at.PushBack(kImSDK_MesssageAtALL);
    V2TIMMessage atMsg = m->CreateTextAtMessage("@all", at);
    CHECK(atMsg.groupAtUserList.Size() == 2 && TextOf(atMsg) == "@all");
    V2TIMMessage custom = m->CreateCustomMessage(Buf("data"), "desc", "ext");
    REQUIRE(custom.elemList.Size() == 1 && custom.elemList[0]->elemType == V2TIM_ELEM_TYPE_CUSTOM);
    V2TIMCustomElem *ce = static_cast<V2TIMCustomElem *>(custom.elemList[0]);
    CHECK(S(ce->data) == "data" && ce->desc == "desc" && ce->extension == "ext");
    CHECK_EQ(m->CreateCustomMessage(Buf("x")).elemList[0]->elemType, V2TIM_ELEM_TYPE_CUSTOM);
    CHECK_EQ(m->CreateImageMessage("/tmp/a.png").elemList[0]->elemType, V2TIM_ELEM_TYPE_IMAGE);
    V2TIMMessage sound = m->CreateSoundMessage("/tmp/a.m4a", 7);
    CHECK_EQ(static_cast<V2TIMSoundElem *>(sound.elemList[0])->duration, 7);
    V2TIMMessage video = m->CreateVideoMessage("/v.mp4", "mp4", 9, "/s.png");
    CHECK(static_cast<V2TIMVideoElem *>(video.elemList[0])->snapshotPath == "/s.png");
    CHECK(static_cast<V2TIMFileElem *>(m->CreateFileMessage("/f", "f.txt").elemList[0])->filename == "f.txt");
    V2TIMMessage loc = m->CreateLocationMessage("here", 1.5, -2.25);
    CHECK(static_cast<V2TIMLocationElem *>(loc.elemList[0])->latitude == -2.25);
    CHECK_EQ(static_cast<V2TIMFaceElem *>(m->CreateFaceMessage(3, Buf("f")).elemList[0])->index, 3);
    V2TIMMessageVector merged;
    merged.PushBack(text);
    V2TIMStringVector abstracts;
    abstracts.PushBack("bob: hi");
    V2TIMMessage merger = m->CreateMergerMessage(merged, "chat", abstracts, "compat");
    CHECK(static_cast<V2TIMMergerElem *>(merger.elemList[0])->title == "chat");
    V2TIMMessage forward = m->CreateForwardMessage(custom);
    CHECK(forward.elemList.Size() == 1 && forward.elemList[0] != custom.elemList[0]);
    CHECK_STR(TextOf(m->CreateTargetedGroupMessage(text, at)), "hi");
    CHECK_EQ(m->CreateAtSignedGroupMessage(text, at).groupAtUserList.Size(), 2);
}

}  // namespace

int main() {
    Advanced advanced;
    Simple simple;
    Msg()->AddAdvancedMsgListener(&advanced);
    Msg()->AddAdvancedMsgListener(&advanced);  // twice: once
    Im()->AddSimpleMsgListener(&simple);
    Im()->AddSimpleMsgListener(&simple);
    Creating();

    Session session;
    REQUIRE(session.ok());

    // ---- receiving -------------------------------------------------------------------------
    CHECK_EQ(Push("bob", 1, "bob", "b1"), 0);
    CHECK_EQ(Push("bob", 1, "bob", "b2"), 0);
    CHECK_EQ(Push("team", 2, "carol", "t1"), 0);
    CHECK_EQ(PushJson("[{\"message_conv_id\":\"bob\",\"message_conv_type\":1,\"message_sender\":\"bob\","
                      "\"message_elem_array\":[{\"elem_type\":3,\"custom_elem_data\":\"ping\"}]},"
                      "{\"message_conv_id\":\"team\",\"message_conv_type\":2,\"message_sender\":\"dave\","
                      "\"message_elem_array\":[{\"elem_type\":3,\"custom_elem_data\":\"pong\"}]}]"),
             0);
    Drain();
    CHECK_STR(Join(advanced.Take()), "new bob bob b1|new bob bob b2|new carol team t1|new bob bob |new dave team ");
    CHECK_STR(Join(simple.Take()), "c2c text bob b1|c2c text bob b2|group text team carol t1|"
                                   "c2c custom bob ping|group custom team dave pong");
    {
        std::lock_guard<std::mutex> lock(advanced.mu);
        REQUIRE(advanced.received.size() == 5);
        const V2TIMMessage &b1 = advanced.received[0];
        CHECK(!b1.msgID.Empty() && b1.seq > 0 && b1.timestamp > 0 && !b1.isSelf && !b1.IsRead());
        CHECK_EQ(b1.status, V2TIM_MSG_STATUS_SEND_SUCC);
    }

    // ---- sending ---------------------------------------------------------------------------
    V2TIMMessage hello = Msg()->CreateTextMessage("hello bob");
    Send sent;
    V2TIMString id = Msg()->SendMessage(hello, "bob", "", V2TIM_PRIORITY_DEFAULT, false, V2TIMOfflinePushInfo(), &sent);
    CHECK(!id.Empty() && hello.msgID == id);
    EXPECT_OK(sent);
    CHECK(sent.value.msgID == id && sent.value.isSelf && sent.value.userID == "bob");
    CHECK(sent.value.status == V2TIM_MSG_STATUS_SEND_SUCC && sent.value.seq > 0);
    CHECK_STR(TextOf(sent.value), "hello bob");
    CHECK_EQ(sent.progressCalls, 0);

    V2TIMMessage toGroup = Msg()->CreateTextAtMessage("@carol", V2TIMStringVector());
    Send groupSent;
    CHECK(!Msg()->SendMessage(toGroup, "", "team", V2TIM_PRIORITY_HIGH, false, V2TIMOfflinePushInfo(), &groupSent).Empty());
    EXPECT_OK(groupSent);
    CHECK(groupSent.value.groupID == "team" && groupSent.value.userID.Empty());

    V2TIMMessage nowhere = Msg()->CreateTextMessage("x");
    Send noTarget;
    CHECK(Msg()->SendMessage(nowhere, "", "", V2TIM_PRIORITY_DEFAULT, false, V2TIMOfflinePushInfo(), &noTarget).Empty());
    EXPECT_CODE(noTarget, ERR_INVALID_PARAMETERS);
    V2TIMMessage binary = Msg()->CreateCustomMessage(V2TIMBuffer(reinterpret_cast<const uint8_t *>("\xff"), 1));
    Send badData;
    CHECK(Msg()->SendMessage(binary, "bob", "", V2TIM_PRIORITY_DEFAULT, false, V2TIMOfflinePushInfo(), &badData).Empty());
    EXPECT_CODE(badData, ERR_INVALID_PARAMETERS);
    V2TIMMessage badUser = Msg()->CreateTextMessage("x");
    Send refused;
    CHECK(Msg()->SendMessage(badUser, std::string(40, 'u').c_str(), "", V2TIM_PRIORITY_DEFAULT, false,
                             V2TIMOfflinePushInfo(), &refused).Empty());
    EXPECT_CODE(refused, ERR_INVALID_PARAMETERS);
    V2TIMMessage online = Msg()->CreateTextMessage("typing...");
    Send onlineSent;
    Msg()->SendMessage(online, "zoe", "", V2TIM_PRIORITY_DEFAULT, true, V2TIMOfflinePushInfo(), &onlineSent);
    EXPECT_OK(onlineSent);

    Send c2cText, c2cCustom, groupText, groupCustom;
    CHECK(!Im()->SendC2CTextMessage("via manager", "carol", &c2cText).Empty());
    CHECK(!Im()->SendC2CCustomMessage(Buf("{\"cmd\":1}"), "carol", &c2cCustom).Empty());
    CHECK(!Im()->SendGroupTextMessage("group via manager", "team", V2TIM_PRIORITY_LOW, &groupText).Empty());
    CHECK(!Im()->SendGroupCustomMessage(Buf("g"), "team", V2TIM_PRIORITY_NORMAL, &groupCustom).Empty());
    EXPECT_OK(c2cText);
    EXPECT_OK(c2cCustom);
    EXPECT_OK(groupText);
    EXPECT_OK(groupCustom);
    CHECK(c2cCustom.value.elemList.Size() == 1 &&
          S(static_cast<V2TIMCustomElem *>(c2cCustom.value.elemList[0])->data) == "{\"cmd\":1}");
    CHECK(!Im()->SendC2CTextMessage("no callback", "carol", nullptr).Empty());
    Drain();
    CHECK(advanced.Take().empty());  // own messages are not "received"

    // ---- history ---------------------------------------------------------------------------
    V2TIMMessageVector older = History("bob", "", V2TIM_GET_LOCAL_OLDER_MSG);
    CHECK_STR(Texts(older), "hello bob,,b2,b1");
    V2TIMMessageVector page = History("bob", "", V2TIM_GET_CLOUD_OLDER_MSG, 2);
    CHECK_STR(Texts(page), "hello bob,");
    V2TIMMessage last = page[1];
    CHECK_STR(Texts(History("bob", "", V2TIM_GET_LOCAL_OLDER_MSG, 10, &last)), "b2,b1");
    V2TIMMessage first = older[3];
    CHECK_STR(Texts(History("bob", "", V2TIM_GET_LOCAL_NEWER_MSG, 10, &first)), "b2,,hello bob");
    V2TIMMessageVector group = History("", "team", V2TIM_GET_LOCAL_OLDER_MSG);
    REQUIRE(group.Size() == 5);
    uint64_t t1Seq = group[4].seq;
    CHECK_STR(TextOf(History("", "team", V2TIM_GET_LOCAL_NEWER_MSG, 1, nullptr, t1Seq)[0]), "t1");
    {
        V2TIMMessageListGetOption bySeq;
        bySeq.groupID = "team";
        bySeq.messageSeqList.PushBack(t1Seq);
        Value<V2TIMMessageVector> cb;
        Msg()->GetHistoryMessageList(bySeq, &cb);
        EXPECT_OK(cb);
        CHECK(cb.value.Size() == 1 && TextOf(cb.value[0]) == "t1");
        V2TIMMessageListGetOption range;  // older, ending at the first message's time
        range.userID = "bob";
        range.getTimeBegin = first.timestamp;
        range.getTimePeriod = 0;
        Value<V2TIMMessageVector> ranged;
        Msg()->GetHistoryMessageList(range, &ranged);
        EXPECT_OK(ranged);
        CHECK(ranged.value.Size() >= 1 && ranged.value.Size() <= 4);
        V2TIMMessageListGetOption future;  // newer, starting after now: nothing
        future.userID = "bob";
        future.getType = V2TIM_GET_LOCAL_NEWER_MSG;
        future.getTimeBegin = Im()->GetServerTime() + 3600;
        Value<V2TIMMessageVector> none;
        Msg()->GetHistoryMessageList(future, &none);
        EXPECT_OK(none);
        CHECK(none.value.Empty());
        V2TIMMessageListGetOption nobody;
        Value<V2TIMMessageVector> bad;
        Msg()->GetHistoryMessageList(nobody, &bad);
        EXPECT_CODE(bad, ERR_INVALID_PARAMETERS);
    }

    // ---- revoke ------------------------------------------------------------------------------
    {
        Done revoke;
        Msg()->RevokeMessage(sent.value, &revoke);
        EXPECT_OK(revoke);
        CHECK_EQ(History("bob", "", V2TIM_GET_LOCAL_OLDER_MSG, 1)[0].status, V2TIM_MSG_STATUS_LOCAL_REVOKED);
        CHECK_EQ(Get("c2c_bob").lastMessage->status, V2TIM_MSG_STATUS_LOCAL_REVOKED);
        Done theirs;
        Msg()->RevokeMessage(older[3], &theirs);  // bob's C2C message: not the user's to revoke
        EXPECT_CODE(theirs, 7014);
        Done fresh;
        Msg()->RevokeMessage(Msg()->CreateTextMessage("never sent"), &fresh);
        EXPECT_CODE(fresh, ERR_INVALID_PARAMETERS);
        // Revoked by someone else: the listener gets the message ID.
        std::string b2 = S(older[1].msgID);
        CHECK_EQ(Feed(TIMExtRevokeMessages, "[{\"message_conv_id\":\"bob\",\"message_conv_type\":1,"
                                            "\"message_msg_id\":\"" + b2 + "\"}]"),
                 0);
        // The listener looks the message ID up with one more call: wait for it.
        std::vector<std::string> got;
        WaitFor([&] {
            std::vector<std::string> more = advanced.Take();
            got.insert(got.end(), more.begin(), more.end());
            return !got.empty();
        });
        CHECK_STR(Join(got), "revoked " + b2);
    }

    // ---- receipts and modifications from the server ------------------------------------------
    {
        CHECK_EQ(Feed(TIMExtReceiveReadReceipts, "[{\"msg_receipt_conv_id\":\"bob\",\"msg_receipt_conv_type\":1,"
                                                 "\"msg_receipt_time_stamp\":1234}]"),
                 0);
        std::string t1 = S(group[4].msgID);
        CHECK_EQ(Feed(TIMExtUpdateMessages, "[{\"message_conv_id\":\"team\",\"message_conv_type\":2,"
                                            "\"message_msg_id\":\"" + t1 + "\",\"message_sender\":\"carol\","
                                            "\"message_elem_array\":[{\"elem_type\":0,\"text_elem_content\":\"t1 edited\"}]}]"),
                 0);
        Drain();
        CHECK_STR(Join(advanced.Take()), "c2c receipt bob 1234 read|modified " + t1 + " t1 edited");
        // Receipts naming a message go to OnRecvMessageReadReceipts.
        CHECK_EQ(Feed(TIMExtReceiveReadReceipts, "[{\"msg_receipt_conv_id\":\"team\",\"msg_receipt_conv_type\":2,"
                                                 "\"msg_receipt_msg_id\":\"" + t1 + "\",\"msg_receipt_time_stamp\":5}]"),
                 0);
        Drain();
        CHECK_STR(Join(advanced.Take()), "receipts 1");
    }

    // ---- delete and clear ----------------------------------------------------------------------
    {
        V2TIMMessageVector two;
        two.PushBack(older[2]);
        two.PushBack(older[3]);
        Done del;
        Msg()->DeleteMessages(two, &del);
        EXPECT_OK(del);
        CHECK_STR(Texts(History("bob", "", V2TIM_GET_LOCAL_OLDER_MSG)), "hello bob,");
        V2TIMMessageVector mixed;
        mixed.PushBack(older[0]);
        mixed.PushBack(group[0]);
        Done mix;
        Msg()->DeleteMessages(mixed, &mix);
        EXPECT_CODE(mix, ERR_INVALID_PARAMETERS);
        Done empty;
        Msg()->DeleteMessages(V2TIMMessageVector(), &empty);
        EXPECT_CODE(empty, ERR_INVALID_PARAMETERS);
        Done clearGroup, clearC2C;
        Msg()->ClearGroupHistoryMessage("team", &clearGroup);
        EXPECT_OK(clearGroup);
        CHECK(History("", "team", V2TIM_GET_LOCAL_OLDER_MSG).Empty());
        Msg()->ClearC2CHistoryMessage("bob", &clearC2C);
        EXPECT_OK(clearC2C);
        CHECK(History("bob", "", V2TIM_GET_LOCAL_OLDER_MSG).Empty());
    }

    // ---- local inserts ----------------------------------------------------------------------------
    {
        V2TIMMessage note = Msg()->CreateTextMessage("you joined");
        Value<V2TIMMessage> saved;
        V2TIMString noteID = Msg()->InsertGroupMessageToLocalStorage(note, "team", "system", &saved);
        CHECK(!noteID.Empty() && note.msgID == noteID);
        EXPECT_OK(saved);
        CHECK(saved.value.msgID == noteID && saved.value.sender == "system" && saved.value.groupID == "team");
        V2TIMMessage tip = Msg()->CreateTextMessage("sent from phone");
        Value<V2TIMMessage> mine;
        V2TIMString tipID = Msg()->InsertC2CMessageToLocalStorage(tip, "dora", "", &mine);
        EXPECT_OK(mine);
        CHECK(mine.value.msgID == tipID && mine.value.userID == "dora");
        CHECK_STR(Texts(History("dora", "", V2TIM_GET_LOCAL_OLDER_MSG)), "sent from phone");
        CHECK_EQ(Get("c2c_dora").unreadCount, 0);
        Value<V2TIMMessage> nowhere2;
        CHECK(Msg()->InsertC2CMessageToLocalStorage(tip, "", "", &nowhere2).Empty());
        EXPECT_CODE(nowhere2, ERR_INVALID_PARAMETERS);
    }

    // ---- receive options -----------------------------------------------------------------------------
    {
        V2TIMStringVector users;
        users.PushBack("bob");
        Done set;
        Msg()->SetC2CReceiveMessageOpt(users, V2TIM_RECEIVE_NOT_NOTIFY_MESSAGE, &set);
        EXPECT_OK(set);
        users.PushBack("carol");
        Value<V2TIMReceiveMessageOptInfoVector> get;
        Msg()->GetC2CReceiveMessageOpt(users, &get);
        EXPECT_OK(get);
        REQUIRE(get.value.Size() == 2);
        CHECK(get.value[0].userID == "bob" && get.value[0].receiveOpt == V2TIM_RECEIVE_NOT_NOTIFY_MESSAGE);
        CHECK(get.value[1].userID == "carol" && get.value[1].receiveOpt == V2TIM_RECEIVE_MESSAGE);
        CHECK_EQ(Get("c2c_bob").recvOpt, V2TIM_RECEIVE_NOT_NOTIFY_MESSAGE);
        Done group2;
        Msg()->SetGroupReceiveMessageOpt("team", V2TIM_NOT_RECEIVE_MESSAGE_EXCEPT_AT, &group2);
        EXPECT_OK(group2);
        CHECK_EQ(Get("group_team").recvOpt, V2TIM_NOT_RECEIVE_MESSAGE_EXCEPT_AT);
        Done unmute;
        Msg()->SetGroupReceiveMessageOpt("team", V2TIM_RECEIVE_MESSAGE, &unmute);
        EXPECT_OK(unmute);
    }

    // ---- read marks -----------------------------------------------------------------------------------
    {
        CHECK_EQ(Push("erin", 1, "erin", "e"), 0);
        CHECK_EQ(Push("fred", 1, "fred", "f"), 0);
        CHECK_EQ(Push("team", 2, "carol", "t"), 0);
        Done one;
        Msg()->MarkC2CMessageAsRead("erin", &one);
        EXPECT_OK(one);
        CHECK(Get("c2c_erin").unreadCount == 0 && Get("c2c_fred").unreadCount == 1);
        Done allC2C;
        Msg()->MarkC2CMessageAsRead("", &allC2C);
        EXPECT_OK(allC2C);
        CHECK(Get("c2c_fred").unreadCount == 0 && Get("group_team").unreadCount == 1);
        Done group3;
        Msg()->MarkGroupMessageAsRead("team", &group3);
        EXPECT_OK(group3);
        CHECK_EQ(Get("group_team").unreadCount, 0);
        CHECK_EQ(Push("team", 2, "carol", "t2"), 0);
        CHECK_EQ(Push("erin", 1, "erin", "e2"), 0);
        Done all;
        Msg()->MarkAllMessageAsRead(&all);
        EXPECT_OK(all);
        CHECK(Get("group_team").unreadCount == 0 && Get("c2c_erin").unreadCount == 0);
        Done unknown;
        Msg()->MarkC2CMessageAsRead("ghost", &unknown);
        EXPECT_CODE(unknown, ERR_INVALID_CONVERSATION);
    }

    // ---- find and search: waiting for their C functions ------------------------------------------------
    {
        V2TIMStringVector ids;
        V2TIMMessageVector notes = History("", "team", V2TIM_GET_LOCAL_OLDER_MSG);
        REQUIRE(!notes.Empty());
        ids.PushBack(notes[notes.Size() - 1].msgID);
        Value<V2TIMMessageVector> found;
        Msg()->FindMessages(ids, &found);
        V2TIMMessageSearchParam param;
        param.keywordList.PushBack("joined");
        Value<V2TIMMessageSearchResult> searched;
        Msg()->SearchLocalMessages(param, &searched);
        EXPECT_OK(found);
        CHECK_EQ(found.value.Size(), 1);
        EXPECT_OK(searched);
        CHECK_EQ(searched.value.totalCount, 1);
    }

    // ---- removed listeners hear nothing more ----------------------------------------------------------
    Drain();
    CHECK(!advanced.Take().empty());  // the read-mark section's pushes
    CHECK(!simple.Take().empty());
    Msg()->RemoveAdvancedMsgListener(&advanced);
    Im()->RemoveSimpleMsgListener(&simple);
    CHECK_EQ(Push("bob", 1, "bob", "unheard"), 0);
    Drain();
    CHECK(advanced.Take().empty());
    CHECK(simple.Take().empty());
    return Finish();
}
