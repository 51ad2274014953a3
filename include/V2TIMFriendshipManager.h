/* V2 C++ API: relationship chain. timconv has no friendship service: every method answers
 * OnError(ERR_SDK_INTERFACE_NOT_SUPPORT, 7013) once, later. */
#ifndef TIMCONV_V2TIMFRIENDSHIPMANAGER_H
#define TIMCONV_V2TIMFRIENDSHIPMANAGER_H

#include "V2TIMCallback.h"
#include "V2TIMDefine.h"
#include "V2TIMFriendship.h"
#include "V2TIMListener.h"

class V2TIMFriendshipManager {
public:
    virtual ~V2TIMFriendshipManager() {}

    virtual void AddFriendListener(V2TIMFriendshipListener *listener) = 0;
    virtual void RemoveFriendListener(V2TIMFriendshipListener *listener) = 0;
    virtual void GetFriendList(V2TIMValueCallback<V2TIMFriendInfoVector> *callback) = 0;
    virtual void GetFriendsInfo(const V2TIMStringVector &userIDList,
                                V2TIMValueCallback<V2TIMFriendInfoResultVector> *callback) = 0;
    virtual void SetFriendInfo(const V2TIMFriendInfo &info, V2TIMCallback *callback) = 0;
    virtual void SearchFriends(const V2TIMFriendSearchParam &searchParam,
                               V2TIMValueCallback<V2TIMFriendInfoResultVector> *callback) = 0;
    virtual void AddFriend(const V2TIMFriendAddApplication &application,
                           V2TIMValueCallback<V2TIMFriendOperationResult> *callback) = 0;
    virtual void DeleteFromFriendList(
        const V2TIMStringVector &userIDList, V2TIMFriendType deleteType,
        V2TIMValueCallback<V2TIMFriendOperationResultVector> *callback) = 0;
    virtual void CheckFriend(const V2TIMStringVector &userIDList, V2TIMFriendType checkType,
                             V2TIMValueCallback<V2TIMFriendCheckResultVector> *callback) = 0;
    virtual void GetFriendApplicationList(
        V2TIMValueCallback<V2TIMFriendApplicationResult> *callback) = 0;
    virtual void AcceptFriendApplication(
        const V2TIMFriendApplication &application, V2TIMFriendAcceptType acceptType,
        V2TIMValueCallback<V2TIMFriendOperationResult> *callback) = 0;
    virtual void RefuseFriendApplication(
        const V2TIMFriendApplication &application,
        V2TIMValueCallback<V2TIMFriendOperationResult> *callback) = 0;
    virtual void DeleteFriendApplication(const V2TIMFriendApplication &application,
                                         V2TIMCallback *callback) = 0;
    virtual void SetFriendApplicationRead(V2TIMCallback *callback) = 0;
    virtual void AddToBlackList(const V2TIMStringVector &userIDList,
                                V2TIMValueCallback<V2TIMFriendOperationResultVector> *callback) = 0;
    virtual void DeleteFromBlackList(
        const V2TIMStringVector &userIDList,
        V2TIMValueCallback<V2TIMFriendOperationResultVector> *callback) = 0;
    virtual void GetBlackList(V2TIMValueCallback<V2TIMFriendInfoVector> *callback) = 0;
    virtual void CreateFriendGroup(
        const V2TIMString &groupName, const V2TIMStringVector &userIDList,
        V2TIMValueCallback<V2TIMFriendOperationResultVector> *callback) = 0;
    virtual void GetFriendGroups(const V2TIMStringVector &groupNameList,
                                 V2TIMValueCallback<V2TIMFriendGroupVector> *callback) = 0;
    virtual void DeleteFriendGroup(const V2TIMStringVector &groupNameList,
                                   V2TIMCallback *callback) = 0;
    virtual void RenameFriendGroup(const V2TIMString &oldName, const V2TIMString &newName,
                                   V2TIMCallback *callback) = 0;
    virtual void AddFriendsToFriendGroup(
        const V2TIMString &groupName, const V2TIMStringVector &userIDList,
        V2TIMValueCallback<V2TIMFriendOperationResultVector> *callback) = 0;
    virtual void DeleteFriendsFromFriendGroup(
        const V2TIMString &groupName, const V2TIMStringVector &userIDList,
        V2TIMValueCallback<V2TIMFriendOperationResultVector> *callback) = 0;
};

#endif /* TIMCONV_V2TIMFRIENDSHIPMANAGER_H */
