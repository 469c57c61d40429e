# IommuAbiCheck.cmake — put the iommu-abi ABI gate into any CMake build.
#
#   list(APPEND CMAKE_MODULE_PATH <iommu-abi>/abi-check)
#   include(IommuAbiCheck)
#
#   iommu_abi_check(NAME <target>
#     [ALL]                            # part of the default build
#     [HEADERS h.h ...]                # hand-written headers to lint
#     [INCLUDE_DIRS dir ...]           # -I for those headers
#     [DEFINES NAME[=VALUE] ...]       # -D for those headers
#     [TARGETS i386 x86_64 ...]        # target ABIs (default: all ten)
#     [LINT_FAIL_ON findings|never]    # default: findings fail the build
#     [BASELINE old.json NEW new.json|spec.yaml]  # gate: breaking changes fail
#     [VERIFY_SPECS spec.yaml ... VERIFY_INCLUDE_DIR dir])  # generated headers vs spec
#
# Each part is one command of the custom target <target>; any failure fails
# the build with abi-check's own one-line diagnostics (file:line:col for lint).
# Variables: IOMMU_ABI_CHECK (the tool), IOMMU_ABI_PYTHON (python3 with
# PyYAML and pycparser), IOMMU_ABI_CLANG (clang used for every layout).

get_filename_component(_iommu_abi_check_dir "${CMAKE_CURRENT_LIST_FILE}" DIRECTORY)
if(NOT IOMMU_ABI_CHECK)   # the installed package's config names the installed command
  set(IOMMU_ABI_CHECK "${_iommu_abi_check_dir}/abi-check" CACHE FILEPATH "abi-check tool")
endif()

if(NOT IOMMU_ABI_PYTHON)
  find_package(Python3 COMPONENTS Interpreter REQUIRED)
  set(IOMMU_ABI_PYTHON "${Python3_EXECUTABLE}")
endif()
if(NOT IOMMU_ABI_CLANG)
  find_program(IOMMU_ABI_CLANG NAMES clang clang-14 REQUIRED)
endif()

function(iommu_abi_check)
  cmake_parse_arguments(A "ALL" "NAME;BASELINE;NEW;LINT_FAIL_ON;VERIFY_INCLUDE_DIR"
                        "HEADERS;INCLUDE_DIRS;DEFINES;TARGETS;VERIFY_SPECS" ${ARGN})
  if(NOT A_NAME)
    message(FATAL_ERROR "iommu_abi_check: NAME is required")
  endif()
  if(A_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "iommu_abi_check: unknown arguments: ${A_UNPARSED_ARGUMENTS}")
  endif()
  if(A_BASELINE AND NOT A_NEW)
    message(FATAL_ERROR "iommu_abi_check: BASELINE needs NEW (a layout JSON or a spec YAML)")
  endif()
  set(_run "${CMAKE_COMMAND}" -E env "IOMMU_ABI_CLANG=${IOMMU_ABI_CLANG}"
           "${IOMMU_ABI_PYTHON}" "${IOMMU_ABI_CHECK}")
  set(_targets)
  if(A_TARGETS)
    string(REPLACE ";" "," _t "${A_TARGETS}")
    set(_targets --targets "${_t}")
  endif()
  set(_cmds)
  set(_deps)
  if(A_VERIFY_SPECS)
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
    set(_flags)
    foreach(_i IN LISTS A_INCLUDE_DIRS)
      list(APPEND _flags -I "${_i}")
    endforeach()
    foreach(_d IN LISTS A_DEFINES)
      list(APPEND _flags -D "${_d}")
    endforeach()
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
    message(FATAL_ERROR "iommu_abi_check(${A_NAME}): give HEADERS, BASELINE/NEW or VERIFY_SPECS")
  endif()
  set(_all)
  if(A_ALL)
    set(_all ALL)
  endif()
  add_custom_target(${A_NAME} ${_all} ${_cmds}
    SOURCES ${_deps}
    COMMENT "abi-check: ${A_NAME}"
    VERBATIM)
endfunction()
