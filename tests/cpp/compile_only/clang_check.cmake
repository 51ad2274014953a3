# Compiles, without linking, with Clang and warnings as errors: every V2 header on its own
# (C++11), all of them together (C++11/17/20, and without exceptions or RTTI), next to
# TIMCloud.h, the documentation samples and the examples (C++11/17/20), the code waiting for C
# functions (C++11) and the V2 tests (C++17).
#   cmake -DCLANGXX=clang++ -DSOURCE_DIR=<repo> -DWORK_DIR=<scratch dir> -P clang_check.cmake
set(flags -fsyntax-only -Wall -Wextra -Werror -pedantic -I${SOURCE_DIR}/include -I${SOURCE_DIR}/tests/cpp -I${SOURCE_DIR}/tests/c)
set(work "${WORK_DIR}")
file(MAKE_DIRECTORY "${work}")

set(failed 0)
set(count 0)
function(compile standard source)
  set(extra ${ARGN})
  if(source MATCHES "issue_samples")
    set(extra -Wno-unused-parameter)  # the samples' lambdas, as the documentation writes them
  endif()
  execute_process(COMMAND "${CLANGXX}" -std=c++${standard} ${flags} ${extra} "${source}"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  math(EXPR n "${count} + 1")
  set(count ${n} PARENT_SCOPE)
  if(NOT rc EQUAL 0)
    message("clang++ -std=c++${standard} ${source}: FAILED\n${out}")
    math(EXPR f "${failed} + 1")
    set(failed ${f} PARENT_SCOPE)
  endif()
endfunction()

file(GLOB headers RELATIVE "${SOURCE_DIR}/include" "${SOURCE_DIR}/include/V2TIM*.h")
foreach(header IN LISTS headers)
  string(REPLACE ".h" ".cpp" unit "${work}/only_${header}")
  file(WRITE "${unit}" "#include \"${header}\"\n#include \"${header}\"\n")
  compile(11 "${unit}")
endforeach()
file(WRITE "${work}/everything.cpp" "#include \"ImSDK_CPP.h\"\n#include \"TIMExtension.h\"\n")
file(GLOB examples "${SOURCE_DIR}/examples-cpp/*.cpp")
foreach(standard 11 17 20)
  foreach(source "${work}/everything.cpp" "${SOURCE_DIR}/tests/cpp/samples/issue_samples.cpp" ${examples})
    compile(${standard} "${source}")
  endforeach()
endforeach()
# Next to the C API's umbrella header, and without exceptions or RTTI (as game engines build).
file(WRITE "${work}/mixed.cpp" "#include \"TIMCloud.h\"\n#include \"V2TIMManager.h\"\n#include \"V2TIMConversationManager.h\"\n")
compile(17 "${work}/mixed.cpp")
compile(17 "${work}/everything.cpp" -fno-exceptions -fno-rtti)
file(GLOB tests "${SOURCE_DIR}/tests/cpp/*.cpp")
foreach(source IN LISTS tests)
  compile(17 "${source}")
endforeach()

if(failed GREATER 0)
  message(FATAL_ERROR "${failed} of ${count} clang++ compilations failed")
endif()
message("${count} clang++ compilations passed")
