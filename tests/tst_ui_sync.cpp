// The Sync… dialog against two real registries, offscreen: the plan shown (copy, identical), each
// copy queued in the real window's transfers panel, saved rules round-tripped through the settings.
// With BERTH_SCREENSHOT_DIR set, the dialog with a plan is saved there as sync-dialog.png.
#include "support/memorycredentialstore.h"
#include "support/registryfixture.h"
#include "support/testutil.h"

#include "core/copyjob.h"
#include "core/registryclient.h"
#include "core/registrysettings.h"
#include "ui/mainwindow.h"
#include "ui/registryconnections.h"
#include "ui/syncdialog.h"
#include "ui/transfermodel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;
using namespace Qt::StringLiterals;

class TestUiSync : public QObject
{
    Q_OBJECT

    test::RegistryFixture m_src;
    test::RegistryFixture m_dst;
    QTemporaryDir m_dir;
    test::Seeded m_app;

    SyncRules teamRules() const
    {
        SyncRules r;
        r.source = {m_src.hostPort(), u"team"_s};
        r.destination = {m_dst.hostPort(), u"mirror"_s};
        r.exclude = u"old"_s;
        r.tags = u"[0-9.]+"_s;
        return r;
    }
    static void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(50); // let the layout settle before grabbing
        QVERIFY(w->grab().save(dir + u'/' + name + u".png"_s));
    }
    static QStringList column(const QTableWidget *table, int c)
    {
        QStringList cells;
        for (int row = 0; row < table->rowCount(); ++row)
            cells << table->item(row, c)->text();
        return cells;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_app = m_src.seedImage(u"team/app"_s, u"1.0"_s, {.seed = 1});
        m_src.seedImage(u"team/app"_s, u"1.2"_s, {.seed = 2});
        m_src.seedImage(u"team/app"_s, u"dev"_s, {.seed = 3});
        m_src.seedIndex(u"team/web"_s, u"2.0"_s, {u"linux/amd64"_s, u"linux/arm64/v8"_s}, true, 4);
        m_src.seedImage(u"team/old"_s, u"0.1"_s, {.seed = 5});
        m_src.seedImage(u"other/x"_s, u"1.0"_s, {.seed = 6});
        // At the destination already: 1.2 as a different image (replaced), 1.0 identical (skipped).
        m_dst.seedImage(u"mirror/app"_s, u"1.2"_s, {.seed = 9});
        QVERIFY(m_src.start());
        QVERIFY(m_dst.start());
        QNetworkAccessManager nam;
        berth::RegistryOptions o;
        o.registry = m_src.hostPort();
        RegistryClient source(o, &nam);
        o.registry = m_dst.hostPort();
        RegistryClient target(o, &nam);
        auto *copy = new CopyJob(&source, *ImageReference::parse(QString(m_src.hostPort() + u"/team/app:1.0"_s)),
                                 &target, *ImageReference::parse(QString(m_dst.hostPort() + u"/mirror/app:1.0"_s)),
                                 std::nullopt);
        copy->start();
        QCOMPARE(test::waitForJob(copy).message, QString());
    }

    void planShownAndCopiesQueued()
    {
        test::MemoryCredentialStore store;
        MainWindowOptions options;
        options.configDir = m_dir.path() + u"/window"_s;
        options.registries = {m_src.hostPort(), m_dst.hostPort()};
        options.store = &store;
        MainWindow window(options);
        window.show();
        QVERIFY(window.findChild<QAction *>(u"syncAction"_s));

        SyncDialog dialog(window.connections(), m_src.hostPort(), &window);
        dialog.setRules(teamRules());
        dialog.show();
        QSignalSpy ready(&dialog, &SyncDialog::planReady);
        dialog.findChild<QPushButton *>(u"showPlanButton"_s)->click();
        QVERIFY(ready.wait(30000));
        QTableWidget *table = dialog.planTable();
        const QString s = m_src.hostPort() + u'/', d = m_dst.hostPort() + u'/';
        QCOMPARE(column(table, 0), (QStringList{s + u"team/app:1.0"_s, s + u"team/app:1.2"_s, s + u"team/web:2.0"_s}));
        QCOMPARE(column(table, 1), (QStringList{d + u"mirror/app:1.0"_s, d + u"mirror/app:1.2"_s, d + u"mirror/web:2.0"_s}));
        QCOMPARE(column(table, 2), (QStringList{u"Skip (identical)"_s, u"Copy (replaces a different image)"_s, u"Copy"_s}));
        QVERIFY(dialog.findChild<QLabel *>(u"syncStatus"_s)->text().contains(u"2 to copy"_s));
        auto *sync = dialog.findChild<QPushButton *>(u"syncButton"_s);
        QVERIFY(sync->isEnabled());
        dialog.resize(900, 520);
        screenshot(&dialog, u"sync-dialog"_s);

        // Editing the rules drops the plan that belonged to the old ones.
        dialog.findChild<QLineEdit *>(u"tags"_s)->setText(u"1\\.2"_s);
        Q_EMIT dialog.findChild<QLineEdit *>(u"tags"_s)->textEdited(u"1\\.2"_s);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!sync->isEnabled());
        dialog.findChild<QPushButton *>(u"showPlanButton"_s)->click();
        QVERIFY(ready.wait(30000));
        QCOMPARE(table->rowCount(), 1);

        // Sync: the copies go to the window's transfers panel and land in the destination.
        dialog.setRules(teamRules());
        dialog.showPlan();
        QVERIFY(ready.wait(30000));
        QSignalSpy finished(window.transferModel(), &TransferModel::transferFinished);
        // The window's own handler queues them: open the dialog the way the menu does.
        window.findChild<QAction *>(u"syncAction"_s)->trigger();
        QList<SyncDialog *> dialogs = window.findChildren<SyncDialog *>();
        SyncDialog *menuDialog = nullptr;
        for (SyncDialog *candidate : dialogs) {
            if (candidate != &dialog)
                menuDialog = candidate;
        }
        QVERIFY(menuDialog);
        QSignalSpy menuReady(menuDialog, &SyncDialog::planReady);
        menuDialog->setRules(teamRules());
        menuDialog->showPlan();
        QVERIFY(menuReady.wait(30000));
        menuDialog->findChild<QPushButton *>(u"syncButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(window.transferModel()->rowCount(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        for (int row = 0; row < 2; ++row) {
            const QModelIndex idx = window.transferModel()->index(row);
            QCOMPARE(TransferModel::State(idx.data(TransferModel::StateRole).toInt()), TransferModel::State::Done);
        }

        // Planned again: everything identical, nothing to sync.
        dialog.showPlan();
        QVERIFY(ready.wait(30000));
        QCOMPARE(column(dialog.planTable(), 2), (QStringList{u"Skip (identical)"_s, u"Skip (identical)"_s,
                                                             u"Skip (identical)"_s}));
        QCOMPARE(test::runProcess(u"skopeo"_s, {u"inspect"_s, u"--raw"_s, u"--tls-verify=false"_s,
                                               u"docker://"_s + m_dst.hostPort() + u"/mirror/web:2.0"_s})
                     .exitCode,
                 0);
        QVERIFY(!sync->isEnabled());
    }

    void savedRuleRoundTrip()
    {
        const QString config = m_dir.path() + u"/rules"_s;
        {
            RegistrySettings settings(config);
            RegistryConnections connections(&settings, nullptr);
            SyncDialog dialog(&connections);
            dialog.setRules(teamRules());
            QVERIFY(dialog.saveRule(u"nightly mirror"_s));
            QCOMPARE(dialog.savedRules()->currentText(), u"nightly mirror"_s);
        }
        RegistrySettings settings(config);
        QVERIFY(settings.load());
        QCOMPARE(settings.syncRules().size(), 1);
        SyncRules expected = teamRules();
        expected.name = u"nightly mirror"_s;
        QCOMPARE(settings.syncRules().constFirst(), expected);

        RegistryConnections connections(&settings, nullptr);
        SyncDialog dialog(&connections);
        QCOMPARE(dialog.savedRules()->count(), 2); // "(none)" and the rule
        QCOMPARE(dialog.rules().source.registry, QString()); // nothing chosen yet
        dialog.loadRule(u"nightly mirror"_s);
        QCOMPARE(dialog.rules(), expected);
        QSignalSpy ready(&dialog, &SyncDialog::planReady);
        dialog.showPlan();
        QVERIFY2(ready.wait(30000), qPrintable(dialog.findChild<QLabel *>(u"syncStatus"_s)->text()));
        QCOMPARE(dialog.planTable()->rowCount(), 3);
    }

    void badInputNamed()
    {
        RegistrySettings settings(m_dir.path() + u"/bad"_s);
        RegistryConnections connections(&settings, nullptr);
        SyncDialog dialog(&connections);
        SyncRules r = teamRules();
        r.tags = u"v[0-"_s;
        dialog.setRules(r);
        QSignalSpy failed(&dialog, &SyncDialog::planFailed);
        dialog.showPlan();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(u"v[0-"_s));
        QVERIFY(!dialog.isPlanning());
    }
};

QTEST_MAIN(TestUiSync)
#include "tst_ui_sync.moc"
