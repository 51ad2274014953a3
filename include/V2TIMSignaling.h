/**
 * @file
 * @brief V2 C++ API: signaling types (the signaling manager answers 7013).
 */
#ifndef TIMCONV_V2TIMSIGNALING_H
#define TIMCONV_V2TIMSIGNALING_H

#include "V2TIMCommon.h"
#include "V2TIMDefine.h"
#include "V2TIMMessage.h"

/** What a signaling message does. */
enum V2TIMSignalingActionType {
    SignalingActionType_Invite = 1,          ///< Invites.
    SignalingActionType_Cancel_Invite = 2,   ///< Cancels an invitation.
    SignalingActionType_Accept_Invite = 3,   ///< Accepts an invitation.
    SignalingActionType_Reject_Invite = 4,   ///< Rejects an invitation.
    SignalingActionType_Invite_Timeout = 5,  ///< An invitation timed out.
};

/** An invitation, as a signaling message carries it. */
struct V2TIMSignalingInfo {
    V2TIMString inviteID;                 ///< The invitation's ID.
    V2TIMString groupID;                  ///< The group (group invitations), else "".
    V2TIMString inviter;                  ///< Who invited.
    V2TIMStringVector inviteeList;        ///< Who is invited.
    V2TIMString data;                     ///< The app's data.
    V2TIMSignalingActionType actionType;  ///< What the message does.
    int timeout;                          ///< Seconds before the invitation times out (0: never).

    /** An empty invitation (no inviteID: not a signaling message). */
    V2TIMSignalingInfo() : actionType(SignalingActionType_Invite), timeout(0) {}
};

#endif /* TIMCONV_V2TIMSIGNALING_H */
