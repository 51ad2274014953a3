"""A real third-party Matrix client (matrix-nio) talks to a timconv user: it opens a direct
chat, sends text, an emote and an @-mention in a group, edits and redacts a message, reads
what timconv sent; timconv's list must match what it did, and what timconv sends (text and a
custom element) shows in the other client as readable text."""

import asyncio
import json

from nio import AsyncClient, RoomMessageText

from harness import Peer, Server, check, user

server = Server.from_env()
T, N = user("tim"), user("nio")
tim = Peer(server, T)


async def main():
    client = AsyncClient(server.url, f"@{N}:{server.name}")
    answer = await client.login_raw({"type": "org.matrix.login.jwt", "token": server.sig(N)})
    check(getattr(answer, "access_token", None), f"nio login: {answer}")
    await client.sync(timeout=0)
    check(tim.login()[0] == 0, "timconv login")
    tim_id = f"@{T}:{server.name}"

    # A direct chat from nio: tim accepts it as the C2C conversation with nio.
    dm = (await client.room_create(is_direct=True, invite=[tim_id], preset=None)).room_id
    first = await client.room_send(dm, "m.room.message", {"msgtype": "m.text", "body": "hello from nio"})
    c = tim.until(lambda: tim.conversation(N), what="nio's conversation")
    check(c["conv_type"] == 1, f"a direct chat is C2C: {c}")
    check(c["conv_last_msg"]["message_msg_id"] == first.event_id, "event ID is the message ID")
    await client.room_send(dm, "m.room.message", {"msgtype": "m.emote", "body": "waves"})
    tim.until(lambda: tim.conversation(N)["conv_last_msg"]["message_elem_array"][0]["text_elem_content"] == "* waves",
              what="emote")
    check(tim.conversation(N)["conv_unread_num"] == 2, "two unread")

    # nio edits and redacts; tim follows.
    typo = await client.room_send(dm, "m.room.message", {"msgtype": "m.text", "body": "wrnog"})
    await client.room_send(dm, "m.room.message", {
        "msgtype": "m.text", "body": "* wrong", "m.new_content": {"msgtype": "m.text", "body": "wrong"},
        "m.relates_to": {"rel_type": "m.replace", "event_id": typo.event_id}})
    tim.until(lambda: tim.conversation(N)["conv_last_msg"]["message_elem_array"][0]["text_elem_content"] == "wrong",
              what="edit")
    await client.room_redact(dm, typo.event_id)
    tim.until(lambda: tim.conversation(N)["conv_last_msg"]["message_status"] == 6, what="redaction")

    # nio reads: tim's message becomes peer-read. tim's custom element reaches nio as text.
    custom = {"message_elem_array": [{"elem_type": 3, "custom_elem_data": "{\"card\":1}", "custom_elem_desc": "a card"}]}
    code, _, sent = tim.call("send", N, 1, json.dumps(custom))
    check(code == 0, "tim sends a custom element")
    seen = {}
    for _ in range(20):
        sync = await client.sync(timeout=3000)
        for event in sync.rooms.join.get(dm).timeline.events if dm in sync.rooms.join else []:
            seen[event.event_id] = event
        if sent["message_msg_id"] in seen:
            break
    event = seen.get(sent["message_msg_id"])
    check(isinstance(event, RoomMessageText) and event.body == "a card", f"nio sees readable text: {event}")
    check(event.source["content"]["org.timconv.message"]["message_elem_array"][0]["custom_elem_data"] == "{\"card\":1}",
          "the element travels losslessly")
    await client.room_read_markers(dm, sent["message_msg_id"], sent["message_msg_id"])
    tim.until(lambda: tim.conversation(N)["conv_last_msg"]["message_is_peer_read"], what="peer read from nio")

    # A group made by nio with an @-mention of tim.
    group = (await client.room_create(name="nio's room", invite=[tim_id])).room_id
    await asyncio.sleep(1)
    mention = {"msgtype": "m.text", "body": "tim, look", "m.mentions": {"user_ids": [tim_id]}}
    for _ in range(30):
        if (await client.joined_members(group)).members.__len__() >= 2:
            break
        await asyncio.sleep(0.5)
    await client.room_send(group, "m.room.message", mention)
    g = tim.until(lambda: next((c for c in tim.conversations() if c["conv_type"] == 2
                                and c.get("conv_group_at_info_array")), None), what="@ in nio's group")
    check(g["conv_show_name"] == "nio's room", f"group name: {g['conv_show_name']}")

    # tim reads everything: nio sees tim's receipt.
    tim.ok("clean", "c2c_" + N)
    for _ in range(20):
        sync = await client.sync(timeout=2000)
        room = sync.rooms.join.get(dm)
        receipts = [e for e in (room.ephemeral if room else []) if type(e).__name__ == "ReceiptEvent"]
        if any(r.user_id == tim_id for e in receipts for r in e.receipts):
            break
    else:
        check(False, "nio never saw tim's read receipt")
    await client.close()


try:
    asyncio.run(main())
    print("ok")
finally:
    tim.remove()
