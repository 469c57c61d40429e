# Install rules: `cmake --install build --prefix P` (GNUInstallDirs).
#
#   P/include/iommu-abi/*.h                 portable flavor      -I P/include
#   P/include/iommu-abi-linux/linux/*.h     linux flavor         -I P/include/iommu-abi-linux
#   P/include/iommu-abi-xen/xen/public/*.h  xen flavor           -I P/include/iommu-abi-xen
#   P/include/iommu-abi-xen/xen/xlat-*.lst  its xlat.lst lines (README.md, "Merging the PV-IOMMU header into Xen")
#   P/include/iommu-ref/*.h                 the translator's public headers
#   P/lib/libiommu_ref.a                    the translator (static, position-independent)
#   P/lib/cmake/iommu-abi/                  find_package(iommu-abi CONFIG)
#   P/lib/pkgconfig/iommu-abi{,-linux,-xen}.pc, iommu-ref.pc
#   P/bin/abi-check, iommu-abi-gen, iommu-abi-vendor, iommu-ref-replay
#   P/share/iommu-abi/                      the tools' Python packages, the specs, the
#                                           layout tables and assertion files
#                                           (layout/), the committed baselines
#
# The linux and xen flavors get include roots of their own so that no file
# lands on a path that linux-libc-dev (/usr/include/linux/virtio_iommu.h) or
# Xen's headers (/usr/include/xen/...) own, and so that -I for the portable
# flavor never puts a second <linux/virtio_iommu.h> in front of the system's.
#
# share/iommu-abi/ has the repository's shape (gen/, abi-check/, spec/,
# include/ -> links to the installed headers, VERSION), so the Python tools
# find everything relative to themselves: nothing points back into the source
# tree.

if(NOT IOMMU_ABI_INSTALL)
  return()
endif()

include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(IOMMU_ABI_INSTALL_SHAREDIR "${CMAKE_INSTALL_DATADIR}/iommu-abi")
set(IOMMU_ABI_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/iommu-abi")
set(IOMMU_ABI_INSTALL_PKGCONFIGDIR "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
set(_src "${PROJECT_SOURCE_DIR}")
set(_gen "${PROJECT_BINARY_DIR}/install-files")

# --- headers, layout tables, assertion files --------------------------------
install(DIRECTORY "${_src}/include/iommu-abi" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
        FILES_MATCHING PATTERN "*.h")
install(DIRECTORY "${_src}/include/linux" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/iommu-abi-linux"
        FILES_MATCHING PATTERN "*.h")
# (with the xlat.lst fragments Xen's compat build needs: include/xen/xlat-*.lst)
install(DIRECTORY "${_src}/include/xen" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/iommu-abi-xen"
        FILES_MATCHING PATTERN "*.h" PATTERN "*.lst")
install(DIRECTORY "${_src}/include/layout/" DESTINATION "${IOMMU_ABI_INSTALL_SHAREDIR}/layout")

# --- the translator ---------------------------------------------------------
# Its public headers are the PUBLIC_HEADER property translator/CMakeLists.txt
# sets, relative to translator/; install() here would take them relative to
# this directory.
get_target_property(_ref_headers iommu_ref PUBLIC_HEADER)
set(_abs_headers)
foreach(_h IN LISTS _ref_headers)
  get_filename_component(_h "${_h}" ABSOLUTE BASE_DIR "${_src}/translator")
  list(APPEND _abs_headers "${_h}")
endforeach()
set_target_properties(iommu_ref PROPERTIES PUBLIC_HEADER "${_abs_headers}")
# Device models link it into PIE executables and shared objects.
set_target_properties(iommu_ref PROPERTIES POSITION_INDEPENDENT_CODE ON)
install(TARGETS iommu_abi_headers iommu_abi_linux iommu_abi_xen iommu_ref
        EXPORT iommu-abi-targets
        ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
        PUBLIC_HEADER DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/iommu-ref")
install(TARGETS iommu-ref-replay RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")

# --- the Python tools --------------------------------------------------------
install(FILES "${_src}/VERSION" DESTINATION "${IOMMU_ABI_INSTALL_SHAREDIR}")
file(WRITE "${_gen}/INSTALLED"
     "This is an installed copy of iommu-abi ${PROJECT_VERSION}: the tools' Python packages and data.\n")
install(FILES "${_gen}/INSTALLED" DESTINATION "${IOMMU_ABI_INSTALL_SHAREDIR}")
install(DIRECTORY "${_src}/gen/iommuabi" DESTINATION "${IOMMU_ABI_INSTALL_SHAREDIR}/gen"
        FILES_MATCHING PATTERN "*.py")
install(DIRECTORY "${_src}/abi-check/iommu_abi_check" DESTINATION "${IOMMU_ABI_INSTALL_SHAREDIR}/abi-check"
        FILES_MATCHING PATTERN "*.py" PATTERN "*.h" PATTERN "__pycache__" EXCLUDE)
install(DIRECTORY "${_src}/abi-check/baseline" DESTINATION "${IOMMU_ABI_INSTALL_SHAREDIR}/abi-check"
        FILES_MATCHING PATTERN "*.json")
install(DIRECTORY "${_src}/spec/" DESTINATION "${IOMMU_ABI_INSTALL_SHAREDIR}/spec"
        FILES_MATCHING PATTERN "*.yaml")
install(FILES "${_src}/tools/iommu_abi_vendor.py" DESTINATION "${IOMMU_ABI_INSTALL_SHAREDIR}/tools")

# The interpreter the commands run with: the one the build found (it has
# PyYAML and pycparser), else whatever python3 is first on PATH.
if(IOMMU_ABI_PYTHON)
  set(IOMMU_ABI_INSTALL_PYTHON "${IOMMU_ABI_PYTHON}" CACHE FILEPATH
      "Interpreter in the installed commands' #! line")
else()
  set(IOMMU_ABI_INSTALL_PYTHON "/usr/bin/env python3" CACHE FILEPATH
      "Interpreter in the installed commands' #! line")
endif()
file(RELATIVE_PATH IOMMU_ABI_BIN_TO_SHARE "${CMAKE_INSTALL_FULL_BINDIR}"
     "${CMAKE_INSTALL_FULL_DATADIR}/iommu-abi")
foreach(_tool "abi-check:abi-check:iommu_abi_check.cli"
              "iommu-abi-gen:gen:iommuabi.cli"
              "iommu-abi-vendor:tools:iommu_abi_vendor")
  string(REPLACE ":" ";" _tool "${_tool}")
  list(GET _tool 0 IOMMU_ABI_TOOL_NAME)
  list(GET _tool 1 IOMMU_ABI_TOOL_DIR)
  list(GET _tool 2 IOMMU_ABI_TOOL_MODULE)
  configure_file("${_src}/cmake/launcher.py.in" "${_gen}/bin/${IOMMU_ABI_TOOL_NAME}" @ONLY)
  install(PROGRAMS "${_gen}/bin/${IOMMU_ABI_TOOL_NAME}" DESTINATION "${CMAKE_INSTALL_BINDIR}")
endforeach()

# share/iommu-abi/include/: the repository's include/ layout, as relative
# links to the installed flavors (what abi-check verify and iommu-abi-gen
# --check read by default).
set(_inc_links)
foreach(_l "iommu-abi:${CMAKE_INSTALL_FULL_INCLUDEDIR}/iommu-abi"
           "linux:${CMAKE_INSTALL_FULL_INCLUDEDIR}/iommu-abi-linux/linux"
           "xen:${CMAKE_INSTALL_FULL_INCLUDEDIR}/iommu-abi-xen/xen"
           "layout:${CMAKE_INSTALL_FULL_DATADIR}/iommu-abi/layout")
  string(REPLACE ":" ";" _l "${_l}")
  list(GET _l 0 _name)
  list(GET _l 1 _target)
  file(RELATIVE_PATH _rel "${CMAKE_INSTALL_FULL_DATADIR}/iommu-abi/include" "${_target}")
  file(MAKE_DIRECTORY "${_gen}/share-include")
  file(REMOVE "${_gen}/share-include/${_name}")
  file(CREATE_LINK "${_rel}" "${_gen}/share-include/${_name}" SYMBOLIC)
  list(APPEND _inc_links "${_gen}/share-include/${_name}")
endforeach()
install(FILES ${_inc_links} DESTINATION "${IOMMU_ABI_INSTALL_SHAREDIR}/include")

# --- CMake package -----------------------------------------------------------
install(EXPORT iommu-abi-targets NAMESPACE iommu-abi::
        DESTINATION "${IOMMU_ABI_INSTALL_CMAKEDIR}" FILE iommu-abi-targets.cmake)
configure_package_config_file("${_src}/cmake/iommu-abi-config.cmake.in"
  "${_gen}/iommu-abi-config.cmake"
  INSTALL_DESTINATION "${IOMMU_ABI_INSTALL_CMAKEDIR}"
  PATH_VARS CMAKE_INSTALL_BINDIR IOMMU_ABI_INSTALL_SHAREDIR)
# 0.x: a new minor version may change the ABI; 0.1.5 satisfies a request for 0.1.
write_basic_package_version_file("${_gen}/iommu-abi-config-version.cmake"
  VERSION "${PROJECT_VERSION}" COMPATIBILITY SameMinorVersion)
install(FILES "${_gen}/iommu-abi-config.cmake" "${_gen}/iommu-abi-config-version.cmake"
              "${_src}/abi-check/IommuAbiCheck.cmake"
        DESTINATION "${IOMMU_ABI_INSTALL_CMAKEDIR}")

# --- pkg-config -----------------------------------------------------------------
# Written at install time, when the prefix is known (cmake --install --prefix).
set(_pc iommu-abi iommu-abi-linux iommu-abi-xen iommu-ref)
# Where 64-bit atomics need libatomic (translator/CMakeLists.txt), iommu-ref links it.
set(_pc_atomic "")
if(IOMMU_REF_ATOMIC_LIB)
  set(_pc_atomic " -l${IOMMU_REF_ATOMIC_LIB}")
endif()
install(CODE "
  foreach(_pc ${_pc})
    set(IOMMU_ABI_PC_PREFIX \"\${CMAKE_INSTALL_PREFIX}\")
    set(IOMMU_ABI_PC_INCLUDEDIR \"${CMAKE_INSTALL_INCLUDEDIR}\")
    set(IOMMU_ABI_PC_LIBDIR \"${CMAKE_INSTALL_LIBDIR}\")
    set(IOMMU_REF_PC_ATOMIC \"${_pc_atomic}\")
    set(PROJECT_VERSION \"${PROJECT_VERSION}\")
    configure_file(\"${_src}/cmake/pkgconfig/\${_pc}.pc.in\" \"${_gen}/pkgconfig/\${_pc}.pc\" @ONLY)
  endforeach()")
foreach(_p IN LISTS _pc)
  install(FILES "${_gen}/pkgconfig/${_p}.pc" DESTINATION "${IOMMU_ABI_INSTALL_PKGCONFIGDIR}")
endforeach()
