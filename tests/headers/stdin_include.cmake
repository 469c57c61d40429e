# cmake -DINPUT=<header> -P stdin_include.cmake -- <compiler command ... ->
#
# Runs the compiler command with '#include "<header>"' on its standard input,
# the way Xen's headers++.chk feeds each public header to $(CXX); fails when
# the compiler does, showing its diagnostics.
set(_cmd)
set(_seen FALSE)
math(EXPR _last "${CMAKE_ARGC} - 1")
foreach(_i RANGE 0 ${_last})
  if(_seen)
    list(APPEND _cmd "${CMAKE_ARGV${_i}}")
  elseif("${CMAKE_ARGV${_i}}" STREQUAL "--")
    set(_seen TRUE)
  endif()
endforeach()
if(NOT _cmd OR NOT INPUT)
  message(FATAL_ERROR "usage: cmake -DINPUT=<header> -P stdin_include.cmake -- <command>")
endif()
string(RANDOM LENGTH 8 _tag)
set(_in "${CMAKE_CURRENT_BINARY_DIR}/stdin-include-${_tag}.c")
file(WRITE "${_in}" "#include \"${INPUT}\"\n")
execute_process(COMMAND ${_cmd} INPUT_FILE "${_in}" RESULT_VARIABLE _rc
                OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
file(REMOVE "${_in}")
message("${_out}${_err}")
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "failed (${_rc}): ${_cmd}")
endif()
