"""The V2 C++ API driving group calls against the homeserver: alice is the C++ program
matrix_v2_groups (tests/matrix/v2_groups.cpp, its own checks), bob a peer device that sees
what alice's calls do: the invitation, his admin role, the new name, his removal."""

import json
import os
import shutil
import subprocess
import tempfile

from harness import Peer, Server, check, user, RUN

server = Server.from_env()
A, B = user("alice"), user("bob")
GROUP = f"v2-{RUN}"
bob = Peer(server, B)
try:
    check(bob.login()[0] == 0, "bob logs in")
    bob.wait(lambda e: e["kind"] == "conv_event" and e["event"] == 4, what="bob's first sync")
    program = os.environ.get("TIMCONV_MATRIX_V2")
    check(program, "TIMCONV_MATRIX_V2 names the C++ program")
    data = tempfile.mkdtemp(prefix="timconv-e2e-v2-")
    run = subprocess.run([program, server.url, data, A, server.sig(A), B, GROUP],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=300)
    print(run.stdout, flush=True)
    check(run.returncode == 0, f"the C++ program failed ({run.returncode})")

    def tip_types():
        with bob.lock:
            tips = [json.loads(e["json"]) for e in bob.events if e["kind"] == "tips"]
        return [t["group_tips_elem_tip_type"] for t in tips if t["group_tips_elem_group_id"] == GROUP]

    # Bob saw his invitation, his admin role, the rename, his mute and unmute and his removal.
    bob.until(lambda: tip_types()[:1] == [1] and 3 in tip_types(), what="bob's tips")
    kinds = tip_types()
    check(kinds.index(4) < kinds.index(6) < kinds.index(7) < kinds.index(3), f"tips in order: {kinds}")
    bob.wait(lambda e: e["kind"] == "new_msgs" and '"group_report_elem_report_type":4' in e["json"], what="removed report")
    print("ok")
finally:
    bob.remove()
    if "data" in globals() and not os.environ.get("TIMCONV_E2E_KEEP"):
        shutil.rmtree(data, ignore_errors=True)
