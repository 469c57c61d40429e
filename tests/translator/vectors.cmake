# Conformance vectors of the conformance traces: compare them with the
# committed files, or rewrite those.
#
#   cmake -DREPLAY=<iommu-ref-replay> -DTRACES=<a.trace;b.trace;...>
#         -DVECTORS_DIR=<tests/translator/vectors> [-DWRITE=1] -P vectors.cmake
#
# DIR/traces/NAME.trace has its vectors in VECTORS_DIR/<DIR's name>/NAME.jsonl
# (tests/translator/virtio/traces/map_unmap.trace ->
# tests/translator/vectors/virtio/map_unmap.jsonl).  Without WRITE, a vector
# file that is missing or differs from what the replay emits now fails, with
# the command that regenerates them.  With WRITE, each file is written whole
# (a temporary file renamed over it) and only when its content changed.

if(NOT REPLAY OR NOT TRACES OR NOT VECTORS_DIR)
  message(FATAL_ERROR "usage: cmake -DREPLAY=... -DTRACES=... -DVECTORS_DIR=... [-DWRITE=1] -P vectors.cmake")
endif()

set(drift "")
foreach(trace IN LISTS TRACES)
  get_filename_component(name "${trace}" NAME_WE)
  get_filename_component(traces_dir "${trace}" DIRECTORY)
  get_filename_component(group_dir "${traces_dir}" DIRECTORY)
  get_filename_component(group "${group_dir}" NAME)
  set(vec "${VECTORS_DIR}/${group}/${name}.jsonl")
  execute_process(COMMAND "${REPLAY}" --emit-vectors "${trace}"
                  OUTPUT_VARIABLE now ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${trace}: iommu-ref-replay --emit-vectors failed (${rc}):\n${err}")
  endif()
  set(old "")
  if(EXISTS "${vec}")
    file(READ "${vec}" old)
  endif()
  if(old STREQUAL now)
    continue()
  endif()
  if(WRITE)
    file(MAKE_DIRECTORY "${VECTORS_DIR}/${group}")
    file(WRITE "${vec}.tmp" "${now}")
    file(RENAME "${vec}.tmp" "${vec}")
    message(STATUS "wrote ${vec}")
  else()
    string(APPEND drift "  ${vec}\n")
  endif()
endforeach()

if(NOT drift STREQUAL "")
  message(FATAL_ERROR "conformance vectors differ from what the traces and models give now:\n${drift}"
                      "regenerate them with: cmake --build <build> --target regen-vectors (and commit them)")
endif()
