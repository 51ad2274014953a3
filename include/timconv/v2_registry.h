/**
 * @file
 * @brief What the V2 layer keeps between calls (internal: timconv::v2::detail): the app's
 * listeners and the subscribed unread filters.
 */
#ifndef TIMCONV_V2_REGISTRY_H
#define TIMCONV_V2_REGISTRY_H

#include <map>
#include <mutex>
#include <string>

#include "../V2TIMConversation.h"
#include "../V2TIMListener.h"
#include "v2_runtime.h"

namespace timconv {
namespace v2 {
namespace detail {

/** Everything the layer keeps between calls; created once, never destroyed. */
struct Registry {
    ListenerSet<V2TIMSDKListener> sdk;                     ///< SDK listeners.
    ListenerSet<V2TIMSimpleMsgListener> simple;            ///< Simple message listeners.
    ListenerSet<V2TIMAdvancedMsgListener> advanced;        ///< Advanced message listeners.
    ListenerSet<V2TIMConversationListener> conversation;  ///< Conversation listeners.
    ListenerSet<V2TIMGroupListener> group;                 ///< Group listeners.
    ListenerSet<V2TIMFriendshipListener> friendship;       ///< Friendship listeners (never called).
    ListenerSet<V2TIMSignalingListener> signaling;         ///< Signaling listeners (never called).

    std::once_flag conversationHooks;  ///< The C conversation listeners are registered once.
    std::once_flag messageHooks;       ///< The C message listeners are registered once.
    std::once_flag groupHooks;         ///< The C group tips listener is registered once.

    std::mutex filtersMu;  ///< Guards filters.
    /** Subscribed unread filters by the JSON handed to the C layer, to give the app's own
     * filter back in OnUnreadMessageCountChangedByFilter. */
    std::map<std::string, V2TIMConversationListFilter> filters;
};

/** The one Registry (created on first use, never destroyed). */
inline Registry &Reg() {
    static Registry *registry = new Registry();
    return *registry;
}

}  // namespace detail
}  // namespace v2
}  // namespace timconv

#endif /* TIMCONV_V2_REGISTRY_H */
