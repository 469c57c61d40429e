# Replay one conformance trace and compare the result with its expectations.
#
#   cmake -DREPLAY=<iommu-ref-replay> -DTRACE=<file.trace> [-DEXPECTED=<file.out>]
#         [-DWORKDIR=<dir>] [-DEMULATOR=<qemu-arch>] -P run_trace.cmake
#         (EMULATOR: run a cross-built replay under it, tests/cross)
#   cmake -DREPLAY=x -DTRACE=<file.trace> -DEXPECTED=<file.out> -DWRITE_EXPECTED=1 -P run_trace.cmake
#         (maintenance: write the .out file from the trace's annotations)
#
# Expectations live in the trace itself, next to each command:
#   map 1 0x1000 0x1fff 0xa000 r      #= OK
# Every "#= TEXT" is one expected output line, in order.  When EXPECTED is
# given, the .out file must equal those annotations (so the two cannot drift)
# and the replay's stdout must equal the .out file.
#
# A malformed-trace test carries one directive instead of a clean exit:
#   #!error LINE REGEX
# The replay must exit 1 and its stderr must match "NAME:LINE: error: REGEX"
# (NAME = the path given on the command line); the lines before the error
# must still produce their annotated output.

if(NOT REPLAY OR NOT TRACE)
  message(FATAL_ERROR "usage: cmake -DREPLAY=... -DTRACE=... [-DEXPECTED=...] -P run_trace.cmake")
endif()

file(STRINGS "${TRACE}" lines)
set(annotated "")
set(expect_rc 0)
set(expect_err "")
foreach(l IN LISTS lines)
  if(l MATCHES "#= (.*[^ \t])[ \t]*$")
    string(APPEND annotated "${CMAKE_MATCH_1}\n")
  elseif(l MATCHES "^#!error ([0-9]+) (.*)$")
    set(expect_rc 1)
    set(err_line "${CMAKE_MATCH_1}")
    set(err_re "${CMAKE_MATCH_2}")
    string(REGEX REPLACE "([][+.*()^$?|\\])" "\\\\\\1" trace_re "${TRACE}")
    set(expect_err "${trace_re}:${err_line}: error: ${err_re}")
  endif()
endforeach()

if(EXPECTED AND WRITE_EXPECTED)
  # Maintenance mode: (re)write the .out file from the annotations.
  file(WRITE "${EXPECTED}" "${annotated}")
  return()
endif()

if(EXPECTED)
  file(READ "${EXPECTED}" expected)
  if(NOT expected STREQUAL annotated)
    message(FATAL_ERROR "${EXPECTED} does not match the #= annotations of ${TRACE}")
  endif()
else()
  set(expected "${annotated}")
endif()

execute_process(COMMAND ${EMULATOR} "${REPLAY}" "${TRACE}"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)

set(problems "")
if(NOT "${rc}" STREQUAL "${expect_rc}")
  string(APPEND problems "exit status ${rc}, expected ${expect_rc}\n")
endif()
if(expect_err STREQUAL "")
  if(NOT err STREQUAL "")
    string(APPEND problems "unexpected stderr:\n${err}\n")
  endif()
else()
  if(NOT err MATCHES "^${expect_err}\n$")
    string(APPEND problems "stderr does not match\n  ${expect_err}\ngot:\n${err}\n")
  endif()
endif()
if(NOT out STREQUAL expected)
  if(NOT WORKDIR)
    set(WORKDIR "${CMAKE_CURRENT_BINARY_DIR}")
  endif()
  get_filename_component(base "${TRACE}" NAME_WE)
  file(WRITE "${WORKDIR}/${base}.expected" "${expected}")
  file(WRITE "${WORKDIR}/${base}.actual" "${out}")
  execute_process(COMMAND diff -u "${WORKDIR}/${base}.expected" "${WORKDIR}/${base}.actual"
                  OUTPUT_VARIABLE d)
  string(APPEND problems "output differs from the expectations:\n${d}\n")
endif()
if(NOT problems STREQUAL "")
  message(FATAL_ERROR "${TRACE}:\n${problems}")
endif()
