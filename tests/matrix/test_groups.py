"""Groups, profiles and the block list as server operations, three users in separate
processes (bob on two devices): alice creates a Public and a Work group and invites bob, carol
joins by ID; group lists, member lists, roles, tips in order and the group conversations;
info changes, mutes, name cards and removals propagate; refused operations answer the SDK's
codes; a dismissed group leaves every list; profiles read back on every device; bob blocks
carol and stops receiving her messages on both devices."""

import json
import time

from harness import Peer, Server, check, user, RUN

server = Server.from_env()
A, B, C = user("alice"), user("bob"), user("carol")
alice, bob, carol = Peer(server, A), Peer(server, B), Peer(server, C)
bob2 = Peer(server, B)
PUB, WORK = f"pub-{RUN}", f"work-{RUN}"
FACE = "https://example.org/faces/pub.png"
everyone = (alice, bob, bob2, carol)


def call(peer, op, *args):
    """(code, parsed JSON) of a call."""
    code, desc, parsed = peer.call(op, *args)
    return code, parsed


def tips(peer, group, start=0):
    """The tips the peer's listener got for `group`, as (type, op, users)."""
    with peer.lock:
        events = [json.loads(e["json"]) for e in peer.events[start:] if e["kind"] == "tips"]
    return [(t["group_tips_elem_tip_type"], t["group_tips_elem_op_user"], t["group_tips_elem_user_array"])
            for t in events if t["group_tips_elem_group_id"] == group]


def wait_tips(peer, group, want, start=0, what="tips"):
    peer.until(lambda: len(tips(peer, group, start)) >= len(want), what=f"{peer.user}: {what}")
    got = tips(peer, group, start)[:len(want)]
    check(got == want, f"{peer.user}: {what}: {got} != {want}")


def group_ids(peer):
    return sorted(g["group_base_info_group_id"] for g in peer.ok("g_list"))


def members(peer, group):
    page = peer.ok("g_members", json.dumps({"group_get_members_info_list_param_group_id": group}))
    return {m["group_member_info_identifier"]: m for m in page["group_get_member_info_list_result_info_array"]}


def conv(peer, group):
    return next((c for c in peer.conversations() if c["conv_id"] == group and c["conv_type"] == 2), None)


def last_elem(c):
    return c["conv_last_msg"]["message_elem_array"][0]


try:
    for p in everyone:
        code, desc, _ = p.login()
        check(code == 0, f"{p.user} login: {code} {desc}")
    for p in everyone:
        p.wait(lambda e: e["kind"] == "conv_event" and e["event"] == 4, what="first sync")

    # Create: a Public group with info, a Work group; the IDs asked for come back.
    create = {"create_group_param_group_id": PUB, "create_group_param_group_name": "Pub",
              "create_group_param_group_type": 0, "create_group_param_introduction": "about pub",
              "create_group_param_notification": "read me", "create_group_param_face_url": FACE}
    r = alice.ok("g_create", json.dumps(create))
    check(r == {"create_group_result_groupid": PUB}, f"public created: {r}")
    work = {"create_group_param_group_id": WORK, "create_group_param_group_name": "Work",
            "create_group_param_group_type": 1}
    r = alice.ok("g_create", json.dumps(work))
    check(r == {"create_group_result_groupid": WORK}, f"work created: {r}")
    code, _ = call(alice, "g_create", json.dumps(create))
    check(code == 10021, f"a group ID in use: {code}")
    code, _ = call(alice, "g_create", json.dumps({"create_group_param_group_id": "a:b"}))
    check(code == 8501, f"an ID that cannot be an alias: {code}")

    # Alice's own join is the first tip; each group is in her list with a tip as last message.
    wait_tips(alice, PUB, [(1, A, [A])], what="creator's join")
    c = alice.until(lambda: conv(alice, PUB), what="public group conversation")
    check(c["conv_show_name"] == "Pub" and c["conv_face_url"] == FACE and c["conv_group_type"] == 0, f"{c}")
    check(last_elem(c)["elem_type"] == 5 and c["conv_unread_num"] == 0, "a tip, not unread")

    # Invite bob to both; carol joins the public one by its ID.
    for g in (PUB, WORK):
        results = alice.ok("g_invite", json.dumps({"group_invite_member_param_group_id": g,
                                                   "group_invite_member_param_identifier_array": [B]}))
        check(results == [{"group_invite_member_result_identifier": B, "group_invite_member_result_result": 1}],
              f"invite: {results}")
    carol.ok("g_join", PUB)
    code, _ = call(carol, "g_join", WORK)
    check(code == 10007, f"a Work group takes members by invitation: {code}")
    code, _ = call(carol, "g_join", f"nope-{RUN}")
    check(code == 10010, f"an unknown group: {code}")

    # Tips in order, on every member's device; the groups in everyone's lists.
    wait_tips(alice, PUB, [(1, A, [A]), (1, A, [B]), (1, C, [C])], what="public group tips")
    for p in (bob, bob2):
        wait_tips(p, WORK, [(1, A, [A]), (1, A, [B])], what="invited to work (after the history before)")
        c = p.until(lambda: conv(p, PUB), what="public group in bob's list")
        check(c["conv_show_name"] == "Pub" and last_elem(c)["elem_type"] == 5, f"bob's public conversation {c}")
        check(p.until(lambda: group_ids(p) == sorted([PUB, WORK]), what="bob's groups"), "bob's groups")
    check(group_ids(alice) == sorted([PUB, WORK]), "alice's groups")
    check(carol.until(lambda: group_ids(carol) == [PUB], what="carol's groups"), "carol's groups")
    c = carol.until(lambda: conv(carol, PUB), what="carol's conversation")
    tip = last_elem(c)
    check(tip["group_tips_elem_tip_type"] == 1 and tip["group_tips_elem_user_array"] == [C], f"carol's last tip {tip}")

    # Members and roles: the creator is the owner (room version 12 gives creators power).
    m = members(alice, PUB)
    check({u: x["group_member_info_member_role"] for u, x in m.items()} == {A: 400, B: 200, C: 200}, f"roles {m}")
    info = carol.ok("g_info", json.dumps([PUB]))[0]
    check(info["get_groups_info_result_code"] == 0, f"info {info}")
    d = info["get_groups_info_result_info"]
    check((d["group_detail_info_group_name"], d["group_detail_info_introduction"], d["group_detail_info_notification"],
           d["group_detail_info_face_url"], d["group_detail_info_owner_identifier"], d["group_detail_info_member_num"],
           d["group_detail_info_group_type"]) == ("Pub", "about pub", "read me", FACE, A, 3, 0), f"detail {d}")
    results = bob.ok("g_info", json.dumps([PUB, f"nope-{RUN}"]))
    check([r["get_groups_info_result_code"] for r in results] == [0, 10010], f"per-group codes {results}")

    # Roles: bob becomes admin; everyone gets the tip.
    mark = carol.mark()
    alice.ok("g_member_set", json.dumps({"group_modify_member_info_group_id": PUB, "group_modify_member_info_identifier": B,
                                         "group_modify_member_info_modify_flag": 2, "group_modify_member_info_member_role": 300}))
    wait_tips(carol, PUB, [(4, A, [B])], start=mark, what="admin set")
    check(members(carol, PUB)[B]["group_member_info_member_role"] == 300, "bob is admin")

    # Info changes reach every member: name, notification, introduction, face.
    mark = carol.mark()
    face2 = "https://example.org/faces/pub2.png"
    alice.ok("g_set", json.dumps({"group_modify_info_param_group_id": PUB, "group_modify_info_param_modify_flag": 1 | 2 | 4 | 8,
                                  "group_modify_info_param_group_name": "Pub 2", "group_modify_info_param_notification": "new rules",
                                  "group_modify_info_param_introduction": "all about pub", "group_modify_info_param_face_url": face2}))
    carol.until(lambda: len(tips(carol, PUB, mark)) >= 4, what="four info tips")
    check({t[0] for t in tips(carol, PUB, mark)} == {6}, "group info change tips")
    for p in (carol, bob2):
        c = p.until(lambda: (conv(p, PUB) or {}).get("conv_show_name") == "Pub 2" and conv(p, PUB), what="new name")
        check(c["conv_face_url"] == face2, f"face URL read back as set: {c['conv_face_url']}")
    d = bob2.ok("g_info", json.dumps([PUB]))[0]["get_groups_info_result_info"]
    check((d["group_detail_info_notification"], d["group_detail_info_introduction"]) == ("new rules", "all about pub"), f"{d}")
    code, _ = call(carol, "g_set", json.dumps({"group_modify_info_param_group_id": PUB,
                                               "group_modify_info_param_modify_flag": 1,
                                               "group_modify_info_param_group_name": "mine"}))
    check(code == 10007, f"a member may not rename the group: {code}")
    code, _ = call(alice, "g_set", json.dumps({"group_modify_info_param_group_id": PUB,
                                               "group_modify_info_param_modify_flag": 32}))
    check(code == 7013, f"the max member count: {code}")

    # Mute: carol is muted, cannot send, then unmuted; name cards are one's own.
    mark = carol.mark()
    alice.ok("g_member_set", json.dumps({"group_modify_member_info_group_id": PUB, "group_modify_member_info_identifier": C,
                                         "group_modify_member_info_modify_flag": 4, "group_modify_member_info_shutup_time": 600}))
    wait_tips(carol, PUB, [(7, A, [C])], start=mark, what="muted")
    check(members(bob, PUB)[C]["group_member_info_shutup_time"] > time.time(), "muted until later")
    code, _, _ = carol.send_text(PUB, 2, "can I speak?")
    check(code == 10017, f"a muted member cannot send: {code}")
    alice.ok("g_member_set", json.dumps({"group_modify_member_info_group_id": PUB, "group_modify_member_info_identifier": C,
                                         "group_modify_member_info_modify_flag": 4, "group_modify_member_info_shutup_time": 0}))
    carol.until(lambda: carol.send_text(PUB, 2, "thanks")[0] == 0, what="unmuted")
    carol.ok("g_member_set", json.dumps({"group_modify_member_info_group_id": PUB, "group_modify_member_info_identifier": C,
                                         "group_modify_member_info_modify_flag": 8, "group_modify_member_info_name_card": "Caro"}))
    check(members(alice, PUB)[C]["group_member_info_name_card"] == "Caro", "name card")
    code, _ = call(carol, "g_member_set", json.dumps({"group_modify_member_info_group_id": PUB,
                                                      "group_modify_member_info_identifier": B,
                                                      "group_modify_member_info_modify_flag": 8,
                                                      "group_modify_member_info_name_card": "x"}))
    check(code == 10007, f"another member's name card: {code}")

    # Refusals change nothing: the owner cannot quit a Public group; bob (admin) cannot dismiss.
    code, _ = call(alice, "g_quit", PUB)
    check(code == 10009, f"the owner quits: {code}")
    code, _ = call(bob, "g_dismiss", PUB)
    check(code == 10007, f"an admin dismisses: {code}")
    code, _ = call(carol, "g_kick", json.dumps({"group_delete_member_param_group_id": PUB,
                                                "group_delete_member_param_identifier_array": [B]}))
    check(code == 10007, f"a member removes another: {code}")
    check(sorted(members(alice, PUB)) == sorted([A, B, C]), "still three members")

    # Removal: carol is removed; her conversation keeps the tip, her list loses the group.
    mark_c, mark_a = carol.mark(), alice.mark()
    results = alice.ok("g_kick", json.dumps({"group_delete_member_param_group_id": PUB,
                                             "group_delete_member_param_identifier_array": [C]}))
    check(results == [{"group_delete_member_result_identifier": C, "group_delete_member_result_result": 1}], f"{results}")
    wait_tips(alice, PUB, [(3, A, [C])], start=mark_a, what="carol removed")
    report = carol.wait(lambda e: e["kind"] == "new_msgs" and '"elem_type":8' in e["json"], start=mark_c, what="report")
    elem = json.loads(report["json"])[0]["message_elem_array"][0]
    check(elem["group_report_elem_report_type"] == 4 and elem["group_report_elem_group_id"] == PUB, f"removed: {elem}")
    c = carol.until(lambda: (lambda c: c if c and last_elem(c).get("group_tips_elem_tip_type") == 3 else None)(conv(carol, PUB)),
                    what="kick tip last")
    check(group_ids(carol) == [], "carol is in no group")
    code, _ = call(carol, "g_quit", PUB)
    check(code == 10007, f"quitting a group one is not in: {code}")

    # Dismiss: the Work group leaves every list on every device.
    marks = {p.user + str(id(p)): p.mark() for p in (bob, bob2)}
    alice.ok("g_dismiss", WORK)
    for p in (bob, bob2):
        p.wait(lambda e: e["kind"] == "conv_event" and e["event"] == 1 and WORK in e["json"],
               start=marks[p.user + str(id(p))], what="dismissed group deleted")
        check(p.until(lambda: group_ids(p) == [PUB], what="work gone from bob's groups"), "bob's groups")
        check(conv(p, WORK) is None, "no work conversation")
    check(conv(alice, WORK) is None and group_ids(alice) == [PUB], "gone for alice too")
    code, _ = call(bob, "g_join", WORK)
    check(code == 10010, f"a dismissed group is gone: {code}")

    # Profiles: alice's nickname and face (an ordinary URL) read back on bob's devices.
    alice_face = "https://example.org/faces/alice.png"
    alice.ok("p_set", json.dumps({"user_profile_item_nick_name": "Alice A", "user_profile_item_face_url": alice_face}))
    for p in (bob, bob2):
        prof = p.ok("p_get", json.dumps([A]))[0]
        check((prof["user_profile_nick_name"], prof["user_profile_face_url"]) == ("Alice A", alice_face), f"{prof}")
    code, _ = call(alice, "p_set", json.dumps({"user_profile_item_gender": 1}))
    check(code == 7013, f"gender: {code}")

    # Block list: bob blocks carol; her messages reach neither of his devices; alice's do.
    check(carol.send_text(B, 1, "hi bob")[0] == 0, "carol writes to bob")
    for p in (bob, bob2):
        p.until(lambda: (p.conversation(C) or {}).get("conv_last_msg", {}).get("message_elem_array", [{}])[0]
                .get("text_elem_content") == "hi bob", what="carol's first message")
    check(bob.ok("block", json.dumps([C])) == [{"friend_result_identifier": C, "friend_result_code": 0,
                                                "friend_result_desc": ""}], "blocked")
    check(bob2.until(lambda: [x["friend_profile_identifier"] for x in bob2.ok("blocklist")] == [C], what="block list"),
          "block list on the other device")
    marks = [bob.mark(), bob2.mark()]
    check(carol.send_text(B, 1, "you cannot hear me")[0] == 0, "carol sends")
    check(alice.send_text(B, 1, "after carol")[0] == 0, "alice sends")
    for p, m in zip((bob, bob2), marks):
        p.until(lambda: (p.conversation(A) or {}).get("conv_last_msg", {}).get("message_elem_array", [{}])[0]
                .get("text_elem_content") == "after carol", what="alice's message")
        time.sleep(0.5)
        with p.lock:
            heard = [e for e in p.events[m:] if e["kind"] == "new_msgs" and "you cannot hear me" in e["json"]]
        text = p.conversation(C)["conv_last_msg"]["message_elem_array"][0]["text_elem_content"]
        check(not heard and text == "hi bob", f"{p.user}: carol's message did not arrive ({text})")
    bob.ok("unblock", json.dumps([C]))
    check(bob2.until(lambda: bob2.ok("blocklist") == [], what="unblocked everywhere"), "unblocked")
    check(carol.send_text(B, 1, "hello again")[0] == 0, "carol sends again")
    for p in (bob, bob2):
        p.until(lambda: p.conversation(C)["conv_last_msg"]["message_elem_array"][0]["text_elem_content"]
                == "hello again", what="carol heard again")

    # Bad input: the call is refused before it is accepted.
    for op, arg, want in (("g_create", "{\"a\":", -3), ("g_create", json.dumps({"create_group_param_group_type": 9}), -4),
                          ("g_create", json.dumps({"create_group_param_group_type": "x"}), -3),
                          ("g_invite", json.dumps({"group_invite_member_param_group_id": PUB}), -4),
                          ("g_set", json.dumps({"group_modify_info_param_group_id": PUB}), -4),
                          ("block", "[1]", -4), ("g_info", "{}", -3)):
        code, _, _ = alice.call(op, arg)
        check(code == want, f"{op} {arg}: {code}, not {want}")
    print("ok")
finally:
    for p in everyone:
        p.remove()
