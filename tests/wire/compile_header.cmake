# cmake -DCC=... -DLANG=c|c++ -DSTD=... -DINC=... -DHEADER=rel/path.h [-DEXTRA=...] -P compile_header.cmake
# Compiles a translation unit that includes HEADER (twice: the guard works)
# and takes the address of nothing: every function is static and unused,
# which must draw no warning.
string(REPLACE "+" "x" _tag "${STD}")
string(MAKE_C_IDENTIFIER "${HEADER}.${_tag}" _name)
set(_tu "${CMAKE_CURRENT_BINARY_DIR}/${_name}.${LANG}")
if(LANG STREQUAL "c++")
  set(_tu "${CMAKE_CURRENT_BINARY_DIR}/${_name}.cc")
endif()
file(WRITE "${_tu}" "#include <${HEADER}>\n#include <${HEADER}>\nint wire_lang_probe;\n")
execute_process(
  COMMAND "${CC}" -x ${LANG} -std=${STD} -pedantic -Wall -Wextra -Werror -fsyntax-only
          -I "${INC}" ${EXTRA} "${_tu}"
  RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "${HEADER} does not compile as ${STD} with -pedantic -Wall -Wextra -Werror")
endif()
