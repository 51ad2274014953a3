// Every V2TIMConversationManager method and every V2TIMConversationListener callback, against
// conversations the server feed creates: each V2TIMConversation field is checked against what
// the feed set up.
#include "v2_harness.h"

using namespace v2test;

namespace {

// Records every conversation event as a line of text.
class Events : public V2TIMConversationListener {
public:
    using V2TIMConversationListener::OnConversationsDeletedFromGroup;

    std::vector<std::string> Take() {
        std::lock_guard<std::mutex> lock(mu_);
        std::vector<std::string> out;
        out.swap(log_);
        return out;
    }
    bool Saw(const std::string &line) {
        std::lock_guard<std::mutex> lock(mu_);
        for (const std::string &l : log_) {
            if (l == line) return true;
        }
        return false;
    }
    int Count(const std::string &prefix) {
        std::lock_guard<std::mutex> lock(mu_);
        int n = 0;
        for (const std::string &l : log_) n += l.compare(0, prefix.size(), prefix) == 0;
        return n;
    }
    V2TIMConversationListFilter lastFilter;

    void OnSyncServerStart() override { Add("start"); }
    void OnSyncServerFinish() override { Add("finish"); }
    void OnSyncServerFailed() override { Add("failed"); }
    void OnNewConversation(const V2TIMConversationVector &list) override { Add("new" + Ids(list)); }
    void OnConversationChanged(const V2TIMConversationVector &list) override {
        Add("changed" + Ids(list));
    }
    void OnConversationDeleted(const V2TIMStringVector &ids) override {
        std::string s = "deleted";
        for (size_t i = 0; i < ids.Size(); ++i) s += " " + S(ids[i]);
        Add(s);
    }
    void OnTotalUnreadMessageCountChanged(uint64_t total) override {
        Add("total " + std::to_string(total));
    }
    void OnUnreadMessageCountChangedByFilter(const V2TIMConversationListFilter &filter,
                                             uint64_t total) override {
        {
            std::lock_guard<std::mutex> lock(mu_);
            lastFilter = filter;
        }
        Add("filter " + std::to_string(filter.type) + " " + std::to_string(total));
    }
    void OnConversationGroupCreated(const V2TIMString &name, const V2TIMConversationVector &list) override {
        Add("group created " + S(name) + Ids(list));
    }
    void OnConversationGroupDeleted(const V2TIMString &name) override { Add("group deleted " + S(name)); }
    void OnConversationGroupNameChanged(const V2TIMString &from, const V2TIMString &to) override {
        Add("group renamed " + S(from) + " " + S(to));
    }
    void OnConversationsAddedToGroup(const V2TIMString &name, const V2TIMConversationVector &list) override {
        Add("group added " + S(name) + Ids(list));
    }
    void OnConversationsDeletedFromGroup(const V2TIMString &name, const V2TIMConversationVector &list,
                                         uint32_t reason) override {
        Add("group removed " + S(name) + Ids(list) + " reason " + std::to_string(reason));
    }

protected:
    void Add(const std::string &line) {
        std::lock_guard<std::mutex> lock(mu_);
        log_.push_back(line);
    }
    static std::string Ids(const V2TIMConversationVector &list) {
        std::string s;
        for (size_t i = 0; i < list.Size(); ++i) s += " " + S(list[i].conversationID);
        return s;
    }

private:
    std::mutex mu_;
    std::vector<std::string> log_;
};

// A 7.x-style listener: only the two-argument removal callback.
class OldStyle : public V2TIMConversationListener {
public:
    using V2TIMConversationListener::OnConversationsDeletedFromGroup;
    std::atomic<int> removed{0};
    void OnConversationsDeletedFromGroup(const V2TIMString &, const V2TIMConversationVector &list) override {
        removed += static_cast<int>(list.Size());
    }
};

V2TIMConversation Get(const char *id, int expectCode = 0) {
    Value<V2TIMConversation> cb;
    Conv()->GetConversation(id, &cb);
    Expect(cb, expectCode, __FILE__, __LINE__);
    return cb.value;
}

std::vector<std::string> ListIds() {
    std::vector<std::string> ids;
    uint64_t next = 0;
    for (int guard = 0; guard < 50; ++guard) {
        Value<V2TIMConversationResult> page;
        Conv()->GetConversationList(next, 2, &page);
        if (!EXPECT_OK(page)) break;
        CHECK(page.value.conversationList.Size() <= 2);
        for (size_t i = 0; i < page.value.conversationList.Size(); ++i) {
            ids.push_back(S(page.value.conversationList[i].conversationID));
        }
        if (page.value.isFinished) break;
        next = page.value.nextSeq;
    }
    return ids;
}

std::string Join(const std::vector<std::string> &v) {
    std::string s;
    for (const std::string &x : v) s += (s.empty() ? "" : ",") + x;
    return s;
}

int Feed(int (*fn)(const char *, TIMCommCallback, const void *), const char *json) {
    CWait w;
    return WaitC(fn(json, &OnCDone, &w), w);
}

}  // namespace

int main() {
    Events events;
    OldStyle oldStyle;
    Conv()->AddConversationListener(&events);
    Conv()->AddConversationListener(&events);  // twice: still called once
    Conv()->AddConversationListener(&oldStyle);

    Session session;
    REQUIRE(session.ok());
    Drain();
    CHECK(events.Saw("start") && events.Saw("finish"));
    CHECK_EQ(events.Count("start"), 1);
    CHECK_EQ(events.Count("finish"), 1);
    CHECK_EQ(events.Count("failed"), 0);
    events.Take();

    // ---- the data: profiles and group info first, then messages --------------------------
    CHECK_EQ(Feed(TIMExtUpdateUserProfiles,
                  "[{\"user_profile_identifier\":\"bob\",\"user_profile_nick_name\":\"Bobby\","
                  "\"user_profile_face_url\":\"http://face/bob\"}]"),
             0);
    CHECK_EQ(Feed(TIMExtUpdateGroupInfos,
                  "[{\"group_base_info_group_id\":\"team\",\"group_base_info_group_name\":\"Team\","
                  "\"group_base_info_group_type\":1,\"group_base_info_face_url\":\"http://face/team\"}]"),
             0);
    CHECK_EQ(Push("bob", 1, "bob", "first"), 0);
    CHECK_EQ(Push("bob", 1, "bob", "second"), 0);
    CHECK_EQ(Push("team", 2, "carol", "@alice look", ",\"message_group_at_user_array\":[\"alice\"]"), 0);
    CHECK_EQ(Push("carol", 1, "carol", "hello"), 0);
    Drain();
    CHECK(events.Saw("new c2c_bob") && events.Saw("new group_team") && events.Saw("new c2c_carol"));
    CHECK(events.Saw("changed c2c_bob"));
    events.Take();

    // ---- GetConversation: every field --------------------------------------------------------
    V2TIMConversation bob = Get("c2c_bob");
    CHECK_EQ(bob.type, V2TIM_C2C);
    CHECK_STR(S(bob.conversationID), "c2c_bob");
    CHECK(bob.userID == "bob" && bob.groupID.Empty() && bob.groupType.Empty());
    CHECK_STR(S(bob.showName), "Bobby");
    CHECK_STR(S(bob.faceUrl), "http://face/bob");
    CHECK_EQ(bob.unreadCount, 2);
    CHECK_EQ(bob.recvOpt, V2TIM_RECEIVE_MESSAGE);
    REQUIRE(bob.lastMessage != nullptr);
    CHECK(bob.lastMessage->sender == "bob" && bob.lastMessage->userID == "bob");
    REQUIRE(bob.lastMessage->elemList.Size() == 1);
    CHECK_EQ(bob.lastMessage->elemList[0]->elemType, V2TIM_ELEM_TYPE_TEXT);
    CHECK_STR(S(static_cast<V2TIMTextElem *>(bob.lastMessage->elemList[0])->text), "second");
    CHECK(!bob.lastMessage->msgID.Empty() && bob.lastMessage->timestamp > 0 && !bob.lastMessage->isSelf);
    CHECK(bob.groupAtInfolist.Empty() && bob.draftText.Empty() && bob.draftTimestamp == 0);
    CHECK(!bob.isPinned && bob.orderKey > 0);
    CHECK(bob.markList.Empty() && bob.customData.Size() == 0 && bob.conversationGroupList.Empty());
    CHECK(bob.c2cReadTimestamp == 0 && bob.groupReadSequence == 0);

    V2TIMConversation team = Get("group_team");
    CHECK_EQ(team.type, V2TIM_GROUP);
    CHECK(team.groupID == "team" && team.userID.Empty());
    CHECK_STR(S(team.groupType), "Work");
    CHECK_STR(S(team.showName), "Team");
    CHECK_STR(S(team.faceUrl), "http://face/team");
    CHECK_EQ(team.unreadCount, 1);
    REQUIRE(team.groupAtInfolist.Size() == 1);
    CHECK_EQ(team.groupAtInfolist[0].atType, V2TIM_AT_ME);
    REQUIRE(team.lastMessage != nullptr);
    CHECK_EQ(team.groupAtInfolist[0].seq, team.lastMessage->seq);
    CHECK(team.lastMessage->groupID == "team" && team.lastMessage->groupAtUserList.Size() == 1);

    Get("c2c_nobody", ERR_INVALID_CONVERSATION);
    Get("bob", ERR_INVALID_PARAMETERS);
    Get("", ERR_INVALID_PARAMETERS);

    // ---- lists ------------------------------------------------------------------------------
    CHECK_STR(Join(ListIds()), "c2c_carol,group_team,c2c_bob");
    {
        V2TIMStringVector ids;
        ids.PushBack("c2c_bob");
        ids.PushBack("c2c_ghost");
        ids.PushBack("group_team");
        Value<V2TIMConversationVector> cb;
        Conv()->GetConversationList(ids, &cb);
        EXPECT_OK(cb);
        CHECK_EQ(cb.value.Size(), 2);
        ids.PushBack("nonsense");
        Value<V2TIMConversationVector> bad;
        Conv()->GetConversationList(ids, &bad);
        EXPECT_CODE(bad, ERR_INVALID_PARAMETERS);
    }
    {
        V2TIMConversationListFilter groups;
        groups.type = V2TIM_GROUP;
        Value<V2TIMConversationResult> cb;
        Conv()->GetConversationListByFilter(groups, 0, 10, &cb);
        EXPECT_OK(cb);
        CHECK(cb.value.isFinished && cb.value.conversationList.Size() == 1 &&
              cb.value.conversationList[0].conversationID == "group_team");
    }

    // ---- draft, pin, marks, custom data -------------------------------------------------------
    {
        Done set;
        Conv()->SetConversationDraft("c2c_bob", "half a thought", &set);
        EXPECT_OK(set);
        V2TIMConversation c = Get("c2c_bob");
        CHECK_STR(S(c.draftText), "half a thought");
        CHECK(c.draftTimestamp > 0);
        Done clear;
        Conv()->SetConversationDraft("c2c_bob", "", &clear);
        EXPECT_OK(clear);
        CHECK(Get("c2c_bob").draftText.Empty());
        Done bad;
        Conv()->SetConversationDraft("bob", "x", &bad);
        EXPECT_CODE(bad, ERR_INVALID_PARAMETERS);
    }
    {
        Done pin;
        Conv()->PinConversation("c2c_bob", true, &pin);
        EXPECT_OK(pin);
        V2TIMConversation c = Get("c2c_bob");
        CHECK(c.isPinned && (c.orderKey & (1ULL << 52)) != 0 && c.orderKey < (1ULL << 53));
        CHECK_STR(Join(ListIds()), "c2c_bob,c2c_carol,group_team");
        Done unknown;
        Conv()->PinConversation("c2c_ghost", true, &unknown);
        EXPECT_CODE(unknown, ERR_INVALID_CONVERSATION);
        Drain();
        CHECK(events.Saw("changed c2c_bob"));
    }
    {
        V2TIMStringVector ids;
        ids.PushBack("c2c_bob");
        ids.PushBack("c2c_ghost");
        Value<V2TIMConversationOperationResultVector> mark;
        Conv()->MarkConversation(ids, V2TIM_CONVERSATION_MARK_TYPE_STAR | (1ULL << 40), true, &mark);
        EXPECT_OK(mark);
        REQUIRE(mark.value.Size() == 2);
        CHECK(mark.value[0].conversationID == "c2c_bob" && mark.value[0].resultCode == 0);
        CHECK_EQ(mark.value[1].resultCode, ERR_INVALID_CONVERSATION);
        V2TIMConversation c = Get("c2c_bob");
        CHECK(c.markList.Size() == 2 && c.markList[0] == 1 && c.markList[1] == (1ULL << 40));
        V2TIMConversationListFilter starred;  // 7.x style: markType alone filters
        starred.markType = V2TIM_CONVERSATION_MARK_TYPE_STAR;
        Value<V2TIMConversationResult> list;
        Conv()->GetConversationListByFilter(starred, 0, 10, &list);
        EXPECT_OK(list);
        CHECK(list.value.conversationList.Size() == 1 &&
              list.value.conversationList[0].conversationID == "c2c_bob");
        V2TIMConversationListFilter unmarked;  // 8.x: flagged mark 0 = conversations with no mark
        unmarked.filterType = V2TIM_CONVERSATION_FILTER_TYPE_CONVERSATION_MARK;
        Value<V2TIMConversationResult> rest;
        Conv()->GetConversationListByFilter(unmarked, 0, 10, &rest);
        EXPECT_OK(rest);
        CHECK_EQ(rest.value.conversationList.Size(), 2);
        V2TIMConversationListFilter withAt;
        withAt.filterType = V2TIM_CONVERSATION_FILTER_TYPE_HAS_GROUP_AT_INFO;
        withAt.hasGroupAtInfo = true;
        Value<V2TIMConversationResult> ats;
        Conv()->GetConversationListByFilter(withAt, 0, 10, &ats);
        EXPECT_OK(ats);
        CHECK(ats.value.conversationList.Size() == 1 &&
              ats.value.conversationList[0].conversationID == "group_team");
    }
    {
        V2TIMStringVector ids;
        ids.PushBack("c2c_bob");
        Value<V2TIMConversationOperationResultVector> set;
        Conv()->SetConversationCustomData(ids, Buf("{\"k\":1}"), &set);
        EXPECT_OK(set);
        CHECK(set.value.Size() == 1 && set.value[0].resultCode == 0);
        CHECK_STR(S(Get("c2c_bob").customData), "{\"k\":1}");
        Value<V2TIMConversationOperationResultVector> binary;
        Conv()->SetConversationCustomData(ids, V2TIMBuffer(reinterpret_cast<const uint8_t *>("a\0b"), 3),
                                          &binary);
        EXPECT_CODE(binary, ERR_INVALID_PARAMETERS);
    }

    // ---- unread totals and their listeners --------------------------------------------------------
    events.Take();
    {
        Value<uint64_t> total;
        Conv()->GetTotalUnreadMessageCount(&total);
        EXPECT_OK(total);
        CHECK_EQ(total.value, 4);
        CHECK_EQ(Push("carol", 1, "carol", "again"), 0);
        Drain();
        CHECK(events.Saw("total 5"));
        V2TIMConversationListFilter c2c;
        c2c.type = V2TIM_C2C;
        Value<uint64_t> byFilter;
        Conv()->GetUnreadMessageCountByFilter(c2c, &byFilter);
        EXPECT_OK(byFilter);
        CHECK_EQ(byFilter.value, 4);

        V2TIMConversationListFilter groups;
        groups.type = V2TIM_GROUP;
        groups.filterType = V2TIM_CONVERSATION_FILTER_TYPE_HAS_UNREAD_COUNT;
        groups.hasUnreadCount = true;
        Conv()->SubscribeUnreadMessageCountByFilter(groups);
        CHECK_EQ(Push("team", 2, "dave", "more"), 0);
        Drain();
        CHECK(events.Saw("filter 2 2"));
        CHECK(events.lastFilter.filterType == groups.filterType && events.lastFilter.hasUnreadCount);
        Conv()->UnsubscribeUnreadMessageCountByFilter(groups);
        CHECK_EQ(Push("team", 2, "dave", "and more"), 0);
        Drain();
        CHECK_EQ(events.Count("filter"), 1);
    }
    {
        Done one;
        Conv()->CleanConversationUnreadMessageCount("c2c_bob", 0, 0, &one);
        EXPECT_OK(one);
        CHECK_EQ(Get("c2c_bob").unreadCount, 0);
        CHECK(Get("c2c_bob").c2cReadTimestamp > 0);
        Done groups;
        Conv()->CleanConversationUnreadMessageCount("group", 0, 0, &groups);
        EXPECT_OK(groups);
        V2TIMConversation t = Get("group_team");
        CHECK(t.unreadCount == 0 && t.groupAtInfolist.Empty() && t.groupReadSequence > 0);
        Done all;
        Conv()->CleanConversationUnreadMessageCount("", 0, 0, &all);
        EXPECT_OK(all);
        CHECK_EQ(Get("c2c_carol").unreadCount, 0);
        Done unknown;
        Conv()->CleanConversationUnreadMessageCount("c2c_ghost", 0, 0, &unknown);
        EXPECT_CODE(unknown, ERR_INVALID_CONVERSATION);
        Drain();
        CHECK(events.Saw("total 0"));
    }

    // ---- conversation groups ----------------------------------------------------------------------
    events.Take();
    {
        V2TIMStringVector two;
        two.PushBack("c2c_bob");
        two.PushBack("group_team");
        Value<V2TIMConversationOperationResultVector> create;
        Conv()->CreateConversationGroup("work", two, &create);
        EXPECT_OK(create);
        CHECK(create.value.Size() == 2 && create.value[0].resultCode == 0 && create.value[1].resultCode == 0);
        Value<V2TIMStringVector> names;
        Conv()->GetConversationGroupList(&names);
        EXPECT_OK(names);
        CHECK(names.value.Size() == 1 && names.value[0] == "work");
        V2TIMStringVector carol;
        carol.PushBack("c2c_carol");
        Value<V2TIMConversationOperationResultVector> add;
        Conv()->AddConversationsToGroup("work", carol, &add);
        EXPECT_OK(add);
        V2TIMConversation c = Get("c2c_carol");
        CHECK(c.conversationGroupList.Size() == 1 && c.conversationGroupList[0] == "work");
        V2TIMConversationListFilter inWork;
        inWork.conversationGroup = "work";
        Value<V2TIMConversationResult> members;
        Conv()->GetConversationListByFilter(inWork, 0, 10, &members);
        EXPECT_OK(members);
        CHECK_EQ(members.value.conversationList.Size(), 3);
        Value<V2TIMConversationOperationResultVector> remove;
        Conv()->DeleteConversationsFromGroup("work", carol, &remove);
        EXPECT_OK(remove);
        Done rename;
        Conv()->RenameConversationGroup("work", "job", &rename);
        EXPECT_OK(rename);
        Done gone;
        Conv()->DeleteConversationGroup("job", &gone);
        EXPECT_OK(gone);
        Done missing;
        Conv()->DeleteConversationGroup("job", &missing);
        EXPECT_CODE(missing, ERR_SVR_CONV_CONV_GROUP_NOT_EXIST);
        Value<V2TIMStringVector> none;
        Conv()->GetConversationGroupList(&none);
        EXPECT_OK(none);
        CHECK(none.value.Empty());
        Drain();
        CHECK(events.Saw("group created work c2c_bob group_team") ||
              events.Saw("group created work group_team c2c_bob"));
        CHECK(events.Saw("group added work c2c_carol"));
        CHECK(events.Saw("group removed work c2c_carol reason 0"));
        CHECK(events.Saw("group renamed work job"));
        CHECK(events.Saw("group deleted job"));
        CHECK_EQ(events.Count("group removed"), 1);
        CHECK_EQ(oldStyle.removed.load(), 1);  // the 2-argument form, once
    }

    // ---- deleting ---------------------------------------------------------------------------------
    events.Take();
    {
        Done del;
        Conv()->DeleteConversation("c2c_carol", &del);
        EXPECT_OK(del);
        Get("c2c_carol", ERR_INVALID_CONVERSATION);
        Done again;
        Conv()->DeleteConversation("c2c_carol", &again);
        EXPECT_CODE(again, ERR_INVALID_CONVERSATION);
        V2TIMStringVector ids;
        ids.PushBack("c2c_bob");
        ids.PushBack("c2c_ghost");
        ids.PushBack("nonsense");
        Value<V2TIMConversationOperationResultVector> list;
        Conv()->DeleteConversationList(ids, true, &list);
        EXPECT_OK(list);
        REQUIRE(list.value.Size() == 3);
        CHECK_EQ(list.value[0].resultCode, 0);
        CHECK_EQ(list.value[1].resultCode, ERR_INVALID_CONVERSATION);
        CHECK_EQ(list.value[2].resultCode, ERR_INVALID_PARAMETERS);
        Drain();
        CHECK(events.Saw("deleted c2c_carol"));
        CHECK(events.Saw("deleted c2c_bob"));
        CHECK_STR(Join(ListIds()), "group_team");
    }

    // ---- a removed listener is never called again ------------------------------------------------------
    Conv()->RemoveConversationListener(&events);
    events.Take();
    CHECK_EQ(Push("zed", 1, "zed", "after removal"), 0);
    Done logout, login;
    Im()->Logout(&logout);
    EXPECT_OK(logout);
    Im()->Login("alice", "sig", &login);
    EXPECT_OK(login);
    Drain();
    CHECK(events.Take().empty());
    Conv()->RemoveConversationListener(&oldStyle);
    Conv()->RemoveConversationListener(&events);  // not there: nothing happens
    return Finish();
}
