"""Drives end-to-end tests against a local homeserver: devices are `peer` processes (the C
API, one device each), the server is the one the `matrix` ctest fixture started (its state
directory is in TIMCONV_MATRIX_DIR), and user signatures are JWTs signed with its secret.

    server = Server.from_env()
    alice = Peer(server, "alice")            # a device with a fresh data directory
    alice.login()
    alice.send_text("bob", 1, "hi")
    bob.wait(lambda e: e["kind"] == "new_msgs")
"""

import base64
import hashlib
import hmac
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request


PEERS = []


def fail(why):
    """Ends the test, showing the end of each device's log."""
    print("FAIL:", why, flush=True)
    for peer in PEERS:
        log = os.path.join(peer.dir, "log", "timconv.log")
        if os.path.exists(log):
            lines = open(log, errors="replace").read().splitlines()[-25:]
            print(f"--- {peer.user} ({peer.dir}): end of its log", *lines, sep="\n", flush=True)
    sys.exit(1)


def check(cond, why):
    if not cond:
        fail(why)


RUN = "%x" % (int(time.time() * 1000) % 0xFFFFFF)


def user(name):
    """A user ID unique to this run (the server outlives a test)."""
    return f"{name}-{RUN}"


def jwt(secret, subject, lifetime=3600):
    """An HS256 JWT for `subject`, valid for `lifetime` seconds (negative: already expired)."""

    def b64(data):
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    now = int(time.time())
    header = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    payload = b64(json.dumps({"sub": subject, "iat": now, "exp": now + lifetime}).encode())
    signature = hmac.new(secret.encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{b64(signature)}"


class Server:
    """The homeserver of the test fixture."""

    def __init__(self, state_dir):
        self.dir = state_dir
        read = lambda name: open(os.path.join(state_dir, name)).read().strip()
        self.url = read("url")
        self.secret = read("jwt_secret")
        self.admin_token = read("admin_token") if os.path.exists(os.path.join(state_dir, "admin_token")) else None
        self.tools = os.path.join(os.path.dirname(__file__), "..", "..", "tools", "synapse")

    @property
    def name(self):
        """The server name (the part after ':' in user IDs)."""
        if not hasattr(self, "_name"):
            self._name = self.login("timconv-probe")[0].split(":", 1)[1]
        return self._name

    @staticmethod
    def from_env():
        state = os.environ.get("TIMCONV_MATRIX_DIR")
        check(state and os.path.exists(os.path.join(state, "url")), "TIMCONV_MATRIX_DIR names no running server")
        return Server(state)

    def sig(self, user, lifetime=3600):
        return jwt(self.secret, user, lifetime)

    def request(self, method, path, body=None, token=None):
        """A client-server API request (for checks and for a bare client's part)."""
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.url + path, data=data, method=method)
        req.add_header("Content-Type", "application/json")
        if token:
            req.add_header("Authorization", "Bearer " + token)
        with urllib.request.urlopen(req, timeout=30) as answer:
            return json.loads(answer.read() or b"{}")

    def login(self, user, device=None):
        """Logs `user` in with a JWT as a plain HTTP client: (user_id, token, device_id)."""
        body = {"type": "org.matrix.login.jwt", "token": self.sig(user)}
        if device:
            body["device_id"] = device
        answer = self.request("POST", "/_matrix/client/v3/login", body)
        return answer["user_id"], answer["access_token"], answer["device_id"]

    def control(self, command):
        """`tools/synapse/server <command> DIR` (stop, kill, start)."""
        subprocess.run([os.path.join(self.tools, "server"), command, self.dir], check=True,
                       stdout=subprocess.DEVNULL)


PEER = os.environ.get("TIMCONV_MATRIX_PEER")


class Peer:
    """One device: a `peer` process with its own data directory."""

    def __init__(self, server, user, data_dir=None, config=None, start=True):
        self.server = server
        self.user = user
        self.dir = data_dir or tempfile.mkdtemp(prefix=f"timconv-e2e-{user}-")
        self.config = {"sdk_config_config_file_path": self.dir, "timconv_homeserver": server.url}
        self.config.update(config or {})
        self.events = []
        self.lock = threading.Condition()
        self.next_id = 1
        self.proc = None
        PEERS.append(self)
        if start:
            self.start()

    def start(self):
        check(PEER, "TIMCONV_MATRIX_PEER names no peer program")
        self.proc = subprocess.Popen([PEER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        self.events = []
        threading.Thread(target=self._read, daemon=True).start()
        self.call("init", json.dumps(self.config))

    def _read(self):
        for line in self.proc.stdout:
            try:
                event = json.loads(line)
            except ValueError:
                continue
            with self.lock:
                self.events.append(event)
                self.lock.notify_all()

    def call(self, op, *args, timeout=30):
        """Runs a command and returns its result (code, desc, parsed json or None)."""
        rid = self.next_id
        self.next_id += 1
        self.proc.stdin.write("\t".join([str(rid), op, *map(str, args)]) + "\n")
        self.proc.stdin.flush()
        r = self.wait(lambda e: e["kind"] == "result" and e["id"] == rid, timeout, f"{self.user}: {op}")
        parsed = None
        if r["json"]:
            try:
                parsed = json.loads(r["json"])
            except ValueError:
                parsed = r["json"]
        return r["code"], r["desc"], parsed

    def ok(self, op, *args, timeout=30):
        code, desc, parsed = self.call(op, *args, timeout=timeout)
        check(code == 0, f"{self.user}: {op} {args} answered {code} {desc}")
        return parsed

    def wait(self, pred, timeout=30, what="an event", start=0):
        """The first event at or after index `start` matching `pred`, waiting up to `timeout` s."""
        deadline = time.time() + timeout
        with self.lock:
            while True:
                for e in self.events[start:]:
                    if pred(e):
                        return e
                left = deadline - time.time()
                if left <= 0:
                    fail(f"{self.user}: timed out waiting for {what}; last events: {self.events[-5:]}")
                self.lock.wait(left)

    def mark(self):
        """The current event count (to wait only for what comes after)."""
        with self.lock:
            return len(self.events)

    def login(self, sig=None):
        return self.call("login", self.user, sig or self.server.sig(self.user), timeout=60)

    def send_text(self, conv_id, conv_type, text, at=None):
        msg = {"message_elem_array": [{"elem_type": 0, "text_elem_content": text}]}
        if at:
            msg["message_group_at_user_array"] = at
        return self.call("send", conv_id, conv_type, json.dumps(msg))

    def conversations(self):
        return self.ok("list") or []

    def conversation(self, conv_id):
        return next((c for c in self.conversations() if c["conv_id"] == conv_id), None)

    def until(self, pred, timeout=30, what="a condition"):
        """Polls `pred()` (e.g. on the conversation list) until it is true."""
        deadline = time.time() + timeout
        while True:
            value = pred()
            if value:
                return value
            if time.time() > deadline:
                fail(f"{self.user}: timed out waiting for {what}")
            time.sleep(0.2)

    def stop(self):
        """Ends the process cleanly (TIMUninit)."""
        if self.proc and self.proc.poll() is None:
            self.proc.stdin.write("exit\n")
            self.proc.stdin.flush()
            self.proc.wait(timeout=60)

    def kill(self):
        """kill -9."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def remove(self):
        self.kill()
        if not os.environ.get("TIMCONV_E2E_KEEP"):
            shutil.rmtree(self.dir, ignore_errors=True)
