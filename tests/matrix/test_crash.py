"""kill -9 during sync, round after round, while messages keep arriving: after the last
restart every message is stored exactly once and counted unread exactly once.

TIMCONV_E2E_CRASH_ROUNDS sets the number of kills (default 100)."""

import json
import os
import random
import threading
import time

from harness import Peer, Server, check, user

ROUNDS = int(os.environ.get("TIMCONV_E2E_CRASH_ROUNDS", "100"))
server = Server.from_env()
R, S = user("receiver"), user("sender")
receiver = Peer(server, R)
sender_id, token, _ = server.login(S)
stop = threading.Event()
sent = []


def send_forever(room):
    n = 0
    while not stop.is_set():
        n += 1
        body = {"msgtype": "m.text", "body": f"m-{n}"}
        server.request("PUT", f"/_matrix/client/v3/rooms/{room}/send/m.room.message/t{n}", body, token)
        sent.append(f"m-{n}")
        time.sleep(random.uniform(0, 0.02))


try:
    room = server.request("POST", "/_matrix/client/v3/createRoom",
                          {"is_direct": True, "preset": "trusted_private_chat",
                           "invite": [f"@{R}:{server.name}"]}, token)["room_id"]
    check(receiver.login()[0] == 0, "first login")
    receiver.until(lambda: server.request("GET", f"/_matrix/client/v3/rooms/{room}/joined_members", token=token)
                   ["joined"].get(f"@{R}:{server.name}"), what="the receiver joined")
    sender = threading.Thread(target=send_forever, args=(room,), daemon=True)
    sender.start()
    random.seed(int(os.environ.get("TIMCONV_E2E_SEED", "7")))
    began = time.time()
    for round_ in range(ROUNDS):
        receiver.kill()
        receiver.start()
        code, desc, _ = receiver.login()
        check(code == 0, f"round {round_}: login {code} {desc}")
        time.sleep(random.uniform(0, 0.4))
    stop.set()
    sender.join()
    receiver.kill()
    receiver.start()
    check(receiver.login()[0] == 0, "last login")
    last = sent[-1]
    receiver.until(lambda: (receiver.conversation(S) or {}).get("conv_last_msg", {}).get("message_elem_array", [{}])[0]
                   .get("text_elem_content") == last, timeout=120, what=f"the last message {last}")
    texts = []
    param = {"msg_getmsglist_param_count": 100}
    while True:
        page = receiver.ok("history", S, 1, json.dumps(param))
        if not page:
            break
        texts.extend(m["message_elem_array"][0]["text_elem_content"] for m in page)
        param["msg_getmsglist_param_last_msg"] = page[-1]
    check(len(texts) == len(set(texts)), f"no message twice ({len(texts) - len(set(texts))} repeats)")
    missing = set(sent) - set(texts)
    check(not missing, f"{len(missing)} of {len(sent)} messages lost: {sorted(missing)[:5]}")
    unread = receiver.conversation(S)["conv_unread_num"]
    check(unread == len(sent), f"unread {unread}, sent {len(sent)}")
    print(f"ok: {ROUNDS} kills in {time.time() - began:.0f} s, {len(sent)} messages, each stored and counted once")
finally:
    stop.set()
    receiver.remove()
