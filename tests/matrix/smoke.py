#!/usr/bin/env python3
"""The Matrix fixture works: two users log in to the test homeserver with JWTs, using
matrix-nio (a third-party client); alice opens a DM with bob, bob accepts the invite, alice
sends a message and bob receives it through /sync. An expired JWT is refused.

    TIMCONV_MATRIX_DIR=DIR tools/synapse/server python DIR tests/matrix/smoke.py

DIR is a directory that `tools/synapse/server start` runs a homeserver from (ctest's fixture
sets TIMCONV_MATRIX_DIR and starts it).
"""

import asyncio
import importlib.machinery
import importlib.util
import logging
import os
import secrets
import sys

from nio import AsyncClient, JoinResponse, LoginResponse, RoomCreateResponse, RoomSendResponse

# nio logs a warning for the expected failure of the expired login's reply.
logging.getLogger("nio").setLevel(logging.ERROR)
HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.environ["TIMCONV_MATRIX_DIR"]


def load_jwt_tool():
    path = os.path.join(HERE, "..", "..", "tools", "synapse", "jwt")
    loader = importlib.machinery.SourceFileLoader("timconv_jwt", path)
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader(loader.name, loader))
    loader.exec_module(module)
    return module


def read(name):
    with open(os.path.join(DIR, name)) as f:
        return f.read().strip()


def check(condition, what):
    if not condition:
        sys.exit(f"FAIL: {what}")
    print(f"ok: {what}")


async def login(url, jwt, secret, name, **claims):
    client = AsyncClient(url)
    reply = await client.login_raw({"type": "org.matrix.login.jwt",
                                    "token": jwt.make_jwt(secret, name, **claims)})
    return client, reply


async def sync_until(client, found, what, rounds=20):
    """Syncs (long-poll) until found(sync_response) is true."""
    for _ in range(rounds):
        reply = await client.sync(timeout=3000)
        if found(reply):
            return reply
    sys.exit(f"FAIL: {what} not seen after {rounds} syncs")


async def main():
    url, secret, jwt = read("url"), read("jwt_secret"), load_jwt_tool()
    tag = secrets.token_hex(3)  # fresh users even against a server already used
    alice, reply = await login(url, jwt, secret, f"smoke-alice-{tag}")
    check(isinstance(reply, LoginResponse) and reply.user_id == f"@smoke-alice-{tag}:localhost",
          f"alice logs in by JWT ({reply})")
    bob, reply = await login(url, jwt, secret, f"smoke-bob-{tag}")
    check(isinstance(reply, LoginResponse), "bob logs in by JWT")
    expired, reply = await login(url, jwt, secret, f"smoke-eve-{tag}", exp_in=-3600)
    check(getattr(reply, "status_code", None) == "M_FORBIDDEN", "an expired JWT is refused")
    await expired.close()
    try:
        await bob.sync(timeout=0)  # bob's starting point
        room = await alice.room_create(is_direct=True, invite=[bob.user_id])
        check(isinstance(room, RoomCreateResponse), "alice creates a DM room inviting bob")
        room_id = room.room_id
        await sync_until(bob, lambda r: room_id in r.rooms.invite, "bob's invite")
        check(isinstance(await bob.join(room_id), JoinResponse), "bob accepts the invite")
        sent = await alice.room_send(room_id, "m.room.message",
                                     {"msgtype": "m.text", "body": f"hello {tag}"})
        check(isinstance(sent, RoomSendResponse), "alice sends a message")

        def has_message(r):
            room = r.rooms.join.get(room_id)
            return room and any(getattr(e, "event_id", None) == sent.event_id
                                and getattr(e, "body", None) == f"hello {tag}"
                                and e.sender == alice.user_id for e in room.timeline.events)
        await sync_until(bob, has_message, "alice's message in bob's sync")
        check(True, "bob receives the message through /sync")
    finally:
        await alice.close()
        await bob.close()


if __name__ == "__main__":
    asyncio.run(asyncio.wait_for(main(), 50))
