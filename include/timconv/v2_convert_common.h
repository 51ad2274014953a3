/**
 * @file
 * @brief Helpers shared by the conversions between the C API's JSON and the V2 value types
 * (internal: timconv::v2::detail): strings, buffers, conversation IDs, string arrays.
 */
#ifndef TIMCONV_V2_CONVERT_COMMON_H
#define TIMCONV_V2_CONVERT_COMMON_H

#include <string>

#include "../TIMCloudDef.h"
#include "../V2TIMBuffer.h"
#include "../V2TIMCommon.h"
#include "../V2TIMString.h"
#include "v2_json.h"
#include "v2_runtime.h"

namespace timconv {
namespace v2 {
namespace detail {

using json::Value;
using json::Writer;

/** s as a std::string (all bytes kept). */
inline std::string Std(const V2TIMString &s) { return std::string(s.CString(), s.Size()); }

/** b's bytes as a std::string. */
inline std::string Std(const V2TIMBuffer &b) {
    return b.Size() == 0 ? std::string()
                         : std::string(reinterpret_cast<const char *>(b.Data()), b.Size());
}

/** s's bytes as a V2TIMBuffer. */
inline V2TIMBuffer ToBuffer(const std::string &s) {
    return V2TIMBuffer(reinterpret_cast<const uint8_t *>(s.data()), s.size());
}

/** Bytes that the C API can carry in a JSON string: valid UTF-8. */
inline bool IsText(const std::string &s) {
    return json::IsUtf8(reinterpret_cast<const unsigned char *>(s.data()), s.size());
}

/* ---- conversation IDs --------------------------------------------------------------------- */

/** The V2 conversation ID of a C conversation: "c2c_<id>", "group_<id>", else id. */
inline std::string JoinConvId(int64_t type, const std::string &id) {
    if (type == kTIMConv_C2C) return "c2c_" + id;
    if (type == kTIMConv_Group) return "group_" + id;
    return id;
}

/** "c2c_<id>" / "group_<id>" -> bare ID and TIMConvType; false for anything else. */
inline bool SplitConvId(const V2TIMString &conversationID, std::string *id, TIMConvType *type) {
    std::string s = Std(conversationID);
    if (s.compare(0, 4, "c2c_") == 0 && s.size() > 4) {
        *id = s.substr(4);
        *type = kTIMConv_C2C;
        return true;
    }
    if (s.compare(0, 6, "group_") == 0 && s.size() > 6) {
        *id = s.substr(6);
        *type = kTIMConv_Group;
        return true;
    }
    return false;
}

/* ---- small JSON helpers ------------------------------------------------------------------- */

/** v as a JSON array of strings. */
inline std::string StringsToJson(const V2TIMStringVector &v) {
    Writer w = Writer::Array();
    for (size_t i = 0; i < v.Size(); ++i) w.String(Std(v[i]));
    return w.Done();
}

/** Appends the strings of a JSON array to *out. */
inline void StringsFromJson(const Value &array, V2TIMStringVector *out) {
    for (size_t i = 0; i < array.Size(); ++i) out->PushBack(ToV2(array.At(i).AsString()));
}

/** A C receive option as the V2 one (same values; unknown ones: V2TIM_RECEIVE_MESSAGE). */
inline V2TIMReceiveMessageOpt RecvOptFromC(uint64_t opt) {
    return opt <= 4 ? static_cast<V2TIMReceiveMessageOpt>(opt) : V2TIM_RECEIVE_MESSAGE;
}

}  // namespace detail
}  // namespace v2
}  // namespace timconv

#endif /* TIMCONV_V2_CONVERT_COMMON_H */
