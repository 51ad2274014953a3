"""The homeserver is killed mid-session and started again: the network listener goes from
connected to disconnected/connecting and back to connected; a message sent while it is down
fails within seconds with a network code and stays failed (no silent queue); messages sent
after it is back arrive exactly once; nothing sent before the outage is lost."""

import json
import time

from harness import Peer, Server, check, user

server = Server.from_env()
A, B = user("alice"), user("bob")
alice, bob = Peer(server, A), Peer(server, B)
try:
    for p in (alice, bob):
        check(p.login()[0] == 0, f"{p.user} login")
        p.wait(lambda e: e["kind"] == "network" and e["status"] == 0, what="connected")
    check(alice.send_text(B, 1, "before")[0] == 0, "send before the outage")
    bob.until(lambda: bob.conversation(A), what="before")

    mark_a, mark_b = alice.mark(), bob.mark()
    server.control("kill")
    bob.wait(lambda e: e["kind"] == "network" and e["status"] in (1, 3), start=mark_b, timeout=60, what="disconnected")
    began = time.time()
    code, desc, _ = alice.send_text(B, 1, "while down")
    took = time.time() - began
    check(code in (9508, 9520, 60009), f"send while down fails with a network code: {code} {desc}")
    check(took < 10, f"within seconds: {took:.1f} s")
    history = alice.ok("history", B, 1, json.dumps({"msg_getmsglist_param_count": 3}))
    check(history[0]["message_elem_array"][0]["text_elem_content"] == "while down" and history[0]["message_status"] == 3,
          f"kept as failed: {history[0]}")
    alice.wait(lambda e: e["kind"] == "network" and e["status"] == 2, start=mark_a, timeout=60, what="connecting")

    server.control("start")
    for p, m in ((alice, mark_a), (bob, mark_b)):
        p.wait(lambda e: e["kind"] == "network" and e["status"] == 0, start=m, timeout=90, what="connected again")
    check(alice.send_text(B, 1, "after")[0] == 0, "send after the outage")
    bob.until(lambda: bob.conversation(A)["conv_last_msg"]["message_elem_array"][0]["text_elem_content"] == "after",
              what="after")
    time.sleep(2)
    texts = [m["message_elem_array"][0]["text_elem_content"]
             for m in bob.ok("history", A, 1, json.dumps({"msg_getmsglist_param_count": 10}))]
    check(texts == ["after", "before"], f"exactly once, and the failed one never: {texts}")
    check(bob.conversation(A)["conv_unread_num"] == 2, "two unread")
    print("ok")
finally:
    server.control("start")
    for p in (alice, bob):
        p.remove()
