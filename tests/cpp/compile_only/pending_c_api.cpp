// Compiles the V2 code that waits for C functions this library does not export yet, against
// the SDK's prototypes (declared here, not linked). See include/timconv/v2_pending_c_api.h.
#include "TIMCloudDef.h"

extern "C" {
enum TIMNetworkStatus { kTIMConnected, kTIMDisconnected, kTIMConnecting, kTIMConnectFailed };
typedef void (*TIMNetworkStatusListenerCallback)(enum TIMNetworkStatus status, int32_t code,
                                                 const char *desc, const void *user_data);
typedef void (*TIMKickedOfflineCallback)(const void *user_data);
typedef void (*TIMUserSigExpiredCallback)(const void *user_data);
void TIMSetNetworkStatusListenerCallback(TIMNetworkStatusListenerCallback cb, const void *user_data);
void TIMSetKickedOfflineCallback(TIMKickedOfflineCallback cb, const void *user_data);
void TIMSetUserSigExpiredCallback(TIMUserSigExpiredCallback cb, const void *user_data);
int TIMMsgFindMessages(const char *json_message_id_array, TIMCommCallback cb, const void *user_data);
int TIMMsgSearchLocalMessages(const char *json_search_message_param, TIMCommCallback cb,
                              const void *user_data);
int TIMProfileGetUserProfileList(const char *json_get_user_profile_list_param, TIMCommCallback cb,
                                 const void *user_data);
}

#define kTIMMsgSearchParamKeywordArray "msg_search_param_keyword_array"
#define kTIMMsgSearchParamMessageTypeArray "msg_search_param_message_type_array"
#define kTIMMsgSearchParamConvId "msg_search_param_conv_id"
#define kTIMMsgSearchParamConvType "msg_search_param_conv_type"
#define kTIMMsgSearchParamSearchTimePosition "msg_search_param_search_time_position"
#define kTIMMsgSearchParamSearchTimePeriod "msg_search_param_search_time_period"
#define kTIMMsgSearchParamPageIndex "msg_search_param_page_index"
#define kTIMMsgSearchParamPageSize "msg_search_param_page_size"
#define kTIMMsgSearchParamKeywordListMatchType "msg_search_param_keyword_list_match_type"
#define kTIMMsgSearchParamSenderIdentifierArray "msg_search_param_send_indentifier_array"
#define kTIMMsgSearchResultTotalCount "msg_search_result_total_count"
#define kTIMMsgSearchResultItemArray "msg_search_result_item_array"
#define kTIMMsgSearchResultItemConvId "msg_search_result_item_conv_id"
#define kTIMMsgSearchResultItemConvType "msg_search_result_item_conv_type"
#define kTIMMsgSearchResultItemTotalMessageCount "msg_search_result_item_total_message_count"
#define kTIMMsgSearchResultItemMessageArray "msg_search_result_item_message_array"

#define TIMCONV_V2_HAVE_FIND_MESSAGES 1
#define TIMCONV_V2_HAVE_SEARCH_MESSAGES 1
#define TIMCONV_V2_HAVE_PROFILE_LIST 1
#define TIMCONV_V2_HAVE_NETWORK_STATUS 1

#include "V2TIMManager.h"

// Something to compile into the object.
V2TIMManager *PendingCApiInstance() { return V2TIMManager::GetInstance(); }
