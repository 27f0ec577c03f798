# Translations: translations/berth_<lang>.ts (and qtkeychain_zh_CN.ts), compiled by lrelease and
# embedded as :/i18n/<name>.qm in berth_i18n, which also holds the loader (core/translations.*).
# berth_ui and berth_cli link it, so the GUI and berthctl both speak every shipped language.
# Refresh the .ts files from the sources with `cmake --build <dir> --target berth_lupdate`
# (scripts/update-translations).

set(BERTH_TS_FILES
    ${PROJECT_SOURCE_DIR}/translations/berth_en.ts
    ${PROJECT_SOURCE_DIR}/translations/berth_zh_CN.ts)
# Every folder whose strings a person reads: the core's messages reach both the GUI and berthctl.
set(BERTH_TR_SOURCE_DIRS core ui app cli)
# No line numbers: several people edit the sources at once and locations would churn the files.
set(BERTH_LUPDATE_OPTIONS -recursive -no-obsolete -locations none)

# QtKeychain's own catalogues (Debian: libqt6keychain1 puts qtkeychain_<lang>.qm here), for
# languages Berth does not carry a QtKeychain catalogue of its own for.
find_path(BERTH_QTKEYCHAIN_TRANSLATIONS qtkeychain_zh.qm
    PATHS /usr/share/qt6keychain/translations ${CMAKE_INSTALL_PREFIX}/share/qt6keychain/translations
    NO_DEFAULT_PATH)
if(NOT BERTH_QTKEYCHAIN_TRANSLATIONS)
    set(BERTH_QTKEYCHAIN_TRANSLATIONS /usr/share/qt6keychain/translations)
endif()

add_library(berth_i18n STATIC
    ${PROJECT_SOURCE_DIR}/core/translations.h
    ${PROJECT_SOURCE_DIR}/core/translations.cpp)
target_include_directories(berth_i18n PUBLIC ${PROJECT_SOURCE_DIR})
target_link_libraries(berth_i18n PUBLIC Qt6::Core PRIVATE berth_common)
target_compile_definitions(berth_i18n PRIVATE
    BERTH_QTKEYCHAIN_TRANSLATIONS="${BERTH_QTKEYCHAIN_TRANSLATIONS}")

# QtKeychain ships only a Traditional Chinese catalogue (qtkeychain_zh); Berth carries its own
# Simplified one, not touched by berth_lupdate (its sources are QtKeychain's).
qt_add_lrelease(berth_i18n
    TS_FILES ${BERTH_TS_FILES} ${PROJECT_SOURCE_DIR}/translations/qtkeychain_zh_CN.ts
    OPTIONS -silent
    QM_FILES_OUTPUT_VARIABLE berth_qm_files)
qt_add_resources(berth_i18n berth_translations
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${berth_qm_files})

target_link_libraries(berth_ui PUBLIC berth_i18n)
target_link_libraries(berth_cli PUBLIC berth_i18n)

# The source language keeps only plural forms; Chinese gets every string.
add_custom_target(berth_lupdate
    COMMAND Qt6::lupdate ${BERTH_LUPDATE_OPTIONS} ${BERTH_TR_SOURCE_DIRS}
            -target-language zh_CN -ts translations/berth_zh_CN.ts
    COMMAND Qt6::lupdate ${BERTH_LUPDATE_OPTIONS} -pluralonly ${BERTH_TR_SOURCE_DIRS}
            -source-language en -target-language en -ts translations/berth_en.ts
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Updating translations/berth_*.ts from the sources"
    VERBATIM)
if(NOT TARGET update_translations)
    add_custom_target(update_translations)
endif()
add_dependencies(update_translations berth_lupdate)
