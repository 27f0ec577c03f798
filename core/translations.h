#pragma once
// Which language Berth speaks, and the translators (Berth's, Qt's, QtKeychain's) that make it so.

#include <QString>
#include <QStringList>

namespace berth {

// The languages Berth ships, as codes: "en" and "zh_CN".
QStringList availableLanguages();

// Maps a locale or language name ("zh_CN.UTF-8", "zh-Hans", "zh_SG", "de_DE") to a shipped language:
// Chinese written in Simplified characters -> "zh_CN", anything else -> "en".
QString normaliseLanguage(const QString &language);

// The language the environment asks for: LANGUAGE (a list, first shipped one wins), LC_ALL,
// LC_MESSAGES, LANG, then the system locale's UI languages.
QString systemLanguage();

// Replaces the installed translators with those for language (normalised first) and makes the
// matching QLocale the default, so sizes, dates and numbers follow. Needs a QCoreApplication.
// Returns false if Berth's own catalogue for it is missing.
bool installTranslations(const QString &language);

// The language last installed ("en" before any).
QString currentLanguage();

} // namespace berth
