/**
 * @file
 * @brief A small JSON reader and writer for the V2 C++ layer (internal: namespace
 * timconv::v2::json).
 *
 * The C API speaks JSON; the V2 layer turns it into V2TIM* objects and back. Keeping the
 * parser here means an app needs no JSON library and no extra library functions: the layer
 * stays header-only over the existing C functions. It reads exactly what the C layer writes
 * (RFC 8259 JSON in UTF-8) and is independent of the C locale.
 */
#ifndef TIMCONV_V2_JSON_H
#define TIMCONV_V2_JSON_H

#include <stddef.h>
#include <stdint.h>

#include <locale>
#include <memory>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace timconv {
namespace v2 {
namespace json {

/** A parsed JSON value. Numbers keep their text and are converted on access. */
class Value {
public:
    /** The JSON type of a value. */
    enum Kind { kNull, kBool, kNumber, kString, kArray, kObject };
    /** @var Kind kNull
     * null (also what absent members and wrong lookups return). */
    /** @var Kind kBool
     * true or false. */
    /** @var Kind kNumber
     * A number (its text is kept). */
    /** @var Kind kString
     * A string. */
    /** @var Kind kArray
     * An array. */
    /** @var Kind kObject
     * An object. */

    /** A null value. */
    Value() : kind_(kNull), bool_(false) {}

    /** The value's JSON type. */
    Kind kind() const { return kind_; }
    /** Whether it is null (or absent). */
    bool IsNull() const { return kind_ == kNull; }
    /** Whether it is an array. */
    bool IsArray() const { return kind_ == kArray; }
    /** Whether it is an object. */
    bool IsObject() const { return kind_ == kObject; }
    /** Whether it is a string. */
    bool IsString() const { return kind_ == kString; }

    /** Array elements (0 for other kinds). */
    size_t Size() const { return kind_ == kArray ? items_.size() : 0; }
    /** Array element i, or a null value when out of range. */
    const Value &At(size_t i) const { return i < Size() ? *items_[i] : Null(); }

    /** Object member, or a null value when absent (or not an object). */
    const Value &Get(const char *key) const {
        if (kind_ == kObject) {
            for (size_t i = 0; i < items_.size(); ++i) {
                if (keys_[i] == key) return *items_[i];
            }
        }
        return Null();
    }
    /** Whether the object has a non-null member key. */
    bool Has(const char *key) const { return !Get(key).IsNull(); }

    /** The string, or "" for other kinds. */
    std::string AsString() const { return kind_ == kString ? text_ : std::string(); }
    /** The boolean, or false for other kinds. */
    bool AsBool() const { return kind_ == kBool ? bool_ : false; }
    /** The number's integer digits as unsigned, or 0 for negative numbers and other kinds. */
    uint64_t AsU64() const {
        if (kind_ != kNumber || text_.empty() || text_[0] == '-') return 0;
        uint64_t v = 0;
        for (size_t i = 0; i < text_.size() && text_[i] >= '0' && text_[i] <= '9'; ++i) {
            v = v * 10 + static_cast<uint64_t>(text_[i] - '0');
        }
        return v;
    }
    /** The number's integer digits as signed, or 0 for other kinds. */
    int64_t AsI64() const {
        if (kind_ != kNumber || text_.empty()) return 0;
        if (text_[0] != '-') return static_cast<int64_t>(AsU64());
        uint64_t v = 0;
        for (size_t i = 1; i < text_.size() && text_[i] >= '0' && text_[i] <= '9'; ++i) {
            v = v * 10 + static_cast<uint64_t>(text_[i] - '0');
        }
        if (v > 9223372036854775807ULL) return -9223372036854775807LL - 1;
        return -static_cast<int64_t>(v);
    }
    /** The number as a double (in the C locale), or 0 for other kinds. */
    double AsDouble() const {
        if (kind_ != kNumber) return 0;
        std::istringstream in(text_);
        in.imbue(std::locale::classic());
        double d = 0;
        in >> d;
        return in.fail() ? 0 : d;
    }

    /* Shorthands for object members. */
    /** Get(key).AsString(). */
    std::string Str(const char *key) const { return Get(key).AsString(); }
    /** Get(key).AsU64(). */
    uint64_t U64(const char *key) const { return Get(key).AsU64(); }
    /** Get(key).AsI64(). */
    int64_t I64(const char *key) const { return Get(key).AsI64(); }
    /** Get(key).AsBool(). */
    bool Bool(const char *key) const { return Get(key).AsBool(); }
    /** Get(key).AsDouble(). */
    double Double(const char *key) const { return Get(key).AsDouble(); }

    /** A shared null value. */
    static const Value &Null() {
        static const Value null;
        return null;
    }

private:
    friend class Parser;
    Kind kind_;
    bool bool_;
    std::string text_;                          /* string content or number text */
    std::vector<std::string> keys_;             /* object member names */
    std::vector<std::unique_ptr<Value> > items_; /* array elements or member values */
};

/** Recursive-descent parser over a NUL-terminated UTF-8 text. */
class Parser {
public:
    /** Parses text (NULL reads as ""). */
    explicit Parser(const char *text) : p_(text ? text : "") {}

    /** Reads one value filling the whole text into *out; false when it is not JSON. */
    bool Parse(Value *out) {
        SkipSpace();
        if (!ParseValue(out, 0)) return false;
        SkipSpace();
        return *p_ == '\0';
    }

private:
    static const int kMaxDepth = 200;

    void SkipSpace() {
        while (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r') ++p_;
    }
    bool Literal(const char *word) {
        size_t n = 0;
        while (word[n] != '\0') {
            if (p_[n] != word[n]) return false;
            ++n;
        }
        p_ += n;
        return true;
    }
    bool ParseValue(Value *v, int depth) {
        if (depth > kMaxDepth) return false;
        switch (*p_) {
            case '{': return ParseObject(v, depth);
            case '[': return ParseArray(v, depth);
            case '"': v->kind_ = Value::kString; return ParseString(&v->text_);
            case 't': v->kind_ = Value::kBool; v->bool_ = true; return Literal("true");
            case 'f': v->kind_ = Value::kBool; v->bool_ = false; return Literal("false");
            case 'n': v->kind_ = Value::kNull; return Literal("null");
            default: return ParseNumber(v);
        }
    }
    bool ParseNumber(Value *v) {
        const char *start = p_;
        if (*p_ == '-') ++p_;
        if (*p_ < '0' || *p_ > '9') return false;
        while ((*p_ >= '0' && *p_ <= '9') || *p_ == '.' || *p_ == 'e' || *p_ == 'E' ||
               *p_ == '+' || *p_ == '-') {
            ++p_;
        }
        v->kind_ = Value::kNumber;
        v->text_.assign(start, static_cast<size_t>(p_ - start));
        return true;
    }
    static int Hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }
    bool Hex4(unsigned *out) {
        unsigned v = 0;
        for (int i = 0; i < 4; ++i) {
            int h = Hex(p_[i]);
            if (h < 0) return false;
            v = v * 16 + static_cast<unsigned>(h);
        }
        p_ += 4;
        *out = v;
        return true;
    }
    static void AppendUtf8(std::string *s, unsigned cp) {
        if (cp < 0x80) {
            s->push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
            s->push_back(static_cast<char>(0xC0 | (cp >> 6)));
            s->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            s->push_back(static_cast<char>(0xE0 | (cp >> 12)));
            s->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            s->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
            s->push_back(static_cast<char>(0xF0 | (cp >> 18)));
            s->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
            s->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            s->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        }
    }
    bool ParseString(std::string *out) {
        ++p_; /* opening quote */
        for (;;) {
            char c = *p_;
            if (c == '\0') return false;
            ++p_;
            if (c == '"') return true;
            if (c != '\\') {
                out->push_back(c);
                continue;
            }
            char e = *p_++;
            switch (e) {
                case '"': out->push_back('"'); break;
                case '\\': out->push_back('\\'); break;
                case '/': out->push_back('/'); break;
                case 'b': out->push_back('\b'); break;
                case 'f': out->push_back('\f'); break;
                case 'n': out->push_back('\n'); break;
                case 'r': out->push_back('\r'); break;
                case 't': out->push_back('\t'); break;
                case 'u': {
                    unsigned cp = 0;
                    if (!Hex4(&cp)) return false;
                    if (cp >= 0xD800 && cp < 0xDC00 && p_[0] == '\\' && p_[1] == 'u') {
                        p_ += 2;
                        unsigned low = 0;
                        if (!Hex4(&low) || low < 0xDC00 || low > 0xDFFF) return false;
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    }
                    AppendUtf8(out, cp);
                    break;
                }
                default: return false;
            }
        }
    }
    bool ParseArray(Value *v, int depth) {
        ++p_;
        v->kind_ = Value::kArray;
        SkipSpace();
        if (*p_ == ']') {
            ++p_;
            return true;
        }
        for (;;) {
            SkipSpace();
            std::unique_ptr<Value> item(new Value());
            if (!ParseValue(item.get(), depth + 1)) return false;
            v->items_.push_back(std::move(item));
            SkipSpace();
            if (*p_ == ',') {
                ++p_;
                continue;
            }
            if (*p_ != ']') return false;
            ++p_;
            return true;
        }
    }
    bool ParseObject(Value *v, int depth) {
        ++p_;
        v->kind_ = Value::kObject;
        SkipSpace();
        if (*p_ == '}') {
            ++p_;
            return true;
        }
        for (;;) {
            SkipSpace();
            if (*p_ != '"') return false;
            std::string key;
            if (!ParseString(&key)) return false;
            SkipSpace();
            if (*p_ != ':') return false;
            ++p_;
            SkipSpace();
            std::unique_ptr<Value> item(new Value());
            if (!ParseValue(item.get(), depth + 1)) return false;
            v->keys_.push_back(key);
            v->items_.push_back(std::move(item));
            SkipSpace();
            if (*p_ == ',') {
                ++p_;
                continue;
            }
            if (*p_ != '}') return false;
            ++p_;
            return true;
        }
    }

    const char *p_;
};

/** Parses text into *out; false (and *out unspecified) when it is not JSON. */
inline bool Parse(const char *text, Value *out) {
    *out = Value();
    return Parser(text).Parse(out);
}

/* ---- writing ------------------------------------------------------------------------------ */

/** Decimal text of v. */
inline std::string U64ToText(uint64_t v) {
    char buf[24];
    size_t n = 0;
    do {
        buf[n++] = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v != 0);
    std::string s;
    while (n > 0) s.push_back(buf[--n]);
    return s;
}

/** Appends s as a JSON string literal (bytes >= 0x80 are copied: s must be UTF-8). */
inline void AppendQuoted(std::string *out, const char *s, size_t n) {
    static const char kHex[] = "0123456789abcdef";
    out->push_back('"');
    for (size_t i = 0; i < n; ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == '"' || c == '\\') {
            out->push_back('\\');
            out->push_back(static_cast<char>(c));
        } else if (c < 0x20) {
            out->append("\\u00");
            out->push_back(kHex[c >> 4]);
            out->push_back(kHex[c & 0xF]);
        } else {
            out->push_back(static_cast<char>(c));
        }
    }
    out->push_back('"');
}

/** Builds one JSON object or array; nest with Raw() and another Writer's text. */
class Writer {
public:
    /** A writer of an object. */
    static Writer Object() { return Writer('{', '}'); }
    /** A writer of an array. */
    static Writer Array() { return Writer('[', ']'); }

    /** Starts an object member: the next value written is its value. */
    Writer &Key(const char *key) {
        Comma();
        AppendQuoted(&text_, key, std::char_traits<char>::length(key));
        text_.push_back(':');
        pending_value_ = true;
        return *this;
    }
    /** Writes n bytes at s as a string (they must be UTF-8). */
    Writer &String(const char *s, size_t n) {
        Comma();
        AppendQuoted(&text_, s, n);
        return *this;
    }
    /** Writes s as a string (it must be UTF-8). */
    Writer &String(const std::string &s) { return String(s.data(), s.size()); }
    /** Writes an unsigned number. */
    Writer &U64(uint64_t v) {
        Comma();
        text_ += ToString(v);
        return *this;
    }
    /** Writes a signed number. */
    Writer &I64(int64_t v) {
        Comma();
        if (v < 0) {
            text_.push_back('-');
            text_ += ToString(static_cast<uint64_t>(-(v + 1)) + 1);
        } else {
            text_ += ToString(static_cast<uint64_t>(v));
        }
        return *this;
    }
    /** Writes a number with 17 significant digits (in the C locale). */
    Writer &Double(double v) {
        Comma();
        std::ostringstream os;
        os.imbue(std::locale::classic());
        os.precision(17);
        os << v;
        text_ += os.str();
        return *this;
    }
    /** Writes true or false. */
    Writer &Bool(bool v) {
        Comma();
        text_ += v ? "true" : "false";
        return *this;
    }
    /** Appends already-encoded JSON (an object or array built by another Writer). */
    Writer &Raw(const std::string &encoded) {
        Comma();
        text_ += encoded;
        return *this;
    }
    /** The finished text. */
    std::string Done() const { return text_ + close_; }

private:
    Writer(char open, char close) : close_(close), first_(true), pending_value_(false) {
        text_.push_back(open);
    }
    void Comma() {
        if (pending_value_) {
            pending_value_ = false;
            return;
        }
        if (!first_) text_.push_back(',');
        first_ = false;
    }
    static std::string ToString(uint64_t v) { return U64ToText(v); }

    std::string text_;
    char close_;
    bool first_;
    bool pending_value_;
};

/** True when the n bytes at s are valid UTF-8 (what the C API accepts in JSON strings). */
inline bool IsUtf8(const unsigned char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        size_t len;
        uint32_t cp;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > n) return false;
        for (size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
            cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return false;
        }
        i += len;
    }
    return true;
}

}  // namespace json
}  // namespace v2
}  // namespace timconv

#endif /* TIMCONV_V2_JSON_H */
