# SPDX-FileCopyrightText: 2026 SSPI Lens developers
# SPDX-License-Identifier: MIT
# Compiler options for our own targets only; Qt's headers are system headers and stay quiet.
add_library(sspilens_options INTERFACE)

if(MSVC)
    target_compile_options(sspilens_options INTERFACE /W4 /permissive- /utf-8)
    if(SSPILENS_WERROR)
        target_compile_options(sspilens_options INTERFACE /WX)
    endif()
else()
    target_compile_options(sspilens_options INTERFACE
        -Wall -Wextra -Wpedantic
        # Conversions are where 32-bit status codes get silently truncated or sign-flipped.
        -Wconversion -Wsign-conversion -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Woverloaded-virtual -Wimplicit-fallthrough
        # Catalog entries leave trailing members (fingerprints, events) to their default
        # member initialisers on purpose.
        -Wno-missing-field-initializers)
    if(SSPILENS_WERROR)
        target_compile_options(sspilens_options INTERFACE -Werror)
    endif()
endif()

if(SSPILENS_SANITIZE)
    target_compile_options(sspilens_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(sspilens_options INTERFACE -fsanitize=address,undefined)
endif()

target_compile_definitions(sspilens_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
