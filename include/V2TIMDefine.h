/**
 * @file
 * @brief V2 C++ API: the container macros every V2TIM header uses, with the fixed-width
 * integer types and the C headers' export macro.
 *
 * The V2 layer is header-only: every class below is compiled into the app, and the only
 * functions it calls in the library are the C functions of TIMCloud.h. No C++ symbol crosses
 * the library boundary, so one ImSDK.dll / libImSDK.so serves every compiler and C++ standard.
 */
#ifndef TIMCONV_V2TIMDEFINE_H
#define TIMCONV_V2TIMDEFINE_H

#include <stddef.h>
#include <stdint.h>

#include <map>
#include <utility>
#include <vector>

/* TIM_API comes from the C headers so both APIs agree on it; the V2 classes do not use it. */
#include "TIMCloudComm.h"

/**
 * Declares the class `TX<X>Vector`, a copyable array of `X` values (the SDK's vector type;
 * the V2 headers name each one with a typedef such as ::V2TIMStringVector).
 *
 * Members: `PushBack(x)` appends a copy; `PopBack()` removes the last item (nothing when
 * empty); `operator[](i)` returns item `i` (not range-checked); `Size()`, `Empty()`, `Clear()`;
 * `Erase(i)` removes item `i` (nothing when out of range). Copies copy every item.
 */
#define DEFINE_VECTOR(X)                                                                        \
    class TX##X##Vector {                                                                       \
    public:                                                                                     \
        TX##X##Vector() {}                                                                      \
        TX##X##Vector(const TX##X##Vector &vect) : items_(vect.items_) {}                       \
        virtual ~TX##X##Vector() {}                                                             \
        void PushBack(X const &obj) { items_.push_back(obj); }                                  \
        void PopBack() {                                                                        \
            if (!items_.empty()) items_.pop_back();                                             \
        }                                                                                       \
        X &operator[](size_t index) { return items_[index]; }                                   \
        X const &operator[](size_t index) const { return items_[index]; }                       \
        TX##X##Vector &operator=(const TX##X##Vector &vec) {                                    \
            items_ = vec.items_;                                                                \
            return *this;                                                                       \
        }                                                                                       \
        size_t Size() const { return items_.size(); }                                           \
        bool Empty() const { return items_.empty(); }                                           \
        void Clear() { items_.clear(); }                                                        \
        void Erase(size_t index) {                                                              \
            if (index < items_.size()) items_.erase(items_.begin() + (ptrdiff_t)index);         \
        }                                                                                       \
                                                                                                \
    private:                                                                                    \
        std::vector<X> items_;                                                                  \
    };

/**
 * Declares the class `TXP<X>Vector`, an array of `X` pointers with the members of
 * DEFINE_VECTOR. It owns nothing: copies copy the pointers, and `Clear()`, `Erase()` and the
 * destructor do not delete the objects (::V2TIMElemVector is one; the message that holds it
 * owns its elements).
 */
#define DEFINE_POINT_VECTOR(X)                                                                  \
    class TXP##X##Vector {                                                                      \
    public:                                                                                     \
        TXP##X##Vector() {}                                                                     \
        TXP##X##Vector(const TXP##X##Vector &vect) : items_(vect.items_) {}                     \
        virtual ~TXP##X##Vector() {}                                                            \
        void PushBack(X *const &obj) { items_.push_back(obj); }                                 \
        void PopBack() {                                                                        \
            if (!items_.empty()) items_.pop_back();                                             \
        }                                                                                       \
        X *&operator[](size_t index) { return items_[index]; }                                  \
        X *const &operator[](size_t index) const { return items_[index]; }                      \
        TXP##X##Vector &operator=(const TXP##X##Vector &vec) {                                  \
            items_ = vec.items_;                                                                \
            return *this;                                                                       \
        }                                                                                       \
        size_t Size() const { return items_.size(); }                                           \
        bool Empty() const { return items_.empty(); }                                           \
        void Clear() { items_.clear(); }                                                        \
        void Erase(size_t index) {                                                              \
            if (index < items_.size()) items_.erase(items_.begin() + (ptrdiff_t)index);         \
        }                                                                                       \
                                                                                                \
    private:                                                                                    \
        std::vector<X *> items_;                                                                \
    };

/**
 * Declares the class `TX<K>To<V>Map`, a copyable map ordered by key (`K` needs `operator<`).
 *
 * Members: `Insert(k, v)` sets `k` to `v` and returns true when `k` was new; `Erase(k)`;
 * `Count(k)` (0 or 1); `Size()`; `Get(k)` returns a copy of the value, or `V()` when `k` is
 * absent; `operator[](k)` returns the value, inserting `V()` first when absent; `AllKeys()`
 * returns the keys in order as a `K##Vector` (so that vector type must be declared first).
 */
#define DEFINE_MAP(K, V)                                                                        \
    class TX##K##To##V##Map {                                                                   \
    public:                                                                                     \
        TX##K##To##V##Map() {}                                                                  \
        TX##K##To##V##Map(const TX##K##To##V##Map &map) : items_(map.items_) {}                 \
        virtual ~TX##K##To##V##Map() {}                                                         \
        /* Sets key to value; true when the key was new. */                                     \
        bool Insert(const K &key, const V &value) {                                             \
            std::pair<typename std::map<K, V>::iterator, bool> r =                              \
                items_.insert(std::make_pair(key, value));                                      \
            if (!r.second) r.first->second = value;                                             \
            return r.second;                                                                    \
        }                                                                                       \
        void Erase(const K &key) { items_.erase(key); }                                         \
        size_t Count(const K &key) const { return items_.count(key); }                          \
        size_t Size() const { return items_.size(); }                                           \
        V Get(const K &key) const {                                                             \
            typename std::map<K, V>::const_iterator it = items_.find(key);                      \
            return it == items_.end() ? V() : it->second;                                       \
        }                                                                                       \
        V &operator[](const K &key) { return items_[key]; }                                     \
        TX##K##To##V##Map &operator=(const TX##K##To##V##Map &map) {                            \
            items_ = map.items_;                                                                \
            return *this;                                                                       \
        }                                                                                       \
        const K##Vector AllKeys() const {                                                       \
            K##Vector keys;                                                                     \
            for (typename std::map<K, V>::const_iterator it = items_.begin();                   \
                 it != items_.end(); ++it) {                                                    \
                keys.PushBack(it->first);                                                       \
            }                                                                                   \
            return keys;                                                                        \
        }                                                                                       \
                                                                                                \
    private:                                                                                    \
        std::map<K, V> items_;                                                                  \
    };

#endif /* TIMCONV_V2TIMDEFINE_H */
