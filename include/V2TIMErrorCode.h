/**
 * @file
 * @brief V2 C++ API: error codes passed to OnError / OnComplete.
 *
 * Values match the SDK (and the C API's TIMErrCode). This header declares the same enumerator
 * names as the C API's TIMErrorCode.h, so, as with the SDK, include one of the two per
 * translation unit: the V2 headers never include TIMErrorCode.h (nor TIMCloud.h, which does).
 * Most server codes (ERR_SVR_...) are never reported; they are listed for apps written
 * against the SDK. With a homeserver, logins and sends report the codes TIMLogin and
 * TIMMsgSendMessage name (signature, network, permission).
 */
#ifndef TIMCONV_V2TIMERRORCODE_H
#define TIMCONV_V2TIMERRORCODE_H

/** Error codes of the V2 API (the SDK's values). */
enum V2TIMErrorCode {
    /* ---- client: general ---- */
    ERR_SUCC = 0,  ///< Success.
    ERR_IN_PROGESS = 6015,  ///< The same call is already running (sic: the SDK's spelling).
    ERR_INVALID_PARAMETERS = 6017,  ///< Invalid parameters (also a malformed conversation ID).
    ERR_IO_OPERATION_FAILED = 6022,  ///< A local file operation failed.
    ERR_INVALID_JSON = 6027,  ///< Malformed JSON.
    ERR_OUT_OF_MEMORY = 6028,  ///< Out of memory.
    ERR_PARSE_RESPONSE_FAILED = 6001,  ///< A response could not be parsed (internal).
    ERR_SERIALIZE_REQ_FAILED = 6002,  ///< A request could not be serialised (internal).
    /** The SDK is not initialised (InitSDK not called, or UnInitSDK called). */
    ERR_SDK_NOT_INITIALIZED = 6013,
    ERR_LOADMSG_FAILED = 6005,  ///< Loading messages from local storage failed.
    ERR_DATABASE_OPERATE_FAILED = 6019,  ///< The local database failed.
    ERR_SDK_COMM_CROSS_THREAD = 7001,  ///< Called from the wrong thread.
    ERR_SDK_COMM_TINYID_EMPTY = 7002,  ///< The internal user number is empty.
    ERR_SDK_COMM_INVALID_IDENTIFIER = 7003,  ///< Invalid user ID.
    ERR_SDK_COMM_FILE_NOT_FOUND = 7004,  ///< The file does not exist.
    ERR_SDK_COMM_FILE_TOO_LARGE = 7005,  ///< The file is too large.
    ERR_SDK_COMM_FILE_SIZE_EMPTY = 7006,  ///< The file is empty.
    ERR_SDK_COMM_FILE_OPEN_FAILED = 7007,  ///< The file could not be opened.
    ERR_SDK_COMM_API_CALL_FREQUENCY_LIMIT = 7008,  ///< Called too often.
    ERR_SDK_COMM_INTERRUPT = 7009,  ///< Interrupted (for example by UnInitSDK during the call).
    ERR_SDK_COMM_DATABASE_FAILURE = 7010,  ///< The database failed.
    /** Not found in the database (for example an unknown message). */
    ERR_SDK_COMM_DATABASE_NOTFOUND = 7011,
    ERR_SDK_INTERNAL_ERROR = 7012,  ///< Internal error (also an unreadable result of the C layer).
    ERR_SDK_INTERFACE_NOT_SUPPORT = 7013,  ///< Not supported: timconv has no service for this call.

    /* ---- client: account ---- */
    ERR_SDK_NOT_LOGGED_IN = 6014,  ///< Nobody is logged in.
    ERR_NO_PREVIOUS_LOGIN = 6026,  ///< There was no earlier login to resume.
    ERR_USER_SIG_EXPIRED = 6206,  ///< The user signature expired.
    ERR_LOGIN_KICKED_OFF_BY_OTHER = 6208,  ///< The account logged in on another device.
    ERR_SDK_ACCOUNT_LOGIN_IN_PROCESS = 7501,  ///< A login is already in progress.
    ERR_SDK_ACCOUNT_LOGOUT_IN_PROCESS = 7502,  ///< A logout is already in progress.
    ERR_SDK_ACCOUNT_TLS_INIT_FAILED = 7503,  ///< Login: the TLS layer could not start.
    ERR_SDK_ACCOUNT_TLS_NOT_INITIALIZED = 7504,  ///< Login: the TLS layer is not started.
    ERR_SDK_ACCOUNT_TLS_TRANSPKG_ERROR = 7505,  ///< Login: a TLS packet was malformed.
    ERR_SDK_ACCOUNT_TLS_DECRYPT_FAILED = 7506,  ///< Login: TLS decryption failed.
    ERR_SDK_ACCOUNT_TLS_REQUEST_FAILED = 7507,  ///< Login: the TLS request failed.
    ERR_SDK_ACCOUNT_TLS_REQUEST_TIMEOUT = 7508,  ///< Login: the TLS request timed out.

    /* ---- client: messages ---- */
    ERR_INVALID_CONVERSATION = 6004,  ///< Invalid or unknown conversation.
    ERR_FILE_TRANS_AUTH_FAILED = 6006,  ///< File transfer: authentication failed.
    ERR_FILE_TRANS_NO_SERVER = 6007,  ///< File transfer: no server available.
    ERR_FILE_TRANS_UPLOAD_FAILED = 6008,  ///< File transfer: the upload failed.
    ERR_IMAGE_UPLOAD_FAILED_NOTIMAGE = 6031,  ///< The upload failed: the file is not an image.
    ERR_FILE_TRANS_DOWNLOAD_FAILED = 6009,  ///< File transfer: the download failed.
    ERR_HTTP_REQ_FAILED = 6010,  ///< An HTTP request failed.
    ERR_INVALID_MSG_ELEM = 6016,  ///< Invalid message element.
    ERR_INVALID_SDK_OBJECT = 6021,  ///< Invalid SDK object.
    ERR_SDK_MSG_BODY_SIZE_LIMIT = 8001,  ///< The message is too large (more than 12 KB).
    /** The message key of the answer differs from the request's. */
    ERR_SDK_MSG_KEY_REQ_DIFFER_RSP = 8002,
    ERR_SDK_IMAGE_CONVERT_ERROR = 8003,  ///< An image could not be converted.
    ERR_SDK_IMAGE_CI_BLOCK = 8004,  ///< An image was blocked by content moderation.
    ERR_MERGER_MSG_LAYERS_OVER_LIMIT = 8005,  ///< Merged messages are nested too deep.
    ERR_SDK_MSG_MODIFY_CONFLICT = 8006,  ///< The message was modified by someone else meanwhile.
    ERR_SDK_SIGNALING_INVALID_INVITE_ID = 8010,  ///< Signaling: unknown invitation ID.
    /** Signaling: not allowed (not the inviter or an invitee). */
    ERR_SDK_SIGNALING_NO_PERMISSION = 8011,
    ERR_SDK_SIGNALING_ALREADY_EXISTS = 8012,  ///< Signaling: the invitation already exists.
    ERR_SDK_INVALID_CANCEL_MESSAGE = 8020,  ///< The message cannot be cancelled.
    /** Sending stopped because the message was cancelled. */
    ERR_SDK_SEND_MESSAGE_FAILED_WITH_CANCEL = 8021,

    /* ---- client: groups ---- */
    ERR_SDK_GROUP_INVALID_ID = 8501,  ///< Invalid group ID.
    ERR_SDK_GROUP_INVALID_NAME = 8502,  ///< Invalid group name (too long).
    ERR_SDK_GROUP_INVALID_INTRODUCTION = 8503,  ///< Invalid group introduction (too long).
    ERR_SDK_GROUP_INVALID_NOTIFICATION = 8504,  ///< Invalid group notification (too long).
    ERR_SDK_GROUP_INVALID_FACE_URL = 8505,  ///< Invalid group avatar URL (too long).
    ERR_SDK_GROUP_INVALID_NAME_CARD = 8506,  ///< Invalid name card (too long).
    ERR_SDK_GROUP_MEMBER_COUNT_LIMIT = 8507,  ///< The group has too many members.
    ERR_SDK_GROUP_JOIN_PRIVATE_GROUP_DENY = 8508,  ///< A work group cannot be joined by request.
    ERR_SDK_GROUP_INVITE_SUPER_DENY = 8509,  ///< The owner cannot be invited.
    ERR_SDK_GROUP_INVITE_NO_MEMBER = 8510,  ///< No member to invite.
    ERR_SDK_GROUP_ATTR_FREQUENCY_LIMIT = 8511,  ///< Group attributes changed too often.
    ERR_SDK_GROUP_GET_ONLINE_MEMBER_COUNT_LIMIT = 8512,  ///< Online member counts asked too often.
    ERR_SDK_GROUP_GET_GROUPS_INFO_LIMIT = 8513,  ///< Group profiles asked too often.
    ERR_SDK_GROUP_GET_JOINED_GROUP_LIMIT = 8514,  ///< The joined-group list asked too often.

    /* ---- client: relationship chain ---- */
    ERR_SDK_FRIENDSHIP_INVALID_PROFILE_KEY = 9001,  ///< Invalid profile field.
    ERR_SDK_FRIENDSHIP_INVALID_ADD_REMARK = 9002,  ///< Invalid friend remark (too long).
    ERR_SDK_FRIENDSHIP_INVALID_ADD_WORDING = 9003,  ///< Invalid friend request message (too long).
    ERR_SDK_FRIENDSHIP_INVALID_ADD_SOURCE = 9004,  ///< Invalid friend request source.
    ERR_SDK_FRIENDSHIP_FRIEND_GROUP_EMPTY = 9005,  ///< Empty friend group name.
    ERR_SDK_FRIENDSHIP_EXCEED_THE_LIMIT = 9006,  ///< A relationship-chain limit was exceeded.

    /* ---- client: network ---- */
    ERR_SDK_NET_ENCODE_FAILED = 9501,  ///< Network: a packet could not be encoded.
    ERR_SDK_NET_DECODE_FAILED = 9502,  ///< Network: a packet could not be decoded.
    ERR_SDK_NET_AUTH_INVALID = 9503,  ///< Network: not authenticated.
    ERR_SDK_NET_COMPRESS_FAILED = 9504,  ///< Network: compression failed.
    ERR_SDK_NET_UNCOMPRESS_FAILED = 9505,  ///< Network: decompression failed.
    ERR_SDK_NET_FREQ_LIMIT = 9506,  ///< Network: calls too frequent.
    ERR_SDK_NET_REQ_COUNT_LIMIT = 9507,  ///< Network: too many requests waiting.
    ERR_SDK_NET_DISCONNECT = 9508,  ///< Network: disconnected.
    ERR_SDK_NET_ALLREADY_CONN = 9509,  ///< Network: already connected.
    ERR_SDK_NET_CONN_TIMEOUT = 9510,  ///< Network: connecting timed out.
    ERR_SDK_NET_CONN_REFUSE = 9511,  ///< Network: the connection was refused.
    ERR_SDK_NET_NET_UNREACH = 9512,  ///< Network: unreachable.
    ERR_SDK_NET_SOCKET_NO_BUFF = 9513,  ///< Network: no socket buffer space.
    ERR_SDK_NET_RESET_BY_PEER = 9514,  ///< Network: the connection was reset by the server.
    ERR_SDK_NET_SOCKET_INVALID = 9515,  ///< Network: invalid socket.
    ERR_SDK_NET_HOST_GETADDRINFO_FAILED = 9516,  ///< Network: the host name could not be resolved.
    ERR_SDK_NET_CONNECT_RESET = 9517,  ///< Network: the connection was reset.
    ERR_SDK_NET_WAIT_INQUEUE_TIMEOUT = 9518,  ///< Network: timed out waiting in the send queue.
    ERR_SDK_NET_WAIT_SEND_TIMEOUT = 9519,  ///< Network: timed out while sending.
    ERR_SDK_NET_WAIT_ACK_TIMEOUT = 9520,  ///< Network: timed out waiting for the answer.
    /** Network: timed out sending the rest of a request. */
    ERR_SDK_NET_WAIT_SEND_REMAINING_TIMEOUT = 9521,
    ERR_SDK_NET_PKG_SIZE_LIMIT = 9522,  ///< Network: the packet is too large.
    /** Network: timed out while sending, no network. */
    ERR_SDK_NET_WAIT_SEND_TIMEOUT_NO_NETWORK = 9523,
    /** Network: timed out waiting for the answer, no network. */
    ERR_SDK_NET_WAIT_ACK_TIMEOUT_NO_NETWORK = 9524,
    /** Network: timed out sending the rest, no network. */
    ERR_SDK_NET_SEND_REMAINING_TIMEOUT_NO_NETWORK = 9525,

    /* ---- server: access layer ---- */
    ERR_SVR_SSO_CONNECT_LIMIT = -302,  ///< Server access: too many connections.
    ERR_SVR_SSO_VCODE = -10000,  ///< Server access: verification code required.
    ERR_SVR_SSO_D2_EXPIRED = -10001,  ///< Server access: the login key expired.
    ERR_SVR_SSO_A2_UP_INVALID = -10003,  ///< Server access: invalid user ticket.
    ERR_SVR_SSO_A2_DOWN_INVALID = -10004,  ///< Server access: the server rejected the user ticket.
    ERR_SVR_SSO_EMPTY_KEY = -10005,  ///< Server access: empty key.
    ERR_SVR_SSO_UIN_INVALID = -10006,  ///< Server access: invalid account number.
    ERR_SVR_SSO_VCODE_TIMEOUT = -10007,  ///< Server access: the verification code timed out.
    ERR_SVR_SSO_NO_IMEI_AND_A2 = -10008,  ///< Server access: neither device ID nor ticket given.
    ERR_SVR_SSO_COOKIE_INVALID = -10009,  ///< Server access: invalid cookie.
    ERR_SVR_SSO_DOWN_TIP = -10101,  ///< Server access: the server sent a notice.
    ERR_SVR_SSO_DISCONNECT = -10102,  ///< Server access: disconnected.
    ERR_SVR_SSO_IDENTIFIER_INVALID = -10103,  ///< Server access: invalid identity.
    ERR_SVR_SSO_CLIENT_CLOSE = -10104,  ///< Server access: the client closed the connection.
    ERR_SVR_SSO_MSFSDK_QUIT = -10105,  ///< Server access: the transport quit.
    ERR_SVR_SSO_D2KEY_WRONG = -10106,  ///< Server access: decryption with the login key failed.
    ERR_SVR_SSO_UNSURPPORT = -10107,  ///< Server access: not supported (sic).
    ERR_SVR_SSO_PREPAID_ARREARS = -10108,  ///< Server access: the prepaid account is in arrears.
    ERR_SVR_SSO_PACKET_WRONG = -10109,  ///< Server access: malformed request packet.
    ERR_SVR_SSO_APPID_BLACK_LIST = -10110,  ///< Server access: the SDKAppID is blocked.
    ERR_SVR_SSO_CMD_BLACK_LIST = -10111,  ///< Server access: the command is blocked.
    ERR_SVR_SSO_APPID_WITHOUT_USING = -10112,  ///< Server access: the SDKAppID is disabled.
    ERR_SVR_SSO_FREQ_LIMIT = -10113,  ///< Server access: requests too frequent.
    ERR_SVR_SSO_OVERLOAD = -10114,  ///< Server access: overloaded.
    ERR_SVR_SSO_FREQUENCY_LIMIT = -20009,  ///< Server access: requests too frequent (per user).

    /* ---- server: resource files ---- */
    ERR_SVR_RES_NOT_FOUND = 114000,  ///< Resource file not found.
    ERR_SVR_RES_ACCESS_DENY = 114001,  ///< Resource file: access denied.
    ERR_SVR_RES_SIZE_LIMIT = 114002,  ///< Resource file too large.
    ERR_SVR_RES_SEND_CANCEL = 114003,  ///< Resource upload cancelled.
    ERR_SVR_RES_READ_FAILED = 114004,  ///< Resource file could not be read.
    ERR_SVR_RES_TRANSFER_TIMEOUT = 114005,  ///< Resource transfer timed out.
    ERR_SVR_RES_INVALID_PARAMETERS = 114011,  ///< Resource request: invalid parameters.
    ERR_SVR_RES_INVALID_FILE_MD5 = 115066,  ///< Resource file: MD5 mismatch.
    ERR_SVR_RES_INVALID_PART_MD5 = 115068,  ///< Resource file part: MD5 mismatch.

    /* ---- server: common ---- */
    ERR_SVR_COMM_INVALID_HTTP_URL = 60002,  ///< Invalid HTTP URL.
    ERR_SVR_COMM_REQ_JSON_PARSE_FAILED = 60003,  ///< The request's JSON could not be parsed.
    ERR_SVR_COMM_INVALID_ACCOUNT = 60004,  ///< Invalid account in the request.
    ERR_SVR_COMM_INVALID_ACCOUNT_EX = 60005,  ///< Invalid account in the request (another check).
    ERR_SVR_COMM_INVALID_SDKAPPID = 60006,  ///< Invalid SDKAppID.
    ERR_SVR_COMM_REST_FREQ_LIMIT = 60007,  ///< REST API calls too frequent.
    ERR_SVR_COMM_REQUEST_TIMEOUT = 60008,  ///< The request timed out on the server.
    ERR_SVR_COMM_INVALID_RES = 60009,  ///< Invalid resource requested.
    ERR_SVR_COMM_ID_NOT_ADMIN = 60010,  ///< An administrator account is required.
    ERR_SVR_COMM_SDKAPPID_FREQ_LIMIT = 60011,  ///< Requests of this SDKAppID too frequent.
    ERR_SVR_COMM_SDKAPPID_MISS = 60012,  ///< The request has no SDKAppID.
    ERR_SVR_COMM_RSP_JSON_PARSE_FAILED = 60013,  ///< The answer's JSON could not be parsed.
    ERR_SVR_COMM_EXCHANGE_ACCOUNT_TIMEUT = 60014,  ///< Account exchange timed out (sic).
    ERR_SVR_COMM_INVALID_ID_FORMAT = 60015,  ///< Invalid account ID format.
    ERR_SVR_COMM_SDKAPPID_FORBIDDEN = 60016,  ///< The SDKAppID is disabled.
    ERR_SVR_COMM_REQ_FORBIDDEN = 60017,  ///< The request is forbidden.
    ERR_SVR_COMM_REQ_FREQ_LIMIT = 60018,  ///< Requests too frequent.
    ERR_SVR_COMM_REQ_FREQ_LIMIT_EX = 60019,  ///< Requests too frequent (per account).
    ERR_SVR_COMM_INVALID_SERVICE = 60020,  ///< The service is not enabled for this SDKAppID.
    ERR_SVR_COMM_SENSITIVE_TEXT = 80001,  ///< The text contains sensitive words.
    ERR_SVR_COMM_BODY_SIZE_LIMIT = 80002,  ///< The request body is too large.

    /* ---- server: account ---- */
    ERR_SVR_ACCOUNT_USERSIG_EXPIRED = 70001,  ///< The user signature expired.
    ERR_SVR_ACCOUNT_USERSIG_EMPTY = 70002,  ///< The user signature is empty.
    ERR_SVR_ACCOUNT_USERSIG_CHECK_FAILED = 70003,  ///< The user signature failed verification.
    /** The user signature failed verification (another check). */
    ERR_SVR_ACCOUNT_USERSIG_CHECK_FAILED_EX = 70005,
    /** The user signature does not match the public key. */
    ERR_SVR_ACCOUNT_USERSIG_MISMATCH_PUBLICKEY = 70009,
    ERR_SVR_ACCOUNT_USERSIG_MISMATCH_ID = 70013,  ///< The user signature is for another user ID.
    /** The user signature is for another SDKAppID. */
    ERR_SVR_ACCOUNT_USERSIG_MISMATCH_SDKAPPID = 70014,
    /** No public key to verify the user signature. */
    ERR_SVR_ACCOUNT_USERSIG_PUBLICKEY_NOT_FOUND = 70016,
    ERR_SVR_ACCOUNT_SDKAPPID_NOT_FOUND = 70020,  ///< Unknown SDKAppID.
    ERR_SVR_ACCOUNT_INVALID_USERSIG = 70052,  ///< Invalid user signature.
    ERR_SVR_ACCOUNT_NOT_FOUND = 70107,  ///< Account not found.
    ERR_SVR_ACCOUNT_SEC_RSTR = 70114,  ///< The account is restricted for security reasons.
    ERR_SVR_ACCOUNT_INTERNAL_TIMEOUT = 70169,  ///< Account service: internal timeout.
    ERR_SVR_ACCOUNT_INVALID_COUNT = 70206,  ///< Too many accounts in one request.
    ERR_SVR_ACCOUNT_INVALID_PARAMETERS = 70402,  ///< Account service: invalid parameters.
    ERR_SVR_ACCOUNT_ADMIN_REQUIRED = 70403,  ///< Account service: an administrator is required.
    ERR_SVR_ACCOUNT_FREQ_LIMIT = 70050,  ///< Account service: too many failures, try later.
    ERR_SVR_ACCOUNT_BLACKLIST = 70051,  ///< The account is blocked.
    ERR_SVR_ACCOUNT_COUNT_LIMIT = 70398,  ///< Too many accounts.
    ERR_SVR_ACCOUNT_INTERNAL_ERROR = 70500,  ///< Account service: internal error.
    ERR_SVR_ACCOUNT_USER_STATUS_DISABLED = 72001,  ///< The user status feature is not enabled.

    /* ---- server: profiles ---- */
    ERR_SVR_PROFILE_INVALID_PARAMETERS = 40001,  ///< Profiles: invalid parameters.
    ERR_SVR_PROFILE_ACCOUNT_MISS = 40002,  ///< Profiles: no account given.
    ERR_SVR_PROFILE_ACCOUNT_NOT_FOUND = 40003,  ///< Profiles: account not found.
    ERR_SVR_PROFILE_ADMIN_REQUIRED = 40004,  ///< Profiles: an administrator is required.
    ERR_SVR_PROFILE_SENSITIVE_TEXT = 40005,  ///< Profiles: the text contains sensitive words.
    ERR_SVR_PROFILE_INTERNAL_ERROR = 40006,  ///< Profiles: internal error.
    /** Profiles: no permission to read the field. */
    ERR_SVR_PROFILE_READ_PERMISSION_REQUIRED = 40007,
    /** Profiles: no permission to write the field. */
    ERR_SVR_PROFILE_WRITE_PERMISSION_REQUIRED = 40008,
    ERR_SVR_PROFILE_TAG_NOT_FOUND = 40009,  ///< Profiles: unknown field.
    ERR_SVR_PROFILE_SIZE_LIMIT = 40601,  ///< Profiles: a value is too large.
    ERR_SVR_PROFILE_VALUE_ERROR = 40605,  ///< Profiles: invalid value.
    ERR_SVR_PROFILE_INVALID_VALUE_FORMAT = 40610,  ///< Profiles: invalid value format.

    /* ---- server: relationship chain ---- */
    ERR_SVR_FRIENDSHIP_INVALID_PARAMETERS = 30001,  ///< Relationship chain: invalid parameters.
    ERR_SVR_FRIENDSHIP_INVALID_SDKAPPID = 30002,  ///< Relationship chain: invalid SDKAppID.
    ERR_SVR_FRIENDSHIP_ACCOUNT_NOT_FOUND = 30003,  ///< Relationship chain: account not found.
    /** Relationship chain: an administrator is required. */
    ERR_SVR_FRIENDSHIP_ADMIN_REQUIRED = 30004,
    /** Relationship chain: the text contains sensitive words. */
    ERR_SVR_FRIENDSHIP_SENSITIVE_TEXT = 30005,
    ERR_SVR_FRIENDSHIP_INTERNAL_ERROR = 30006,  ///< Relationship chain: internal error.
    ERR_SVR_FRIENDSHIP_NET_TIMEOUT = 30007,  ///< Relationship chain: network timeout.
    ERR_SVR_FRIENDSHIP_WRITE_CONFLICT = 30008,  ///< Relationship chain: conflicting writes, retry.
    /** The other user does not accept friend requests. */
    ERR_SVR_FRIENDSHIP_ADD_FRIEND_DENY = 30009,
    ERR_SVR_FRIENDSHIP_COUNT_LIMIT = 30010,  ///< Too many friends.
    ERR_SVR_FRIENDSHIP_GROUP_COUNT_LIMIT = 30011,  ///< Too many friend groups.
    ERR_SVR_FRIENDSHIP_PENDENCY_LIMIT = 30012,  ///< Too many pending friend applications.
    ERR_SVR_FRIENDSHIP_BLACKLIST_LIMIT = 30013,  ///< The block list is full.
    ERR_SVR_FRIENDSHIP_PEER_FRIEND_LIMIT = 30014,  ///< The other user has too many friends.
    ERR_SVR_FRIENDSHIP_IN_SELF_BLACKLIST = 30515,  ///< The other user is in the user's block list.
    ERR_SVR_FRIENDSHIP_ALLOW_TYPE_DENY_ANY = 30516,  ///< The other user accepts no friend requests.
    ERR_SVR_FRIENDSHIP_IN_PEER_BLACKLIST = 30525,  ///< The user is in the other user's block list.
    /** The request was sent; the other user must approve. */
    ERR_SVR_FRIENDSHIP_ALLOW_TYPE_NEED_CONFIRM = 30539,
    /** Adding the friend is restricted for security reasons. */
    ERR_SVR_FRIENDSHIP_ADD_FRIEND_SEC_RSTR = 30540,
    ERR_SVR_FRIENDSHIP_PENDENCY_NOT_FOUND = 30614,  ///< The friend application does not exist.
    ERR_SVR_FRIENDSHIP_DEL_NONFRIEND = 31704,  ///< The user to remove is not a friend.
    /** Removing the friend is restricted for security reasons. */
    ERR_SVR_FRIENDSHIP_DEL_FRIEND_SEC_RSTR = 31707,
    /** Relationship chain: account not found (another check). */
    ERR_SVR_FRIENDSHIP_ACCOUNT_NOT_FOUND_EX = 31804,

    /* ---- server: conversations ---- */
    ERR_SVR_CONV_ACCOUNT_NOT_FOUND = 50001,  ///< Conversations: account not found.
    ERR_SVR_CONV_INVALID_PARAMETERS = 50002,  ///< Conversations: invalid parameters.
    ERR_SVR_CONV_ADMIN_REQUIRED = 50003,  ///< Conversations: an administrator is required.
    ERR_SVR_CONV_INTERNAL_ERROR = 50004,  ///< Conversations: internal error.
    ERR_SVR_CONV_NET_TIMEOUT = 50005,  ///< Conversations: network timeout.
    /** More than 100 conversations in one batch call. */
    ERR_SVR_CONV_CONV_MARK_REQ_COUNT_EXCEED_LIMIT = 51006,
    /** A conversation mark or group operation failed. */
    ERR_SVR_CONV_CONV_MARK_OPERATE_FAILED = 51007,
    /** Too many marked or grouped conversations in total. */
    ERR_SVR_CONV_CONV_MARK_TOTAL_COUNT_EXCEED_LIMIT = 51008,
    ERR_SVR_CONV_CONV_GROUP_NOT_EXIST = 51009,  ///< The conversation group does not exist.
    /** Too many conversation groups (more than 20). */
    ERR_SVR_CONV_CONV_GROUP_TOTAL_COUNT_EXCEED_LIMIT = 51010,
    /** The conversation group name is too long (over 32 bytes). */
    ERR_SVR_CONV_CONV_GROUP_NAME_EXCEED_LENGTH = 51011,

    /* ---- server: messages ---- */
    ERR_SVR_MSG_PKG_PARSE_FAILED = 20001,  ///< Messages: the request could not be parsed.
    ERR_SVR_MSG_INTERNAL_AUTH_FAILED = 20002,  ///< Messages: internal authentication failed.
    ERR_SVR_MSG_INVALID_ID = 20003,  ///< Messages: invalid account ID.
    ERR_SVR_MSG_NET_ERROR = 20004,  ///< Messages: network error.
    ERR_SVR_MSG_INTERNAL_ERROR1 = 20005,  ///< Messages: internal error.
    ERR_SVR_MSG_PUSH_DENY = 20006,  ///< A callback before sending refused the message.
    ERR_SVR_MSG_IN_PEER_BLACKLIST = 20007,  ///< The user is in the receiver's block list.
    ERR_SVR_MSG_BOTH_NOT_FRIEND = 20009,  ///< The users are not friends (friends-only messaging).
    ERR_SVR_MSG_NOT_PEER_FRIEND = 20010,  ///< The user is not in the receiver's friend list.
    ERR_SVR_MSG_NOT_SELF_FRIEND = 20011,  ///< The receiver is not in the user's friend list.
    ERR_SVR_MSG_SHUTUP_DENY = 20012,  ///< The user is muted.
    ERR_SVR_MSG_REVOKE_TIME_LIMIT = 20016,  ///< Too late to revoke the message.
    /** Deleting roaming messages failed (internal error). */
    ERR_SVR_MSG_DEL_RAMBLE_INTERNAL_ERROR = 20018,
    /** A message extension was changed by someone else meanwhile. */
    ERR_SVR_MSG_EXTENSION_CONFLICT = 23001,
    ERR_SVR_MSG_EXTENSION_NOT_EXIST = 23004,  ///< The message extension does not exist.
    ERR_SVR_MSG_JSON_PARSE_FAILED = 90001,  ///< Messages: the JSON could not be parsed.
    ERR_SVR_MSG_INVALID_JSON_BODY_FORMAT = 90002,  ///< Messages: invalid message body format.
    ERR_SVR_MSG_INVALID_TO_ACCOUNT = 90003,  ///< Messages: no or invalid receiver.
    ERR_SVR_MSG_INVALID_RAND = 90005,  ///< Messages: invalid random number.
    ERR_SVR_MSG_INVALID_TIMESTAMP = 90006,  ///< Messages: invalid timestamp.
    ERR_SVR_MSG_BODY_NOT_ARRAY = 90007,  ///< Messages: the body is not an array.
    ERR_SVR_MSG_ADMIN_REQUIRED = 90009,  ///< Messages: an administrator is required.
    ERR_SVR_MSG_INVALID_JSON_FORMAT = 90010,  ///< Messages: invalid JSON format.
    ERR_SVR_MSG_TO_ACCOUNT_COUNT_LIMIT = 90011,  ///< Messages: too many receivers.
    ERR_SVR_MSG_TO_ACCOUNT_NOT_FOUND = 90012,  ///< Messages: the receiver does not exist.
    ERR_SVR_MSG_TIME_LIMIT = 90026,  ///< Messages: outside the allowed time range.
    /** Messages: invalid sync-to-other-devices option. */
    ERR_SVR_MSG_INVALID_SYNCOTHERMACHINE = 90031,
    ERR_SVR_MSG_INVALID_MSGLIFETIME = 90044,  ///< Messages: invalid message lifetime.
    ERR_SVR_MSG_ACCOUNT_NOT_FOUND = 90048,  ///< Messages: account not found.
    ERR_SVR_MSG_INTERNAL_ERROR2 = 90994,  ///< Messages: internal error.
    ERR_SVR_MSG_INTERNAL_ERROR3 = 90995,  ///< Messages: internal error.
    ERR_SVR_MSG_INTERNAL_ERROR4 = 91000,  ///< Messages: internal error.
    ERR_SVR_MSG_INTERNAL_ERROR5 = 90992,  ///< Messages: internal error.
    ERR_SVR_MSG_BODY_SIZE_LIMIT = 93000,  ///< The message is too large.
    ERR_SVR_MSG_LONGPOLLING_COUNT_LIMIT = 91101,  ///< Too many long-polling connections.

    /* ---- server: groups ---- */
    ERR_SVR_GROUP_INTERNAL_ERROR = 10002,  ///< Groups: internal error.
    ERR_SVR_GROUP_API_NAME_ERROR = 10003,  ///< Groups: unknown API.
    ERR_SVR_GROUP_INVALID_PARAMETERS = 10004,  ///< Groups: invalid parameters.
    ERR_SVR_GROUP_ACOUNT_COUNT_LIMIT = 10005,  ///< Groups: too many accounts in one request (sic).
    ERR_SVR_GROUP_FREQ_LIMIT = 10006,  ///< Groups: requests too frequent.
    ERR_SVR_GROUP_PERMISSION_DENY = 10007,  ///< Groups: not allowed.
    ERR_SVR_GROUP_INVALID_REQ = 10008,  ///< Groups: invalid request.
    ERR_SVR_GROUP_SUPER_NOT_ALLOW_QUIT = 10009,  ///< The owner cannot leave the group.
    ERR_SVR_GROUP_NOT_FOUND = 10010,  ///< The group does not exist.
    ERR_SVR_GROUP_JSON_PARSE_FAILED = 10011,  ///< Groups: the JSON could not be parsed.
    ERR_SVR_GROUP_INVALID_ID = 10012,  ///< Groups: invalid account ID.
    ERR_SVR_GROUP_ALLREADY_MEMBER = 10013,  ///< Already a member of the group.
    ERR_SVR_GROUP_FULL_MEMBER_COUNT = 10014,  ///< The group is full.
    ERR_SVR_GROUP_INVALID_GROUPID = 10015,  ///< Invalid group ID.
    ERR_SVR_GROUP_REJECT_FROM_THIRDPARTY = 10016,  ///< A callback before the operation refused it.
    ERR_SVR_GROUP_SHUTUP_DENY = 10017,  ///< The user is muted in the group.
    ERR_SVR_GROUP_RSP_SIZE_LIMIT = 10018,  ///< Groups: the answer would be too large.
    ERR_SVR_GROUP_ACCOUNT_NOT_FOUND = 10019,  ///< Groups: account not found.
    ERR_SVR_GROUP_GROUPID_IN_USED = 10021,  ///< The group ID is taken.
    ERR_SVR_GROUP_SEND_MSG_FREQ_LIMIT = 10023,  ///< Group messages sent too often.
    ERR_SVR_GROUP_REQ_ALLREADY_BEEN_PROCESSED = 10024,  ///< The application was already handled.
    /** The group ID is taken (and the user owns it). */
    ERR_SVR_GROUP_GROUPID_IN_USED_FOR_SUPER = 10025,
    ERR_SVR_GROUP_SDKAPPID_DENY = 10026,  ///< Groups: the SDKAppID is not allowed.
    ERR_SVR_GROUP_REVOKE_MSG_NOT_FOUND = 10030,  ///< The message to revoke does not exist.
    ERR_SVR_GROUP_REVOKE_MSG_TIME_LIMIT = 10031,  ///< Too late to revoke the group message.
    ERR_SVR_GROUP_REVOKE_MSG_DENY = 10032,  ///< Not allowed to revoke the group message.
    ERR_SVR_GROUP_NOT_ALLOW_REVOKE_MSG = 10033,  ///< This group type does not allow revoking.
    ERR_SVR_GROUP_REMOVE_MSG_DENY = 10034,  ///< Not allowed to delete the group message.
    /** This group type does not allow deleting messages. */
    ERR_SVR_GROUP_NOT_ALLOW_REMOVE_MSG = 10035,
    ERR_SVR_GROUP_AVCHATROOM_COUNT_LIMIT = 10036,  ///< Too many AVChatRooms.
    ERR_SVR_GROUP_COUNT_LIMIT = 10037,  ///< Too many groups.
    ERR_SVR_GROUP_MEMBER_COUNT_LIMIT = 10038,  ///< Too many group members.
};

#endif /* TIMCONV_V2TIMERRORCODE_H */
