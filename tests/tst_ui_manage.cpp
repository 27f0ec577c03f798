// The management actions in the real main window, offscreen, against the real registry: untag
// from the tree, several tags deleted together, a repository deleted, the clean-up dialog.
// With BERTH_SCREENSHOT_DIR set, each dialog is saved there as manage-*.png.
#include "support/memorycredentialstore.h"
#include "support/registryfixture.h"
#include "support/testutil.h"

#include "core/registryclient.h"
#include "core/registryjobs.h"
#include "ui/bulkdeletedialog.h"
#include "ui/cleanupdialog.h"
#include "ui/mainwindow.h"
#include "ui/registryfilterproxy.h"
#include "ui/registrytreemodel.h"
#include "ui/retagdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace berth;

class TestUiManage : public QObject
{
    Q_OBJECT

    test::RegistryFixture m_registry;
    QTemporaryDir m_config;
    test::MemoryCredentialStore m_store;
    MainWindow *m_window = nullptr;
    QNetworkAccessManager m_nam;
    QString m_ciOldest;

    QAbstractItemModel *model() const { return m_window->treeView()->model(); }

    static QModelIndex child(const QAbstractItemModel *model, const QModelIndex &parent, const QString &label)
    {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex idx = model->index(r, 0, parent);
            if (idx.data().toString() == label)
                return idx;
        }
        return {};
    }
    QStringList labels(const QModelIndex &parent) const
    {
        QStringList out;
        for (int r = 0; r < model()->rowCount(parent); ++r)
            out << model()->index(r, 0, parent).data().toString();
        return out;
    }
    QModelIndex repository(const QString &name)
    {
        const QModelIndex reg = model()->index(0, 0);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(child(model(), reg, name).isValid(), 20000); }();
        const QModelIndex repo = child(model(), reg, name);
        m_window->treeView()->expand(repo);
        return repo;
    }
    QStringList registryTags(const QString &repo)
    {
        berth::RegistryOptions o;
        o.registry = m_registry.hostPort();
        auto *client = new RegistryClient(o, &m_nam, this);
        QStringList out;
        ListJob *job = client->tags(repo);
        test::waitForJob(job, [&] { out = job->items(); });
        client->deleteLater();
        return out;
    }
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    QAction *deleteAction() const
    {
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->text() == u"Delete…")
                return a;
        }
        return nullptr;
    }
    static void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(50); // let the layout settle before grabbing
        QVERIFY(w->grab().save(dir + u"/manage-"_s + name + u".png"_s));
    }

private slots:
    void initTestCase()
    {
        const test::Seeded app = m_registry.seedImage(u"app"_s, u"1.0"_s, {.seed = 1});
        m_registry.addTag(u"app"_s, u"latest"_s, app.digest);
        m_registry.seedImage(u"app"_s, u"2.0"_s, {.seed = 2});
        const test::Seeded a = m_registry.seedImage(u"multi"_s, u"a"_s, {.seed = 3});
        m_registry.addTag(u"multi"_s, u"b"_s, a.digest);
        m_registry.seedImage(u"multi"_s, u"c"_s, {.seed = 4});
        m_registry.seedImage(u"multi"_s, u"d"_s, {.seed = 5});
        m_registry.seedImage(u"gone"_s, u"1"_s, {.seed = 6});
        m_registry.seedImage(u"gone"_s, u"2"_s, {.seed = 7});
        for (int i = 1; i <= 6; ++i) {
            const test::Seeded s = m_registry.seedImage(u"ci"_s, u"v%1"_s.arg(i), {.layers = 1, .seed = quint32(10 + i)});
            if (i == 1)
                m_ciOldest = s.digest;
        }
        m_registry.addTag(u"ci"_s, u"latest"_s, m_ciOldest);
        QVERIFY(m_registry.start());

        MainWindowOptions options;
        options.configDir = m_config.path();
        options.registries = {m_registry.hostPort()};
        options.store = &m_store;
        m_window = new MainWindow(options);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanupTestCase() { delete m_window; }

    void untagFromTheTree()
    {
        const QModelIndex app = repository(u"app"_s);
        QTRY_VERIFY_WITH_TIMEOUT(child(model(), app, u"latest"_s).isValid(), 20000);
        m_window->treeView()->setCurrentIndex(child(model(), app, u"latest"_s));
        QAction *untag = action(u"untagAction"_s);
        QVERIFY(untag && untag->isEnabled());
        QVERIFY(!action(u"deleteRepositoryAction"_s)->isEnabled());
        untag->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"untagConfirm"_s)) != nullptr);
        QVERIFY(box->text().contains(u"app:latest"_s));
        screenshot(box, u"untag-confirm"_s);
        box->findChild<QPushButton *>(u"untagButton"_s)->click();

        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(u"other tags: 1.0"_s), 20000);
        QCOMPARE(registryTags(u"app"_s), (QStringList{u"1.0"_s, u"2.0"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(labels(app), (QStringList{u"1.0"_s, u"2.0"_s}), 20000);
    }

    void retagDialogValidatesAndAddsTheTag()
    {
        const QModelIndex app = repository(u"app"_s);
        QTRY_VERIFY_WITH_TIMEOUT(child(model(), app, u"2.0"_s).isValid(), 20000);
        m_window->treeView()->setCurrentIndex(child(model(), app, u"2.0"_s));
        action(u"retagAction"_s)->trigger();
        RetagDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<RetagDialog *>()) != nullptr);
        QVERIFY(!dialog->canAccept());
        dialog->tagEdit()->setText(u"-bad"_s);
        QVERIFY(!dialog->canAccept());
        QVERIFY(dialog->statusText().contains(u"cannot start"_s));
        screenshot(dialog, u"retag-invalid"_s);
        dialog->tagEdit()->setText(u"stable"_s);
        QVERIFY(dialog->canAccept());
        QVERIFY(dialog->statusText().isEmpty());
        screenshot(dialog, u"retag"_s);
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<RetagDialog *>() == nullptr, 20000);
        QCOMPARE(registryTags(u"app"_s), (QStringList{u"1.0"_s, u"2.0"_s, u"stable"_s}));
    }

    void severalTagsDeletedTogether()
    {
        const QModelIndex multi = repository(u"multi"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(multi), 4, 20000);
        QItemSelectionModel *sel = m_window->treeView()->selectionModel();
        sel->setCurrentIndex(child(model(), multi, u"a"_s), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        sel->select(child(model(), multi, u"c"_s), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(!action(u"untagAction"_s)->isEnabled()); // one tag at a time
        QAction *del = deleteAction();
        QVERIFY(del && del->isEnabled());
        del->trigger();
        BulkDeleteDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<BulkDeleteDialog *>()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 20000);
        // b goes with a: the dialog says so although it was not selected.
        QCOMPARE(dialog->doomedTags(), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(dialog->digests().size(), 2);
        QVERIFY(dialog->listView()->topLevelItem(0)->text(1).contains(u"b (not selected)"_s));
        screenshot(dialog, u"delete-tags"_s);
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<BulkDeleteDialog *>() == nullptr, 20000);
        QCOMPARE(registryTags(u"multi"_s), QStringList{u"d"_s});
        QTRY_COMPARE_WITH_TIMEOUT(labels(multi), QStringList{u"d"_s}, 20000);
    }

    void repositoryDeletedViaDialog()
    {
        const QModelIndex gone = repository(u"gone"_s);
        m_window->treeView()->setCurrentIndex(gone);
        QAction *act = action(u"deleteRepositoryAction"_s);
        QVERIFY(act->isEnabled());
        act->trigger();
        BulkDeleteDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<BulkDeleteDialog *>()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 20000);
        QCOMPARE(dialog->doomedTags(), (QStringList{u"1"_s, u"2"_s}));
        QCOMPARE(dialog->listView()->topLevelItemCount(), 2);
        screenshot(dialog, u"delete-repository"_s);
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<BulkDeleteDialog *>() == nullptr, 20000);
        QVERIFY(registryTags(u"gone"_s).isEmpty());
        // Distribution keeps the repository: the tree shows it empty and says why.
        const QModelIndex reg = model()->index(0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(child(model(), reg, u"gone (no tags)"_s).isValid(), 20000);
        QVERIFY(child(model(), reg, u"gone (no tags)"_s).data(Qt::ToolTipRole).toString().contains(u"garbage collection"_s));
        m_window->treeView()->setCurrentIndex(child(model(), reg, u"gone (no tags)"_s));
        screenshot(m_window, u"window-empty-repository"_s);
    }

    void cleanupDialogPreviewAndRun()
    {
        const QModelIndex ci = repository(u"ci"_s);
        m_window->treeView()->setCurrentIndex(ci);
        action(u"cleanupAction"_s)->trigger();
        CleanupDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<CleanupDialog *>()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 20000);
        dialog->keepNewestSpin()->setValue(2);
        dialog->patternEdit()->setText(u"v*"_s);

        // Newest first by created date; v1 stays because "latest" (not matching) shares its manifest.
        QTreeWidget *preview = dialog->preview();
        QCOMPARE(preview->topLevelItemCount(), 7);
        QStringList rows;
        for (int i = 0; i < preview->topLevelItemCount(); ++i)
            rows << preview->topLevelItem(i)->text(0) + u' ' + preview->topLevelItem(i)->text(3);
        QCOMPARE(rows.at(0), u"v6 kept: one of the 2 newest by date"_s);
        QCOMPARE(rows.at(1), u"v5 kept: one of the 2 newest by date"_s);
        QCOMPARE(rows.at(2), u"v4 deleted: outside the keep rules"_s);
        QVERIFY(rows.contains(u"v1 kept: shares its manifest with the kept tag latest"_s));
        QVERIFY(rows.contains(u"latest kept: does not match the pattern"_s));
        QCOMPARE(dialog->plan().deletedTags(), (QStringList{u"v4"_s, u"v3"_s, u"v2"_s}));
        QVERIFY(dialog->summaryText().contains(u"3 tags go"_s));
        QVERIFY(dialog->deleteButton()->isEnabled());

        // By version order instead, and a regex: the same idea, other candidates.
        dialog->orderCombo()->setCurrentIndex(1);
        QCOMPARE(dialog->plan().deletedTags(), (QStringList{u"v4"_s, u"v3"_s, u"v2"_s}));
        dialog->orderCombo()->setCurrentIndex(0);

        dialog->dryRunButton()->click();
        QVERIFY(dialog->statusText().contains(u"Dry run"_s));
        QCOMPARE(registryTags(u"ci"_s).size(), 7);
        screenshot(dialog, u"cleanup"_s);

        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<CleanupDialog *>() == nullptr, 20000);
        QCOMPARE(registryTags(u"ci"_s), (QStringList{u"latest"_s, u"v1"_s, u"v5"_s, u"v6"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(labels(ci), (QStringList{u"latest"_s, u"v1"_s, u"v5"_s, u"v6"_s}), 20000);
    }
};

QTEST_MAIN(TestUiManage)
#include "tst_ui_manage.moc"
