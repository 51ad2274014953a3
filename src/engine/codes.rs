//! The SDK error codes the engine reports (values of `TIMErrCode`).

pub const ERR_INVALID_CONVERSATION: i32 = 6004;
pub const ERR_INVALID_PARAMETERS: i32 = 6017;
pub const ERR_SDK_NOT_INITIALIZED: i32 = 6013;
pub const ERR_SDK_NOT_LOGGED_IN: i32 = 6014;
pub const ERR_DATABASE_OPERATE_FAILED: i32 = 6019;
pub const ERR_IO_OPERATION_FAILED: i32 = 6022;
pub const ERR_SDK_INTERNAL_ERROR: i32 = 7012;
pub const ERR_SDK_MSG_BODY_SIZE_LIMIT: i32 = 8001;
