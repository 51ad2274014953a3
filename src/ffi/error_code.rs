//! Callback error codes (`TIMErrorCode.h`), passed as `code` to `TIMCommCallback`.
#![allow(non_camel_case_types)]

/// Error codes reported through callbacks. Values match the Tencent IM SDK.
#[repr(C)]
pub enum TIMErrCode {
    /// Success.
    ERR_SUCC = 0,
    /// Internal: response parse failure.
    ERR_PARSE_RESPONSE_FAILED = 6001,
    /// Internal: request serialisation failure.
    ERR_SERIALIZE_REQ_FAILED = 6002,
    /// A batch operation had no success.
    ERR_NO_SUCC_RESULT = 6003,
    /// Invalid or unknown conversation.
    ERR_INVALID_CONVERSATION = 6004,
    /// Loading from the local database failed.
    ERR_LOADMSG_FAILED = 6005,
    /// Invalid receiver.
    ERR_TO_USER_INVALID = 6011,
    /// Request timeout.
    ERR_REQUEST_TIME_OUT = 6012,
    /// The SDK is not initialised.
    ERR_SDK_NOT_INITIALIZED = 6013,
    /// No user is logged in.
    ERR_SDK_NOT_LOGGED_IN = 6014,
    /// The same API is already running (sic: the SDK's spelling).
    ERR_IN_PROGESS = 6015,
    /// Invalid message element.
    ERR_INVALID_MSG_ELEM = 6016,
    /// Invalid parameters.
    ERR_INVALID_PARAMETERS = 6017,
    /// Core initialisation failed.
    ERR_INIT_CORE_FAIL = 6018,
    /// Local database failure.
    ERR_DATABASE_OPERATE_FAILED = 6019,
    /// Invalid object.
    ERR_INVALID_SDK_OBJECT = 6021,
    /// Local I/O error.
    ERR_IO_OPERATION_FAILED = 6022,
    /// Logout during login.
    ERR_LOGGED_OUT_BEFORE_LOGIN_FINISHED = 6023,
    /// Auto-login without a previous login.
    ERR_NO_PREVIOUS_LOGIN = 6026,
    /// Malformed JSON.
    ERR_INVALID_JSON = 6027,
    /// Out of memory.
    ERR_OUT_OF_MEMORY = 6028,
    /// The receiver does not exist.
    ERR_INVALID_MSG_RECEIVER = 6032,
    /// UserSig expired.
    ERR_USER_SIG_EXPIRED = 6206,
    /// Kicked off by another device.
    ERR_LOGIN_KICKED_OFF_BY_OTHER = 6208,
    /// Revoke time limit exceeded.
    ERR_REVOKE_TIME_LIMIT_EXCEED = 6223,
    /// Invalid identifier (user IDs: 1..32 bytes, no control characters).
    ERR_SDK_COMM_INVALID_IDENTIFIER = 7003,
    /// Call frequency limit.
    ERR_SDK_COMM_API_CALL_FREQUENCY_LIMIT = 7008,
    /// Interrupted (e.g. `TIMUninit` during the call).
    ERR_SDK_COMM_INTERRUPT = 7009,
    /// Database failure.
    ERR_SDK_COMM_DATABASE_FAILURE = 7010,
    /// Database record not found.
    ERR_SDK_COMM_DATABASE_NOTFOUND = 7011,
    /// Internal error.
    ERR_SDK_INTERNAL_ERROR = 7012,
    /// The API is not supported by this build.
    ERR_SDK_INTERFACE_NOT_SUPPORT = 7013,
    /// Illegal request.
    ERR_SDK_INVALID_OPERATION = 7014,
    /// Login already in progress.
    ERR_SDK_ACCOUNT_LOGIN_IN_PROCESS = 7501,
    /// Logout already in progress.
    ERR_SDK_ACCOUNT_LOGOUT_IN_PROCESS = 7502,
    /// Message body larger than 12 KB.
    ERR_SDK_MSG_BODY_SIZE_LIMIT = 8001,
    /// Modify conflict.
    ERR_SDK_MSG_MODIFY_CONFLICT = 8006,
    /// Invalid group ID.
    ERR_SDK_GROUP_INVALID_ID = 8501,
    /// Already initialised.
    ERR_SDK_HAD_INITIALIZED = 90101,
    /// Conversation server: account not found.
    ERR_SVR_CONV_ACCOUNT_NOT_FOUND = 50001,
    /// Conversation server: invalid parameters.
    ERR_SVR_CONV_INVALID_PARAMETERS = 50002,
    /// Conversation server: admin required.
    ERR_SVR_CONV_ADMIN_REQUIRED = 50003,
    /// Conversation server: internal error.
    ERR_SVR_CONV_INTERNAL_ERROR = 50004,
    /// Conversation server: network timeout.
    ERR_SVR_CONV_NET_TIMEOUT = 50005,
    /// More than 100 conversations in one request.
    ERR_SVR_CONV_CONV_MARK_REQ_COUNT_EXCEED_LIMIT = 51006,
    /// Conversation mark/group operation failed.
    ERR_SVR_CONV_CONV_MARK_OPERATE_FAILED = 51007,
    /// Too many marked/grouped conversations in total.
    ERR_SVR_CONV_CONV_MARK_TOTAL_COUNT_EXCEED_LIMIT = 51008,
    /// Conversation group does not exist.
    ERR_SVR_CONV_CONV_GROUP_NOT_EXIST = 51009,
    /// More than 20 conversation groups.
    ERR_SVR_CONV_CONV_GROUP_TOTAL_COUNT_EXCEED_LIMIT = 51010,
    /// Conversation group name longer than 32 bytes.
    ERR_SVR_CONV_CONV_GROUP_NAME_EXCEED_LENGTH = 51011,
}
