#!/usr/bin/env python3
"""The live demo in a real terminal, used as a person would: tmux runs it, send-keys types,
capture-pane reads the screen, and each step checks what the screen shows.

    tmux_live.py PATH_TO_LIVE

Random traffic (a fixed seed, 8 messages) first; then: move up and down, open (its badge goes and the
total drops by it), pin (it moves to the top, marked P), mark (*), type a draft ([draft] text),
delete (the row goes), quit (exit status 0). Exits 77 (skipped) only when tmux is missing.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

WIDTH, HEIGHT = 110, 32
TIMEOUT = float(os.environ.get("LIVE_TMUX_TIMEOUT", "20"))
# Row columns, as examples-c/live.c draws them.
COL_PIN, COL_MARK, COL_NAME, NAME_WIDTH, COL_PREVIEW = 2, 3, 5, 16, 36


class Screen:
    def __init__(self, text):
        self.text = text
        self.lines = text.splitlines()
        header = next((l for l in self.lines if l.startswith("timconv live |")), "")
        m = re.search(r"total unread (\d+)", header)
        self.total = int(m.group(1)) if m else None
        m = re.search(r"backend: (\d+) messages pushed(?:, last to (.*?))?( \(done\))?$",
                      next((l for l in self.lines if l.startswith("backend:")), ""))
        self.pushed = int(m.group(1)) if m else -1
        self.last_push = m.group(2) if m else None
        self.backend_done = bool(m and m.group(3))
        self.rows = []
        try:
            start = next(i for i, l in enumerate(self.lines) if "CONVERSATION" in l and "UNREAD" in l)
        except StopIteration:
            return
        for l in self.lines[start + 1:]:
            if l.startswith("---") or not l.strip():
                break
            if l.strip().startswith("(no conversations"):
                continue
            l = l.ljust(COL_PREVIEW)
            badge = l[COL_NAME + NAME_WIDTH:COL_PREVIEW].split()
            unread = next((int(b[1:-1]) for b in badge if re.fullmatch(r"\(\d+\)", b)), 0)
            self.rows.append({
                "selected": l[0] == ">",
                "pinned": l[COL_PIN] == "P",
                "marked": l[COL_MARK] == "*",
                "name": l[COL_NAME:COL_NAME + NAME_WIDTH].strip(),
                "unread": unread,
                "preview": l[COL_PREVIEW:].strip(),
            })

    def selected(self):
        return next((i for i, r in enumerate(self.rows) if r["selected"]), None)

    def names(self):
        return [r["name"] for r in self.rows]


class Terminal:
    def __init__(self, command):
        self.dir = tempfile.mkdtemp(prefix="timconv-tmux-")
        self.socket = os.path.join(self.dir, "socket")
        shell = f"{command}; echo EXITED:$?; sleep 60"
        self.tmux("new-session", "-d", "-s", "live", "-x", str(WIDTH), "-y", str(HEIGHT), shell)

    def tmux(self, *args):
        return subprocess.run(["tmux", "-S", self.socket, "-f", "/dev/null", *args], check=True,
                              capture_output=True, text=True).stdout

    def keys(self, *keys):
        self.tmux("send-keys", "-t", "live", *keys)

    def type(self, text):
        self.tmux("send-keys", "-t", "live", "-l", text)

    def screen(self):
        return Screen(self.tmux("capture-pane", "-p", "-t", "live"))

    def wait(self, what, predicate):
        deadline = time.monotonic() + TIMEOUT
        while True:
            s = self.screen()
            try:
                if predicate(s):
                    print(f"ok   {what}")
                    return s
            except (IndexError, KeyError, TypeError):
                pass
            if time.monotonic() > deadline:
                print(f"FAIL {what}; the screen after {TIMEOUT:.0f} s:\n{s.text}", file=sys.stderr)
                raise SystemExit(1)
            time.sleep(0.1)

    def close(self):
        subprocess.run(["tmux", "-S", self.socket, "kill-server"], capture_output=True)
        shutil.rmtree(self.dir, ignore_errors=True)


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    if shutil.which("tmux") is None:
        print("SKIPPED: tmux is not installed and could not be installed "
              "(.ci/ensure-tools installs it with apt-get)")
        return 77
    program = os.path.abspath(sys.argv[1])
    term = Terminal(f"'{program}' --interactive --seed 7 --messages 8 --interval 50")
    try:
        run(term)
    finally:
        term.close()
    print("live_tmux: all checks passed")
    return 0


def total_matches_badges(s):
    return s.total == sum(r["unread"] for r in s.rows)


def run(term):
    s = term.wait("the backend pushed 8 messages and the screen settled",
                  lambda s: s.pushed == 8 and s.backend_done and s.rows and total_matches_badges(s))
    listing = ", ".join("%s (%d)" % (r["name"], r["unread"]) for r in s.rows)
    print(f"     rows: {listing}; total {s.total}")
    if s.rows[0]["name"] != s.last_push:
        print(f"FAIL the top row is {s.rows[0]['name']}, the last push went to {s.last_push}",
              file=sys.stderr)
        raise SystemExit(1)
    print(f"ok   the conversation that got the last message ({s.last_push}) is on top")
    if s.selected() is None:
        print("FAIL no row is selected", file=sys.stderr)
        raise SystemExit(1)

    term.keys(*["Up"] * len(s.rows))
    term.wait("Up moves the selection to the top row", lambda s: s.selected() == 0)
    term.keys("Down")
    s = term.wait("Down selects the second row", lambda s: s.selected() == 1)
    target, badge, total = s.rows[1]["name"], s.rows[1]["unread"], s.total
    if badge == 0:
        print(f"FAIL {target} should have unread messages", file=sys.stderr)
        raise SystemExit(1)

    term.keys("Enter")
    s = term.wait(f"Enter opens {target}: its badge ({badge}) goes, the total drops to {total - badge}",
                  lambda s: s.rows[s.names().index(target)]["unread"] == 0 and s.total == total - badge
                  and f"{target} (opened and read)" in s.text and total_matches_badges(s))

    term.keys("p")
    s = term.wait(f"p pins {target}: top row, marked P, still selected",
                  lambda s: s.rows[0]["name"] == target and s.rows[0]["pinned"] and s.selected() == 0)

    term.keys("m")
    s = term.wait(f"m marks {target} (*)", lambda s: s.rows[0]["marked"])

    term.keys("d")
    term.wait("d asks for the draft", lambda s: "draft>" in s.text)
    term.type("on my way")
    term.keys("Enter")
    s = term.wait(f"Enter saves the draft: {target} shows [draft] on my way",
                  lambda s: s.rows[0]["name"] == target and s.rows[0]["preview"] == "[draft] on my way")

    count = len(s.rows)
    term.keys("x")
    s = term.wait(f"x deletes {target}: {count - 1} rows left, the total still adds up",
                  lambda s: target not in s.names() and len(s.rows) == count - 1 and total_matches_badges(s))

    term.keys("q")
    term.wait("q quits with exit status 0", lambda s: "EXITED:0" in s.text)


if __name__ == "__main__":
    sys.exit(main())
