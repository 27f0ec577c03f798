// A Harbor in the real main window, offscreen, against FakeHarbor (every request checked against
// Harbor's API definition; this proves the GUI against the definition and Harbor's documented
// behaviour, not against a running Harbor): projects -> repositories -> artifacts with their tags in
// the tree, and the Harbor dialogs changing the fake's state. The fake does not stand in for a
// Distribution registry: anything outside /api/v2.0 (the details pane asking /v2/ for a selected
// tag) gets a plain 404. With BERTH_SCREENSHOT_DIR set, the window is saved as harbor-*.png.
#include "support/fakeharbor.h"
#include "support/memorycredentialstore.h"
#include "support/swaggerchecker.h"

#include "core/registrysettings.h"
#include "ui/harbordialogs.h"
#include "ui/mainwindow.h"
#include "ui/registryfilterproxy.h"
#include "ui/registrytreemodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace berth;
using berth::test::FakeHarbor;

namespace {
QString digestOf(char c)
{
    return u"sha256:"_s + QString(64, QLatin1Char(c));
}
} // namespace

class TestUiHarbor : public QObject
{
    Q_OBJECT
    FakeHarbor m_harbor;
    QTemporaryDir m_config;
    test::MemoryCredentialStore m_store;
    MainWindow *m_window = nullptr;
    QAbstractItemModelTester *m_tester = nullptr, *m_proxyTester = nullptr;
    int m_nonApi = 0;

    QAbstractItemModel *model() const { return m_window->treeView()->model(); }
    QString registry() const { return m_harbor.url().authority(); }
    // The row under parent whose label starts with prefix, once it is there.
    QModelIndex child(const QModelIndex &parent, const QString &prefix)
    {
        auto find = [&] {
            for (int r = 0; r < model()->rowCount(parent); ++r) {
                const QModelIndex idx = model()->index(r, 0, parent);
                if (idx.data().toString().startsWith(prefix))
                    return idx;
            }
            return QModelIndex();
        };
        [&] { QTRY_VERIFY_WITH_TIMEOUT(find().isValid(), 20000); }();
        return find();
    }
    QModelIndex expanded(const QModelIndex &idx)
    {
        m_window->treeView()->expand(idx);
        return idx;
    }
    QStringList labels(const QModelIndex &parent) const
    {
        QStringList out;
        for (int r = 0; r < model()->rowCount(parent); ++r)
            out << model()->index(r, 0, parent).data().toString();
        return out;
    }
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    QModelIndex registryIndex() const { return model()->index(0, 0); }
    QModelIndex artifactWith(const QString &tagLabel)
    {
        const QModelIndex library = expanded(child(registryIndex(), u"library"_s));
        const QModelIndex app = expanded(child(library, u"app "_s));
        return expanded(child(app, tagLabel));
    }
    void confirm(const QString &mentions)
    {
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"harborConfirm"_s)) != nullptr);
        QVERIFY2(box->text().contains(mentions), qPrintable(box->text()));
        screenshot(box, u"confirm-"_s + box->windowTitle().toLower().replace(u' ', u'-'));
        box->findChild<QPushButton *>(u"harborConfirmButton"_s)->click();
    }
    static void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(50); // let the layout settle before grabbing
        QVERIFY(w->grab().save(dir + u"/harbor-"_s + name + u".png"_s));
    }

private slots:
    void initTestCase()
    {
        BERTH_REQUIRE_HARBOR_SPEC();
        m_harbor.setNonApiHandler([this](const test::FakeHttpServer::Request &) {
            ++m_nonApi;
            return test::FakeHttpServer::Response{404, {}, {}};
        });
        QVERIFY(m_harbor.start());
        const int latest = m_harbor.addArtifact(u"library/app"_s, digestOf('a'), {u"v1"_s, u"latest"_s}, 52 * 1024 * 1024);
        m_harbor.addAccessory(latest, digestOf('s'));
        m_harbor.addAccessory(latest, digestOf('b'), u"build.sbom"_s);
        m_harbor.setScanOverview(latest, QJsonObject{
            {u"application/vnd.security.vulnerability.report; version=1.1"_s,
             QJsonObject{{u"scan_status"_s, u"Success"_s}, {u"severity"_s, u"High"_s}, {u"complete_percent"_s, 100},
                         {u"summary"_s, QJsonObject{{u"total"_s, 7}, {u"fixable"_s, 5},
                                                    {u"summary"_s, QJsonObject{{u"High"_s, 2}, {u"Medium"_s, 5}}}}}}}});
        m_harbor.addArtifact(u"library/app"_s, digestOf('0'), {}, 48 * 1024 * 1024); // untagged
        m_harbor.addArtifact(u"library/team/web"_s, digestOf('w'), {u"2.1"_s});
        const int team = m_harbor.addProject(u"team"_s, false, qint64(5) * 1024 * 1024 * 1024);
        Q_UNUSED(team)
        m_harbor.addArtifact(u"team/api"_s, digestOf('c'), {u"1.0"_s}, 200 * 1024 * 1024);
        m_harbor.addProject(u"empty"_s, true);
        m_harbor.addProject(u"hub-cache"_s, true, -1, /*registryId=*/3);

        RegistrySettings settings(m_config.path());
        RegistryEntry e;
        e.registry = registry();
        e.username = u"admin"_s;
        e.kind = RegistryKind::Harbor;
        QVERIFY(settings.add(e));
        QVERIFY(settings.save());
        m_store.insert(registry(), u"admin"_s, u"Harbor12345"_s);

        MainWindowOptions options;
        options.configDir = m_config.path();
        options.store = &m_store;
        m_window = new MainWindow(options);
        m_tester = new QAbstractItemModelTester(m_window->treeModel(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        m_proxyTester = new QAbstractItemModelTester(m_window->filterModel(),
                                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        m_window->resize(1440, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanupTestCase()
    {
        delete m_window;
        BERTH_EXPECT_NO_HARBOR_VIOLATIONS(m_harbor);
    }

    void treeShowsProjectsRepositoriesArtifacts()
    {
        const QModelIndex reg = expanded(registryIndex());
        QVERIFY(child(reg, u"library"_s).data().toString().contains(u"public"_s));
        const QModelIndex team = child(reg, u"team"_s);
        QVERIFY(team.data().toString().contains(u"private"_s));
        QVERIFY(child(reg, u"empty"_s).isValid());
        QVERIFY(child(reg, u"hub-cache"_s).data().toString().contains(u"proxy cache"_s));
        // Harbor's API, not the registry's catalog, lists them.
        QVERIFY(m_window->treeModel()->harborConnections() != nullptr);

        const QModelIndex library = expanded(child(reg, u"library"_s));
        const QModelIndex app = expanded(child(library, u"app "_s));
        QVERIFY(child(library, u"team/web"_s).isValid());
        // The quota arrives with the summary.
        QTRY_VERIFY_WITH_TIMEOUT(library.data(Qt::ToolTipRole).toString().contains(u"Quota"_s), 20000);

        const QModelIndex tagged = expanded(child(app, u"latest, v1"_s));
        const QString label = tagged.data().toString();
        QVERIFY2(label.contains(u"7 vulnerabilities"_s) && label.contains(u"signed"_s) && label.contains(u"SBOM"_s),
                 qPrintable(label));
        const QString tip = tagged.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"2 high"_s) && tip.contains(u"build.sbom"_s), qPrintable(tip));
        QVERIFY(child(app, u"untagged @0000"_s).isValid());
        QTRY_COMPARE(labels(tagged), (QStringList{u"latest"_s, u"v1"_s}));
        // Pull and copy keep using the registry side with the usual reference.
        QCOMPARE(child(tagged, u"v1"_s).data(RegistryTreeModel::ReferenceRole).toString(),
                 registry() + u"/library/app:v1"_s);

        expanded(child(reg, u"team"_s));
        expanded(child(child(reg, u"team"_s), u"api"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->treeModel()->isLoadingCatalogs() == false, 20000);
        m_window->treeView()->setCurrentIndex(app);
        if (auto *splitter = m_window->findChild<QSplitter *>())
            splitter->setSizes({640, 800}); // the artifact rows are long: show them whole in the picture
        screenshot(m_window, u"tree"_s);
        QCOMPARE(m_nonApi, 0); // nothing went to /v2/ for browsing
    }

    void newProjectDialogCreatesIt()
    {
        m_window->treeView()->setCurrentIndex(registryIndex());
        QAction *create = action(u"harborNewProjectAction"_s);
        QVERIFY(create);
        create->trigger();
        HarborProjectDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<HarborProjectDialog *>()) != nullptr);
        dialog->nameEdit()->setText(u"Bad Name"_s);
        QVERIFY(!dialog->canAccept());
        QVERIFY(!dialog->statusText().isEmpty());
        dialog->nameEdit()->setText(u"new-proj"_s);
        dialog->publicBox()->setChecked(true);
        dialog->limitBox()->setValue(2);
        QVERIFY(dialog->canAccept());
        screenshot(dialog, u"new-project"_s);
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(m_harbor.projectByName(u"new-proj"_s) != nullptr, 20000);
        QVERIFY(m_harbor.projectByName(u"new-proj"_s)->isPublic);
        QCOMPARE(m_harbor.projectByName(u"new-proj"_s)->storageLimit, qint64(2) * 1024 * 1024 * 1024);
        QVERIFY(child(registryIndex(), u"new-proj"_s).isValid());
    }

    void deleteTagSaysWhatStays()
    {
        const QModelIndex tagged = artifactWith(u"latest, v1"_s);
        m_window->treeView()->setCurrentIndex(child(tagged, u"latest"_s));
        action(u"harborDeleteTagAction"_s)->trigger();
        confirm(u"other tags: v1"_s);
        auto tagsOf = [this] {
            QStringList out;
            for (const auto &a : m_harbor.state().artifacts) {
                if (a.digest == digestOf('a'))
                    for (const auto &t : a.tags)
                        out << t.name;
            }
            return out;
        };
        QTRY_COMPARE_WITH_TIMEOUT(tagsOf(), QStringList{u"v1"_s}, 20000);
        // The repository reloads: the artifact is now labelled by its one tag.
        QVERIFY(artifactWith(u"v1  ("_s).isValid());
    }

    void deleteUntaggedArtifact()
    {
        const QModelIndex untagged = artifactWith(u"untagged"_s);
        m_window->treeView()->setCurrentIndex(untagged);
        action(u"harborDeleteArtifactAction"_s)->trigger();
        confirm(u"no tags"_s);
        auto exists = [this] {
            return std::any_of(m_harbor.state().artifacts.begin(), m_harbor.state().artifacts.end(),
                               [](const auto &a) { return a.digest == digestOf('0'); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(!exists(), 20000);
    }

    void deleteProjectSaysWhatBlocksIt()
    {
        m_window->treeView()->setCurrentIndex(child(registryIndex(), u"team"_s));
        action(u"harborDeleteProjectAction"_s)->trigger();
        confirm(u"team"_s);
        QMessageBox *error = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((error = m_window->findChild<QMessageBox *>(u"harborError"_s)) != nullptr, 20000);
        QVERIFY2(error->text().contains(u"repositories"_s), qPrintable(error->text()));
        screenshot(error, u"project-blocked"_s);
        error->accept();
        QVERIFY(m_harbor.projectByName(u"team"_s));

        m_window->treeView()->setCurrentIndex(child(registryIndex(), u"empty"_s));
        action(u"harborDeleteProjectAction"_s)->trigger();
        confirm(u"empty"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_harbor.projectByName(u"empty"_s) == nullptr, 20000);
    }

    void deleteRepositoryNamesWhatGoes()
    {
        const QModelIndex library = expanded(child(registryIndex(), u"library"_s));
        m_window->treeView()->setCurrentIndex(child(library, u"team/web"_s));
        action(u"harborDeleteRepositoryAction"_s)->trigger();
        confirm(u"library/team/web with its 1 artifact"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_harbor.findRepository(u"library/team/web"_s) == nullptr, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!labels(expanded(child(registryIndex(), u"library"_s))).join(u'|').contains(u"team/web"_s),
                                 20000);
    }

    void projectDetailsReadOnly()
    {
        m_window->treeView()->setCurrentIndex(child(registryIndex(), u"team"_s));
        action(u"harborProjectDetailsAction"_s)->trigger();
        HarborProjectDetailsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<HarborProjectDetailsDialog *>()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 20000);
        QVERIFY2(dialog->quotaText().contains(u"GiB"_s) && dialog->quotaText().contains(u" of "_s),
                 qPrintable(dialog->quotaText()));
        QVERIFY(dialog->membersList()->topLevelItemCount() >= 1);
        screenshot(dialog, u"project-details"_s);
        dialog->close();
    }

    // A registry saved without a kind: its /v2/ catalog is refused (Harbor lists it to admins only),
    // so the tree asks /api/v2.0/systeminfo and, finding Harbor, shows Harbor's own tree.
    void autoKindFallsBackToHarborWhenTheCatalogIsRefused()
    {
        FakeHarbor harbor;
        int v2 = 0;
        harbor.setNonApiHandler([&v2](const test::FakeHttpServer::Request &) {
            ++v2; // as Harbor's /v2/ answers a user the catalog is not for; no registry is served here
            test::FakeHttpServer::Response r{401, {}, R"({"errors":[{"code":"UNAUTHORIZED","message":"unauthorized"}]})"};
            r.headers = {{"WWW-Authenticate", R"(Basic realm="harbor")"}, {"Content-Type", "application/json"}};
            return r;
        });
        QVERIFY(harbor.start());
        harbor.addArtifact(u"library/app"_s, digestOf('a'), {u"v1"_s});
        QTemporaryDir config;
        RegistrySettings settings(config.path());
        RegistryEntry e;
        e.registry = harbor.url().authority();
        e.username = u"admin"_s;
        QVERIFY(settings.add(e));
        QVERIFY(settings.save());
        test::MemoryCredentialStore store;
        store.insert(e.registry, u"admin"_s, u"Harbor12345"_s);
        MainWindowOptions options;
        options.configDir = config.path();
        options.store = &store;
        MainWindow window(options);
        QAbstractItemModelTester tester(window.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractItemModel *m = window.treeView()->model();
        const QModelIndex reg = m->index(0, 0);
        window.treeView()->expand(reg);
        auto hasLibrary = [&] {
            for (int r = 0; r < m->rowCount(reg); ++r) {
                if (m->index(r, 0, reg).data().toString().startsWith(u"library (public"_s))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasLibrary(), 20000);
        QVERIFY(v2 > 0); // the registry side was asked first
        BERTH_EXPECT_NO_HARBOR_VIOLATIONS(harbor);
    }

    void scanShowsItsStatus()
    {
        const QModelIndex team = expanded(child(registryIndex(), u"team"_s));
        const QModelIndex api = expanded(child(team, u"api"_s));
        const QModelIndex artifact = child(api, u"1.0"_s);
        QVERIFY(!artifact.data().toString().contains(u"vulnerabilities"_s));
        m_window->treeView()->setCurrentIndex(artifact);
        action(u"harborScanAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(child(api, u"1.0"_s).data().toString().contains(u"no vulnerabilities"_s), 20000);

        // A scan still running can be stopped.
        for (auto &a : m_harbor.state().artifacts) {
            if (a.digest == digestOf('c'))
                a.scanOverview = QJsonObject{{u"application/vnd.security.vulnerability.report; version=1.1"_s,
                                              QJsonObject{{u"scan_status"_s, u"Running"_s}, {u"complete_percent"_s, 40}}}};
        }
        m_window->treeModel()->refresh(m_window->filterModel()->mapToSource(api));
        QTRY_VERIFY_WITH_TIMEOUT(child(api, u"1.0"_s).data().toString().contains(u"Running"_s), 20000);
        m_window->treeView()->setCurrentIndex(child(api, u"1.0"_s));
        action(u"harborStopScanAction"_s)->trigger();
        auto stops = [this] {
            const auto requests = m_harbor.requests();
            return std::count_if(requests.begin(), requests.end(), [](const auto &r) {
                return r.method == "POST" && r.target.endsWith("/scan/stop");
            });
        };
        QTRY_COMPARE_WITH_TIMEOUT(stops(), qsizetype(1), 20000);
    }
};

QTEST_MAIN(TestUiHarbor)
#include "tst_ui_harbor.moc"
