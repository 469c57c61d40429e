# The project's options.  Defaults depend on whether iommu-abi is the
# top-level project (a developer's or CI's build: everything on) or was
# pulled in with add_subdirectory() (a consumer's build: only the targets it
# links).  Each is a cache variable of its own, IOMMU_ABI_-prefixed, so none
# touches a variable of the parent.

# -Werror for the project's own C.  Off for users and packagers; .ci/run
# exports IOMMU_ABI_WERROR=ON, which sets the default of a fresh build
# directory so the README's plain commands are what CI runs.
if(DEFINED ENV{IOMMU_ABI_WERROR} AND NOT "$ENV{IOMMU_ABI_WERROR}" STREQUAL "")
  set(_iommu_abi_werror_default "$ENV{IOMMU_ABI_WERROR}")
else()
  set(_iommu_abi_werror_default OFF)
endif()
option(IOMMU_ABI_WERROR "Treat warnings in the project's own C as errors (developers, CI)"
       ${_iommu_abi_werror_default})

if(IOMMU_ABI_TOP_LEVEL)
  # CTest's own switch (include(CTest) ran before this file).
  set(IOMMU_ABI_BUILD_TESTS ${BUILD_TESTING})
else()
  option(IOMMU_ABI_BUILD_TESTS "Build the tests, fuzzers and differential tests" OFF)
endif()
option(IOMMU_ABI_BUILD_BENCH "Build the benchmarks (bench/)" ${IOMMU_ABI_TOP_LEVEL})
option(IOMMU_ABI_GATE
       "Run the generator drift check and the ABI gate (verify + diff) in the default build"
       ${IOMMU_ABI_TOP_LEVEL})
option(IOMMU_ABI_INSTALL "Add install rules (headers, layout tables, translator, tools, CMake package)"
       ${IOMMU_ABI_TOP_LEVEL})
