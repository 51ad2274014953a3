/**
 * @file
 * @brief V2 C++ API: V2TIMBuffer, a copyable byte array (custom message data, custom fields).
 */
#ifndef TIMCONV_V2TIMBUFFER_H
#define TIMCONV_V2TIMBUFFER_H

#include <stddef.h>
#include <stdint.h>

#include <vector>

/** A copyable byte array; any bytes, NUL included. */
class V2TIMBuffer {
public:
    /** An empty buffer. */
    V2TIMBuffer() {}
    /** A copy of buffer's bytes. */
    V2TIMBuffer(const V2TIMBuffer &buffer) : bytes_(buffer.bytes_) {}
    /** Copies size bytes from data (NULL or 0 gives an empty buffer). */
    V2TIMBuffer(const uint8_t *data, size_t size) {
        if (data != nullptr && size > 0) bytes_.assign(data, data + size);
    }
    /** Frees the bytes. */
    virtual ~V2TIMBuffer() {}

    /** The bytes (NULL when empty); valid while the buffer lives and is not modified. */
    const uint8_t *Data() const { return bytes_.empty() ? nullptr : &bytes_[0]; }
    /** The number of bytes. */
    size_t Size() const { return bytes_.size(); }

    /** Replaces the bytes with a copy of buffer's. */
    V2TIMBuffer &operator=(const V2TIMBuffer &buffer) {
        bytes_ = buffer.bytes_;
        return *this;
    }

private:
    std::vector<uint8_t> bytes_;
};

#endif /* TIMCONV_V2TIMBUFFER_H */
