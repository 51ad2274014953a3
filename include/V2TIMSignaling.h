/* V2 C++ API: signaling types (the signaling manager answers 7013). */
#ifndef TIMCONV_V2TIMSIGNALING_H
#define TIMCONV_V2TIMSIGNALING_H

#include "V2TIMCommon.h"
#include "V2TIMDefine.h"
#include "V2TIMMessage.h"

enum V2TIMSignalingActionType {
    SignalingActionType_Invite = 1,
    SignalingActionType_Cancel_Invite = 2,
    SignalingActionType_Accept_Invite = 3,
    SignalingActionType_Reject_Invite = 4,
    SignalingActionType_Invite_Timeout = 5,
};

struct V2TIMSignalingInfo {
    V2TIMString inviteID;
    V2TIMString groupID;
    V2TIMString inviter;
    V2TIMStringVector inviteeList;
    V2TIMString data;
    V2TIMSignalingActionType actionType;
    int timeout;

    V2TIMSignalingInfo() : actionType(SignalingActionType_Invite), timeout(0) {}
};

#endif /* TIMCONV_V2TIMSIGNALING_H */
