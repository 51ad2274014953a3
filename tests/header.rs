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
    assert!(conv
        .contains("int TIMConvDelete(const char *conv_id,\n                  enum TIMConvType conv_type,"));
    assert!(conv.contains("bool is_pinned,"));
    assert!(header("TIMManager.h").contains("TIM_API enum TIMLoginStatus TIMGetLoginStatus(void);"));
    assert!(header("TIMCloudComm.h").contains("#define TIM_DECL TIM_API"));
}
