# Run "iommu-ref-replay --check TRACE" in the trace's directory and require
# exit status RC, exactly the lines of STDERR_FILE on stderr and a summary
# line matching SUMMARY on stdout.
#   cmake -DREPLAY=bin -DTRACE=file -DRC=n -DSTDERR_FILE=file -DSUMMARY=regex -P run_check.cmake
get_filename_component(dir "${TRACE}" DIRECTORY)
get_filename_component(name "${TRACE}" NAME)
execute_process(COMMAND "${REPLAY}" --check "${name}" WORKING_DIRECTORY "${dir}"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
file(READ "${STDERR_FILE}" want_err)
set(problems "")
if(NOT "${rc}" STREQUAL "${RC}")
  string(APPEND problems "exit status ${rc}, expected ${RC}\n")
endif()
if(NOT err STREQUAL want_err)
  string(APPEND problems "stderr:\n${err}expected:\n${want_err}")
endif()
if(NOT out MATCHES "^${SUMMARY}\n$")
  string(APPEND problems "stdout:\n${out}expected a line matching: ${SUMMARY}\n")
endif()
if(NOT problems STREQUAL "")
  message(FATAL_ERROR "${TRACE}:\n${problems}")
endif()
