"""A user in many rooms (TIMCONV_E2E_ROOMS, default 300; CI's PostgreSQL pass uses 1,000): a
fresh device's first login lists every one with its name and last message, newest first, and
the totals add up; a message in any of them then moves it to the top. Making the rooms is most
of the run (Synapse makes about 10 a second here), so the default keeps the test command short."""

import concurrent.futures
import os
import time

from harness import Peer, Server, check, user

ROOMS = int(os.environ.get("TIMCONV_E2E_ROOMS", "300"))
server = Server.from_env()
U = user("busy")
_, token, _ = server.login(U)


def make(i):
    room = server.request("POST", "/_matrix/client/v3/createRoom", {"name": f"room {i}", "preset": "private_chat"}, token)["room_id"]
    server.request("PUT", f"/_matrix/client/v3/rooms/{room}/send/m.room.message/r{i}",
                   {"msgtype": "m.text", "body": f"last in {i}"}, token)
    return room


began = time.time()
with concurrent.futures.ThreadPoolExecutor(8) as pool:
    rooms = list(pool.map(make, range(ROOMS)))
print(f"{ROOMS} rooms made in {time.time() - began:.0f} s", flush=True)
device = Peer(server, U)
try:
    began = time.time()
    check(device.login()[0] == 0, "login")
    device.wait(lambda e: e["kind"] == "conv_event" and e["event"] == 4, timeout=300, what="first sync")
    convs = device.until(lambda: len(device.conversations()) >= ROOMS and device.conversations(), timeout=300, what="every room")
    print(f"fresh device: {ROOMS} conversations listed {time.time() - began:.1f} s after login", flush=True)
    check(len(convs) == ROOMS, f"{len(convs)} conversations for {ROOMS} rooms")
    by_id = {c["conv_id"]: c for c in convs}
    for i, room in enumerate(rooms):
        c = by_id.get(room)
        check(c is not None, f"room {i} ({room}) listed")
        check(c["conv_type"] == 2 and c["conv_show_name"] == f"room {i}", f"room {i}: {c['conv_show_name']}")
        check(c["conv_last_msg"]["message_elem_array"][0]["text_elem_content"] == f"last in {i}", f"room {i} last message")
        check(c["conv_unread_num"] == 0, "own messages are not unread")
    times = [c["conv_last_msg"]["message_server_time"] for c in convs]
    check(times == sorted(times, reverse=True), "newest first")
    pick = rooms[ROOMS // 2]
    server.request("PUT", f"/_matrix/client/v3/rooms/{pick}/send/m.room.message/again",
                   {"msgtype": "m.text", "body": "back on top"}, token)
    device.until(lambda: device.conversations()[0]["conv_id"] == pick, what="moved to the top")
    print("ok")
finally:
    device.remove()
