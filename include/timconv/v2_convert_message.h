/**
 * @file
 * @brief Messages and their elements between the C API's JSON and the V2 classes (internal:
 * timconv::v2::detail).
 *
 * Key names are the C API's; where the C header has a constant for a key, the constant is
 * used.
 */
#ifndef TIMCONV_V2_CONVERT_MESSAGE_H
#define TIMCONV_V2_CONVERT_MESSAGE_H

#include <string>

#include "../TIMMessageManager.h"
#include "../V2TIMMessage.h"
#include "v2_convert_common.h"

namespace timconv {
namespace v2 {
namespace detail {

/* ---- element types and priorities --------------------------------------------------------- */

/** The V2 element type of a C elem_type (V2TIM_ELEM_TYPE_NONE for others). */
inline V2TIMElemType ElemTypeFromC(int64_t c) {
    switch (c) {
        case kTIMElem_Text: return V2TIM_ELEM_TYPE_TEXT;
        case kTIMElem_Image: return V2TIM_ELEM_TYPE_IMAGE;
        case kTIMElem_Sound: return V2TIM_ELEM_TYPE_SOUND;
        case kTIMElem_Custom: return V2TIM_ELEM_TYPE_CUSTOM;
        case kTIMElem_File: return V2TIM_ELEM_TYPE_FILE;
        case kTIMElem_GroupTips: return V2TIM_ELEM_TYPE_GROUP_TIPS;
        case kTIMElem_Face: return V2TIM_ELEM_TYPE_FACE;
        case kTIMElem_Location: return V2TIM_ELEM_TYPE_LOCATION;
        case kTIMElem_Video: return V2TIM_ELEM_TYPE_VIDEO;
        case kTIMElem_Merge: return V2TIM_ELEM_TYPE_MERGER;
        default: return V2TIM_ELEM_TYPE_NONE;
    }
}

/** The C elem_type of a V2 element type; -1 when there is none. */
inline int ElemTypeToC(int v2) {
    switch (v2) {
        case V2TIM_ELEM_TYPE_TEXT: return kTIMElem_Text;
        case V2TIM_ELEM_TYPE_CUSTOM: return kTIMElem_Custom;
        case V2TIM_ELEM_TYPE_IMAGE: return kTIMElem_Image;
        case V2TIM_ELEM_TYPE_SOUND: return kTIMElem_Sound;
        case V2TIM_ELEM_TYPE_VIDEO: return kTIMElem_Video;
        case V2TIM_ELEM_TYPE_FILE: return kTIMElem_File;
        case V2TIM_ELEM_TYPE_LOCATION: return kTIMElem_Location;
        case V2TIM_ELEM_TYPE_FACE: return kTIMElem_Face;
        case V2TIM_ELEM_TYPE_GROUP_TIPS: return kTIMElem_GroupTips;
        case V2TIM_ELEM_TYPE_MERGER: return kTIMElem_Merge;
        default: return -1;
    }
}

/** The V2 priority of a C priority (low and lowest: V2TIM_PRIORITY_LOW). */
inline V2TIMMessagePriority PriorityFromC(int64_t c) {
    switch (c) {
        case kTIMMsgPriority_High: return V2TIM_PRIORITY_HIGH;
        case kTIMMsgPriority_Normal: return V2TIM_PRIORITY_NORMAL;
        default: return V2TIM_PRIORITY_LOW;
    }
}

/** The C priority of a V2 priority (default and normal: normal). */
inline int PriorityToC(V2TIMMessagePriority p) {
    switch (p) {
        case V2TIM_PRIORITY_HIGH: return kTIMMsgPriority_High;
        case V2TIM_PRIORITY_LOW: return kTIMMsgPriority_Low;
        default: return kTIMMsgPriority_Normal;
    }
}

/* ---- elements: C JSON -> V2 --------------------------------------------------------------- */

/** Appends the image size kind ("orig", "thumb", "large") of a C image element, if it has one. */
inline void AddImage(const Value &e, const char *kind, V2TIMImageType type, V2TIMImageVector *out) {
    std::string prefix = std::string("image_elem_") + kind;
    std::string id = e.Str((prefix + "_id").c_str());
    std::string url = e.Str((prefix + "_url").c_str());
    if (id.empty() && url.empty()) return;
    V2TIMImage image;
    image.uuid = ToV2(id);
    image.type = type;
    image.size = e.U64((prefix + "_pic_size").c_str());
    image.width = static_cast<uint32_t>(e.U64((prefix + "_pic_width").c_str()));
    image.height = static_cast<uint32_t>(e.U64((prefix + "_pic_height").c_str()));
    image.url = ToV2(url);
    out->PushBack(image);
}

/** A new element of the concrete V2 class for the C element e (caller owns it). */
inline V2TIMElem *ElemFromJson(const Value &e) {
    switch (ElemTypeFromC(e.I64(kTIMElemType))) {
        case V2TIM_ELEM_TYPE_TEXT: {
            V2TIMTextElem *t = new V2TIMTextElem();
            t->text = ToV2(e.Str(kTIMTextElemContent));
            return t;
        }
        case V2TIM_ELEM_TYPE_CUSTOM: {
            V2TIMCustomElem *c = new V2TIMCustomElem();
            c->data = ToBuffer(e.Str(kTIMCustomElemData));
            c->desc = ToV2(e.Str(kTIMCustomElemDesc));
            c->extension = ToV2(e.Str(kTIMCustomElemExt));
            return c;
        }
        case V2TIM_ELEM_TYPE_IMAGE: {
            V2TIMImageElem *i = new V2TIMImageElem();
            i->path = ToV2(e.Str("image_elem_orig_path"));
            AddImage(e, "orig", V2TIM_IMAGE_TYPE_ORIGIN, &i->imageList);
            AddImage(e, "thumb", V2TIM_IMAGE_TYPE_THUMB, &i->imageList);
            AddImage(e, "large", V2TIM_IMAGE_TYPE_LARGE, &i->imageList);
            return i;
        }
        case V2TIM_ELEM_TYPE_SOUND: {
            V2TIMSoundElem *s = new V2TIMSoundElem();
            s->path = ToV2(e.Str("sound_elem_file_path"));
            s->uuid = ToV2(e.Str("sound_elem_file_id"));
            s->dataSize = e.U64("sound_elem_file_size");
            s->duration = static_cast<uint32_t>(e.U64("sound_elem_file_time"));
            return s;
        }
        case V2TIM_ELEM_TYPE_VIDEO: {
            V2TIMVideoElem *v = new V2TIMVideoElem();
            v->videoPath = ToV2(e.Str("video_elem_video_path"));
            v->snapshotPath = ToV2(e.Str("video_elem_image_path"));
            v->videoUUID = ToV2(e.Str("video_elem_video_id"));
            v->videoSize = e.U64("video_elem_video_size");
            v->videoType = ToV2(e.Str("video_elem_video_type"));
            v->duration = static_cast<uint32_t>(e.U64("video_elem_video_duration"));
            v->snapshotUUID = ToV2(e.Str("video_elem_image_id"));
            v->snapshotSize = e.U64("video_elem_image_size");
            v->snapshotWidth = static_cast<uint32_t>(e.U64("video_elem_image_width"));
            v->snapshotHeight = static_cast<uint32_t>(e.U64("video_elem_image_height"));
            return v;
        }
        case V2TIM_ELEM_TYPE_FILE: {
            V2TIMFileElem *f = new V2TIMFileElem();
            f->path = ToV2(e.Str("file_elem_file_path"));
            f->uuid = ToV2(e.Str("file_elem_file_id"));
            f->filename = ToV2(e.Str("file_elem_file_name"));
            f->fileSize = e.U64("file_elem_file_size");
            return f;
        }
        case V2TIM_ELEM_TYPE_LOCATION: {
            V2TIMLocationElem *l = new V2TIMLocationElem();
            l->desc = ToV2(e.Str(kTIMLocationElemDesc));
            l->longitude = e.Double(kTIMLocationElemLongitude);
            l->latitude = e.Double(kTIMLocationElemLatitude);
            return l;
        }
        case V2TIM_ELEM_TYPE_FACE: {
            V2TIMFaceElem *f = new V2TIMFaceElem();
            f->index = static_cast<uint32_t>(e.U64(kTIMFaceElemIndex));
            f->data = ToBuffer(e.Str(kTIMFaceElemBuf));
            return f;
        }
        case V2TIM_ELEM_TYPE_MERGER: {
            V2TIMMergerElem *m = new V2TIMMergerElem();
            m->title = ToV2(e.Str("merge_elem_title"));
            StringsFromJson(e.Get("merge_elem_abstract_array"), &m->abstractList);
            m->layersOverLimit = e.Bool("merge_elem_layer_over_limit");
            return m;
        }
        case V2TIM_ELEM_TYPE_GROUP_TIPS: {
            V2TIMGroupTipsElem *g = new V2TIMGroupTipsElem();
            g->groupID = ToV2(e.Str("group_tips_elem_group_id"));
            uint64_t tip = e.U64("group_tips_elem_tip_type"); /* C: 1 invite .. 7 member info */
            g->type = tip >= 1 && tip <= 7 ? static_cast<V2TIMGroupTipsType>(tip + 1)
                                           : V2TIM_GROUP_TIPS_TYPE_NONE;
            g->opMember.userID = ToV2(e.Str("group_tips_elem_op_user"));
            const Value &users = e.Get("group_tips_elem_user_array");
            for (size_t k = 0; k < users.Size(); ++k) {
                V2TIMGroupMemberInfo member;
                member.userID = ToV2(users.At(k).AsString());
                g->memberList.PushBack(member);
            }
            g->memberCount = static_cast<uint32_t>(e.U64("group_tips_elem_member_num"));
            return g;
        }
        default:
            return new V2TIMElem();
    }
}

/* ---- messages: C JSON -> V2 --------------------------------------------------------------- */

/** Fills *out (a default-constructed message) from a C Message object. */
inline void MessageFromJson(const Value &m, V2TIMMessage *out) {
    out->msgID = ToV2(m.Str(kTIMMsgMsgId));
    uint64_t time = m.U64(kTIMMsgServerTime);
    out->timestamp = static_cast<int64_t>(time != 0 ? time : m.U64(kTIMMsgClientTime));
    out->sender = ToV2(m.Str(kTIMMsgSender));
    const Value &profile = m.Get(kTIMMsgSenderProfile);
    const Value &member = m.Get(kTIMMsgSenderGroupMemberInfo);
    std::string nick = profile.Str("user_profile_nick_name");
    if (nick.empty()) nick = member.Str("group_member_info_nick_name");
    std::string face = profile.Str("user_profile_face_url");
    if (face.empty()) face = member.Str("group_member_info_face_url");
    out->nickName = ToV2(nick);
    out->faceURL = ToV2(face);
    out->friendRemark = ToV2(profile.Str("user_profile_friend_remark"));
    out->nameCard = ToV2(member.Str("group_member_info_name_card"));
    int64_t convType = m.I64(kTIMMsgConvType);
    out->userID = ToV2(convType == kTIMConv_C2C ? m.Str(kTIMMsgConvId) : std::string());
    out->groupID = ToV2(convType == kTIMConv_Group ? m.Str(kTIMMsgConvId) : std::string());
    out->seq = m.U64(kTIMMsgSeq);
    out->random = m.U64(kTIMMsgRand);
    uint64_t status = m.U64(kTIMMsgStatus);
    out->status = status >= 1 && status <= 6 ? static_cast<V2TIMMessageStatus>(status)
                  : status == 0              ? V2TIM_MSG_STATUS_SEND_SUCC
                                             : V2TIM_MSG_STATUS_SEND_FAIL;
    out->supportMessageExtension = m.Bool("message_support_message_extension");
    out->isSelf = m.Bool(kTIMMsgIsFormSelf);
    out->needReadReceipt = m.Bool(kTIMMsgNeedReadReceipt);
    out->isBroadcastMessage = m.Bool("message_is_broadcast_message");
    out->priority = PriorityFromC(m.Get(kTIMMsgPriority).IsNull()
                                      ? static_cast<int64_t>(kTIMMsgPriority_Normal)
                                      : m.I64(kTIMMsgPriority));
    StringsFromJson(m.Get(kTIMMsgGroupAtUserArray), &out->groupAtUserList);
    const Value &elems = m.Get(kTIMMsgElemArray);
    for (size_t i = 0; i < elems.Size(); ++i) out->elemList.PushBack(ElemFromJson(elems.At(i)));
    out->localCustomData = ToBuffer(m.Str(kTIMMsgCustomStr));
    out->localCustomInt = static_cast<int>(m.I64(kTIMMsgCustomInt));
    out->cloudCustomData = ToBuffer(m.Str(kTIMMsgCloudCustomStr));
    out->isExcludedFromUnreadCount = m.Bool(kTIMMsgIsExcludedFromUnreadCount);
    out->isExcludedFromLastMessage = m.Bool(kTIMMsgExcludedFromLastMessage);
    out->isExcludedFromContentModeration = m.Bool("message_excluded_from_content_moderation");
    const Value &push = m.Get("message_offline_push_config");
    out->offlinePushInfo.desc = ToV2(push.Str("offline_push_config_desc"));
    out->offlinePushInfo.ext = ToV2(push.Str("offline_push_config_ext"));
    out->offlinePushInfo.disablePush = push.U64("offline_push_config_flag") == 1;
    out->isRead = m.Bool(kTIMMsgIsRead);
    out->isPeerRead = m.Bool(kTIMMsgIsPeerRead);
}

/** Appends the messages of a C Message array to *out. */
inline void MessagesFromJson(const Value &array, V2TIMMessageVector *out) {
    for (size_t i = 0; i < array.Size(); ++i) {
        V2TIMMessage message;
        MessageFromJson(array.At(i), &message);
        out->PushBack(message);
    }
}

/* ---- elements and messages: V2 -> C JSON -------------------------------------------------- */

/** Writes one element into the array w; false (with *err) for what the C API cannot carry. */
inline bool ElemToJson(const V2TIMElem *elem, Writer *w, std::string *err) {
    if (elem == nullptr) {
        *err = "a NULL element";
        return false;
    }
    int type = ElemTypeToC(elem->elemType);
    Writer e = Writer::Object();
    e.Key(kTIMElemType).I64(type);
    switch (elem->elemType) {
        case V2TIM_ELEM_TYPE_TEXT:
            e.Key(kTIMTextElemContent).String(Std(static_cast<const V2TIMTextElem *>(elem)->text));
            break;
        case V2TIM_ELEM_TYPE_CUSTOM: {
            const V2TIMCustomElem *c = static_cast<const V2TIMCustomElem *>(elem);
            std::string data = Std(c->data);
            if (!IsText(data)) {
                *err = "custom data must be UTF-8 text (the C API carries it in a JSON string)";
                return false;
            }
            e.Key(kTIMCustomElemData).String(data);
            e.Key(kTIMCustomElemDesc).String(Std(c->desc));
            e.Key(kTIMCustomElemExt).String(Std(c->extension));
            break;
        }
        case V2TIM_ELEM_TYPE_IMAGE:
            e.Key("image_elem_orig_path").String(Std(static_cast<const V2TIMImageElem *>(elem)->path));
            break;
        case V2TIM_ELEM_TYPE_SOUND: {
            const V2TIMSoundElem *s = static_cast<const V2TIMSoundElem *>(elem);
            e.Key("sound_elem_file_path").String(Std(s->path));
            e.Key("sound_elem_file_size").U64(s->dataSize);
            e.Key("sound_elem_file_time").U64(s->duration);
            break;
        }
        case V2TIM_ELEM_TYPE_VIDEO: {
            const V2TIMVideoElem *v = static_cast<const V2TIMVideoElem *>(elem);
            e.Key("video_elem_video_path").String(Std(v->videoPath));
            e.Key("video_elem_video_type").String(Std(v->videoType));
            e.Key("video_elem_video_duration").U64(v->duration);
            e.Key("video_elem_image_path").String(Std(v->snapshotPath));
            break;
        }
        case V2TIM_ELEM_TYPE_FILE: {
            const V2TIMFileElem *f = static_cast<const V2TIMFileElem *>(elem);
            e.Key("file_elem_file_path").String(Std(f->path));
            e.Key("file_elem_file_name").String(Std(f->filename));
            e.Key("file_elem_file_size").U64(f->fileSize);
            break;
        }
        case V2TIM_ELEM_TYPE_LOCATION: {
            const V2TIMLocationElem *l = static_cast<const V2TIMLocationElem *>(elem);
            e.Key(kTIMLocationElemDesc).String(Std(l->desc));
            e.Key(kTIMLocationElemLongitude).Double(l->longitude);
            e.Key(kTIMLocationElemLatitude).Double(l->latitude);
            break;
        }
        case V2TIM_ELEM_TYPE_FACE: {
            const V2TIMFaceElem *f = static_cast<const V2TIMFaceElem *>(elem);
            std::string data = Std(f->data);
            if (!IsText(data)) {
                *err = "face data must be UTF-8 text (the C API carries it in a JSON string)";
                return false;
            }
            e.Key(kTIMFaceElemIndex).U64(f->index);
            e.Key(kTIMFaceElemBuf).String(data);
            break;
        }
        case V2TIM_ELEM_TYPE_MERGER: {
            const V2TIMMergerElem *m = static_cast<const V2TIMMergerElem *>(elem);
            e.Key("merge_elem_title").String(Std(m->title));
            e.Key("merge_elem_abstract_array").Raw(StringsToJson(m->abstractList));
            break;
        }
        default:
            *err = "elements of this type cannot be sent";
            return false;
    }
    w->Raw(e.Done());
    return true;
}

/**
 * Writes the members of a message to send or store into w (an object being built): elements,
 * flags, custom data and @ list. false (with *err) when the C API cannot carry it.
 */
inline bool MessageBodyToJson(const V2TIMMessage &m, Writer *w, std::string *err) {
    Writer elems = Writer::Array();
    for (size_t i = 0; i < m.elemList.Size(); ++i) {
        if (!ElemToJson(m.elemList[i], &elems, err)) return false;
    }
    w->Key(kTIMMsgElemArray).Raw(elems.Done());
    std::string cloud = Std(m.cloudCustomData), local = Std(m.localCustomData);
    if (!IsText(cloud) || !IsText(local)) {
        *err = "custom data must be UTF-8 text (the C API carries it in a JSON string)";
        return false;
    }
    if (!cloud.empty()) w->Key(kTIMMsgCloudCustomStr).String(cloud);
    if (!local.empty()) w->Key(kTIMMsgCustomStr).String(local);
    if (m.localCustomInt != 0) w->Key(kTIMMsgCustomInt).I64(m.localCustomInt);
    if (m.isExcludedFromUnreadCount) w->Key(kTIMMsgIsExcludedFromUnreadCount).Bool(true);
    if (m.isExcludedFromLastMessage) w->Key(kTIMMsgExcludedFromLastMessage).Bool(true);
    if (m.needReadReceipt) w->Key(kTIMMsgNeedReadReceipt).Bool(true);
    if (m.supportMessageExtension) w->Key("message_support_message_extension").Bool(true);
    if (m.isExcludedFromContentModeration) {
        w->Key("message_excluded_from_content_moderation").Bool(true);
    }
    if (!m.groupAtUserList.Empty()) {
        w->Key(kTIMMsgGroupAtUserArray).Raw(StringsToJson(m.groupAtUserList));
    }
    return true;
}

/**
 * The JSON object that names a stored message (ID, time, seq, rand, sender, conversation), as
 * revoke, delete and history paging take it.
 */
inline std::string MessageIdentityToJson(const V2TIMMessage &m) {
    Writer w = Writer::Object();
    w.Key(kTIMMsgMsgId).String(Std(m.msgID));
    if (m.timestamp > 0) w.Key(kTIMMsgServerTime).I64(m.timestamp);
    if (m.seq != 0) w.Key(kTIMMsgSeq).U64(m.seq);
    if (m.random != 0) w.Key(kTIMMsgRand).U64(m.random);
    if (!m.sender.Empty()) w.Key(kTIMMsgSender).String(Std(m.sender));
    if (!m.userID.Empty()) {
        w.Key(kTIMMsgConvId).String(Std(m.userID)).Key(kTIMMsgConvType).I64(kTIMConv_C2C);
    } else if (!m.groupID.Empty()) {
        w.Key(kTIMMsgConvId).String(Std(m.groupID)).Key(kTIMMsgConvType).I64(kTIMConv_Group);
    }
    w.Key(kTIMMsgIsFormSelf).Bool(m.isSelf);
    return w.Done();
}

/** The conversation a stored message belongs to; false when it names none. */
inline bool ConvOfMessage(const V2TIMMessage &m, std::string *id, TIMConvType *type) {
    if (!m.userID.Empty()) {
        *id = Std(m.userID);
        *type = kTIMConv_C2C;
        return true;
    }
    if (!m.groupID.Empty()) {
        *id = Std(m.groupID);
        *type = kTIMConv_Group;
        return true;
    }
    return false;
}

}  // namespace detail
}  // namespace v2
}  // namespace timconv

#endif /* TIMCONV_V2_CONVERT_MESSAGE_H */
