"""Bad answers from the server: 429 with `retry_after_ms` is respected; 5xx, answers that are
not JSON, cut short or full of fields of the wrong types are retried (or skipped) without a
crash; sends that get no good answer fail within seconds with a network code and stay in the
history as failed (status 3)."""

import json
import time

from faulty_proxy import FaultyProxy
from harness import Peer, Server, check, user

server = Server.from_env()
proxy = FaultyProxy(server.url)
A, B = user("alice"), user("bob")
alice = Peer(server, A, config={"timconv_homeserver": proxy.url})
bob = Peer(server, B)
counter = [0]


def bob_says():
    """Bob sends a new message; alice must receive it."""
    counter[0] += 1
    text = f"message {counter[0]}"
    code, desc, _ = bob.send_text(A, 1, text)
    check(code == 0, f"bob send: {code} {desc}")
    alice.until(lambda: (alice.conversation(B) or {}).get("conv_last_msg", {}).get("message_elem_array", [{}])[0]
                .get("text_elem_content") == text, timeout=60, what=text)


try:
    for p in (alice, bob):
        code, desc, _ = p.login()
        check(code == 0, f"{p.user} login: {code} {desc}")
    bob_says()

    # 429: the next sync waits as long as the server asked.
    proxy.inject("/sync", "status", 429, body={"errcode": "M_LIMIT_EXCEEDED", "error": "slow down", "retry_after_ms": 1500})
    while proxy.pending():
        bob_says()
    bob_says()
    syncs = proxy.requests("/sync")
    limited = [i for i, s in enumerate(syncs) if s[3] == 429]
    check(limited and limited[-1] + 1 < len(syncs), "the 429 was served, and a sync after it")
    i = limited[-1]
    waited = syncs[i + 1][0] - syncs[i][0]
    check(waited >= 1.4, f"retried after {waited:.2f} s, asked for 1.5 s")

    # Server errors and broken answers: retried, nothing lost.
    for kind, status in (("status", 500), ("status", 502), ("garbage", 200), ("truncate", 200)):
        proxy.inject("/sync", kind, status, body={"errcode": "M_UNKNOWN", "error": "bad day"})
        while proxy.pending():
            bob_says()
        check(alice.proc.poll() is None, f"alive after {kind} {status}")

    # Answers whose events have fields of the wrong types: those events are skipped.
    proxy.inject("/sync", "mangle", times=3)
    while proxy.served("mangle") < 3:
        bob.send_text(A, 1, "perhaps lost in a mangled answer")
        time.sleep(0.3)
    bob_says()
    check(alice.proc.poll() is None, "alive after mangled answers")

    # A send that gets only errors fails within seconds; the message stays, failed.
    proxy.inject("/send/", "status", 502, body={"errcode": "M_UNKNOWN"}, times=50)
    began = time.time()
    code, desc, _ = alice.send_text(B, 1, "into the void")
    took = time.time() - began
    check(code in (60009, 9508, 9520), f"send failed with a network code: {code} {desc}")
    check(took < 10, f"failed within seconds ({took:.1f} s)")
    history = alice.ok("history", B, 1, json.dumps({"msg_getmsglist_param_count": 5}))
    failed = [m for m in history if m["message_elem_array"][0]["text_elem_content"] == "into the void"]
    check(failed and failed[0]["message_status"] == 3, f"kept as failed: {failed}")
    while proxy.pending():
        proxy._take("/send/")

    # A send whose answer never comes: the attempt times out, the send fails with 9520.
    proxy.inject("/send/", "hang", seconds=30, times=3)
    began = time.time()
    code, desc, _ = alice.send_text(B, 1, "slow")
    check(code == 9520 and time.time() - began < 15, f"timed out: {code} {desc} after {time.time() - began:.1f} s")
    while proxy.pending():
        proxy._take("/send/")
    print("ok")
except SystemExit:
    for e in proxy.log[-6:]: print(e[0], e[1], e[2][:50], e[2][-60:], e[3])
    import os
    pid = alice.proc.pid
    print([open(f"/proc/{pid}/task/{t}/comm").read().strip() for t in os.listdir(f"/proc/{pid}/task")], time.time())
    raise
finally:
    for p in (alice, bob):
        p.remove()
    proxy.close()
