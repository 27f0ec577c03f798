#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace berth {

namespace {

struct Installed {
    QString language = u"en"_s;
    QList<QPointer<QTranslator>> translators;
};

Installed &installed()
{
    static Installed state;
    return state;
}

// Empty for a locale name that says nothing about a language ("C", "POSIX").
QString shippedLanguageOf(const QString &name)
{
    const QString l = name.trimmed().toLower();
    if (l.isEmpty() || l == u"c" || l.startsWith(u"c.") || l == u"posix")
        return {};
    return normaliseLanguage(name);
}

QLocale localeFor(const QString &language)
{
    // The user's own locale keeps its formats while it speaks the chosen language.
    if (normaliseLanguage(QLocale::system().name()) == language)
        return QLocale::system();
    return language == u"zh_CN" ? QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China)
                                : QLocale(QLocale::English, QLocale::UnitedStates);
}

bool add(QTranslator *translator, bool loaded)
{
    if (loaded && QCoreApplication::installTranslator(translator)) {
        installed().translators.append(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace

QStringList availableLanguages()
{
    return {u"en"_s, u"zh_CN"_s};
}

QString normaliseLanguage(const QString &language)
{
    const QString l = language.toLower().replace(u'-', u'_');
    if (!l.startsWith(u"zh"))
        return u"en"_s;
    // Traditional Chinese (Taiwan, Hong Kong, Macao, or an explicit Hant script) is not shipped.
    for (const auto *traditional : {"hant", "_tw", "_hk", "_mo"}) {
        if (l.contains(QLatin1String(traditional)))
            return u"en"_s;
    }
    return u"zh_CN"_s;
}

QString systemLanguage()
{
    // gettext's order: LANGUAGE is a priority list; the first entry Berth ships wins.
    const QStringList wanted = qEnvironmentVariable("LANGUAGE").split(u':', Qt::SkipEmptyParts);
    for (const QString &entry : wanted) {
        const QString l = entry.toLower();
        if (l.startsWith(u"en") || (l.startsWith(u"zh") && normaliseLanguage(entry) == u"zh_CN"))
            return normaliseLanguage(entry);
    }
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return shippedLanguageOf(value).isEmpty() ? u"en"_s : shippedLanguageOf(value);
    }
    const QStringList ui = QLocale::system().uiLanguages();
    return ui.isEmpty() ? u"en"_s : normaliseLanguage(ui.first());
}

bool installTranslations(const QString &language)
{
    const QString lang = normaliseLanguage(language);
    Installed &state = installed();
    for (const QPointer<QTranslator> &t : std::as_const(state.translators)) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    state.translators.clear();
    state.language = lang;
    const QLocale locale = localeFor(lang);
    QLocale::setDefault(locale);

    QObject *owner = QCoreApplication::instance();
    // English loads its catalogue too: it holds the plural forms ("1 tag", "2 tags").
    auto *own = new QTranslator(owner);
    const bool found = add(own, own->load(u":/i18n/berth_"_s + lang + u".qm"_s));
    if (lang != u"en") {
        auto *qt = new QTranslator(owner);
        add(qt, qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        // QtKeychain's error texts: Berth's own catalogue first, since the one QtKeychain installs
        // for Chinese ("qtkeychain_zh") is written in Traditional characters.
        auto *keychain = new QTranslator(owner);
        if (!add(keychain, keychain->load(u":/i18n/qtkeychain_"_s + lang + u".qm"_s))) {
            keychain = new QTranslator(owner);
            add(keychain, keychain->load(locale, u"qtkeychain"_s, u"_"_s, QStringLiteral(BERTH_QTKEYCHAIN_TRANSLATIONS)));
        }
    }
    return found;
}

QString currentLanguage()
{
    return installed().language;
}

} // namespace berth
