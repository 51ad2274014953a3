#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (one directory per target, one file per seed).

Call targets read [selector, knobs, part0 \\0 part1 \\0 part2] (see fuzz/src/input.rs): knob
bits 0-2 pick the conversation type (0 C2C, 1 group), bit 3 passes NULL for part 0, bits 4-7
are a small number (bit 4 is also the boolean argument). The store target reads a mode byte,
then byte patches (even mode) or SQL edits (odd mode); see fuzz/src/db_mutation.rs.
Run again after changing the layout: python3 fuzz/seeds/generate.py
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
C2C, GROUP, NULL, BOOL = 0x00, 0x01, 0x08, 0x10


def j(v):
    return json.dumps(v, separators=(",", ":"))


def call(selector, knobs=0, *parts):
    return bytes([selector, knobs]) + b"\0".join(p.encode() if isinstance(p, str) else p for p in parts)


def text(body="hi"):
    return [{"elem_type": 0, "text_elem_content": body}]


def msg(conv="alice", conv_type=1, sender="alice", **extra):
    m = {"message_conv_id": conv, "message_conv_type": conv_type, "message_sender": sender,
         "message_elem_array": text()}
    m.update(extra)
    return m


FILTER = {"conversation_list_filter_conv_type": 1, "conversation_list_filter_mark_type": 1,
          "conversation_list_filter_conversation_group": "fx",
          "conversation_list_filter_has_unread_count": True, "conversation_list_filter_has_group_at_info": False}
CONV_PARAMS = [{"get_conversation_list_param_conv_id": "alice", "get_conversation_list_param_conv_type": 1},
               {"get_conversation_list_param_conv_id": "g1", "get_conversation_list_param_conv_type": 2}]
DRAFT = {"draft_msg": {"message_elem_array": text("draft")}, "draft_user_define": "ud", "draft_edit_time": 5}

SEEDS = {
    "conversation_json": [
        call(0, 0, j(CONV_PARAMS)),
        call(1, C2C, j(DRAFT)),
        call(1, GROUP, j(DRAFT), "newgroup"),
        call(2, 0x30, j(FILTER)),
        call(2, 0, j({"conversation_list_filter_next_seq": 0, "conversation_list_filter_count": 2})),
        call(3, 0, j(["c2c_alice", "group_g1", "bogus"])),
        call(3, BOOL, j(["group_g2"])),
        call(4, 0, j(["c2c_bob", "group_g2"]), "custom"),
        call(5, 0x50, j(["c2c_alice", "c2c_bob"])),
        call(6, 0, j({"conversation_list_filter_conv_type": 2})),
        call(7, 0, j({"conversation_list_filter_mark_type": 1})),
        call(8, 0, j({"conversation_list_filter_conv_type": 2})),
        call(9, 0x20, "c2c_alice"),
        call(9, 0, "group"),
        call(10, 0, j(["c2c_alice", "group_g2"]), "newgroup"),
        call(11, 0, "fx"),
        call(12, 0, "fx", "renamed"),
        call(13, 0, j(["c2c_bob", "c2c_carol"]), "fx"),
        call(14, 0, j(["c2c_alice"]), "fx"),
        call(15, C2C, "dave"),
        call(16, GROUP, "g1"),
        call(17, C2C | BOOL, "bob"),
        call(18, GROUP, "g2"),
        call(19),
    ],
    "message_json": [
        call(0, C2C, j({"message_elem_array": text("sent")})),
        call(0, GROUP, j({"message_elem_array": text("@"), "message_group_at_user_array": ["alice"]}), "g1"),
        call(1, 0x40, j(["alice", "dave"])),
        call(2, 0, j(["alice", "bob"])),
        call(3, 0x30, "g1"),
        call(4, C2C, j([msg(message_msg_id="imp-1", message_seq=9, message_server_time=1700000009)]), "bob"),
        call(5, GROUP, j(msg("g1", 2, "bob")), "g1"),
        call(6, C2C, j({"msg_getmsglist_param_count": 5, "msg_getmsglist_param_is_forward": True,
                         "msg_getmsglist_param_last_msg_seq": 1})),
        call(6, GROUP, j({"msg_getmsglist_param_last_msg": {"message_msg_id": "fx-g1"},
                           "msg_getmsglist_param_time_begin": 1, "msg_getmsglist_param_time_period": 10}), "g1"),
        call(7, C2C, j({"message_msg_id": "fx-a2"}), "alice"),
        call(8, GROUP, j({"msg_delete_param_msg": {"message_msg_id": "fx-g1"}}), "g1"),
        call(9, C2C, j([{"message_msg_id": "fx-a1"}, {"message_msg_id": "nope"}]), "alice"),
        call(10, GROUP, "g2"),
        call(11, C2C, j({"message_seq": 1, "message_server_time": 1700000001}), "alice"),
        call(11, GROUP | 0x04, "", ""),
        call(12),
    ],
    "ext_feed_json": [
        call(0, 0, j([msg(), msg("g1", 2, "bob", message_group_at_user_array=["fuzzer"]),
                      msg("g2", 2, "carol", message_is_online_msg=True)])),
        call(0, 0, j([msg("erin", 1, "erin", message_is_excluded_from_unread_count=True, message_seq=4)])),
        call(1, 0, j([{"user_profile_identifier": "alice", "user_profile_nick_name": "A",
                       "user_profile_friend_remark": "r", "user_profile_face_url": "u"}])),
        call(2, 0, j([{"group_base_info_group_id": "g1", "group_base_info_group_name": "n",
                       "group_base_info_group_type": 4, "group_base_info_msg_flag": 1}])),
        call(3, 0, j([{"msg_receipt_conv_id": "bob", "msg_receipt_conv_type": 1,
                       "msg_receipt_time_stamp": 1800000000}])),
        call(4, 0x20, "c2c_alice"),
        call(4, 0, ""),
        call(5, 0, j([{"message_conv_id": "g1", "message_conv_type": 2, "message_msg_id": "fx-g1"}])),
        call(6, 0, j([msg("alice", 1, "alice", message_msg_id="fx-a2")])),
    ],
    "init_config": [
        call(0, 0x04 | 0x20, j({"sdk_config_config_file_path": "", "sdk_config_log_file_path": "x"})),
        call(0, 0x04 | 0x10, ""),
        call(0, 0x04, "not json"),
        call(0, 0, "alice", "sig"),
        call(0, 0, "../x/é", ""),
        call(0, BOOL, "a" * 32, "sig"),
    ],
    "store_loader": [
        bytes([0]),
        # Header: page size, then the first table page's type byte.
        bytes([0, 0, 16, 0, 0, 0xff]) + bytes([1, 100, 0, 0, 0x40]),
        bytes([0, 3, 0, 32, 0, 0]),
        # Edits: conversation conv_type = 9; a message body to "{"; user_version = 7; drop an index.
        bytes([1, 0, 0x00, 0, 5, 1, 9, 1, 0x49, 0, 2, 1]) + b"{" + bytes([6, 0, 7, 0, 0, 7, 0, 1, 0, 0]),
        bytes([1, 5, 0x00, 2, 0, 0, 4, 0x80, 1, 0, 0]),
    ],
}

for target, seeds in SEEDS.items():
    out = os.path.join(HERE, target)
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    for n, seed in enumerate(seeds):
        with open(os.path.join(out, "seed-%02d" % n), "wb") as f:
            f.write(seed)
    print("%s: %d seeds" % (target, len(seeds)))
