/**
 * @file
 * @brief V2 C++ API: V2TIMString, the UTF-8 string every V2 method takes and returns.
 */
#ifndef TIMCONV_V2TIMSTRING_H
#define TIMCONV_V2TIMSTRING_H

#include <stddef.h>

#include <string>

/**
 * A copyable UTF-8 string. String literals convert implicitly, also u8"..." literals under
 * C++20, where they are const char8_t* (an addition to the SDK's class, which rejects them).
 * CString() stays valid while the object lives and is not modified.
 */
class V2TIMString {
public:
    /** An empty string. */
    V2TIMString() {}
    /** A copy of the NUL-terminated pStr (NULL gives an empty string). */
    V2TIMString(const char *pStr) : str_(pStr ? pStr : "") {}
    /** A copy of size bytes at pStr, NUL bytes included (NULL gives an empty string). */
    V2TIMString(const char *pStr, size_t size) : str_(pStr ? std::string(pStr, size) : std::string()) {}
#if defined(__cpp_char8_t)
    /** A copy of the NUL-terminated u8"..." text pStr (C++20; NULL gives an empty string). */
    V2TIMString(const char8_t *pStr) : str_(pStr ? reinterpret_cast<const char *>(pStr) : "") {}
    /** Replaces the text with a copy of the u8"..." text pStr (C++20; NULL empties it). */
    V2TIMString &operator=(const char8_t *pStr) {
        str_ = pStr ? reinterpret_cast<const char *>(pStr) : "";
        return *this;
    }
#endif
    /** A copy of str. */
    V2TIMString(const V2TIMString &str) : str_(str.str_) {}
    /** Frees the text. */
    virtual ~V2TIMString() {}

    /** Replaces the text with a copy of str's. */
    V2TIMString &operator=(const V2TIMString &str) {
        str_ = str.str_;
        return *this;
    }
    /** Replaces the text with a copy of the NUL-terminated pStr (NULL empties it). */
    V2TIMString &operator=(const char *pStr) {
        str_ = pStr ? pStr : "";
        return *this;
    }
    /** Whether both hold the same bytes. */
    bool operator==(const V2TIMString &str) const { return str_ == str.str_; }
    /** Whether the bytes differ. */
    bool operator!=(const V2TIMString &str) const { return str_ != str.str_; }
    /** Byte-wise order (lets V2TIMString be a map key). */
    bool operator<(const V2TIMString &str) const { return str_ < str.str_; }
    /** The byte at index (not range-checked), writable. */
    char &operator[](int index) { return str_[static_cast<size_t>(index)]; }

    /** The length in bytes, without the terminating NUL. */
    size_t Size() const { return str_.size(); }
    /** The length in bytes, without the terminating NUL (the same as Size()). */
    size_t Length() const { return str_.size(); }
    /** Whether the string has no bytes. */
    bool Empty() const { return str_.empty(); }
    /** The text, NUL-terminated; valid while the object lives and is not modified. */
    const char *CString() const { return str_.c_str(); }

private:
    std::string str_;
};

#endif /* TIMCONV_V2TIMSTRING_H */
