#pragma once
// View > Language: English or 简体中文, switched at once by installing Berth's and Qt's translators.

#include <QMenu>

class QActionGroup;
class QTranslator;

namespace berth {

class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // "en" or "zh_CN" (zh_Hans and other Chinese variants written in Simplified map to zh_CN).
    static QString normalise(const QString &language);
    // Installs the translators for language ("en": none); true if Berth's own file was found.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }

signals:
    void languageChosen(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QActionGroup *m_group;
    QTranslator *m_berth = nullptr;
    QTranslator *m_qt = nullptr;
    QString m_language = QStringLiteral("en");
};

} // namespace berth
