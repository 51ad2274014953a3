/* V2 C++ API: V2TIMString, the UTF-8 string every V2 method takes and returns. */
#ifndef TIMCONV_V2TIMSTRING_H
#define TIMCONV_V2TIMSTRING_H

#include <stddef.h>

#include <string>

/*
 * A copyable UTF-8 string. String literals convert implicitly, also u8"..." literals under
 * C++20, where they are const char8_t* (an addition to the SDK's class, which rejects them).
 * CString() stays valid while the object lives and is not modified.
 */
class V2TIMString {
public:
    V2TIMString() {}
    V2TIMString(const char *pStr) : str_(pStr ? pStr : "") {}
    V2TIMString(const char *pStr, size_t size) : str_(pStr ? std::string(pStr, size) : std::string()) {}
#if defined(__cpp_char8_t)
    V2TIMString(const char8_t *pStr) : str_(pStr ? reinterpret_cast<const char *>(pStr) : "") {}
    V2TIMString &operator=(const char8_t *pStr) {
        str_ = pStr ? reinterpret_cast<const char *>(pStr) : "";
        return *this;
    }
#endif
    V2TIMString(const V2TIMString &str) : str_(str.str_) {}
    virtual ~V2TIMString() {}

    V2TIMString &operator=(const V2TIMString &str) {
        str_ = str.str_;
        return *this;
    }
    V2TIMString &operator=(const char *pStr) {
        str_ = pStr ? pStr : "";
        return *this;
    }
    bool operator==(const V2TIMString &str) const { return str_ == str.str_; }
    bool operator!=(const V2TIMString &str) const { return str_ != str.str_; }
    bool operator<(const V2TIMString &str) const { return str_ < str.str_; }
    char &operator[](int index) { return str_[static_cast<size_t>(index)]; }

    /* Bytes, without the terminating NUL (Size and Length are the same). */
    size_t Size() const { return str_.size(); }
    size_t Length() const { return str_.size(); }
    bool Empty() const { return str_.empty(); }
    const char *CString() const { return str_.c_str(); }

private:
    std::string str_;
};

#endif /* TIMCONV_V2TIMSTRING_H */
