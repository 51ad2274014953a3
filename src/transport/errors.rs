//! Failed requests as the SDK's error codes.

use super::calls::CallError;
use super::http::NetError;

pub const ERR_USER_SIG_EXPIRED: i32 = 6206;
pub const ERR_SDK_NET_DISCONNECT: i32 = 9508;
pub const ERR_SDK_NET_WAIT_ACK_TIMEOUT: i32 = 9520;
pub const ERR_SVR_ACCOUNT_USERSIG_CHECK_FAILED: i32 = 70003;
pub const ERR_SVR_ACCOUNT_USERSIG_MISMATCH_ID: i32 = 70013;
pub const ERR_SVR_COMM_RSP_JSON_PARSE_FAILED: i32 = 60013;
pub const ERR_SVR_COMM_INVALID_RES: i32 = 60009;
pub const ERR_SVR_COMM_REQ_FREQ_LIMIT: i32 = 60018;
pub const ERR_SVR_COMM_BODY_SIZE_LIMIT: i32 = 80002;
pub const ERR_SVR_GROUP_INVALID_PARAMETERS: i32 = 10004;
pub const ERR_SVR_GROUP_PERMISSION_DENY: i32 = 10007;
pub const ERR_SVR_GROUP_SUPER_NOT_ALLOW_QUIT: i32 = 10009;
pub const ERR_SVR_GROUP_ALLREADY_MEMBER: i32 = 10013;
pub const ERR_SVR_GROUP_SHUTUP_DENY: i32 = 10017;
pub const ERR_SVR_GROUP_GROUPID_IN_USED: i32 = 10021;
pub const ERR_SVR_PROFILE_INVALID_PARAMETERS: i32 = 40001;
pub const ERR_SVR_GROUP_NOT_FOUND: i32 = 10010;
pub const ERR_SVR_MSG_PUSH_DENY: i32 = 20006;
pub const ERR_INVALID_PARAMETERS: i32 = 6017;

/// What a request in a conversation (a send, a revoke) reports when it failed.
pub fn code_for(err: &NetError, in_group: bool) -> i32 {
    match err {
        NetError::Unreachable { timed_out: true, .. } => ERR_SDK_NET_WAIT_ACK_TIMEOUT,
        NetError::Unreachable { .. } => ERR_SDK_NET_DISCONNECT,
        NetError::Malformed(_) => ERR_SVR_COMM_RSP_JSON_PARSE_FAILED,
        NetError::Status(s) => match (s.status, s.errcode.as_str()) {
            (_, "M_UNKNOWN_TOKEN") | (401, _) => ERR_USER_SIG_EXPIRED,
            (429, _) | (_, "M_LIMIT_EXCEEDED") => ERR_SVR_COMM_REQ_FREQ_LIMIT,
            (413, _) | (_, "M_TOO_LARGE") => ERR_SVR_COMM_BODY_SIZE_LIMIT,
            (403, _) | (_, "M_FORBIDDEN") if in_group => ERR_SVR_GROUP_PERMISSION_DENY,
            (403, _) | (_, "M_FORBIDDEN") => ERR_SVR_MSG_PUSH_DENY,
            (404, _) | (_, "M_NOT_FOUND") if in_group => ERR_SVR_GROUP_NOT_FOUND,
            (500.., _) => ERR_SVR_COMM_INVALID_RES,
            _ => ERR_INVALID_PARAMETERS,
        },
    }
}

/// What a failed server operation (`calls`) reports: its own refusal's code, or the server's
/// answer read as a group operation's (`in_group`) or a profile's.
pub fn call_code(err: &CallError, in_group: bool) -> (i32, String) {
    match err {
        CallError::Refused { code, desc } => (*code, desc.clone()),
        CallError::Net(e) => {
            let code = match code_for(e, in_group) {
                ERR_INVALID_PARAMETERS if in_group => ERR_SVR_GROUP_INVALID_PARAMETERS,
                ERR_INVALID_PARAMETERS | ERR_SVR_MSG_PUSH_DENY => ERR_SVR_PROFILE_INVALID_PARAMETERS,
                code => code,
            };
            (code, e.to_string())
        }
    }
}

/// What a failed send reports: as `code_for`, and in a group where the user's power is below
/// what messages need (muted, or everyone muted), 10017.
pub fn send_code(err: &NetError, in_group: bool) -> i32 {
    match err {
        NetError::Status(s) if in_group && s.status == 403 && s.error.contains("user_level") => {
            ERR_SVR_GROUP_SHUTUP_DENY
        }
        other => code_for(other, in_group),
    }
}

/// What a refused login reports: an expired signature, one the server cannot verify.
pub fn login_code(err: &NetError) -> i32 {
    match err {
        NetError::Status(s) if s.error.to_ascii_lowercase().contains("expired") => ERR_USER_SIG_EXPIRED,
        NetError::Status(s) if s.status == 401 && s.soft_logout => ERR_USER_SIG_EXPIRED,
        NetError::Status(s) if s.status < 500 && s.status != 429 => ERR_SVR_ACCOUNT_USERSIG_CHECK_FAILED,
        other => code_for(other, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transport::http::StatusError;

    fn status(status: u16, errcode: &str, error: &str) -> NetError {
        NetError::Status(StatusError {
            status,
            errcode: errcode.into(),
            error: error.into(),
            ..Default::default()
        })
    }

    #[test]
    fn failures_map_to_sdk_codes() {
        let down = NetError::Unreachable { why: "refused".into(), timed_out: false };
        assert_eq!(code_for(&down, false), 9508);
        assert_eq!(code_for(&NetError::Unreachable { why: "slow".into(), timed_out: true }, true), 9520);
        assert_eq!(code_for(&status(403, "M_FORBIDDEN", ""), true), 10007);
        assert_eq!(code_for(&status(403, "M_FORBIDDEN", ""), false), 20006);
        assert_eq!(code_for(&status(404, "M_NOT_FOUND", ""), true), 10010);
        assert_eq!(code_for(&status(413, "M_TOO_LARGE", ""), false), 80002);
        assert_eq!(code_for(&status(502, "", ""), false), 60009);
        assert_eq!(
            login_code(&status(403, "M_FORBIDDEN", "JWT validation failed: Signature has expired")),
            6206
        );
        assert_eq!(login_code(&status(403, "M_FORBIDDEN", "JWT validation failed: bad signature")), 70003);
        assert_eq!(login_code(&down), 9508);
        let muted = status(
            403,
            "M_FORBIDDEN",
            "You don't have permission to post that to the room. user_level (-1) < send_level (0)",
        );
        assert_eq!((send_code(&muted, true), send_code(&muted, false)), (10017, 20006));
        let refused = CallError::Refused { code: 10009, desc: "owner".into() };
        assert_eq!(call_code(&refused, true), (10009, "owner".into()));
        assert_eq!(call_code(&CallError::Net(status(400, "M_INVALID_PARAM", "")), true).0, 10004);
        assert_eq!(call_code(&CallError::Net(status(403, "M_FORBIDDEN", "")), true).0, 10007);
        assert_eq!(call_code(&CallError::Net(status(400, "M_INVALID_PARAM", "")), false).0, 40001);
        assert_eq!(call_code(&CallError::Net(down.clone()), false).0, 9508);
    }
}
