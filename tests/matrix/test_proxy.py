"""The proxies of TIMSetConfig carry the homeserver connection: with a SOCKS5 proxy, then with
an HTTP proxy (CONNECT), a device logs in, sends and receives, and every connection it opens
goes through the proxy (the proxy counts them; the server sees only the proxy)."""

import json
import select
import socket
import struct
import threading

from harness import Peer, Server, check, user

server = Server.from_env()
host, port = server.url.split("//")[1].split(":")
port = int(port)


class Proxy:
    """A minimal SOCKS5 or HTTP CONNECT proxy on 127.0.0.1 that counts tunnels to the server."""

    def __init__(self, kind, auth=None):
        self.kind, self.auth, self.tunnels, self.refused = kind, auth, 0, 0
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self.serve, args=(client,), daemon=True).start()

    def serve(self, client):
        try:
            target = self.socks(client) if self.kind == "socks5" else self.connect(client)
        except (OSError, ValueError, struct.error):
            target = None
        if target is None:
            self.refused += 1
            client.close()
            return
        self.tunnels += 1
        upstream = socket.create_connection(target)
        pair = {client: upstream, upstream: client}
        while pair:
            ready, _, _ = select.select(list(pair), [], [], 60)
            for s in ready:
                data = s.recv(65536)
                if not data:
                    for x in list(pair):
                        x.close()
                    pair = {}
                    break
                pair[s].sendall(data)

    def socks(self, c):
        ver, n = c.recv(2)
        methods = c.recv(n)
        if self.auth:
            if 2 not in methods:
                return None
            c.sendall(b"\x05\x02")
            _, ulen = c.recv(2)
            name = c.recv(ulen)
            plen = c.recv(1)[0]
            password = c.recv(plen)
            ok = (name.decode(), password.decode()) == self.auth
            c.sendall(b"\x01" + (b"\x00" if ok else b"\x01"))
            if not ok:
                return None
        else:
            c.sendall(b"\x05\x00")
        _, cmd, _, atyp = c.recv(4)
        if atyp == 1:
            addr = socket.inet_ntoa(c.recv(4))
        elif atyp == 3:
            addr = c.recv(c.recv(1)[0]).decode()
        else:
            return None
        (dport,) = struct.unpack("!H", c.recv(2))
        c.sendall(b"\x05\x00\x00\x01" + socket.inet_aton("127.0.0.1") + struct.pack("!H", 0))
        return (addr, dport) if cmd == 1 else None

    def connect(self, c):
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = c.recv(4096)
            if not chunk:
                return None
            head += chunk
        line = head.split(b"\r\n")[0].decode()
        method, target, _ = line.split(" ")
        if method != "CONNECT":
            return None
        h, p = target.rsplit(":", 1)
        c.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        return (h, int(p))

    def close(self):
        self.sock.close()


A, B = user("alice"), user("bob")
bob = Peer(server, B)
peers = [bob]
try:
    check(bob.login()[0] == 0, "bob logs in directly")
    for kind, config in (
        ("socks5", {"set_config_socks5_proxy_info": {"socks5_proxy_info_ip": "127.0.0.1",
                                                     "socks5_proxy_info_username": "tim",
                                                     "socks5_proxy_info_password": "p@ss:word"}}),
        ("http", {"set_config_http_proxy_info": {"http_proxy_info_ip": "127.0.0.1"}}),
    ):
        proxy = Proxy(kind, auth=("tim", "p@ss:word") if kind == "socks5" else None)
        info = next(iter(config.values()))
        info[f"{kind}_proxy_info_port"] = proxy.port
        alice = Peer(server, A)
        peers.append(alice)
        alice.ok("setconfig", json.dumps(config))
        code, desc, _ = alice.login()
        check(code == 0, f"{kind}: login through the proxy: {code} {desc}")
        text = f"through {kind}"
        check(alice.send_text(B, 1, text)[0] == 0, f"{kind}: send")
        bob.until(lambda: (bob.conversation(A) or {}).get("conv_last_msg", {}).get("message_elem_array", [{}])[0]
                  .get("text_elem_content") == text, what=f"{kind}: bob receives")
        bob.send_text(A, 1, f"back via {kind}")
        alice.until(lambda: alice.conversation(B)["conv_last_msg"]["message_elem_array"][0]["text_elem_content"]
                    == f"back via {kind}", what=f"{kind}: alice receives")
        check(proxy.tunnels >= 1 and proxy.refused == 0, f"{kind}: {proxy.tunnels} tunnels, {proxy.refused} refused")
        alice.remove()
        proxy.close()
    print("ok")
finally:
    for p in peers:
        p.remove()
