/**
 * @file
 * @brief V2 C++ API: relationship chain. timconv has no friendship service: every method but
 * the block list's answers OnError(ERR_SDK_INTERFACE_NOT_SUPPORT, 7013) once, later (the
 * listener methods keep their listeners). With a homeserver the block list is the user's
 * ignored-users list there.
 */
#ifndef TIMCONV_V2TIMFRIENDSHIPMANAGER_H
#define TIMCONV_V2TIMFRIENDSHIPMANAGER_H

#include "V2TIMCallback.h"
#include "V2TIMDefine.h"
#include "V2TIMFriendship.h"
#include "V2TIMListener.h"

/**
 * The relationship chain: friends, applications, block list, friend groups
 * (V2TIMManager::GetFriendshipManager()). Every call but the block list's answers 7013:
 * timconv has no friendship service. Each one's description says what it does in the SDK.
 */
class V2TIMFriendshipManager {
public:
    /** The manager belongs to the SDK: never delete it. */
    virtual ~V2TIMFriendshipManager() {}

    /** Adds a friendship listener: kept, never called. */
    virtual void AddFriendListener(V2TIMFriendshipListener *listener) = 0;
    /** Removes a friendship listener. */
    virtual void RemoveFriendListener(V2TIMFriendshipListener *listener) = 0;
    /** The user's friends. Answers 7013. */
    virtual void GetFriendList(V2TIMValueCallback<V2TIMFriendInfoVector> *callback) = 0;
    /** The listed users' friend data. Answers 7013. */
    virtual void GetFriendsInfo(const V2TIMStringVector &userIDList,
                                V2TIMValueCallback<V2TIMFriendInfoResultVector> *callback) = 0;
    /** Changes a friend's data (the fields in info.modifyFlag). Answers 7013. */
    virtual void SetFriendInfo(const V2TIMFriendInfo &info, V2TIMCallback *callback) = 0;
    /** Searches the user's friends. Answers 7013. */
    virtual void SearchFriends(const V2TIMFriendSearchParam &searchParam,
                               V2TIMValueCallback<V2TIMFriendInfoResultVector> *callback) = 0;
    /** Adds a friend, or sends a friend request. Answers 7013. */
    virtual void AddFriend(const V2TIMFriendAddApplication &application,
                           V2TIMValueCallback<V2TIMFriendOperationResult> *callback) = 0;
    /** Removes friends (one-way or both ways). Answers 7013. */
    virtual void DeleteFromFriendList(
        const V2TIMStringVector &userIDList, V2TIMFriendType deleteType,
        V2TIMValueCallback<V2TIMFriendOperationResultVector> *callback) = 0;
    /** The friend relation with the listed users. Answers 7013. */
    virtual void CheckFriend(const V2TIMStringVector &userIDList, V2TIMFriendType checkType,
                             V2TIMValueCallback<V2TIMFriendCheckResultVector> *callback) = 0;
    /** The user's friend applications. Answers 7013. */
    virtual void GetFriendApplicationList(
        V2TIMValueCallback<V2TIMFriendApplicationResult> *callback) = 0;
    /** Accepts a friend application. Answers 7013. */
    virtual void AcceptFriendApplication(
        const V2TIMFriendApplication &application, V2TIMFriendAcceptType acceptType,
        V2TIMValueCallback<V2TIMFriendOperationResult> *callback) = 0;
    /** Refuses a friend application. Answers 7013. */
    virtual void RefuseFriendApplication(
        const V2TIMFriendApplication &application,
        V2TIMValueCallback<V2TIMFriendOperationResult> *callback) = 0;
    /** Deletes a friend application. Answers 7013. */
    virtual void DeleteFriendApplication(const V2TIMFriendApplication &application,
                                         V2TIMCallback *callback) = 0;
    /** Marks the friend applications read. Answers 7013. */
    virtual void SetFriendApplicationRead(V2TIMCallback *callback) = 0;
    /** Adds users to the block list (with a homeserver; without one 7013). */
    virtual void AddToBlackList(const V2TIMStringVector &userIDList,
                                V2TIMValueCallback<V2TIMFriendOperationResultVector> *callback) = 0;
    /** Removes users from the block list (with a homeserver; without one 7013). */
    virtual void DeleteFromBlackList(
        const V2TIMStringVector &userIDList,
        V2TIMValueCallback<V2TIMFriendOperationResultVector> *callback) = 0;
    /** The block list (with a homeserver; without one 7013). */
    virtual void GetBlackList(V2TIMValueCallback<V2TIMFriendInfoVector> *callback) = 0;
    /** Creates a friend group with users. Answers 7013. */
    virtual void CreateFriendGroup(
        const V2TIMString &groupName, const V2TIMStringVector &userIDList,
        V2TIMValueCallback<V2TIMFriendOperationResultVector> *callback) = 0;
    /** The listed friend groups (empty: all). Answers 7013. */
    virtual void GetFriendGroups(const V2TIMStringVector &groupNameList,
                                 V2TIMValueCallback<V2TIMFriendGroupVector> *callback) = 0;
    /** Deletes friend groups. Answers 7013. */
    virtual void DeleteFriendGroup(const V2TIMStringVector &groupNameList,
                                   V2TIMCallback *callback) = 0;
    /** Renames a friend group. Answers 7013. */
    virtual void RenameFriendGroup(const V2TIMString &oldName, const V2TIMString &newName,
                                   V2TIMCallback *callback) = 0;
    /** Adds friends to a friend group. Answers 7013. */
    virtual void AddFriendsToFriendGroup(
        const V2TIMString &groupName, const V2TIMStringVector &userIDList,
        V2TIMValueCallback<V2TIMFriendOperationResultVector> *callback) = 0;
    /** Removes friends from a friend group. Answers 7013. */
    virtual void DeleteFriendsFromFriendGroup(
        const V2TIMString &groupName, const V2TIMStringVector &userIDList,
        V2TIMValueCallback<V2TIMFriendOperationResultVector> *callback) = 0;
};

#endif /* TIMCONV_V2TIMFRIENDSHIPMANAGER_H */
