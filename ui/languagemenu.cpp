#include "languagemenu.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace berth {

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(parent), m_group(new QActionGroup(this))
{
    // Language names are written in their own script and never translated.
    const QList<std::pair<QString, QString>> languages{{u"en"_s, u"English"_s}, {u"zh_CN"_s, u"简体中文"_s}};
    for (const auto &[code, name] : languages) {
        QAction *a = addAction(name);
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == m_language);
        m_group->addAction(a);
    }
    connect(m_group, &QActionGroup::triggered, this, [this](QAction *a) {
        setLanguage(a->data().toString());
        emit languageChosen(m_language);
    });
    retranslateUi();
}

QString LanguageMenu::normalise(const QString &language)
{
    const QString l = language.toLower().replace(u'-', u'_');
    if (l.startsWith(u"zh"_s) && !l.contains(u"hant"_s) && !l.contains(u"_tw"_s) && !l.contains(u"_hk"_s))
        return u"zh_CN"_s;
    return u"en"_s;
}

bool LanguageMenu::setLanguage(const QString &language)
{
    const QString lang = normalise(language);
    for (QTranslator **t : {&m_berth, &m_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    m_language = lang;
    for (QAction *a : m_group->actions())
        a->setChecked(a->data().toString() == lang);
    // English loads its file too: it holds the plural forms of "%n layer(s)".
    m_berth = new QTranslator(this);
    const bool found = m_berth->load(u":/i18n/berth_"_s + lang + u".qm"_s);
    if (found)
        QCoreApplication::installTranslator(m_berth);
    if (lang != u"en") {
        m_qt = new QTranslator(this);
        if (m_qt->load(u"qtbase_"_s + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qt);
    }
    return found;
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslateUi()
{
    setTitle(tr("&Language"));
}

} // namespace berth
