//! JSON key constants, generated from `keys_table.rs` (the same table writes the C `#define`s).
#![allow(non_upper_case_globals)]

macro_rules! json_keys {
    ($($header:literal { $($(#[doc = $doc:literal])* $name:ident = $value:literal;)* })*) => {
        $($(
            $(#[doc = $doc])*
            pub const $name: &str = $value;
        )*)*
        /// Every key as `(header, constant name, key string)`.
        pub const ALL: &[(&str, &str, &str)] = &[$($(($header, stringify!($name), $value),)*)*];
    };
}

include!("keys_table.rs");
