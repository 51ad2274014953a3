/*
 * V2 methods waiting for C functions that are not in this library's headers yet (internal).
 *
 * Each switch below turns a V2 method from its 7013 answer into a call of the named C function,
 * with the SDK's prototype and JSON keys. Define a switch (here, or with -D) once the C layer
 * exports that function and its headers (included by the V2 layer) declare it:
 *
 *   TIMCONV_V2_HAVE_FIND_MESSAGES    V2TIMMessageManager::FindMessages
 *       int TIMMsgFindMessages(const char *json_message_id_array, TIMCommCallback, const void *)
 *       result: JSON array of Message
 *   TIMCONV_V2_HAVE_SEARCH_MESSAGES  V2TIMMessageManager::SearchLocalMessages
 *       int TIMMsgSearchLocalMessages(const char *json_search_message_param, TIMCommCallback,
 *                                     const void *)
 *       keys kTIMMsgSearchParam* in, kTIMMsgSearchResult* / kTIMMsgSearchResultItem* out
 *   TIMCONV_V2_HAVE_PROFILE_LIST     V2TIMManager::GetUsersInfo
 *       int TIMProfileGetUserProfileList(const char *json_get_user_profile_list_param,
 *                                        TIMCommCallback, const void *)
 *       param {"friendship_getprofilelist_param_identifier_array": [...]};
 *       result: JSON array of UserProfile (user_profile_*)
 *   TIMCONV_V2_HAVE_NETWORK_STATUS   V2TIMSDKListener connection events
 *       void TIMSetNetworkStatusListenerCallback(TIMNetworkStatusListenerCallback, const void *)
 *           (kTIMConnected 0, kTIMDisconnected 1, kTIMConnecting 2, kTIMConnectFailed 3)
 *       void TIMSetKickedOfflineCallback(TIMKickedOfflineCallback, const void *)
 *       void TIMSetUserSigExpiredCallback(TIMUserSigExpiredCallback, const void *)
 */
#ifndef TIMCONV_V2_PENDING_C_API_H
#define TIMCONV_V2_PENDING_C_API_H

/* #define TIMCONV_V2_HAVE_FIND_MESSAGES 1 */
/* #define TIMCONV_V2_HAVE_SEARCH_MESSAGES 1 */
/* #define TIMCONV_V2_HAVE_PROFILE_LIST 1 */
/* #define TIMCONV_V2_HAVE_NETWORK_STATUS 1 */

#endif /* TIMCONV_V2_PENDING_C_API_H */
