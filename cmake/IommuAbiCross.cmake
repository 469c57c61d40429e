# Cross builds and runs (tests/cross/README.md): the project's C -- the
# translator, its unit tests and conformance traces, the runtime layout
# program and every program registered with iommu_abi_cross_program() --
# built for each target ABI of gen/iommuabi/abis.py with Debian's cross
# compilers, linked statically, and run under qemu-user.
#
#   IOMMU_ABI_CROSS  AUTO  build and run on every ABI whose toolchain and qemu
#                          are installed; the tests of the others are SKIPPED
#                          with a message naming the missing package
#                    ON    the same, but configure fails if anything is missing
#                    OFF   no cross tests
#   (default: the environment variable IOMMU_ABI_CROSS when a build tree is
#   first configured, else AUTO; .ci/run exports ON)
#
# How: per ABI, build/cross/<abi> is a sub-build of this same project
# (IOMMU_ABI_CROSS_ABI=<abi>, cmake/IommuAbiCrossTarget.cmake: only the C
# parts) configured with a generated toolchain file
# (build/cross/<abi>.toolchain.cmake) and driven as an ExternalProject
# target, cross-<abi>, of the default build; its programs land in
# build/cross/<abi>/programs/.  The tests, cross.<abi>.<name>, are
# registered here at configure time and run those programs under
# qemu-<arch> (none for x86_64, the host's own ABI).  Debian has no C
# library for riscv32: there only programs registered FREESTANDING run,
# linked with the minimal runtime of tests/cross/freestanding (built here
# by custom commands, not by a sub-build).
#
# Included from the top-level CMakeLists.txt when the tests are built, so
# every directory sees the functions and the per-ABI state below:
#
#   iommu_abi_cross_program(NAME <name> SOURCES <file>... [FREESTANDING]
#                           [INCLUDE_DIRS <dir>...] [DEFINITIONS <def>...]
#                           [LINK <target>...] [ARGS <arg>...] [TEST_NAME <test>])
#     builds a plain C program for every ABI that runs and registers test
#     cross.<abi>.<TEST_NAME or NAME>, which passes when the program exits 0.
#     Relative paths are relative to the calling directory's source dir;
#     "@ABI@" in ARGS becomes the ABI's name.  LINK names targets of the
#     sub-build: iommu_ref, iommu_ref_replay, iommu_ref_testlib and the
#     header targets iommu-abi::headers, ::linux, ::xen.  The program is
#     built with the project's warnings (and -Werror under IOMMU_ABI_WERROR).
#     FREESTANDING: the program needs no more of the C library than
#     tests/cross/freestanding provides (printf to stdout, memcpy, memset,
#     memcmp, strcmp, strlen) and links nothing: it also runs on riscv32.
#
#   iommu_abi_cross_add_test(ABI <abi> NAME <test> COMMAND <cmd>...)
#     adds <test> (label cross) if <abi>'s programs can run here, else the
#     same test as a SKIP that says what is missing.  The command is run as
#     given: put ${IOMMU_ABI_CROSS_EMULATOR_<abi>} (qemu-<arch>, empty for
#     x86_64) in front of a program of build/cross/<abi>/programs/.
#
# Per ABI (IOMMU_ABI_CROSS_ABIS lists them all):
#   IOMMU_ABI_CROSS_MODE_<abi>       run (a C library) | freestanding (none)
#   IOMMU_ABI_CROSS_CC_<abi>         the compiler command with its flags ("" if missing)
#   IOMMU_ABI_CROSS_CC_MISSING_<abi> why there is no usable compiler ("" if there is)
#   IOMMU_ABI_CROSS_RUN_MISSING_<abi> why its programs cannot run here ("" if they can)
#   IOMMU_ABI_CROSS_PROGRAMS_<abi>   build/cross/<abi>/programs

include_guard(GLOBAL)

if(DEFINED ENV{IOMMU_ABI_CROSS} AND NOT "$ENV{IOMMU_ABI_CROSS}" STREQUAL "")
  set(_iommu_abi_cross_default "$ENV{IOMMU_ABI_CROSS}")
else()
  set(_iommu_abi_cross_default AUTO)
endif()
set(IOMMU_ABI_CROSS "${_iommu_abi_cross_default}" CACHE STRING
    "Build and run the C parts on every target ABI with cross compilers and qemu-user: AUTO, ON or OFF")
set_property(CACHE IOMMU_ABI_CROSS PROPERTY STRINGS AUTO ON OFF)
string(TOUPPER "${IOMMU_ABI_CROSS}" IOMMU_ABI_CROSS_SETTING)
if(NOT IOMMU_ABI_CROSS_SETTING MATCHES "^(AUTO|ON|OFF)$")
  message(FATAL_ERROR "IOMMU_ABI_CROSS is '${IOMMU_ABI_CROSS}': AUTO, ON or OFF")
endif()

set(IOMMU_ABI_CROSS_DIR "${PROJECT_BINARY_DIR}/cross")
set(IOMMU_ABI_CROSS_SOURCE "${PROJECT_SOURCE_DIR}/tests/cross")
set(IOMMU_ABI_CROSS_SKIP_RC 77)
set(IOMMU_ABI_CROSS_ABIS)
set(IOMMU_ABI_CROSS_CHECKS)
# What tests/cross/freestanding/selftest.c prints, with any C library and
# with the freestanding runtime.
set(IOMMU_ABI_CROSS_PRINTF_LINE
    "printf: [-42] [4000000000] [-1234567] [4294967295] [07] [  17] [8877665544332211] [str] [c] [%] [1]")

function(iommu_abi_cross_program)
  cmake_parse_arguments(P "FREESTANDING" "NAME;TEST_NAME" "SOURCES;INCLUDE_DIRS;DEFINITIONS;LINK;ARGS" ${ARGN})
  if(IOMMU_ABI_CROSS_SETTING STREQUAL "OFF")
    return()
  endif()
  if(NOT P_NAME MATCHES "^[A-Za-z0-9_][A-Za-z0-9_.-]*$" OR NOT P_SOURCES OR P_UNPARSED_ARGUMENTS
     OR (P_FREESTANDING AND P_LINK))
    message(FATAL_ERROR "iommu_abi_cross_program(NAME <name> SOURCES <file>... ...): "
                        "bad call (NAME '${P_NAME}', unparsed '${P_UNPARSED_ARGUMENTS}')")
  endif()
  get_property(_known GLOBAL PROPERTY IOMMU_ABI_CROSS_PROGRAM_NAMES)
  if(P_NAME IN_LIST _known)
    message(FATAL_ERROR "iommu_abi_cross_program: a program '${P_NAME}' is already registered")
  endif()
  set_property(GLOBAL APPEND PROPERTY IOMMU_ABI_CROSS_PROGRAM_NAMES "${P_NAME}")
  if(NOT P_TEST_NAME)
    set(P_TEST_NAME "${P_NAME}")
  endif()
  foreach(_kw SOURCES INCLUDE_DIRS)
    set(_abs)
    foreach(_v IN LISTS P_${_kw})
      get_filename_component(_v "${_v}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
      list(APPEND _abs "${_v}")
    endforeach()
    set(P_${_kw} ${_abs})
  endforeach()
  # One line of the manifest the sub-builds read (every argument bracket-quoted).
  set(_line "iommu_abi_cross_target_program(NAME [==[${P_NAME}]==]")
  foreach(_kw SOURCES INCLUDE_DIRS DEFINITIONS LINK)
    if(P_${_kw})
      string(APPEND _line "\n  ${_kw}")
      foreach(_v IN LISTS P_${_kw})
        string(APPEND _line " [==[${_v}]==]")
      endforeach()
    endif()
  endforeach()
  string(APPEND _line ")\n")
  set_property(GLOBAL APPEND_STRING PROPERTY IOMMU_ABI_CROSS_MANIFEST "${_line}")

  foreach(_abi IN LISTS IOMMU_ABI_CROSS_ABIS)
    if(IOMMU_ABI_CROSS_MODE_${_abi} STREQUAL "freestanding")
      if(NOT P_FREESTANDING)
        continue()
      endif()
      _iommu_abi_cross_freestanding_program(${_abi} ${P_NAME})
    endif()
    string(REPLACE "@ABI@" "${_abi}" _args "${P_ARGS}")
    iommu_abi_cross_add_test(ABI ${_abi} NAME cross.${_abi}.${P_TEST_NAME}
      COMMAND ${IOMMU_ABI_CROSS_EMULATOR_${_abi}} "${IOMMU_ABI_CROSS_PROGRAMS_${_abi}}/${P_NAME}" ${_args})
  endforeach()
endfunction()

# Build program NAME for a freestanding ABI with its compiler, directly (a
# custom command; no sub-build): P_* of the caller, plus the runtime.
function(_iommu_abi_cross_freestanding_program abi name)
  if(NOT IOMMU_ABI_CROSS_CC_MISSING_${abi} STREQUAL "")
    return()
  endif()
  set(_out "${IOMMU_ABI_CROSS_PROGRAMS_${abi}}/${name}")
  set(_rt "${IOMMU_ABI_CROSS_SOURCE}/freestanding")
  set(_inc -I "${_rt}/include")
  foreach(_d IN LISTS P_INCLUDE_DIRS)
    list(APPEND _inc -I "${_d}")
  endforeach()
  set(_defs)
  foreach(_d IN LISTS P_DEFINITIONS)
    list(APPEND _defs "-D${_d}")
  endforeach()
  file(MAKE_DIRECTORY "${IOMMU_ABI_CROSS_PROGRAMS_${abi}}")
  add_custom_command(OUTPUT "${_out}"
    COMMAND ${IOMMU_ABI_CROSS_CC_${abi}} -std=c11 -O2 ${IOMMU_ABI_C_WARNINGS} -nostdlib -static
            ${_inc} ${_defs} -MD -MF "${_out}.d" ${P_SOURCES} "${_rt}/rt.c" -o "${_out}"
    DEPENDS ${P_SOURCES} "${_rt}/rt.c"
    DEPFILE "${_out}.d"
    COMMENT "Building ${name} for ${abi} (freestanding)"
    VERBATIM)
  add_custom_target(cross-${abi}-${name} ALL DEPENDS "${_out}")
endfunction()

function(iommu_abi_cross_add_test)
  cmake_parse_arguments(T "" "ABI;NAME" "COMMAND" ${ARGN})
  set(_why "${IOMMU_ABI_CROSS_RUN_MISSING_${T_ABI}}")
  if(_why STREQUAL "")
    add_test(NAME ${T_NAME} COMMAND ${T_COMMAND})
  else()
    _iommu_abi_cross_skip_test(${T_NAME} "${_why}")
  endif()
  set_property(TEST ${T_NAME} APPEND PROPERTY LABELS cross)
endfunction()

# A test that says why it cannot run and is reported as skipped.
function(_iommu_abi_cross_skip_test name why)
  add_test(NAME ${name}
           COMMAND sh -c "echo \"SKIPPED: $1\"; exit ${IOMMU_ABI_CROSS_SKIP_RC}" sh "${why}")
  set_tests_properties(${name} PROPERTIES SKIP_RETURN_CODE ${IOMMU_ABI_CROSS_SKIP_RC})
endfunction()

if(IOMMU_ABI_CROSS_SETTING STREQUAL "OFF")
  message(STATUS "iommu-abi: cross builds off (IOMMU_ABI_CROSS=OFF): no cross.* tests")
  return()
endif()

# --- what each ABI needs, from tests/cross/gen_cross.py ----------------------
# (which also writes the runtime layout program's sources)
file(MAKE_DIRECTORY "${IOMMU_ABI_CROSS_DIR}")
set(_iommu_abi_cross_gen "${IOMMU_ABI_CROSS_SOURCE}/gen_cross.py")
execute_process(
  COMMAND "${IOMMU_ABI_PYTHON}" -B "${_iommu_abi_cross_gen}" --out "${IOMMU_ABI_CROSS_DIR}/layout-src"
          --include "${IOMMU_ABI_INCLUDE_DIR}"
  OUTPUT_VARIABLE _out ERROR_VARIABLE _err RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "tests/cross/gen_cross.py failed:\n${_err}")
endif()
file(GLOB _iommu_abi_cross_tables "${IOMMU_ABI_INCLUDE_DIR}/layout/*.json")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
  "${_iommu_abi_cross_gen}" "${PROJECT_SOURCE_DIR}/gen/iommuabi/abis.py" ${_iommu_abi_cross_tables})

# A program that needs what the translator needs of the C library (stdio,
# malloc, threads, 64-bit printf): each toolchain must link it statically and
# qemu must run it.
set(_iommu_abi_cross_probe "${IOMMU_ABI_CROSS_DIR}/probe.c")
file(CONFIGURE OUTPUT "${_iommu_abi_cross_probe}" CONTENT [[
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static void *run(void *arg) { return arg; }
int main(void)
{
    pthread_t t;
    void *r = NULL;
    uint64_t v = 0x0102030405060708ull;
    char *p = malloc(16);
    if (!p || pthread_create(&t, NULL, run, p) || pthread_join(t, &r) || r != p)
        return 1;
    free(p);
    printf("cross probe %" PRIx64 "\n", v);
    return 0;
}
]])

set(_iommu_abi_cross_missing)
string(REGEX MATCHALL "abi [^\n]+" _lines "${_out}")
foreach(_l IN LISTS _lines)
  separate_arguments(_f UNIX_COMMAND "${_l}")
  list(POP_FRONT _f _ _abi _gcc _pkgs _qemu _mode)
  list(APPEND IOMMU_ABI_CROSS_ABIS ${_abi})
  string(REPLACE "," " " _pkgs "${_pkgs}")
  set(IOMMU_ABI_CROSS_MODE_${_abi} ${_mode})
  set(IOMMU_ABI_CROSS_PROGRAMS_${_abi} "${IOMMU_ABI_CROSS_DIR}/${_abi}/programs")
  set(IOMMU_ABI_CROSS_CC_${_abi} "")
  set(IOMMU_ABI_CROSS_CC_MISSING_${_abi} "")
  set(IOMMU_ABI_CROSS_RUN_MISSING_${_abi} "")
  set(IOMMU_ABI_CROSS_EMULATOR_${_abi} "")

  find_program(IOMMU_ABI_CROSS_GCC_${_abi} NAMES ${_gcc})
  mark_as_advanced(IOMMU_ABI_CROSS_GCC_${_abi})
  if(NOT IOMMU_ABI_CROSS_GCC_${_abi})
    set(IOMMU_ABI_CROSS_CC_MISSING_${_abi} "no ${_gcc} for ${_abi} (apt-get install ${_pkgs})")
  else()
    set(IOMMU_ABI_CROSS_CC_${_abi} "${IOMMU_ABI_CROSS_GCC_${_abi}}" ${_f})
  endif()

  if(IOMMU_ABI_CROSS_CC_MISSING_${_abi} STREQUAL "")
    if(NOT _qemu STREQUAL "-")
      find_program(IOMMU_ABI_CROSS_QEMU_${_abi} NAMES ${_qemu})
      mark_as_advanced(IOMMU_ABI_CROSS_QEMU_${_abi})
      set(IOMMU_ABI_CROSS_EMULATOR_${_abi} "${IOMMU_ABI_CROSS_QEMU_${_abi}}")
    endif()
    # Probe once per compiler and emulator; a failure is probed again at the
    # next configure (the package may have been installed since).
    set(_key "${IOMMU_ABI_CROSS_GCC_${_abi}};${IOMMU_ABI_CROSS_EMULATOR_${_abi}}")
    if(NOT "${_IOMMU_ABI_CROSS_PROBED_${_abi}}" STREQUAL "${_key}")
      set(_exe "${IOMMU_ABI_CROSS_DIR}/probe-${_abi}")
      if(_mode STREQUAL "run")
        set(_build -static -pthread "${_iommu_abi_cross_probe}")
        set(_expect "cross probe 102030405060708\n")
      else()
        set(_rt "${IOMMU_ABI_CROSS_SOURCE}/freestanding")
        set(_build -std=c11 -O2 -nostdlib -static -I "${_rt}/include" "${_rt}/selftest.c" "${_rt}/rt.c")
        set(_expect "${IOMMU_ABI_CROSS_PRINTF_LINE}\n")
      endif()
      execute_process(COMMAND ${IOMMU_ABI_CROSS_CC_${_abi}} ${_build} -o "${_exe}"
                      RESULT_VARIABLE _rc OUTPUT_VARIABLE _o ERROR_VARIABLE _e)
      if(NOT _rc EQUAL 0)
        string(STRIP "${_rc}: ${_e}" _e)
        set(IOMMU_ABI_CROSS_CC_MISSING_${_abi}
            "${_gcc} cannot link a static program for ${_abi} (apt-get install ${_pkgs}; ${_e})")
      elseif(NOT _qemu STREQUAL "-" AND NOT IOMMU_ABI_CROSS_QEMU_${_abi})
        set(IOMMU_ABI_CROSS_RUN_MISSING_${_abi} "no ${_qemu} to run ${_abi} programs (apt-get install qemu-user)")
      else()
        execute_process(COMMAND ${IOMMU_ABI_CROSS_EMULATOR_${_abi}} "${_exe}"
                        RESULT_VARIABLE _rc OUTPUT_VARIABLE _o ERROR_VARIABLE _e)
        if(NOT _rc EQUAL 0 OR NOT _o STREQUAL _expect)
          set(IOMMU_ABI_CROSS_RUN_MISSING_${_abi}
              "${_abi} programs do not run here (${_qemu} ${_exe}: exit ${_rc}, ${_o}${_e})")
        else()
          set(_IOMMU_ABI_CROSS_PROBED_${_abi} "${_key}" CACHE INTERNAL "")
        endif()
      endif()
    endif()
  endif()
  if(NOT IOMMU_ABI_CROSS_CC_MISSING_${_abi} STREQUAL "")
    set(IOMMU_ABI_CROSS_RUN_MISSING_${_abi} "${IOMMU_ABI_CROSS_CC_MISSING_${_abi}}")
    list(APPEND _iommu_abi_cross_missing "${IOMMU_ABI_CROSS_CC_MISSING_${_abi}}")
  elseif(NOT IOMMU_ABI_CROSS_RUN_MISSING_${_abi} STREQUAL "")
    list(APPEND _iommu_abi_cross_missing "${IOMMU_ABI_CROSS_RUN_MISSING_${_abi}}")
  endif()
endforeach()
list(LENGTH IOMMU_ABI_CROSS_ABIS _n)
if(_n LESS 10)
  message(FATAL_ERROR "cmake/IommuAbiCross.cmake: expected the ten target ABIs, got '${IOMMU_ABI_CROSS_ABIS}'")
endif()

# The layout-assertion files, with the flags each flavor's header needs.
string(REGEX MATCHALL "check [^\n]+" _lines "${_out}")
foreach(_l IN LISTS _lines)
  separate_arguments(_f UNIX_COMMAND "${_l}")
  list(POP_FRONT _f _ _spec _flavor _file)
  list(APPEND IOMMU_ABI_CROSS_CHECKS "${_spec}.${_flavor}")
  set(IOMMU_ABI_CROSS_CHECK_FILE_${_spec}.${_flavor} "${IOMMU_ABI_INCLUDE_DIR}/${_file}")
  set(IOMMU_ABI_CROSS_CHECK_FLAGS_${_spec}.${_flavor} ${_f})
endforeach()

if(_iommu_abi_cross_missing)
  list(JOIN _iommu_abi_cross_missing "\n  " _m)
  if(IOMMU_ABI_CROSS_SETTING STREQUAL "ON")
    message(FATAL_ERROR "IOMMU_ABI_CROSS=ON, but:\n  ${_m}\n"
                        "(IOMMU_ABI_CROSS=AUTO skips those tests instead)")
  endif()
  message(STATUS "iommu-abi: cross tests skipped where something is missing:\n  ${_m}")
endif()
set(_run)
foreach(_abi IN LISTS IOMMU_ABI_CROSS_ABIS)
  if(IOMMU_ABI_CROSS_RUN_MISSING_${_abi} STREQUAL "" AND IOMMU_ABI_CROSS_MODE_${_abi} STREQUAL "run")
    list(APPEND _run ${_abi})
  elseif(IOMMU_ABI_CROSS_RUN_MISSING_${_abi} STREQUAL "")
    list(APPEND _run "${_abi} (freestanding programs only)")
  endif()
endforeach()
list(JOIN _run ", " _run)
message(STATUS "iommu-abi: cross builds run on: ${_run}")

# --- the sub-builds, once every directory has registered its programs ---------
function(_iommu_abi_cross_finish)
  get_property(_manifest GLOBAL PROPERTY IOMMU_ABI_CROSS_MANIFEST)
  set(_file "${IOMMU_ABI_CROSS_DIR}/programs.cmake")
  file(CONFIGURE OUTPUT "${_file}" CONTENT
       "# Generated by cmake/IommuAbiCross.cmake: the programs of iommu_abi_cross_program().\n${_manifest}"
       @ONLY)
  include(ExternalProject)
  foreach(_abi IN LISTS IOMMU_ABI_CROSS_ABIS)
    if(NOT IOMMU_ABI_CROSS_MODE_${_abi} STREQUAL "run" OR NOT IOMMU_ABI_CROSS_CC_MISSING_${_abi} STREQUAL "")
      continue()
    endif()
    set(_tc "${IOMMU_ABI_CROSS_DIR}/${_abi}.toolchain.cmake")
    set(_cc "${IOMMU_ABI_CROSS_CC_${_abi}}")
    list(POP_FRONT _cc _compiler)
    list(JOIN _cc " " _flags)
    if(IOMMU_ABI_CROSS_EMULATOR_${_abi})
      set(_system "set(CMAKE_SYSTEM_NAME Linux)\nset(CMAKE_SYSTEM_PROCESSOR ${_abi})\n")
    else()
      set(_system "")
    endif()
    file(CONFIGURE OUTPUT "${_tc}" CONTENT
"# Generated by cmake/IommuAbiCross.cmake: ${_abi}, static, run with qemu-user.
${_system}set(CMAKE_C_COMPILER \"${_compiler}\")
set(CMAKE_C_FLAGS_INIT \"${_flags}\")
set(CMAKE_EXE_LINKER_FLAGS_INIT \"-static\")
set(CMAKE_CROSSCOMPILING_EMULATOR \"${IOMMU_ABI_CROSS_EMULATOR_${_abi}}\")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
" @ONLY)
    ExternalProject_Add(cross-${_abi}
      SOURCE_DIR "${PROJECT_SOURCE_DIR}"
      BINARY_DIR "${IOMMU_ABI_CROSS_DIR}/${_abi}"
      PREFIX "${IOMMU_ABI_CROSS_DIR}/ep/${_abi}"
      CMAKE_ARGS "-DCMAKE_TOOLCHAIN_FILE=${_tc}"
                 "-DIOMMU_ABI_CROSS_ABI=${_abi}"
                 "-DIOMMU_ABI_CROSS_MANIFEST=${_file}"
                 "-DIOMMU_ABI_WERROR=${IOMMU_ABI_WERROR}"
                 "-DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE}"
      INSTALL_COMMAND ""
      BUILD_ALWAYS ON)
  endforeach()
endfunction()
cmake_language(DEFER DIRECTORY "${PROJECT_SOURCE_DIR}" CALL _iommu_abi_cross_finish)
