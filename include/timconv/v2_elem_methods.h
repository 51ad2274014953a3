/**
 * @file
 * @brief The methods of message elements that would fetch files from the server (internal;
 * included by V2TIMMessage.h). timconv has no file service: each answers OnError(7013) once,
 * later.
 */
#ifndef TIMCONV_V2_ELEM_METHODS_H
#define TIMCONV_V2_ELEM_METHODS_H

#include "../V2TIMCallback.h"
#include "v2_runtime.h"

inline void V2TIMImage::DownloadImage(const V2TIMString &, V2TIMDownloadCallback *callback) {
    timconv::v2::detail::NotSupported(callback, "V2TIMImage::DownloadImage");
}

inline void V2TIMSoundElem::GetUrl(V2TIMValueCallback<V2TIMString> *callback) {
    timconv::v2::detail::NotSupported(callback, "V2TIMSoundElem::GetUrl");
}

inline void V2TIMSoundElem::DownloadSound(const V2TIMString &, V2TIMDownloadCallback *callback) {
    timconv::v2::detail::NotSupported(callback, "V2TIMSoundElem::DownloadSound");
}

inline void V2TIMVideoElem::GetVideoUrl(V2TIMValueCallback<V2TIMString> *callback) {
    timconv::v2::detail::NotSupported(callback, "V2TIMVideoElem::GetVideoUrl");
}

inline void V2TIMVideoElem::GetSnapshotUrl(V2TIMValueCallback<V2TIMString> *callback) {
    timconv::v2::detail::NotSupported(callback, "V2TIMVideoElem::GetSnapshotUrl");
}

inline void V2TIMVideoElem::DownloadVideo(const V2TIMString &, V2TIMDownloadCallback *callback) {
    timconv::v2::detail::NotSupported(callback, "V2TIMVideoElem::DownloadVideo");
}

inline void V2TIMVideoElem::DownloadSnapshot(const V2TIMString &, V2TIMDownloadCallback *callback) {
    timconv::v2::detail::NotSupported(callback, "V2TIMVideoElem::DownloadSnapshot");
}

inline void V2TIMFileElem::GetUrl(V2TIMValueCallback<V2TIMString> *callback) {
    timconv::v2::detail::NotSupported(callback, "V2TIMFileElem::GetUrl");
}

inline void V2TIMFileElem::DownloadFile(const V2TIMString &, V2TIMDownloadCallback *callback) {
    timconv::v2::detail::NotSupported(callback, "V2TIMFileElem::DownloadFile");
}

inline void V2TIMMergerElem::DownloadMergerMessage(V2TIMValueCallback<V2TIMMessageVector> *callback) {
    timconv::v2::detail::NotSupported(callback, "V2TIMMergerElem::DownloadMergerMessage");
}

#endif /* TIMCONV_V2_ELEM_METHODS_H */
