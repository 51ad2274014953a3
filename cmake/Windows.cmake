# Windows-native build, included by CMakeLists.txt on Windows: ImSDK.dll and its import library
# from cargo, then the C/C++ tests and examples as ctests. Works with Rust + MSVC (target
# *-pc-windows-msvc) or Rust + MinGW-w64 (*-pc-windows-gnu), 64- or 32-bit, chosen from the C
# compiler. UNTESTED: nothing here has run on Windows; the tested Windows build is the
# cross-build in .ci/windows (Linux, MinGW, Wine).
#
#   cmake -S . -B build -A x64          (or -A Win32; MinGW: -G "MinGW Makefiles")
#   cmake --build build --config Release
#   ctest --test-dir build -C Release --output-on-failure
#
# Leaves in the build directory: ImSDK.dll, ImSDK.lib (an import library for MSVC), with MinGW
# also libImSDK.dll.a, and ImSDK.def (the exports).

set(cargo_hints "$ENV{USERPROFILE}/.cargo/bin")
if(DEFINED ENV{CARGO_HOME})
  list(PREPEND cargo_hints "$ENV{CARGO_HOME}/bin")
endif()
find_program(CARGO_EXECUTABLE cargo HINTS ${cargo_hints})
if(NOT CARGO_EXECUTABLE)
  message(FATAL_ERROR "cargo not found: install Rust (https://rustup.rs) or set CARGO_EXECUTABLE")
endif()

if(MSVC)
  set(abi msvc)
else()
  set(abi gnu)
endif()
if(CMAKE_SIZEOF_VOID_P EQUAL 8)
  set(arch x86_64)
  set(lib_machine x64)
else()
  set(arch i686)
  set(lib_machine x86)
endif()
set(TIMCONV_RUST_TARGET "${arch}-pc-windows-${abi}" CACHE STRING
    "Rust target of ImSDK.dll (rustup target add <it> if missing)")

set(cargo_dir "${CMAKE_BINARY_DIR}/cargo")
set(cargo_out "${cargo_dir}/${TIMCONV_RUST_TARGET}/release")
set(IMSDK_DLL "${CMAKE_BINARY_DIR}/ImSDK.dll")
set(IMSDK_DEF "${CMAKE_BINARY_DIR}/ImSDK.def")
set(IMSDK_LIB "${CMAKE_BINARY_DIR}/ImSDK.lib")

# The exports: every function the headers declare, under the library name ImSDK.dll.
set(def "LIBRARY ImSDK.dll\nEXPORTS\n")
file(GLOB headers "${CMAKE_SOURCE_DIR}/include/TIM*.h")
foreach(header IN LISTS headers)
  file(STRINGS "${header}" lines REGEX "TIM_CALL TIM[A-Za-z0-9_]*\\(")
  foreach(line IN LISTS lines)
    string(REGEX MATCH "TIM_CALL (TIM[A-Za-z0-9_]*)\\(" unused "${line}")
    string(APPEND def "    ${CMAKE_MATCH_1}\n")
  endforeach()
endforeach()
file(WRITE "${IMSDK_DEF}" "${def}")

if(MSVC)
  # lib.exe writes the import library from the .def (the DLL names itself timconv.dll inside;
  # programs linked with ImSDK.lib load ImSDK.dll).
  set(name_args "")
  set(implib_command "${CMAKE_AR}" /nologo "/def:${IMSDK_DEF}" "/machine:${lib_machine}"
                     "/out:${IMSDK_LIB}")
  set(IMSDK_IMPLIB "${IMSDK_LIB}")
else()
  # GNU ld takes the name from a .def holding only LIBRARY; cargo's import library then records
  # ImSDK.dll. ImSDK.lib for MSVC users comes from dlltool.
  file(WRITE "${CMAKE_BINARY_DIR}/ImSDK-name.def" "LIBRARY ImSDK.dll\n")
  set(name_args -- "-C" "link-arg=${CMAKE_BINARY_DIR}/ImSDK-name.def")
  find_program(DLLTOOL_EXECUTABLE NAMES dlltool "${arch}-w64-mingw32-dlltool")
  if(NOT DLLTOOL_EXECUTABLE)
    message(FATAL_ERROR "dlltool (MinGW binutils) not found: it writes ImSDK.lib")
  endif()
  set(implib_command "${DLLTOOL_EXECUTABLE}" -d "${IMSDK_DEF}" -D ImSDK.dll -l "${IMSDK_LIB}")
  set(IMSDK_IMPLIB "${CMAKE_BINARY_DIR}/libImSDK.dll.a")
endif()

set(copy_implib "")
if(NOT MSVC)
  set(copy_implib COMMAND "${CMAKE_COMMAND}" -E copy_if_different "${cargo_out}/libtimconv.dll.a"
                          "${IMSDK_IMPLIB}")
endif()

add_custom_target(timconv_cargo ALL
  COMMAND "${CARGO_EXECUTABLE}" rustc --release --lib --crate-type cdylib
          --target "${TIMCONV_RUST_TARGET}" --manifest-path "${CMAKE_SOURCE_DIR}/Cargo.toml"
          --target-dir "${cargo_dir}" ${name_args}
  COMMAND "${CMAKE_COMMAND}" -E copy_if_different "${cargo_out}/timconv.dll" "${IMSDK_DLL}"
  COMMAND ${implib_command}
  ${copy_implib}
  BYPRODUCTS "${IMSDK_DLL}" "${IMSDK_LIB}" "${IMSDK_IMPLIB}"
  WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}"
  COMMENT "cargo: building ImSDK.dll (${TIMCONV_RUST_TARGET}, release)"
  USES_TERMINAL
  VERBATIM)

add_library(ImSDK SHARED IMPORTED GLOBAL)
set_target_properties(ImSDK PROPERTIES
  IMPORTED_LOCATION "${IMSDK_DLL}"
  IMPORTED_IMPLIB "${IMSDK_IMPLIB}"
  INTERFACE_INCLUDE_DIRECTORIES "${CMAKE_SOURCE_DIR}/include")

enable_testing()
set(TIMCONV_TEST_TIMEOUT 60 CACHE STRING "Timeout in seconds of each ctest")

# Every C/C++ test and example; each runs next to a copy of ImSDK.dll. With MSVC the tests use
# the Win32 threads in tests/c/platform.h instead of pthreads.
file(GLOB programs CONFIGURE_DEPENDS
  "${CMAKE_SOURCE_DIR}/tests/c/*.c" "${CMAKE_SOURCE_DIR}/tests/c/*.cpp"
  "${CMAKE_SOURCE_DIR}/tests/windows/*.c" "${CMAKE_SOURCE_DIR}/tests/cpp/*.cpp"
  "${CMAKE_SOURCE_DIR}/examples-c/*.c" "${CMAKE_SOURCE_DIR}/examples-cpp/*.cpp")
foreach(source IN LISTS programs)
  get_filename_component(name "${source}" NAME_WE)
  add_executable(${name} "${source}")
  add_dependencies(${name} timconv_cargo)
  target_link_libraries(${name} PRIVATE ImSDK)
  target_include_directories(${name} PRIVATE "${CMAKE_SOURCE_DIR}/tests/c")
  set_target_properties(${name} PROPERTIES
    C_STANDARD 11 C_STANDARD_REQUIRED ON C_EXTENSIONS OFF
    CXX_STANDARD 11 CXX_STANDARD_REQUIRED ON CXX_EXTENSIONS OFF)
  if(MSVC)
    target_compile_options(${name} PRIVATE /W3 /utf-8)
  else()
    target_compile_options(${name} PRIVATE -Wall -Wextra -Werror -pedantic)
    target_link_options(${name} PRIVATE -static)
  endif()
  add_custom_command(TARGET ${name} POST_BUILD
    COMMAND "${CMAKE_COMMAND}" -E copy_if_different "${IMSDK_DLL}" "$<TARGET_FILE_DIR:${name}>")
  add_test(NAME ${name} COMMAND ${name} WORKING_DIRECTORY "$<TARGET_FILE_DIR:${name}>")
  set_tests_properties(${name} PROPERTIES TIMEOUT ${TIMCONV_TEST_TIMEOUT})
endforeach()
