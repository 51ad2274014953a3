# Reads the package version from Cargo.toml (its [package] section), the one place it is
# written: sets TIMCONV_VERSION and re-runs CMake when Cargo.toml changes.
#
#   include(cmake/timconv-version.cmake)

function(timconv_read_cargo_version manifest out_var)
  file(STRINGS "${manifest}" lines)
  set(section "")
  foreach(line IN LISTS lines)
    if(line MATCHES "^[ \t]*\\[([^]]*)\\]")
      set(section "${CMAKE_MATCH_1}")
    elseif(section STREQUAL "package" AND line MATCHES "^[ \t]*version[ \t]*=[ \t]*\"([^\"]+)\"")
      set(${out_var} "${CMAKE_MATCH_1}" PARENT_SCOPE)
      return()
    endif()
  endforeach()
  message(FATAL_ERROR "no version in the [package] section of ${manifest}")
endfunction()

timconv_read_cargo_version("${CMAKE_CURRENT_LIST_DIR}/../Cargo.toml" TIMCONV_VERSION)
if(NOT TIMCONV_VERSION MATCHES "^([0-9]+)\\.([0-9]+)\\.([0-9]+)")
  message(FATAL_ERROR "Cargo.toml's version ${TIMCONV_VERSION} is not SemVer")
endif()
set(TIMCONV_VERSION_MAJOR "${CMAKE_MATCH_1}")
set(TIMCONV_VERSION_MINOR "${CMAKE_MATCH_2}")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
  "${CMAKE_CURRENT_LIST_DIR}/../Cargo.toml")
