//! The committed C headers agree with the Rust side.

use std::fs;

fn header(name: &str) -> String {
    fs::read_to_string(format!("{}/include/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn every_json_key_constant_is_defined_in_its_header() {
    for (file, name, key) in timconv::wire::keys::ALL {
        let text = header(file);
        assert!(text.contains(&format!("#define {name} \"{key}\"")), "{file} lacks {name}");
    }
}

#[test]
fn engine_error_codes_match_the_c_enum() {
    use timconv::engine::codes::*;
    let text = header("TIMErrorCode.h");
    for (name, value) in [
        ("ERR_INVALID_CONVERSATION", ERR_INVALID_CONVERSATION),
        ("ERR_INVALID_PARAMETERS", ERR_INVALID_PARAMETERS),
        ("ERR_SDK_NOT_INITIALIZED", ERR_SDK_NOT_INITIALIZED),
        ("ERR_SDK_NOT_LOGGED_IN", ERR_SDK_NOT_LOGGED_IN),
        ("ERR_DATABASE_OPERATE_FAILED", ERR_DATABASE_OPERATE_FAILED),
        ("ERR_SDK_INTERNAL_ERROR", ERR_SDK_INTERNAL_ERROR),
        ("ERR_SDK_MSG_BODY_SIZE_LIMIT", ERR_SDK_MSG_BODY_SIZE_LIMIT),
    ] {
        assert!(text.contains(&format!("{name} = {value},")), "{name} != {value}");
    }
}

#[test]
fn prototypes_use_the_sdk_parameter_types() {
    let conv = header("TIMConversationManager.h");
    assert!(conv.contains(
        "int TIM_CALL TIMConvDelete(const char *conv_id,\n                           enum TIMConvType conv_type,"
    ));
    assert!(conv.contains("bool is_pinned,"));
    assert!(header("TIMManager.h").contains("TIM_API enum TIMLoginStatus TIM_CALL TIMGetLoginStatus(void);"));
    assert!(header("TIMCloudComm.h").contains("#define TIM_DECL TIM_API"));
}

/// Every function and callback typedef names the calling convention (`__cdecl` on Win32).
#[test]
fn functions_and_callbacks_state_the_calling_convention() {
    assert!(header("TIMCloudComm.h").contains("#  define TIM_CALL __cdecl"));
    let (mut functions, mut callbacks) = (0, 0);
    for file in
        ["TIMCloudDef.h", "TIMManager.h", "TIMConversationManager.h", "TIMMessageManager.h", "TIMExtension.h"]
    {
        let text = header(file);
        let mut in_api = false;
        for line in text.lines() {
            in_api |= line.starts_with("TIM_API");
            if in_api && line.contains('(') {
                assert!(line.contains("TIM_CALL TIM"), "{file}: {line}");
                functions += 1;
                in_api = false;
            }
            if line.starts_with("typedef") && line.contains("(*") {
                panic!("{file}: callback typedef without TIM_CALL: {line}");
            }
            callbacks += line.starts_with("typedef void (TIM_CALL *") as usize;
        }
    }
    assert!(functions >= 60 && callbacks >= 10, "{functions} functions, {callbacks} callbacks");
}
