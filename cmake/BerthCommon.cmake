# Settings every Berth target shares: link berth_common PRIVATE.
add_library(berth_common INTERFACE)
target_compile_features(berth_common INTERFACE cxx_std_20)
target_compile_definitions(berth_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    BERTH_VERSION="${PROJECT_VERSION}"
)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(berth_common INTERFACE -Wall -Wextra -Wpedantic)
    if(NOT BERTH_FUZZ)
        target_compile_options(berth_common INTERFACE -Werror)
    endif()
endif()
if(BERTH_SANITIZE)
    target_compile_options(berth_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(berth_common INTERFACE -fsanitize=address,undefined)
endif()
