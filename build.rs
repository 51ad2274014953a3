//! Generates the C headers in `include/` from `src/ffi/*.rs` with cbindgen (pinned), plus the
//! JSON-key `#define`s from `src/wire/keys_table.rs`. A header is rewritten only when its
//! content changes, so a build leaves a clean checkout clean.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// Every JSON key as (header, constant, key, doc).
macro_rules! json_keys {
    ($($header:literal { $($(#[doc = $doc:literal])* $name:ident = $value:literal;)* })*) => {
        fn key_table() -> Vec<(&'static str, &'static str, &'static str, &'static str)> {
            vec![$($(($header, stringify!($name), $value, concat!($($doc),*)),)*)*]
        }
    };
}
include!("src/wire/keys_table.rs");

/// Old spellings the SDK keeps as `#define OLD NEW`, as (header, old, new).
macro_rules! name_aliases {
    ($($header:literal { $($old:ident => $new:ident;)* })*) => {
        fn alias_table() -> Vec<(&'static str, &'static str, &'static str)> {
            vec![$($(($header, stringify!($old), stringify!($new)),)*)*]
        }
    };
}
include!("src/wire/aliases_table.rs");

/// One generated header: its file, the Rust file it comes from, what it includes.
struct Header {
    file: &'static str,
    sources: &'static [&'static str],
    includes: &'static [&'static str],
    about: &'static str,
}

const HEADERS: &[Header] = &[
    Header {
        file: "TIMCloudDef.h",
        sources: &["src/ffi/defs.rs"],
        includes: &["TIMCloudComm.h"],
        about: "Result codes, common enums and the common callback type.",
    },
    Header {
        file: "TIMErrorCode.h",
        sources: &["src/ffi/error_code.rs"],
        includes: &[],
        about: "Error codes passed to callbacks.",
    },
    Header {
        file: "TIMManager.h",
        sources: &["src/ffi/manager.rs", "src/ffi/account.rs"],
        includes: &["TIMCloudDef.h"],
        about: "Initialisation, login, configuration, profiles and user status.",
    },
    Header {
        file: "TIMConversationManager.h",
        sources: &["src/ffi/conversation.rs", "src/ffi/conversation_group.rs"],
        includes: &["TIMCloudDef.h"],
        about: "The conversation list.",
    },
    Header {
        file: "TIMMessageManager.h",
        sources: &["src/ffi/message.rs", "src/ffi/message_history.rs", "src/ffi/message_features.rs"],
        includes: &["TIMCloudDef.h"],
        about: "Messages. Server-side message features answer ERR_SDK_INTERFACE_NOT_SUPPORT (7013).",
    },
    Header {
        file: "TIMGroupManager.h",
        sources: &["src/ffi/group.rs"],
        includes: &["TIMCloudDef.h"],
        about: "Groups. Server-side: each function answers ERR_SDK_INTERFACE_NOT_SUPPORT (7013).",
    },
    Header {
        file: "TIMFriendshipManager.h",
        sources: &["src/ffi/friendship.rs"],
        includes: &["TIMCloudDef.h"],
        about: "Friends, official accounts and follows. Server-side: each function answers 7013.",
    },
    Header {
        file: "TIMCommunityManager.h",
        sources: &["src/ffi/community.rs"],
        includes: &["TIMCloudDef.h"],
        about: "Communities and permission groups. Server-side: each function answers 7013.",
    },
    Header {
        file: "TIMSignalingManager.h",
        sources: &["src/ffi/signaling.rs"],
        includes: &["TIMCloudDef.h"],
        about: "Signaling (call invitations). Server-side: each function answers 7013.",
    },
    Header {
        file: "TIMOfflinePushManager.h",
        sources: &["src/ffi/offline_push.rs"],
        includes: &["TIMCloudDef.h"],
        about: "Offline push. Server-side: each function answers 7013.",
    },
    Header {
        file: "TIMExperimentalAPI.h",
        sources: &["src/ffi/experimental.rs"],
        includes: &["TIMCloudDef.h"],
        about: "Experimental and internal operations; they answer 7013.",
    },
    Header {
        file: "TIMExtension.h",
        sources: &["src/ffi/ext.rs"],
        includes: &["TIMCloudDef.h", "TIMManager.h", "TIMGroupManager.h"],
        about: "timconv extensions: the homeserver configuration keys, and what a server would push, for apps with their own backend.",
    },
];

/// Rust argument aliases and the C types the header declares for them.
const ARG_TYPES: &[(&str, &str)] = &[
    ("ConvTypeArg", "enum TIMConvType"),
    ("ConvEventArg", "enum TIMConvEvent"),
    ("LoginStatusRet", "enum TIMLoginStatus"),
    ("RecvOptArg", "enum TIMReceiveMessageOpt"),
    ("CBool", "bool"),
    ("NetworkStatusArg", "enum TIMNetworkStatus"),
    ("LogLevelArg", "enum TIMLogLevel"),
    ("ReadMembersFilterArg", "enum TIMGroupMessageReadMembersFilter"),
];

fn main() {
    println!("cargo:rerun-if-changed=src/ffi");
    println!("cargo:rerun-if-changed=src/wire/keys_table.rs");
    println!("cargo:rerun-if-changed=src/wire/aliases_table.rs");
    println!("cargo:rerun-if-changed=build.rs");
    let mut keys: BTreeMap<&str, Vec<(&str, &str, &str)>> = BTreeMap::new();
    for (header, name, key, doc) in key_table() {
        keys.entry(header).or_default().push((name, key, doc));
    }
    let mut aliases: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
    for (header, old, new) in alias_table() {
        aliases.entry(header).or_default().push((old, new));
    }
    for header in HEADERS {
        let keys = keys.get(header.file).map(Vec::as_slice).unwrap_or(&[]);
        let aliases = aliases.get(header.file).map(Vec::as_slice).unwrap_or(&[]);
        let text = generate(header, keys, aliases);
        write_if_changed(&Path::new("include").join(header.file), &text);
    }
}

fn generate(header: &Header, keys: &[(&str, &str, &str)], aliases: &[(&str, &str)]) -> String {
    let source: String =
        header.sources.iter().map(|f| fs::read_to_string(f).expect("ffi source readable")).collect();
    let mut config = cbindgen::Config {
        language: cbindgen::Language::C,
        cpp_compat: true,
        style: cbindgen::Style::Both,
        documentation_style: cbindgen::DocumentationStyle::Doxy,
        include_guard: Some(guard(header.file)),
        no_includes: true,
        includes: header.includes.iter().map(|s| s.to_string()).collect(),
        header: Some(format!("/**\n * @file\n * @brief {}\n */", header.about)),
        autogen_warning: Some(format!(
            "/* Generated by build.rs (cbindgen) from {}. Do not edit. */",
            header.sources.join(", ")
        )),
        after_includes: Some(key_defines(keys) + &alias_defines(aliases)),
        ..Default::default()
    };
    config.function.prefix = Some("TIM_API".into());
    config.export.include = exported_type_names(&source);
    for (alias, c_type) in ARG_TYPES {
        config.export.exclude.push(alias.to_string());
        config.export.rename.insert(alias.to_string(), c_type.to_string());
    }
    let mut out = Vec::new();
    let mut builder = cbindgen::Builder::new().with_config(config);
    for source in header.sources {
        builder = builder.with_src(source);
    }
    builder.generate().expect("cbindgen generates").write(&mut out);
    with_calling_convention(&String::from_utf8(out).expect("UTF-8 header"))
}

/// Puts `TIM_CALL` (`__cdecl` on 32-bit Windows, see TIMCloudComm.h) before the name of every
/// function and into every function pointer typedef, where C wants a calling convention;
/// cbindgen has no option for it. Continuation lines keep their alignment.
fn with_calling_convention(text: &str) -> String {
    const CALL: &str = "TIM_CALL ";
    let mut out = String::with_capacity(text.len() + 4096);
    let (mut in_api, mut shifting) = (false, false);
    for line in text.lines() {
        let mut line = line.to_owned();
        if shifting && line.starts_with(' ') {
            line.insert_str(0, &" ".repeat(CALL.len()));
        } else if line.starts_with("typedef ") && line.contains("(*") {
            line = line.replacen("(*", &format!("({CALL}*"), 1);
            shifting = true;
        } else {
            in_api |= line.starts_with("TIM_API");
            if let Some(paren) = line.find('(').filter(|_| in_api) {
                let name =
                    line[..paren].rfind(|c: char| !(c.is_alphanumeric() || c == '_')).map_or(0, |i| i + 1);
                line.insert_str(name, CALL);
                in_api = false;
                shifting = true;
            }
        }
        if line.trim_end().ends_with(';') {
            shifting = false;
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Enums and typedefs declared in `source` (exported even if no function uses them).
fn exported_type_names(source: &str) -> Vec<String> {
    source
        .lines()
        .filter_map(|l| l.trim().strip_prefix("pub enum ").or_else(|| l.trim().strip_prefix("pub type ")))
        .filter_map(|rest| rest.split(|c: char| !(c.is_alphanumeric() || c == '_')).next())
        .filter(|name| !ARG_TYPES.iter().any(|(alias, _)| alias == name))
        .map(str::to_owned)
        .collect()
}

fn key_defines(keys: &[(&str, &str, &str)]) -> String {
    if keys.is_empty() {
        return String::new();
    }
    let mut s = String::from("\n/* JSON keys */\n");
    for (name, key, doc) in keys {
        s.push_str(&format!("/** {} */\n#define {} \"{}\"\n", doc.trim(), name, key));
    }
    s
}

fn alias_defines(aliases: &[(&str, &str)]) -> String {
    if aliases.is_empty() {
        return String::new();
    }
    let mut s = String::from("\n/* Old spellings the SDK keeps */\n");
    for (old, new) in aliases {
        s.push_str(&format!("#define {old} {new}\n"));
    }
    s
}

fn guard(file: &str) -> String {
    let stem: String =
        file.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' }).collect();
    format!("TIMCONV_{stem}")
}

fn write_if_changed(path: &Path, text: &str) {
    if fs::read_to_string(path).ok().as_deref() != Some(text) {
        fs::write(path, text).expect("header writable");
    }
}
