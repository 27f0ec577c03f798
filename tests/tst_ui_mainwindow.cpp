// Smoke test: the real main window, offscreen, on a seeded registry: the tree finds the seeded
// repositories and selecting a tag fills the overview with its digest.
#include "support/memorycredentialstore.h"
#include "support/registryfixture.h"

#include "core/registrysettings.h"
#include "ui/detailspane.h"
#include "ui/mainwindow.h"
#include "ui/overviewtab.h"
#include "ui/registryfilterproxy.h"
#include "ui/registrytreemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace berth;

class TestUiMainWindow : public QObject
{
    Q_OBJECT

private:
    static QModelIndex child(const QAbstractItemModel *model, const QModelIndex &parent, const QString &label)
    {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex idx = model->index(r, 0, parent);
            if (idx.data().toString() == label)
                return idx;
        }
        return {};
    }

    test::RegistryFixture m_registry;
    test::Seeded m_image;

private slots:
    void initTestCase()
    {
        QVERIFY(m_registry.start());
        m_image = m_registry.seedImage(u"team/web"_s, u"1.4.1"_s, {});
        m_registry.seedIndex(u"team/web"_s, u"1.4.2"_s, {u"linux/amd64"_s, u"linux/arm64/v8"_s});
        m_registry.seedImage(u"team/api"_s, u"v1"_s, {});
        m_registry.seedImage(u"tools"_s, u"latest"_s, {});
    }

    void opensSeededRegistry()
    {
        QTemporaryDir config;
        test::MemoryCredentialStore store;
        MainWindowOptions options;
        options.configDir = config.path();
        options.registries = {m_registry.hostPort()};
        options.store = &store;
        MainWindow window(options);
        QAbstractItemModelTester tester(window.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QAbstractItemModel *model = window.treeView()->model();
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex reg = model->index(0, 0);
        // The only registry is expanded at start; its repositories arrive from the catalog.
        QTRY_VERIFY_WITH_TIMEOUT(child(model, reg, u"team/"_s).isValid(), 20000);
        QTRY_VERIFY(child(model, reg, u"tools"_s).isValid());
        const QModelIndex team = child(model, reg, u"team/"_s);
        window.treeView()->expand(team);
        QTRY_COMPARE(model->rowCount(team), 2);
        QCOMPARE(model->index(0, 0, team).data().toString(), u"api"_s);
        const QModelIndex web = child(model, team, u"web"_s);
        window.treeView()->expand(web);
        QTRY_VERIFY_WITH_TIMEOUT(child(model, web, u"1.4.1"_s).isValid(), 20000);

        // Selecting a tag fills the overview with its digest, and the manifest tab with its bytes.
        QSignalSpy shown(window.detailsPane(), &DetailsPane::detailsShown);
        window.treeView()->setCurrentIndex(child(model, web, u"1.4.1"_s));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
        OverviewTab *overview = window.detailsPane()->overview();
        QCOMPARE(overview->value(u"Digest:"_s), m_image.digest);
        QCOMPARE(overview->value(u"Reference:"_s), m_registry.hostPort() + u"/team/web:1.4.1"_s);
        QVERIFY(overview->value(u"Size:"_s).contains(u"(2 layer"_s));
        QCOMPARE(overview->pullCommand(), u"docker pull "_s + m_registry.hostPort() + u"/team/web:1.4.1"_s);
        QCOMPARE(window.detailsPane()->details().manifest.bytes, m_image.manifest);
        const auto *manifestText = window.findChild<QPlainTextEdit *>(u"manifestText"_s);
        QVERIFY(manifestText->toPlainText().contains(m_image.configDigest));
        QVERIFY(window.detailsPane()->tabs()->isTabVisible(3));  // Layers
        QVERIFY(!window.detailsPane()->tabs()->isTabVisible(4)); // Platforms: only for an index

        // The index tag shows its platforms.
        QTRY_VERIFY_WITH_TIMEOUT(child(model, web, u"1.4.2 (index)"_s).isValid(), 20000);
        window.treeView()->setCurrentIndex(child(model, web, u"1.4.2 (index)"_s));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 20000);
        QVERIFY(window.detailsPane()->tabs()->isTabVisible(4));
        QCOMPARE(overview->value(u"Platforms:"_s), u"linux/amd64, linux/arm64/v8"_s);

        // The filter box keeps the parents of matches.
        auto *filter = window.findChild<QLineEdit *>(u"filterBox"_s);
        filter->setText(u"api"_s);
        QCOMPARE(model->rowCount(reg), 1);
        filter->clear();
        QCOMPARE(model->rowCount(reg), 2);

        // A language switch re-reads every text without losing the selection.
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&window, &change);
        QCOMPARE(window.windowTitle(), u"Berth"_s);

        window.close();
        QVERIFY(QFile::exists(config.filePath(u"berth.ini"_s)));
    }

    void savedRegistriesAreRestored()
    {
        QTemporaryDir config;
        {
            RegistrySettings saved(config.path());
            RegistryEntry entry;
            entry.registry = m_registry.hostPort();
            entry.displayName = u"Local"_s;
            QVERIFY(saved.add(entry));
            QVERIFY(saved.save());
        }
        test::MemoryCredentialStore store;
        MainWindowOptions options;
        options.configDir = config.path();
        options.store = &store;
        MainWindow window(options);
        QCOMPARE(window.treeModel()->rowCount(), 1);
        QCOMPARE(window.treeModel()->index(0, 0).data().toString(), u"Local (%1)"_s.arg(m_registry.hostPort()));
    }
};

QTEST_MAIN(TestUiMainWindow)
#include "tst_ui_mainwindow.moc"
