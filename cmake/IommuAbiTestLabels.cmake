# iommu_abi_label_tests(<part>): give every test of the calling directory the
# ctest label <part> (gen, headers, abi-check, translator, install), so that
# `ctest -L <part>` runs one part's tests.  Called once, anywhere in a tests/
# CMakeLists.txt: the labels are added when that directory's processing ends,
# so tests added after the call are labelled too.
#
# (Not the LABELS directory property: ctest 3.25 ignores it for tests that
# have a WORKING_DIRECTORY, which most of ours do.)

function(iommu_abi_label_tests part)
  # A deferred call's arguments are expanded when it runs, not now: pass the value.
  cmake_language(EVAL CODE "cmake_language(DEFER CALL _iommu_abi_apply_test_labels [[${part}]])")
endfunction()

function(_iommu_abi_apply_test_labels part)
  get_property(_tests DIRECTORY PROPERTY TESTS)
  if(_tests)
    set_property(TEST ${_tests} APPEND PROPERTY LABELS "${part}")
  endif()
endfunction()
