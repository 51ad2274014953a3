# The live demo's tests (included at the end of CMakeLists.txt). examples-c/live.c is built and
# run by the examples loop as example_live: without a terminal it runs its scripted session and
# checks every frame. live_tmux uses it in a real terminal (tmux), as a person would.

find_program(TIMCONV_PYTHON NAMES python3 python)
if(TARGET example_live AND TIMCONV_PYTHON AND NOT WIN32)
  add_test(NAME live_tmux
    COMMAND "${TIMCONV_PYTHON}" "${CMAKE_SOURCE_DIR}/tests/live/tmux_live.py" $<TARGET_FILE:example_live>)
  set_tests_properties(live_tmux PROPERTIES TIMEOUT ${TIMCONV_TEST_TIMEOUT} SKIP_RETURN_CODE 77)
endif()
