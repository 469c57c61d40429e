# Find a Python 3 interpreter that can import both PyYAML and pycparser.
#
# Several interpreters may be on a machine (a pyenv build first on PATH,
# Debian's /usr/bin/python3 with python3-yaml/python3-pycparser), and only
# some of them have the two modules.  Try each candidate and keep the first
# that imports both, so the build never half-works with the wrong one.
#
# Result: IOMMU_ABI_PYTHON (cache), or, when IOMMU_ABI_PYTHON_REQUIRED is on
# (the gates or the tests are built), a fatal error naming what to install;
# otherwise (a consumer linking only headers or the translator) a status line.

if(IOMMU_ABI_PYTHON)
  return()
endif()

set(_iommu_abi_candidates)
if(DEFINED ENV{IOMMU_ABI_PYTHON})
  list(APPEND _iommu_abi_candidates "$ENV{IOMMU_ABI_PYTHON}")
endif()
find_program(_iommu_abi_path_python NAMES python3 NO_CACHE)
if(_iommu_abi_path_python)
  list(APPEND _iommu_abi_candidates "${_iommu_abi_path_python}")
endif()
list(APPEND _iommu_abi_candidates /usr/bin/python3 /usr/local/bin/python3)

foreach(_cand IN LISTS _iommu_abi_candidates)
  if(EXISTS "${_cand}")
    execute_process(
      COMMAND "${_cand}" -c "import sys, yaml, pycparser; assert sys.version_info >= (3, 7)"
      RESULT_VARIABLE _rc OUTPUT_QUIET ERROR_QUIET)
    if(_rc EQUAL 0)
      set(IOMMU_ABI_PYTHON "${_cand}" CACHE FILEPATH
          "Python 3 with PyYAML and pycparser, used at build time only")
      message(STATUS "iommu-abi: build-time Python: ${_cand}")
      return()
    endif()
  endif()
endforeach()

if(DEFINED IOMMU_ABI_PYTHON_REQUIRED AND NOT IOMMU_ABI_PYTHON_REQUIRED)
  message(STATUS "iommu-abi: no Python 3 with PyYAML and pycparser: iommu_abi_check() "
                 "and the generator targets will not work (apt-get install python3-yaml python3-pycparser)")
  return()
endif()
message(FATAL_ERROR
  "iommu-abi: no Python 3 interpreter with both PyYAML and pycparser was found "
  "(tried: ${_iommu_abi_candidates}).\n"
  "On Debian/Ubuntu install them with:\n"
  "    apt-get install python3 python3-yaml python3-pycparser\n"
  "or point the build at an interpreter that has them: "
  "cmake -DIOMMU_ABI_PYTHON=/path/to/python3 ...")
