'use strict';
// Tencent's Electron SDK driving group calls against a homeserver: create, invite, the joined
// list, group info read and changed, the member list with roles, a refused join (10010), the
// group tips listener, dismiss. Runs when TIMCONV_MATRIX_DIR names a running server (the
// ctest matrix_electron), else it skips.
//
// The SDK's TIMInit passes only its own configuration keys, so the app initialises the library
// with `timconv_homeserver` first (TIMInit through ffi); the SDK's TIMInit then keeps it.

const test = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const matrixDir = process.env.TIMCONV_MATRIX_DIR;
const skip = !matrixDir || !fs.existsSync(path.join(matrixDir || '', 'url'));

const read = (name) => fs.readFileSync(path.join(matrixDir, name), 'utf8').trim();
const run = Date.now().toString(16).slice(-6);
const ALICE = `el-alice-${run}`;
const BOB = `el-bob-${run}`;
const GROUP = `el-${run}`;

function jwt(subject) {
  const b64 = (v) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const body = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: subject, iat: now, exp: now + 3600 })}`;
  return `${body}.${crypto.createHmac('sha256', read('jwt_secret')).update(body).digest('base64url')}`;
}

async function matrix(method, route, body, token) {
  const res = await fetch(read('url') + '/_matrix/client/v3' + route, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return res.json();
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(pred, what, ms = 20000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await pred();
    if (value) return value;
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** A call's result, whether the SDK resolves or rejects it. */
async function settle(promise) {
  try {
    return await promise;
  } catch (e) {
    return e;
  }
}
const parsed = (res) => (typeof res.json_param === 'string' ? JSON.parse(res.json_param || 'null') : res.json_param);

test('group calls through the Electron SDK against a homeserver', { skip }, async () => {
  process.resourcesPath = process.env.TIMCONV_RESOURCES;
  const ffi = require('ffi-rs');
  const TimMain = require('im_electron_sdk');
  const main = new TimMain({ sdkappid: 1400000124 });
  const tim = main._tim;
  const base = tim.getTimbaseManager();
  const groups = tim.getGroupManager();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timconv-electron-groups-'));

  const config = JSON.stringify({ sdk_config_config_file_path: dataDir, timconv_homeserver: read('url') });
  const rc = ffi.load({
    library: 'libImSDK', funcName: 'TIMInit', retType: ffi.DataType.I32,
    paramsType: [ffi.DataType.I64, ffi.DataType.String], paramsValue: [1400000124, config],
  });
  assert.equal(rc, 0);
  assert.equal(await base.TIMInit({ config_path: dataDir }), 0, 'the SDK keeps the running library');

  const tips = [];
  await groups.TIMSetGroupTipsEventCallback({ callback: (json) => tips.push(JSON.parse(json)) });
  const login = await base.TIMLogin({ userID: ALICE, userSig: jwt(ALICE) });
  assert.equal(login.code, 0, `login: ${login.desc}`);
  const bob = await matrix('POST', '/login', { type: 'org.matrix.login.jwt', token: jwt(BOB) });

  const created = await groups.TIMGroupCreate({
    params: { create_group_param_group_id: GROUP, create_group_param_group_name: 'Electron', create_group_param_group_type: 0 },
  });
  assert.equal(created.code, 0, `create: ${created.desc}`);
  assert.equal(parsed(created).create_group_result_groupid, GROUP);

  const invited = await groups.TIMGroupInviteMember({
    params: { group_invite_member_param_group_id: GROUP, group_invite_member_param_identifier_array: [BOB] },
  });
  assert.equal(invited.code, 0, `invite: ${invited.desc}`);
  assert.deepEqual(parsed(invited), [{ group_invite_member_result_identifier: BOB, group_invite_member_result_result: 1 }]);
  await matrix('POST', `/join/${encodeURIComponent('#' + GROUP + ':localhost')}`, {}, bob.access_token);

  const ours = () => tips.filter((t) => t.group_tips_elem_group_id === GROUP).map((t) => [t.group_tips_elem_tip_type, t.group_tips_elem_user_array]);
  await until(() => ours().length >= 2, 'tips');
  assert.deepEqual(ours().slice(0, 2), [[1, [ALICE]], [1, [BOB]]], 'alice joined, bob was invited');

  const joined = await groups.TIMGroupGetJoinedGroupList();
  assert.ok(parsed(joined).some((g) => g.group_base_info_group_id === GROUP), 'in the joined list');

  const renamed = await groups.TIMGroupModifyGroupInfo({
    params: { group_modify_info_param_group_id: GROUP, group_modify_info_param_modify_flag: 1, group_modify_info_param_group_name: 'Electron 2' },
  });
  assert.equal(renamed.code, 0, `rename: ${renamed.desc}`);
  await until(() => tips.some((t) => t.group_tips_elem_tip_type === 6), 'the info change tip');
  const info = await groups.TIMGroupGetGroupInfoList({ groupIds: [GROUP] });
  const detail = parsed(info)[0];
  assert.equal(detail.get_groups_info_result_code, 0);
  assert.equal(detail.get_groups_info_result_info.group_detail_info_group_name, 'Electron 2');
  assert.equal(detail.get_groups_info_result_info.group_detail_info_owner_identifier, ALICE);

  const roles = await until(async () => {
    const page = await groups.TIMGroupGetMemberInfoList({
      params: { group_get_members_info_list_param_group_id: GROUP, group_get_members_info_list_param_next_seq: 0 },
    });
    const list = parsed(page).group_get_member_info_list_result_info_array;
    return list.length === 2 && Object.fromEntries(list.map((m) => [m.group_member_info_identifier, m.group_member_info_member_role]));
  }, 'bob in the member list');
  assert.deepEqual(roles, { [ALICE]: 400, [BOB]: 200 });

  const unknown = await settle(groups.TIMGroupJoin({ groupId: `${GROUP}-nope`, helloMsg: 'hi' }));
  assert.equal(unknown.code, 10010, 'an unknown group');

  const dismissed = await groups.TIMGroupDelete({ groupId: GROUP });
  assert.equal(dismissed.code, 0, `dismiss: ${dismissed.desc}`);
  const after = await groups.TIMGroupGetJoinedGroupList();
  assert.ok(!parsed(after).some((g) => g.group_base_info_group_id === GROUP), 'gone from the list');

  // The SDK's TIMLogout rejects whatever happens (see sdk.test.js); the library logs out.
  await base.TIMLogout({}).catch(() => {});
  assert.equal(base.TIMUninit(), 0);
  fs.rmSync(dataDir, { recursive: true, force: true });
});
