# Run one libFuzzer target for a bounded time, starting from the committed
# corpus.  New inputs go to WORK (build tree); crashes are written there too
# and fail the test.
#   cmake -DFUZZER=bin -DCORPUS=dir -DWORK=dir -DSECONDS=n -P run_fuzz.cmake
file(MAKE_DIRECTORY "${WORK}/new")
execute_process(
  COMMAND "${FUZZER}" -max_total_time=${SECONDS} -runs=2000000 -timeout=30
          -rss_limit_mb=2048 -max_len=4096 -print_final_stats=1
          "-artifact_prefix=${WORK}/" "${WORK}/new" "${CORPUS}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${FUZZER} failed (exit ${rc}); artifacts in ${WORK}\n${err}")
endif()
string(REGEX MATCH "stat::number_of_executed_units: *[0-9]+" execs "${err}")
message("${FUZZER}: ${execs}")
