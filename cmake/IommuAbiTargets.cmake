# The header-only targets, one per flavor, the same whether iommu-abi is
# built here, pulled in with add_subdirectory() or found with find_package():
#
#   iommu-abi::headers  portable flavor: #include <iommu-abi/virtio_iommu.h>
#   iommu-abi::linux    linux flavor:    #include <linux/virtio_iommu.h>
#   iommu-abi::xen      xen flavor:      #include <xen/public/pv-iommu.h>
#
# Installed, each flavor has its own include root (IommuAbiInstall.cmake) so
# that -I for one never exposes another's headers, nor shadows a file of
# linux-libc-dev or of Xen's headers.  In the source tree all three live under
# include/, so the build tree gets the same per-flavor roots as symbolic links
# into include/ (nothing copied, nothing to go stale): a consumer of
# iommu-abi::headers through add_subdirectory() does not get include/linux/
# in front of the system's <linux/virtio_iommu.h> either.

include(GNUInstallDirs)

set(IOMMU_ABI_FLAVOR_ROOT "${CMAKE_CURRENT_BINARY_DIR}/flavor-include")
foreach(_link "portable/iommu-abi:include/iommu-abi" "linux/linux:include/linux"
              "xen/xen:include/xen" "translator/iommu-ref:translator")
  string(REPLACE ":" ";" _link "${_link}")
  list(GET _link 0 _at)
  list(GET _link 1 _to)
  get_filename_component(_parent "${IOMMU_ABI_FLAVOR_ROOT}/${_at}" DIRECTORY)
  file(MAKE_DIRECTORY "${_parent}")
  if(NOT EXISTS "${IOMMU_ABI_FLAVOR_ROOT}/${_at}")
    file(CREATE_LINK "${PROJECT_SOURCE_DIR}/${_to}" "${IOMMU_ABI_FLAVOR_ROOT}/${_at}" SYMBOLIC)
  endif()
endforeach()

add_library(iommu_abi_headers INTERFACE)
target_include_directories(iommu_abi_headers INTERFACE
  $<BUILD_INTERFACE:${IOMMU_ABI_FLAVOR_ROOT}/portable>
  $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
set_target_properties(iommu_abi_headers PROPERTIES EXPORT_NAME headers)

add_library(iommu_abi_linux INTERFACE)
target_include_directories(iommu_abi_linux INTERFACE
  $<BUILD_INTERFACE:${IOMMU_ABI_FLAVOR_ROOT}/linux>
  $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}/iommu-abi-linux>)
set_target_properties(iommu_abi_linux PROPERTIES EXPORT_NAME linux)

add_library(iommu_abi_xen INTERFACE)
target_include_directories(iommu_abi_xen INTERFACE
  $<BUILD_INTERFACE:${IOMMU_ABI_FLAVOR_ROOT}/xen>
  $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}/iommu-abi-xen>)
set_target_properties(iommu_abi_xen PROPERTIES EXPORT_NAME xen)

add_library(iommu-abi::headers ALIAS iommu_abi_headers)
add_library(iommu-abi::linux ALIAS iommu_abi_linux)
add_library(iommu-abi::xen ALIAS iommu_abi_xen)
