# SPDX-FileCopyrightText: 2026 SSPI Lens developers
# SPDX-License-Identifier: MIT
# Installation layout and packages (cmake --install, cpack -G "DEB;TGZ").
include(GNUInstallDirs)

install(TARGETS sspilens-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(TARGET sspilens)
    install(TARGETS sspilens
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        BUNDLE DESTINATION .)
endif()

if(UNIX AND NOT APPLE)
    configure_file(${CMAKE_SOURCE_DIR}/resources/sspilens-cli.1.in ${CMAKE_BINARY_DIR}/sspilens-cli.1 @ONLY)
    install(FILES ${CMAKE_BINARY_DIR}/sspilens-cli.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    if(TARGET sspilens)
        install(FILES resources/sspilens.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
        install(FILES resources/org.sspilens.sspilens.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
        install(FILES resources/icons/sspilens.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    endif()
    install(FILES LICENSE README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
endif()

set(CPACK_PACKAGE_NAME sspilens)
set(CPACK_PACKAGE_VENDOR "SSPI Lens developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR "TGZ")
set(CPACK_PACKAGE_FILE_NAME "sspilens-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "SSPI Lens developers <dev@sspilens.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The xcb/wayland platform plugins are a separate package on Debian; the GUI cannot start without one.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
