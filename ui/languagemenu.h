#pragma once
// View > Language: English or 简体中文, switched at once through core/translations.

#include <QMenu>

class QActionGroup;

namespace berth {

class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // "en" or "zh_CN" (zh_Hans, zh_SG and other Simplified Chinese locales map to zh_CN).
    static QString normalise(const QString &language);
    // Installs Berth's, Qt's and QtKeychain's translators for language and makes its locale the
    // default; every widget then gets a LanguageChange event. True if Berth's own file was found.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }

signals:
    // The user picked a language from the menu (not emitted by setLanguage).
    void languageChosen(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QActionGroup *m_group;
    QString m_language = QStringLiteral("en");
};

} // namespace berth
