#include "languagemenu.h"

#include "core/translations.h"

#include <QActionGroup>
#include <QEvent>

using namespace Qt::StringLiterals;

namespace berth {

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(parent), m_group(new QActionGroup(this))
{
    setObjectName(u"languageMenu"_s);
    m_language = currentLanguage();
    // Language names are written in their own script and never translated.
    const QList<std::pair<QString, QString>> languages{{u"en"_s, u"English"_s}, {u"zh_CN"_s, u"简体中文"_s}};
    for (const auto &[code, name] : languages) {
        QAction *a = addAction(name);
        a->setObjectName(u"language_"_s + code);
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
    return normaliseLanguage(language);
}

bool LanguageMenu::setLanguage(const QString &language)
{
    m_language = normaliseLanguage(language);
    for (QAction *a : m_group->actions())
        a->setChecked(a->data().toString() == m_language);
    return installTranslations(m_language);
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
