//! How the call targets read their input:
//!
//! ```text
//! byte 0   selector: which function (modulo the target's table size)
//! byte 1   knobs: bits 0-2 conversation type, bit 3 NULL instead of part 0, bits 4-7 a
//!          small number (bit 4 doubles as the boolean argument)
//! rest     up to three NUL-separated strings; part 0 is the JSON argument
//! ```
//!
//! Strings are passed as given (invalid UTF-8 included). A missing part is "".

use std::ffi::CString;
use std::os::raw::c_char;

/// One decoded input.
pub struct Input {
    pub selector: u8,
    knobs: u8,
    parts: [CString; 3],
}

impl Input {
    pub fn parse(data: &[u8]) -> Input {
        let selector = data.first().copied().unwrap_or(0);
        let knobs = data.get(1).copied().unwrap_or(0);
        let rest = data.get(2..).unwrap_or(&[]);
        let mut split = rest.splitn(3, |b| *b == 0);
        let mut next = || {
            let part = split.next().unwrap_or(&[]);
            // The last part may still hold NULs: keep what precedes the first.
            let part = part.split(|b| *b == 0).next().unwrap_or(&[]);
            CString::new(part).expect("no interior NUL")
        };
        let parts = [next(), next(), next()];
        Input { selector, knobs, parts }
    }

    /// The selector reduced to `0..n`.
    pub fn pick(&self, n: usize) -> usize {
        usize::from(self.selector) % n
    }

    /// Part `i` as a C string pointer (valid while `self` lives).
    pub fn text(&self, i: usize) -> *const c_char {
        self.parts[i].as_ptr()
    }

    /// Part `i`, or NULL when knob bit 3 is set (NULL-argument handling).
    pub fn text_or_null(&self, i: usize) -> *const c_char {
        if self.flag(3) {
            std::ptr::null()
        } else {
            self.text(i)
        }
    }

    /// Part `i` is empty.
    pub fn is_empty(&self, i: usize) -> bool {
        self.parts[i].as_bytes().is_empty()
    }

    /// Knob bit `bit`.
    pub fn flag(&self, bit: u8) -> bool {
        self.knobs & (1 << bit) != 0
    }

    /// The boolean argument (knob bit 4) as the C API's `bool`.
    pub fn boolean(&self) -> u8 {
        u8::from(self.flag(4))
    }

    /// Knob bits 0-2: a conversation type, mostly valid (C2C, group), sometimes not (0, 3, 7).
    pub fn conv_type(&self) -> i32 {
        [1, 2, 1, 2, 0, 3, 2, 7][usize::from(self.knobs & 0x7)]
    }

    /// Knob bits 4-7 as a small number.
    pub fn small(&self) -> u8 {
        self.knobs >> 4
    }

    /// A u64 argument picked by the high knob bits from interesting values.
    pub fn number(&self) -> u64 {
        const VALUES: [u64; 18] = [
            0,
            1,
            2,
            3,
            5,
            20,
            100,
            101,
            1 << 31,
            u32::MAX as u64,
            1 << 32,
            1 << 52,
            (1 << 53) - 1,
            1 << 62,
            i64::MAX as u64,
            1 << 63,
            u64::MAX - 1,
            u64::MAX,
        ];
        VALUES[usize::from(self.small())]
    }
}
