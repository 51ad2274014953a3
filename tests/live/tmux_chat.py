#!/usr/bin/env python3
"""The live demo against a real homeserver, two users in two terminals, used as people would:
tmux runs `live --homeserver` as alice and as bob, send-keys types, capture-pane reads the
screens.

    tmux_chat.py PATH_TO_LIVE     (TIMCONV_MATRIX_DIR: the running server's state directory)

alice starts a chat with bob (n), bob's list gets it with a badge and the total; bob opens it
(the badge goes) and answers (s); alice's list shows the answer with a badge; in a group both
are in, alice @-mentions bob, and bob's row shows @me; both quit with exit status 0.
Exits 77 (skipped) only when tmux is missing.
"""

import os
import shutil
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "matrix"))
from harness import Server, user  # noqa: E402
from tmux_live import Screen, Terminal  # noqa: E402


class Chat(Terminal):
    """A terminal whose tmux session is named after its user."""

    def __init__(self, name, command):
        self.name = name
        super().__init__(command)

    def wait(self, what, predicate):
        return super().wait(f"{self.name}: {what}", predicate)


def row(s, name):
    return next((r for r in s.rows if r["name"] == name), None)


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    if shutil.which("tmux") is None:
        print("SKIPPED: tmux is not installed")
        return 77
    program = os.path.abspath(sys.argv[1])
    server = Server.from_env()
    A, B = user("alice"), user("bob")
    cmd = lambda u: f"'{program}' --homeserver {server.url} --user {u} --sig {server.sig(u)}"
    alice, bob = Chat("alice", cmd(A)), Chat("bob", cmd(B))
    try:
        for t in (alice, bob):
            t.wait("connected to the homeserver", lambda s: "(connected)" in s.text)

        alice.keys("n")
        alice.wait("n asks who to write to", lambda s: "to>" in s.text)
        alice.type(B)
        alice.keys("Enter")
        alice.wait("then the message", lambda s: "say>" in s.text)
        alice.type("hello bob")
        alice.keys("Enter")
        alice.wait("the chat with bob is on her list", lambda s: row(s, B) and "hello bob" in row(s, B)["preview"])
        s = bob.wait("bob's list gets alice with a badge and the total",
                     lambda s: row(s, A) and row(s, A)["unread"] == 1 and s.total == 1)

        bob.keys("Up", "Enter")
        bob.wait("Enter opens it: the badge goes, the total is 0",
                 lambda s: row(s, A)["unread"] == 0 and s.total == 0 and "(opened and read)" in s.text)
        bob.keys("s")
        bob.wait("s asks for the message", lambda s: "say>" in s.text)
        bob.type("hi alice")
        bob.keys("Enter")
        alice.wait("bob's answer with a badge", lambda s: row(s, B)["unread"] == 1 and "hi alice" in row(s, B)["preview"])

        # A group both are in: made by a plain client of alice's account, joined by both.
        _, token, _ = server.login(A)
        room = server.request("POST", "/_matrix/client/v3/createRoom",
                              {"name": "Demo room", "preset": "private_chat", "invite": [f"@{B}:{server.name}"]},
                              token)["room_id"]
        # (A group with no message yet is not listed, as with the SDK.)
        server.request("PUT", f"/_matrix/client/v3/rooms/{room}/send/m.room.message/welcome",
                       {"msgtype": "m.text", "body": "welcome"}, token)
        for t in (alice, bob):
            t.wait("the group shows", lambda s: row(s, "Demo room") is not None)
        s = alice.screen()
        group_row = s.names().index("Demo room")
        here = s.selected() or 0
        alice.keys(*(["Down"] * (group_row - here) if group_row > here else ["Up"] * (here - group_row)))
        alice.wait("the group is selected", lambda s: s.rows[s.selected()]["name"] == "Demo room")
        alice.keys("s")
        alice.type(f"@{B} look here")
        alice.keys("Enter")
        bob.wait("bob's group row shows @me and a badge",
                 lambda s: row(s, "Demo room")["unread"] >= 1 and "@me" in s.lines[[i for i, l in enumerate(s.lines)
                                                                                    if "Demo room" in l][0]])
        for t in (alice, bob):
            t.keys("q")
            t.wait("q quits with exit status 0", lambda s: "EXITED:0" in s.text)
    finally:
        alice.close()
        bob.close()
    print("live_chat: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
