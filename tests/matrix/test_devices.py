"""Two devices of one user stay in step: pins, marks, conversation groups, drafts, read state
and deletions made on one show on the other within a sync; a fresh device's first login shows
the whole list with last messages, unread counts and those settings."""

import json

from harness import Peer, Server, check, user

server = Server.from_env()
A, B, C = user("alice"), user("bob"), user("carol")
phone, laptop, bob, carol = Peer(server, A), Peer(server, A), Peer(server, B), Peer(server, C)
fresh = None
try:
    for p in (phone, laptop, bob, carol):
        code, desc, _ = p.login()
        check(code == 0, f"{p.user} login: {code} {desc}")
    bob.send_text(A, 1, "from bob")
    carol.send_text(A, 1, "from carol 1")
    carol.send_text(A, 1, "from carol 2")
    for d in (phone, laptop):
        d.until(lambda: (d.conversation(C) or {}).get("conv_unread_num") == 2 and d.conversation(B), what="messages on both devices")

    def on_laptop(what, pred, timeout=30):
        return laptop.until(lambda: pred(laptop.conversation(B) or {}), timeout, what)

    phone.ok("pin", B, 1, 1)
    on_laptop("pin", lambda c: c.get("conv_is_pinned"))
    phone.ok("mark", json.dumps(["c2c_" + B]), 1, 1)
    on_laptop("star mark", lambda c: c.get("conv_mark_array") == [1])
    phone.ok("group_create", "work", json.dumps(["c2c_" + B]))
    on_laptop("conversation group", lambda c: c.get("conv_conversation_group_array") == ["work"])
    draft = {"draft_msg": {"message_elem_array": [{"elem_type": 0, "text_elem_content": "half a thought"}]},
             "draft_user_define": "cursor=4", "draft_edit_time": 1700000000}
    phone.ok("draft", B, 1, json.dumps(draft))
    on_laptop("draft", lambda c: c.get("conv_is_has_draft")
              and c["conv_draft"]["draft_msg"]["message_elem_array"][0]["text_elem_content"] == "half a thought")

    # Reading on the phone reads on the laptop.
    phone.ok("clean", "c2c_" + C)
    laptop.until(lambda: laptop.conversation(C)["conv_unread_num"] == 0, what="read state")

    # More history than a first sync brings (20 events a room): a fresh device fetches the rest
    # from the server when the app pages back.
    _, bob_token, _ = server.login(B)
    dm = next(r for r in server.request("GET", "/_matrix/client/v3/joined_rooms", token=bob_token)["joined_rooms"])
    for i in range(30):
        server.request("PUT", f"/_matrix/client/v3/rooms/{dm}/send/m.room.message/h{i}",
                       {"msgtype": "m.text", "body": f"history {i}"}, bob_token)
    phone.until(lambda: phone.conversation(B)["conv_last_msg"]["message_elem_array"][0]["text_elem_content"]
                == "history 29", what="history arrived")

    # A fresh device sees it all at its first login.
    fresh = Peer(server, A)
    code, desc, _ = fresh.login()
    check(code == 0, f"fresh login: {code} {desc}")
    fresh.wait(lambda e: e["kind"] == "conv_event" and e["event"] == 4, what="first sync finished")
    convs = {c["conv_id"]: c for c in fresh.until(lambda: len(fresh.conversations()) >= 2 and fresh.conversations(), what="list")}
    b, c = convs[B], convs[C]
    check(b["conv_is_pinned"] and b["conv_mark_array"] == [1] and b["conv_conversation_group_array"] == ["work"],
          f"settings on a fresh device: {b}")
    check(b["conv_is_has_draft"], "draft on a fresh device")
    check(c["conv_unread_num"] == 0, f"read state on a fresh device: {c['conv_unread_num']}")
    texts = [m["message_elem_array"][0]["text_elem_content"]
             for m in fresh.ok("history", B, 1, json.dumps({"msg_getmsglist_param_count": 40}))]
    check(texts[:31] == [f"history {i}" for i in range(29, -1, -1)] + ["from bob"],
          f"older history fetched from the server: {texts}")
    check(c["conv_last_msg"]["message_elem_array"][0]["text_elem_content"] == "from carol 2", "last message")
    order = [x["conv_id"] for x in fresh.conversations()]
    check(order.index(B) < order.index(C), f"pinned first: {order}")

    # Undoing on the laptop undoes on the phone.
    laptop.ok("pin", B, 1, 0)
    laptop.ok("mark", json.dumps(["c2c_" + B]), 1, 0)
    laptop.ok("group_remove", "work", json.dumps(["c2c_" + B]))
    laptop.ok("cancel_draft", B, 1)

    def phone_has(pred, what):
        phone.until(lambda: pred(phone.conversation(B)), what=what)

    phone_has(lambda c: not c["conv_is_pinned"], "unpinned")
    phone_has(lambda c: c["conv_mark_array"] == [], "unmarked")
    phone_has(lambda c: c["conv_conversation_group_array"] == [], "out of the group")
    phone_has(lambda c: not c["conv_is_has_draft"], "draft gone")

    # Deleting a conversation on one device deletes it on the other; a new message brings it back.
    laptop.ok("delete", C, 1)
    phone.until(lambda: phone.conversation(C) is None, what="deleted on the phone")
    carol.send_text(A, 1, "still there?")
    phone.until(lambda: phone.conversation(C), what="back with a new message")
    check(phone.conversation(C)["conv_unread_num"] == 1, "only the new message is unread")
    print("ok")
finally:
    for p in (phone, laptop, bob, carol, fresh):
        if p:
            p.remove()
