# Install rules, the CMake package and the pkg-config file (included at the end of
# CMakeLists.txt).
#
#   cmake --install build --prefix P
#
# installs P/lib/libImSDK.so (soname libImSDK.so), every header of include/ (subdirectories
# too) into P/include, P/lib/cmake/timconv/ (find_package(timconv CONFIG) -> timconv::ImSDK,
# with a version file) and P/lib/pkgconfig/timconv.pc (-lImSDK). In a Windows build ImSDK.dll
# goes to P/bin and its import library (ImSDK.lib or libImSDK.dll.a) to P/lib.
#
# The package files locate the prefix relative to themselves, so an installed tree can be
# moved. The same templates, with a per-platform library directory, serve the release archives
# (.ci/package): build/package/sdk/ holds those files.

include(GNUInstallDirs)
include(CMakePackageConfigHelpers)
include("${CMAKE_CURRENT_LIST_DIR}/timconv-version.cmake")

set(TIMCONV_PACKAGE_DIR "${CMAKE_BINARY_DIR}/package")
set(TIMCONV_CMAKE_INSTALL_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/timconv")

# --- the library -----------------------------------------------------------------------------

if(WIN32)
  # Untested here (the Windows build is a cross-build): the DLL and its import libraries are
  # expected in the build directory under the SDK's names unless the Windows section of
  # CMakeLists.txt names them.
  if(NOT TIMCONV_DLL)
    set(TIMCONV_DLL "${CMAKE_BINARY_DIR}/ImSDK.dll")
  endif()
  if(NOT TIMCONV_IMPORT_LIBRARIES)
    set(TIMCONV_IMPORT_LIBRARIES "${CMAKE_BINARY_DIR}/ImSDK.lib" "${CMAKE_BINARY_DIR}/libImSDK.dll.a")
  endif()
  install(PROGRAMS "${TIMCONV_DLL}" DESTINATION "${CMAKE_INSTALL_BINDIR}")
  install(FILES ${TIMCONV_IMPORT_LIBRARIES} DESTINATION "${CMAKE_INSTALL_LIBDIR}" OPTIONAL)
  install(FILES "${CMAKE_BINARY_DIR}/ImSDK.pdb" DESTINATION "${CMAKE_INSTALL_BINDIR}" OPTIONAL)
else()
  # The shared object built by cargo, under its legacy name and soname (see timconv_cargo).
  install(PROGRAMS "${IMSDK_LIBRARY}" DESTINATION "${CMAKE_INSTALL_LIBDIR}")
endif()

# --- the headers: every header in include/, picked up at install time -----------------------

install(DIRECTORY "${CMAKE_SOURCE_DIR}/include/" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
  FILES_MATCHING PATTERN "*.h" PATTERN "*.hpp")

# --- the CMake package and the pkg-config file -----------------------------------------------

# timconv_package_files(<out-dir> <config-dir> <libdir> <bindir> <pc-dir>): writes
# timconv-config.cmake, timconv-config-version.cmake and timconv.pc for a tree whose package
# files live in <config-dir> and <pc-dir> and whose library lives in <libdir> (all relative
# to the prefix; <libdir> may name ${_timconv_platform}, resolved when a consumer loads it).
function(timconv_package_files out config_dir libdir bindir pc_dir)
  file(RELATIVE_PATH TIMCONV_CONFIG_TO_PREFIX "/prefix/${config_dir}" "/prefix")
  string(REGEX REPLACE "/$" "" TIMCONV_CONFIG_TO_PREFIX "${TIMCONV_CONFIG_TO_PREFIX}")
  set(TIMCONV_CONFIG_LIBDIR "${libdir}")
  set(TIMCONV_CONFIG_BINDIR "${bindir}")
  set(TIMCONV_CONFIG_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
  configure_file("${CMAKE_SOURCE_DIR}/cmake/timconv-config.cmake.in"
    "${out}/timconv-config.cmake" @ONLY)

  # SemVer: 0.x minor versions are incompatible with each other, later majors are not.
  if(TIMCONV_VERSION_MAJOR EQUAL 0)
    set(compatibility SameMinorVersion)
  else()
    set(compatibility SameMajorVersion)
  endif()
  write_basic_package_version_file("${out}/timconv-config-version.cmake"
    VERSION "${TIMCONV_VERSION}" COMPATIBILITY ${compatibility})

  file(RELATIVE_PATH pc_to_prefix "/prefix/${pc_dir}" "/prefix")
  string(REGEX REPLACE "/$" "" pc_to_prefix "${pc_to_prefix}")
  set(TIMCONV_PC_PREFIX "\${pcfiledir}/${pc_to_prefix}")
  string(REPLACE "\${_timconv_platform}" "${TIMCONV_PLATFORM}" pc_libdir "${libdir}")
  set(TIMCONV_PC_LIBDIR "\${prefix}/${pc_libdir}")
  set(TIMCONV_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
  configure_file("${CMAKE_SOURCE_DIR}/cmake/timconv.pc.in" "${out}/timconv.pc" @ONLY)
endfunction()

# The platform directory of this build in a release archive: linux/x86_64, windows/x64, ...
if(WIN32)
  if(CMAKE_SIZEOF_VOID_P EQUAL 4)
    set(TIMCONV_PLATFORM "windows/x86")
  else()
    set(TIMCONV_PLATFORM "windows/x64")
  endif()
else()
  string(TOLOWER "${CMAKE_SYSTEM_NAME}/${CMAKE_SYSTEM_PROCESSOR}" TIMCONV_PLATFORM)
  string(REGEX REPLACE "/(amd64|x64)$" "/x86_64" TIMCONV_PLATFORM "${TIMCONV_PLATFORM}")
  string(REGEX REPLACE "/aarch64$" "/arm64" TIMCONV_PLATFORM "${TIMCONV_PLATFORM}")
endif()

if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}" OR IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  message(FATAL_ERROR "timconv installs a relocatable tree: give CMAKE_INSTALL_LIBDIR and "
                      "CMAKE_INSTALL_INCLUDEDIR relative to the prefix")
endif()

# An installed tree.
timconv_package_files("${TIMCONV_PACKAGE_DIR}/install" "${TIMCONV_CMAKE_INSTALL_DIR}"
  "${CMAKE_INSTALL_LIBDIR}" "${CMAKE_INSTALL_BINDIR}" "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
install(FILES "${TIMCONV_PACKAGE_DIR}/install/timconv-config.cmake"
              "${TIMCONV_PACKAGE_DIR}/install/timconv-config-version.cmake"
  DESTINATION "${TIMCONV_CMAKE_INSTALL_DIR}")
install(FILES "${TIMCONV_PACKAGE_DIR}/install/timconv.pc"
  DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig")

# A release archive (SDK layout): lib/<platform>/<arch>/ holds the library (and, on Windows,
# the DLL), lib/cmake/timconv/ the package that picks the consumer's platform directory.
timconv_package_files("${TIMCONV_PACKAGE_DIR}/sdk" "lib/cmake/timconv"
  "lib/\${_timconv_platform}" "lib/\${_timconv_platform}" "lib/${TIMCONV_PLATFORM}/pkgconfig")
file(WRITE "${TIMCONV_PACKAGE_DIR}/sdk/platform.txt" "${TIMCONV_PLATFORM}\n")
file(WRITE "${TIMCONV_PACKAGE_DIR}/version.txt" "${TIMCONV_VERSION}\n")

# --- consumer test: the installed files alone build and run the samples ----------------------

find_program(TIMCONV_BASH bash)
if(TIMCONV_BASH AND NOT WIN32 AND NOT CMAKE_CROSSCOMPILING)
  add_test(NAME install_consumers
    COMMAND "${TIMCONV_BASH}" "${CMAKE_SOURCE_DIR}/tests/consumers/run.sh" "${CMAKE_BINARY_DIR}")
  set_tests_properties(install_consumers PROPERTIES TIMEOUT 300 SKIP_RETURN_CODE 77)
endif()
