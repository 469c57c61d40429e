# IommuAbiCheck.cmake — put the iommu-abi ABI gate into any CMake build.
#
#   find_package(iommu-abi CONFIG REQUIRED)      # installed: defines it
#   # or, from a checkout: list(APPEND CMAKE_MODULE_PATH <iommu-abi>/abi-check)
#   #                      include(IommuAbiCheck)
#
#   iommu_abi_check(NAME <target>
#     [ALL]                            # part of the default build
#     [VERIFY_HEADER h.h FLAVOR F]     # a vendored header: exactly the spec's layout?
#     [HEADERS h.h ...]                # hand-written headers to lint
#     [INCLUDE_DIRS dir ...]           # -I for those headers
#     [DEFINES NAME[=VALUE] ...]       # -D for those headers
#     [FORCED_INCLUDES file ...]       # included first (--include), e.g. stdint.h
#     [TARGETS i386 x86_64 ...]        # target ABIs (default: all ten)
#     [LINT_FAIL_ON findings|never]    # default: findings fail the build
#     [BASELINE old.json NEW new.json|spec.yaml]  # gate: breaking changes fail
#     [VERIFY_SPECS spec.yaml ... [VERIFY_INCLUDE_DIR dir]])  # generated headers vs spec
#                                      # (with VERIFY_HEADER: the one spec it is of)
#
# Relative paths are relative to the CMakeLists.txt that calls
# iommu_abi_check() (a FORCED_INCLUDES name that is no file there, like
# stdint.h, is searched on the include path, as the compiler does).
# Each part is one command of the custom target <target>; any failure fails
# the build with abi-check's own one-line diagnostics (file:line:col for lint).
# Variables: IOMMU_ABI_CHECK (the tool), IOMMU_ABI_PYTHON (python3 with
# PyYAML and pycparser), IOMMU_ABI_CLANG (clang used for every layout).

get_filename_component(_iommu_abi_check_dir "${CMAKE_CURRENT_LIST_FILE}" DIRECTORY)
if(NOT IOMMU_ABI_CHECK)   # the installed package's config names the installed command
  set(IOMMU_ABI_CHECK "${_iommu_abi_check_dir}/abi-check" CACHE FILEPATH "abi-check tool")
endif()

# Not REQUIRED here: a project that includes this (or adds iommu-abi as a
# subdirectory) only for its headers must configure without them;
# iommu_abi_check() itself says what is missing.
if(NOT IOMMU_ABI_PYTHON)
  find_package(Python3 COMPONENTS Interpreter)
  if(Python3_Interpreter_FOUND)
    set(IOMMU_ABI_PYTHON "${Python3_EXECUTABLE}")
  endif()
endif()
if(NOT IOMMU_ABI_CLANG)
  find_program(IOMMU_ABI_CLANG NAMES clang clang-14)
endif()

# _iommu_abi_check_abs(<var> [path...]): each path made absolute against the
# calling CMakeLists.txt's directory (a function sees its caller's
# CMAKE_CURRENT_SOURCE_DIR); the custom target runs in the build tree, where a
# relative path would mean something else.
function(_iommu_abi_check_abs var)
  set(_out)
  foreach(_p IN LISTS ARGN)
    get_filename_component(_a "${_p}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    list(APPEND _out "${_a}")
  endforeach()
  set(${var} "${_out}" PARENT_SCOPE)
endfunction()

function(iommu_abi_check)
  cmake_parse_arguments(A "ALL" "NAME;BASELINE;NEW;LINT_FAIL_ON;VERIFY_INCLUDE_DIR;VERIFY_HEADER;FLAVOR"
                        "HEADERS;INCLUDE_DIRS;DEFINES;TARGETS;VERIFY_SPECS;FORCED_INCLUDES" ${ARGN})
  if(NOT A_NAME)
    message(FATAL_ERROR "iommu_abi_check: NAME is required")
  endif()
  if(A_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "iommu_abi_check: unknown arguments: ${A_UNPARSED_ARGUMENTS}")
  endif()
  if(A_BASELINE AND NOT A_NEW)
    message(FATAL_ERROR "iommu_abi_check: BASELINE needs NEW (a layout JSON or a spec YAML)")
  endif()
  if(A_VERIFY_HEADER AND NOT A_FLAVOR)
    message(FATAL_ERROR "iommu_abi_check: VERIFY_HEADER needs FLAVOR (linux, portable or xen)")
  endif()
  if(NOT IOMMU_ABI_PYTHON OR NOT IOMMU_ABI_CLANG)
    message(FATAL_ERROR "iommu_abi_check(${A_NAME}): needs python3 with PyYAML and pycparser "
                        "(IOMMU_ABI_PYTHON) and clang (IOMMU_ABI_CLANG)")
  endif()
  foreach(_v HEADERS INCLUDE_DIRS VERIFY_SPECS)
    _iommu_abi_check_abs(A_${_v} ${A_${_v}})
  endforeach()
  foreach(_v BASELINE NEW VERIFY_INCLUDE_DIR VERIFY_HEADER)
    if(A_${_v})
      _iommu_abi_check_abs(A_${_v} "${A_${_v}}")
    endif()
  endforeach()
  set(_forced)
  foreach(_f IN LISTS A_FORCED_INCLUDES)
    get_filename_component(_a "${_f}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    if(EXISTS "${_a}")
      list(APPEND _forced --include "${_a}")
    else()
      list(APPEND _forced --include "${_f}")
    endif()
  endforeach()
  set(_run "${CMAKE_COMMAND}" -E env "IOMMU_ABI_CLANG=${IOMMU_ABI_CLANG}"
           "${IOMMU_ABI_PYTHON}" "${IOMMU_ABI_CHECK}")
  set(_targets)
  if(A_TARGETS)
    string(REPLACE ";" "," _t "${A_TARGETS}")
    set(_targets --targets "${_t}")
  endif()
  set(_flags)
  foreach(_i IN LISTS A_INCLUDE_DIRS)
    list(APPEND _flags -I "${_i}")
  endforeach()
  foreach(_d IN LISTS A_DEFINES)
    list(APPEND _flags -D "${_d}")
  endforeach()
  list(APPEND _flags ${_forced})
  set(_cmds)
  set(_deps)
  if(A_VERIFY_HEADER)
    set(_v verify --flavor "${A_FLAVOR}" --header "${A_VERIFY_HEADER}" ${_targets} ${_flags})
    foreach(_s IN LISTS A_VERIFY_SPECS)
      list(APPEND _v --spec "${_s}")
    endforeach()
    list(APPEND _cmds COMMAND ${_run} ${_v})
    list(APPEND _deps "${A_VERIFY_HEADER}")
  elseif(A_VERIFY_SPECS)
    set(_v verify ${_targets})
    foreach(_s IN LISTS A_VERIFY_SPECS)
      list(APPEND _v --spec "${_s}")
      list(APPEND _deps "${_s}")
    endforeach()
    if(A_VERIFY_INCLUDE_DIR)
      list(APPEND _v --include-dir "${A_VERIFY_INCLUDE_DIR}")
    endif()
    list(APPEND _cmds COMMAND ${_run} ${_v})
  endif()
  if(A_BASELINE)
    list(APPEND _cmds COMMAND ${_run} diff --fail-on breaking "${A_BASELINE}" "${A_NEW}")
    list(APPEND _deps "${A_BASELINE}" "${A_NEW}")
  endif()
  if(A_HEADERS)
    set(_fail findings)
    if(A_LINT_FAIL_ON)
      set(_fail "${A_LINT_FAIL_ON}")
    endif()
    foreach(_h IN LISTS A_HEADERS)
      list(APPEND _cmds COMMAND ${_run} lint --fail-on "${_fail}" ${_targets} ${_flags} "${_h}")
      list(APPEND _deps "${_h}")
    endforeach()
  endif()
  if(NOT _cmds)
    message(FATAL_ERROR "iommu_abi_check(${A_NAME}): give VERIFY_HEADER, HEADERS, BASELINE/NEW or VERIFY_SPECS")
  endif()
  set(_all)
  if(A_ALL)
    set(_all ALL)
  endif()
  add_custom_target(${A_NAME} ${_all} ${_cmds}
    SOURCES ${_deps}
    WORKING_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}"
    COMMENT "abi-check: ${A_NAME}"
    VERBATIM)
endfunction()
