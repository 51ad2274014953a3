"""Two users in two processes chat one-to-one and in a group: the receiver's list, order,
unread counts, last messages, events and @-marks; reading shows on the sender's side as
peer-read; revoke and edit reach the other side."""

import json
import time

from harness import Peer, Server, check, user

server = Server.from_env()
A, B, C = user("alice"), user("bob"), user("carol")
alice, bob, carol = Peer(server, A), Peer(server, B), Peer(server, C)
try:
    for p in (alice, bob, carol):
        code, desc, _ = p.login()
        check(code == 0, f"{p.user} login: {code} {desc}")
    # The first sync after login is bracketed by Start (3) and Finish (4).
    for p in (alice, bob, carol):
        start = p.wait(lambda e: e["kind"] == "conv_event" and e["event"] == 3, what="Start")
        p.wait(lambda e: e["kind"] == "conv_event" and e["event"] == 4, what="Finish")
        check(p.wait(lambda e: e["kind"] == "network" and e["status"] == 0, what="connected"), "connected")

    # C2C: alice -> bob, twice. Bob's list gets the conversation (Add, then Update).
    mark = bob.mark()
    code, desc, sent = alice.send_text(B, 1, "hello bob")
    check(code == 0, f"send: {code} {desc}")
    check(sent["message_msg_id"].startswith("$"), "the sent message carries its event ID")
    check(sent["message_status"] == 2, "sent")
    added = bob.wait(lambda e: e["kind"] == "conv_event" and e["event"] == 0, what="Add", start=mark)
    conv = json.loads(added["json"])[0]
    check(conv["conv_id"] == A and conv["conv_type"] == 1, f"C2C conversation with alice: {conv}")
    check(conv["conv_unread_num"] == 1, "one unread")
    check(conv["conv_last_msg"]["message_msg_id"] == sent["message_msg_id"], "same message ID on both sides")
    news = bob.wait(lambda e: e["kind"] == "new_msgs", start=mark, what="new message")
    check(json.loads(news["json"])[0]["message_elem_array"][0]["text_elem_content"] == "hello bob", "text")
    alice.send_text(B, 1, "second")
    bob.until(lambda: (bob.conversation(A) or {}).get("conv_unread_num") == 2, what="two unread")
    c = bob.conversation(A)
    check(c["conv_last_msg"]["message_elem_array"][0]["text_elem_content"] == "second", "last message")

    # Bob reads: alice's last message becomes peer-read, and her receipt listener fires.
    mark = alice.mark()
    bob.ok("clean", "c2c_" + A)
    alice.wait(lambda e: e["kind"] == "receipts", start=mark, what="read receipt")
    alice.until(lambda: alice.conversation(B)["conv_last_msg"]["message_is_peer_read"], what="peer read")
    check(bob.conversation(A)["conv_unread_num"] == 0, "read on bob's side")

    # Bob replies; alice's list shows it on top.
    bob.send_text(A, 1, "hi alice")
    alice.until(lambda: alice.conversation(B)["conv_last_msg"]["message_sender"] == B, what="reply")

    # Revoke: alice revokes her last message; bob sees status 6 and the revoke listener.
    code, desc, last = alice.send_text(B, 1, "oops")
    check(code == 0, "send")
    bob.until(lambda: bob.conversation(A)["conv_last_msg"]["message_msg_id"] == last["message_msg_id"], what="oops")
    mark = bob.mark()
    alice.ok("revoke", B, 1, json.dumps(last))
    bob.wait(lambda e: e["kind"] == "revoked", start=mark, what="revoke listener")
    bob.until(lambda: bob.conversation(A)["conv_last_msg"]["message_status"] == 6, what="revoked")

    # Edit: an m.replace from a plain Matrix client of alice's account reaches bob as an update.
    code, desc, typo = alice.send_text(B, 1, "teh typo")
    bob.until(lambda: bob.conversation(A)["conv_last_msg"]["message_msg_id"] == typo["message_msg_id"], what="typo")
    _, token, _ = server.login(A)
    room = next(r for r in server.request("GET", "/_matrix/client/v3/joined_rooms", token=token)["joined_rooms"])
    edit = {"msgtype": "m.text", "body": "* the typo",
            "m.new_content": {"msgtype": "m.text", "body": "the typo"},
            "m.relates_to": {"rel_type": "m.replace", "event_id": typo["message_msg_id"]}}
    mark = bob.mark()
    server.request("PUT", f"/_matrix/client/v3/rooms/{room}/send/m.room.message/edit{time.time()}", edit, token)
    bob.wait(lambda e: e["kind"] == "updated", start=mark, what="message update")
    bob.until(lambda: bob.conversation(A)["conv_last_msg"]["message_elem_array"][0]["text_elem_content"] == "the typo",
              what="edited text")

    # An edit by alice through the SDK (TIMMsgModifyMessage) reaches bob too.
    typo2 = dict(typo)
    typo2["message_elem_array"] = [{"elem_type": 0, "text_elem_content": "the typo, fixed again"}]
    mark = bob.mark()
    alice.ok("modify", json.dumps(typo2))
    bob.wait(lambda e: e["kind"] == "updated", start=mark, what="message update from a modify")
    bob.until(lambda: bob.conversation(A)["conv_last_msg"]["message_elem_array"][0]["text_elem_content"]
              == "the typo, fixed again", what="modified text")

    # A batch send reaches each receiver; the callback lists one result per user.
    param = {"msg_batch_send_param_identifier_array": [B, C],
             "msg_batch_send_param_msg": {"message_elem_array": [{"elem_type": 0, "text_elem_content": "to all"}]}}
    results = alice.ok("batch_send", json.dumps(param))
    check([r["msg_batch_send_result_code"] for r in results] == [0, 0], f"batch send results: {results}")
    check(all(r["msg_batch_send_result_msg"]["message_msg_id"].startswith("$") for r in results), "event IDs")
    for p, other in ((bob, A), (carol, A)):
        p.until(lambda: (p.conversation(other) or {}).get("conv_last_msg", {}).get("message_elem_array", [{}])[0]
                .get("text_elem_content") == "to all", what="batch message")

    # A group: a room alice creates and invites bob and carol to; each accepts by itself.
    created = server.request("POST", "/_matrix/client/v3/createRoom",
                             {"name": "Project X", "preset": "private_chat",
                              "invite": [f"@{B}:{server.name}", f"@{C}:{server.name}"]}, token)
    room_id = created["room_id"]
    alice.until(lambda: alice.send_text(room_id, 2, "welcome")[0] == 0, what="group send")
    for p in (bob, carol):
        g = p.until(lambda: next((c for c in p.conversations() if c["conv_id"] == room_id), None), what="group conversation")
        check(g["conv_type"] == 2 and g["conv_show_name"] == "Project X", f"group shows its name: {g}")
    # @-mentions: carol is @-ed, bob is not.
    alice.send_text(room_id, 2, "@carol look", at=[C])
    carol.until(lambda: next(c for c in carol.conversations() if c["conv_id"] == room_id)["conv_group_at_info_array"],
                what="@ mark")
    time.sleep(1)
    check(not next(c for c in bob.conversations() if c["conv_id"] == room_id)["conv_group_at_info_array"], "no @ for bob")
    g = next(c for c in bob.conversations() if c["conv_id"] == room_id)
    check(g["conv_unread_num"] >= 2, f"group unread {g['conv_unread_num']}")
    print("ok")
finally:
    for p in (alice, bob, carol):
        p.remove()
