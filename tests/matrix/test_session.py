"""Logging in against the server: signatures it refuses answer the SDK's codes; a signature
of another user fails (and leaves that user no device); one data directory stays one device
however often it logs in; a device the server logs out gets kicked offline; a device that logged
in before logs in offline when the server is down, and syncs once it is back."""

import json
import time

from faulty_proxy import FaultyProxy
from harness import Peer, Server, check, user

server = Server.from_env()
A, M = user("alice"), user("mallory")
peers = []


def device(name, **kw):
    p = Peer(server, name, **kw)
    peers.append(p)
    return p


def devices_of(name):
    _, token, probe = server.login(name)
    ids = [d["device_id"] for d in server.request("GET", "/_matrix/client/v3/devices", token=token)["devices"]]
    server.request("POST", "/_matrix/client/v3/logout", {}, token)
    return [d for d in ids if d != probe]


try:
    alice = device(A)
    code, _, _ = alice.login(server.sig(A, lifetime=-600))
    check(code == 6206, f"an expired signature is 6206, got {code}")
    code, _, _ = alice.login(server.sig(A).rsplit(".", 1)[0] + ".forged")
    check(code == 70003, f"a forged signature is 70003, got {code}")
    code, desc, _ = alice.login(server.sig(M))
    check(code == 70013, f"mallory's signature for alice is 70013, got {code} {desc}")
    check(devices_of(M) == [], "no device left behind for mallory")

    # One data directory is one device, login after login.
    for _ in range(20):
        code, desc, _ = alice.login()
        check(code == 0, f"login: {code} {desc}")
        alice.ok("logout")
    check(len(devices_of(A)) == 1, f"one device after 20 logins: {devices_of(A)}")
    alice.stop()

    # Offline: the server cannot be reached, yet a device that logged in before logs in.
    proxy = FaultyProxy(server.url)
    phone = device(A, config={"timconv_homeserver": proxy.url})
    check(phone.login()[0] == 0, "online login")
    phone.wait(lambda e: e["kind"] == "conv_event" and e["event"] == 4, what="first sync")
    phone.stop()
    port = proxy.httpd.server_address[1]
    proxy.close()
    phone.start()
    code, desc, _ = phone.login()
    check(code == 0, f"offline login with local data: {code} {desc}")
    phone.wait(lambda e: e["kind"] == "network" and e["status"] == 3, what="connect failed")
    failed = phone.wait(lambda e: e["kind"] == "conv_event" and e["event"] == 4 and e["json"], what="sync failed")
    check(json.loads(failed["json"])["code"] in (9508, 9520), f"Finish carries the failure: {failed}")
    stranger = device(user("nobody"), config={"timconv_homeserver": f"http://127.0.0.1:{port}"})
    code, _, _ = stranger.login()
    check(code == 9508, f"no local data and no server: 9508, got {code}")
    mark = phone.mark()
    proxy = FaultyProxy(server.url, port=port)
    phone.wait(lambda e: e["kind"] == "network" and e["status"] == 0, start=mark, timeout=60, what="connected again")
    phone.wait(lambda e: e["kind"] == "conv_event" and e["event"] == 4 and not e["json"], start=mark, what="synced")
    proxy.close()

    # An app that hands over access tokens: the server's verdict on the token, and a token it
    # revokes later ends the session with user-sig-expired.
    _, token, _ = server.login(A)
    tablet = device(A, config={"timconv_user_sig_is_access_token": True})
    code, _, _ = tablet.login("not-a-token")
    check(code == 70003, f"an unknown access token is 70003, got {code}")
    code, desc, _ = tablet.login(token)
    check(code == 0, f"access-token login: {code} {desc}")
    tablet.wait(lambda e: e["kind"] == "conv_event" and e["event"] == 4, what="first sync")
    server.request("POST", "/_matrix/client/v3/logout", {}, token)
    tablet.wait(lambda e: e["kind"] == "sig_expired", timeout=60, what="user sig expired")
    check(tablet.call("list")[0] == 6014, "logged out after the token was revoked")

    # The server logs the device out: kicked offline, logged out here.
    laptop = device(A)
    check(laptop.login()[0] == 0, "login")
    laptop.wait(lambda e: e["kind"] == "conv_event" and e["event"] == 4, what="first sync")
    server.request("POST", "/_matrix/client/v3/logout/all", {}, server.login(A)[1])
    laptop.wait(lambda e: e["kind"] == "kicked", timeout=60, what="kicked offline")
    code, _, _ = laptop.call("list")
    check(code == 6014, f"logged out after being kicked: {code}")
    print("ok")
finally:
    for p in peers:
        p.remove()
