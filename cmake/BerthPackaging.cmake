# Install rules for the desktop integration files and CPack settings for the Debian package.
# The executables install themselves (app/*/CMakeLists.txt); see packaging/README.md.
include(GNUInstallDirs)

set(BERTH_APP_ID "io.github.berth.Berth")
set(_pkg "${PROJECT_SOURCE_DIR}/packaging")

install(FILES "${_pkg}/${BERTH_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${_pkg}/${BERTH_APP_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${_pkg}/icons/${BERTH_APP_ID}.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
foreach(_size 16 32 48 64 128 256)
    install(FILES "${_pkg}/icons/hicolor/${_size}x${_size}/${BERTH_APP_ID}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps")
endforeach()
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/berth")

set(BERTH_PACKAGE_MAINTAINER "Berth maintainers" CACHE STRING
    "Maintainer field of the Debian package (\"Name <email>\")")

set(CPACK_PACKAGE_NAME "berth")
set(CPACK_PACKAGE_VENDOR "Berth")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "${BERTH_PACKAGE_MAINTAINER}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${BERTH_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY first; this is the long description under it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Berth browses private container registries (Docker Distribution) and Harbor:
projects, repositories, tags, manifests and layers. It pushes, pulls, copies,
deletes and replicates images and keeps credentials in the system keychain.
The package contains the desktop application berth and the command-line tool
berthctl, which does the same operations from scripts.")
# The shared-library scan finds Qt, QtKeychain and OpenSSL. What Qt and QtKeychain load at run
# time is listed by hand: libsecret (QtKeychain's Secret Service backend) and the SVG image plugin
# that draws the icons. Debian 12 ships the xcb and offscreen platform plugins in libqt6gui6, which
# the scan finds; qt6-qpa-plugins only holds vnc and similar, so it is not needed.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6svg6")
# Native Wayland windows (without it Berth runs through XWayland) and Qt's own zh_CN texts.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring")

include(CPack)
