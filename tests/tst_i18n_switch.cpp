// Switching the language at run time: the main window's menus, actions, tree header and details
// pane turn Chinese at once and back; the choice is saved, formats follow the locale, and
// berthctl speaks Chinese under a Chinese locale.

#include "support/memorycredentialstore.h"
#include "support/testutil.h"

#include "core/translations.h"
#include "ui/format.h"
#include "ui/languagemenu.h"
#include "ui/mainwindow.h"
#include "ui/registrytreemodel.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;
using namespace Qt::StringLiterals;

namespace {

QStringList menuTitles(QMainWindow &window)
{
    QStringList titles;
    for (QAction *a : window.menuBar()->actions())
        titles << a->text();
    return titles;
}

QAction *actionWithText(QWidget &window, const QStringList &texts)
{
    for (QAction *a : window.findChildren<QAction *>()) {
        if (texts.contains(a->text()))
            return a;
    }
    return nullptr;
}

void choose(QWidget &window, const QString &code)
{
    auto *action = window.findChild<QAction *>(u"language_"_s + code);
    QVERIFY(action);
    action->trigger();
    // Language change events are posted; let them arrive.
    QCoreApplication::processEvents();
}

} // namespace

class TestI18nSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The window starts in the environment's language; these checks start from English.
        qputenv("LANGUAGE", "en");
    }
    void init() { installTranslations(u"en"_s); }
    void cleanup() { installTranslations(u"en"_s); }

    void languageNames_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zh_CN") << u"zh_CN.UTF-8"_s << u"zh_CN"_s;
        QTest::newRow("zh-Hans") << u"zh-Hans"_s << u"zh_CN"_s;
        QTest::newRow("zh_Hans_CN") << u"zh_Hans_CN"_s << u"zh_CN"_s;
        QTest::newRow("zh_SG") << u"zh_SG"_s << u"zh_CN"_s;
        QTest::newRow("zh_TW") << u"zh_TW.UTF-8"_s << u"en"_s;
        QTest::newRow("zh_Hant_HK") << u"zh_Hant_HK"_s << u"en"_s;
        QTest::newRow("de_DE") << u"de_DE.UTF-8"_s << u"en"_s;
        QTest::newRow("C") << u"C"_s << u"en"_s;
    }
    void languageNames()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(LanguageMenu::normalise(locale), expected);
    }

    void switchesAtRunTimeAndBack()
    {
        QTemporaryDir config;
        test::MemoryCredentialStore store;
        MainWindowOptions options;
        options.configDir = config.path();
        options.store = &store;
        MainWindow window(options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(menuTitles(window).mid(0, 3), (QStringList{u"&File"_s, u"&Edit"_s, u"&View"_s}));
        QCOMPARE(window.treeModel()->headerData(0, Qt::Horizontal).toString(), u"Registries"_s);
        QVERIFY(actionWithText(window, {u"Refresh"_s}));
        auto *title = window.findChild<QLabel *>(u"detailsTitle"_s);
        QVERIFY(title);
        QCOMPARE(title->text(), u"Nothing selected"_s);

        QSignalSpy header(window.treeModel(), &QAbstractItemModel::headerDataChanged);
        choose(window, u"zh_CN"_s);
        QTRY_COMPARE(menuTitles(window).mid(0, 3), (QStringList{u"文件(&F)"_s, u"编辑(&E)"_s, u"视图(&V)"_s}));
        QVERIFY(menuTitles(window).contains(u"镜像仓库(&R)"_s));
        QVERIFY(menuTitles(window).contains(u"帮助(&H)"_s));
        QVERIFY(header.count() >= 1);
        QCOMPARE(window.treeModel()->headerData(0, Qt::Horizontal).toString(), u"镜像仓库"_s);
        QVERIFY(actionWithText(window, {u"刷新"_s}));
        QVERIFY(!actionWithText(window, {u"Refresh"_s}));
        QCOMPARE(window.findChild<LanguageMenu *>()->title(), u"语言(&L)"_s);
        QCOMPARE(title->text(), u"未选择任何项"_s);
        QCOMPARE(window.windowTitle(), u"Berth"_s);
        // Sizes and dates follow the language's locale; Qt's own strings are Chinese too.
        QCOMPARE(QLocale().language(), QLocale::Chinese);
        QCOMPARE(Format::size(-1), u"未知"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"取消"_s);
        // QtKeychain's errors in Simplified characters (its own qtkeychain_zh is Traditional).
        QCOMPARE(QCoreApplication::translate("QKeychain::ReadPasswordJobPrivate", "Password not found"),
                 u"找不到密码"_s);
        QCOMPARE(currentLanguage(), u"zh_CN"_s);

        choose(window, u"en"_s);
        QTRY_COMPARE(menuTitles(window).mid(0, 3), (QStringList{u"&File"_s, u"&Edit"_s, u"&View"_s}));
        QCOMPARE(window.treeModel()->headerData(0, Qt::Horizontal).toString(), u"Registries"_s);
        QVERIFY(actionWithText(window, {u"Refresh"_s}));
        QCOMPARE(title->text(), u"Nothing selected"_s);
        QCOMPARE(QLocale().language() == QLocale::Chinese, normaliseLanguage(QLocale::system().name()) == u"zh_CN");
        // English plural forms come from berth_en.qm.
        QCOMPARE(QCoreApplication::translate("berth::ConfigView", "%n label(s)", nullptr, 1), u"1 label"_s);
        QCOMPARE(QCoreApplication::translate("berth::ConfigView", "%n label(s)", nullptr, 3), u"3 labels"_s);
    }

    void choiceIsRemembered()
    {
        QTemporaryDir config;
        test::MemoryCredentialStore store;
        MainWindowOptions options;
        options.configDir = config.path();
        options.store = &store;
        {
            MainWindow window(options);
            choose(window, u"zh_CN"_s);
            window.close();
        }
        QCOMPARE(QSettings(config.filePath(u"berth.ini"_s), QSettings::IniFormat).value(u"language"_s).toString(),
                 u"zh_CN"_s);
        installTranslations(u"en"_s);
        MainWindow again(options);
        QCoreApplication::processEvents();
        QCOMPARE(currentLanguage(), u"zh_CN"_s);
        QTRY_COMPARE(menuTitles(again).value(0), u"文件(&F)"_s);
        auto *chinese = again.findChild<QAction *>(u"language_zh_CN"_s);
        QVERIFY(chinese && chinese->isChecked());
    }

    void berthctlFollowsTheLocale()
    {
        const QStringList chinese{u"LANG=zh_CN.UTF-8"_s, u"LC_ALL="_s, u"LC_MESSAGES="_s, u"LANGUAGE="_s};
        const auto help = test::runBerthctl({u"--help"_s}, {}, chinese);
        QCOMPARE(help.exitCode, 0);
        const QString helpText = QString::fromUtf8(help.out);
        QVERIFY2(helpText.contains(u"用法：berthctl"_s), qPrintable(helpText.left(300)));
        QVERIFY(helpText.contains(u"镜像仓库"_s));

        const auto unknown = test::runBerthctl({u"frobnicate"_s}, {}, chinese);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(QString::fromUtf8(unknown.err).contains(u"未知命令“frobnicate”"_s), unknown.err.constData());

        // LANGUAGE wins over LANG, as in gettext; any other language gets English.
        const auto viaLanguage = test::runBerthctl({u"frobnicate"_s}, {},
                                                   {u"LANG=en_US.UTF-8"_s, u"LC_ALL="_s, u"LANGUAGE=zh_CN:en"_s});
        QVERIFY2(QString::fromUtf8(viaLanguage.err).contains(u"未知命令"_s), viaLanguage.err.constData());
        const auto german = test::runBerthctl({u"frobnicate"_s}, {},
                                              {u"LANG=de_DE.UTF-8"_s, u"LC_ALL="_s, u"LANGUAGE="_s});
        QVERIFY2(QString::fromUtf8(german.err).contains(u"Unknown command \"frobnicate\""_s), german.err.constData());
    }
};

QTEST_MAIN(TestI18nSwitch)
#include "tst_i18n_switch.moc"
