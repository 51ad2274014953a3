# ctest script: checks that PROGRAM imports the library by the legacy name SONAME (as an app
# linked with -lImSDK does) and not by the Rust crate's own file name.
#   cmake -DPROGRAM=<executable> -DSONAME=libImSDK.so -P check_needed.cmake

find_program(READELF NAMES readelf llvm-readelf)
if(NOT READELF)
  message(STATUS "readelf not found; skipping the check")
  return()
endif()

execute_process(COMMAND "${READELF}" -d "${PROGRAM}"
  OUTPUT_VARIABLE dynamic RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "readelf -d ${PROGRAM} failed (${rc})")
endif()

string(FIND "${dynamic}" "(NEEDED)" has_needed)
string(FIND "${dynamic}" "[${SONAME}]" has_soname)
string(FIND "${dynamic}" "libtimconv" has_crate_name)
if(has_needed EQUAL -1 OR has_soname EQUAL -1 OR NOT has_crate_name EQUAL -1)
  message(FATAL_ERROR "${PROGRAM} does not import [${SONAME}] by name:\n${dynamic}")
endif()
message(STATUS "${PROGRAM}: NEEDED [${SONAME}]")
