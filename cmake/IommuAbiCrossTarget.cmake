# One target ABI's sub-build (cmake/IommuAbiCross.cmake drives it as the
# ExternalProject cross-<abi>, in build/cross/<abi>, with a toolchain file for
# that ABI's cross compiler): only the C parts -- the translator's libraries
# and iommu-ref-replay (translator/CMakeLists.txt, as in the main build, but
# without sanitizers), the tests' small C library, and the programs every
# directory registered with iommu_abi_cross_program(), read from the manifest
# IOMMU_ABI_CROSS_MANIFEST.  No Python, no tests of its own, no install
# rules: the main build's ctest runs the programs under qemu-user.  Every
# executable lands in programs/.

set(IOMMU_ABI_BUILD_TESTS OFF)
set(IOMMU_ABI_SANITIZE OFF CACHE BOOL "" FORCE)
set(CMAKE_RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/programs")
message(STATUS "iommu-abi: C parts for ${IOMMU_ABI_CROSS_ABI} (${CMAKE_C_COMPILER})")

add_subdirectory("${PROJECT_SOURCE_DIR}/translator" translator)

set(_testlib "${PROJECT_SOURCE_DIR}/tests/translator/testlib")
add_library(iommu_ref_testlib STATIC "${_testlib}/testlib.c" "${_testlib}/testlib.h")
target_compile_options(iommu_ref_testlib PRIVATE ${IOMMU_ABI_C_WARNINGS})
target_include_directories(iommu_ref_testlib PUBLIC "${_testlib}")

# iommu_abi_cross_target_program(NAME n SOURCES ... [INCLUDE_DIRS ...]
#                                [DEFINITIONS ...] [LINK ...]): what the
# manifest calls, once per iommu_abi_cross_program() of the main build.
function(iommu_abi_cross_target_program)
  cmake_parse_arguments(P "" "NAME" "SOURCES;INCLUDE_DIRS;DEFINITIONS;LINK" ${ARGN})
  set(_t cross-program-${P_NAME})
  add_executable(${_t} ${P_SOURCES})
  set_target_properties(${_t} PROPERTIES OUTPUT_NAME "${P_NAME}")
  target_compile_options(${_t} PRIVATE ${IOMMU_ABI_C_WARNINGS})
  target_include_directories(${_t} PRIVATE ${P_INCLUDE_DIRS})
  target_compile_definitions(${_t} PRIVATE ${P_DEFINITIONS})
  target_link_libraries(${_t} PRIVATE ${P_LINK})
endfunction()

include("${IOMMU_ABI_CROSS_MANIFEST}")
