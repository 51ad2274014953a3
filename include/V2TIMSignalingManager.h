/**
 * @file
 * @brief V2 C++ API: signaling. timconv has no signaling service: calls answer OnError(7013)
 * once, later; Invite and InviteInGroup return "" and GetSignalingInfo an empty info (no
 * inviteID: "not a signaling message").
 */
#ifndef TIMCONV_V2TIMSIGNALINGMANAGER_H
#define TIMCONV_V2TIMSIGNALINGMANAGER_H

#include "V2TIMCallback.h"
#include "V2TIMDefine.h"
#include "V2TIMListener.h"
#include "V2TIMSignaling.h"

/**
 * Signaling: invitations carried by messages (V2TIMManager::GetSignalingManager()). timconv
 * has no signaling service; each method says what it does in the SDK and what timconv does.
 */
class V2TIMSignalingManager {
public:
    /** The manager belongs to the SDK: never delete it. */
    virtual ~V2TIMSignalingManager() {}

    /** Adds a signaling listener: kept, never called. */
    virtual void AddSignalingListener(V2TIMSignalingListener *listener) = 0;
    /** Removes a signaling listener. */
    virtual void RemoveSignalingListener(V2TIMSignalingListener *listener) = 0;
    /** Invites a user; returns the invitation ID. Returns "" and answers 7013. */
    virtual V2TIMString Invite(const V2TIMString &invitee, const V2TIMString &data,
                               bool onlineUserOnly, const V2TIMOfflinePushInfo &offlinePushInfo,
                               int timeout, V2TIMCallback *callback) = 0;
    /** Invites group members; returns the invitation ID. Returns "" and answers 7013. */
    virtual V2TIMString InviteInGroup(const V2TIMString &groupID,
                                      const V2TIMStringVector &inviteeList, const V2TIMString &data,
                                      bool onlineUserOnly, int timeout,
                                      V2TIMCallback *callback) = 0;
    /** The inviter cancels an invitation. Answers 7013. */
    virtual void Cancel(const V2TIMString &inviteID, const V2TIMString &data,
                        V2TIMCallback *callback) = 0;
    /** An invitee accepts an invitation. Answers 7013. */
    virtual void Accept(const V2TIMString &inviteID, const V2TIMString &data,
                        V2TIMCallback *callback) = 0;
    /** An invitee rejects an invitation. Answers 7013. */
    virtual void Reject(const V2TIMString &inviteID, const V2TIMString &data,
                        V2TIMCallback *callback) = 0;
    /** The invitation a message carries; timconv returns an empty info (no inviteID). */
    virtual V2TIMSignalingInfo GetSignalingInfo(const V2TIMMessage &msg) = 0;
    /** Adds an invitation received by other means. Answers 7013. */
    virtual void AddInvitedSignaling(const V2TIMSignalingInfo &info, V2TIMCallback *callback) = 0;
    /** Changes an invitation's data. Answers 7013. */
    virtual void ModifyInvitation(const V2TIMString &inviteID, const V2TIMString &data,
                                  V2TIMCallback *callback) = 0;
};

#endif /* TIMCONV_V2TIMSIGNALINGMANAGER_H */
