// Browsing against the real registry: referrers (tag-schema fallback) and artifact details in the
// details pane, repositories emptied by deletes, repositories added by name where the catalog is
// refused, and the whole-catalog search — models under QAbstractItemModelTester.
#include "artifactfixture.h"

#include "core/registrysettings.h"
#include "support/memorycredentialstore.h"
#include "support/registryfixture.h"
#include "support/tokenissuer.h"
#include "ui/detailspane.h"
#include "ui/mainwindow.h"
#include "ui/overviewtab.h"
#include "ui/referrerstab.h"
#include "ui/registryconnections.h"
#include "ui/registryfilterproxy.h"
#include "ui/registrytreemodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace berth;
using namespace berth::test;
using Kind = TreeNode::Kind;

namespace {
const QString Sbom = u"application/vnd.example.sbom"_s;
const QString HelmConfig = u"application/vnd.cncf.helm.config.v1+json"_s;
const QString HelmChart = u"application/vnd.cncf.helm.chart.content.v1.tar+gzip"_s;

Kind kindOf(const QModelIndex &idx) { return Kind(idx.data(RegistryTreeModel::KindRole).toInt()); }

bool load(QAbstractItemModel *model, const QModelIndex &idx)
{
    if (model->canFetchMore(idx))
        model->fetchMore(idx);
    return QTest::qWaitFor([&] {
        const auto state = TreeNode::Fetch(idx.data(RegistryTreeModel::FetchStateRole).toInt());
        return state == TreeNode::Fetch::Fetched || state == TreeNode::Fetch::Failed;
    }, 30000);
}

// The row whose NameRole is name, anywhere under parent.
QModelIndex find(const QAbstractItemModel *model, const QString &name, const QModelIndex &parent = {})
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex idx = model->index(r, 0, parent);
        if (idx.data(RegistryTreeModel::NameRole).toString() == name)
            return idx;
        if (const QModelIndex found = find(model, name, idx); found.isValid())
            return found;
    }
    return {};
}
} // namespace

class TestUiBrowse : public QObject
{
    Q_OBJECT

    struct Env {
        QTemporaryDir dir;
        RegistrySettings settings{dir.path()};
        RegistryConnections connections{&settings, nullptr};
        std::unique_ptr<RegistryTreeModel> model;
        std::unique_ptr<QAbstractItemModelTester> tester;
        explicit Env(const QList<RegistryEntry> &saved, const QStringList &temporary, int pageSize = 0,
                     bool withTester = true)
        {
            for (const RegistryEntry &e : saved)
                settings.add(e);
            for (const QString &r : temporary) {
                RegistryEntry e;
                e.registry = r;
                connections.addTemporary(e);
            }
            model = std::make_unique<RegistryTreeModel>(&connections);
            model->setPageSize(pageSize);
            model->setProbeTags(false);
            if (withTester)
                tester = std::make_unique<QAbstractItemModelTester>(model.get(),
                                                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        }
    };

    RegistryFixture m_registry{test::RegistryOptions{.deleteEnabled = true}};
    Seeded m_image, m_plain;
    PushedArtifact m_sbom, m_chart;

    // A tag's index in a loaded tree.
    QModelIndex tagIndex(Env &env, const QString &repository, const QString &tag)
    {
        const QModelIndex reg = env.model->index(0, 0);
        if (!load(env.model.get(), reg))
            return {};
        const QModelIndex repo = find(env.model.get(), repository, reg);
        if (!repo.isValid() || !load(env.model.get(), repo))
            return {};
        return find(env.model.get(), repository + u':' + tag, repo);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_registry.start());
        m_image = m_registry.seedImage(u"app"_s, u"1.0"_s, {.oci = true});
        m_plain = m_registry.seedImage(u"app"_s, u"2.0"_s, {.seed = 5, .oci = true});
        const QJsonObject subject{{u"mediaType"_s, m_image.mediaType}, {u"digest"_s, m_image.digest},
                                  {u"size"_s, qint64(m_image.manifest.size())}};
        m_sbom = pushArtifact(m_registry.baseUrl(), u"app"_s, Sbom, subject, {}, {},
                              {{u"application/spdx+json"_s, u"sbom.spdx.json"_s, "{\"spdxVersion\":\"SPDX-2.3\"}"}},
                              {{u"org.opencontainers.image.created"_s, u"2026-11-02T10:41:00Z"_s}});
        QVERIFY(!m_sbom.digest.isEmpty());
        QVERIFY(!pushFallbackIndex(m_registry.baseUrl(), u"app"_s, m_image.digest, {m_sbom.descriptor}).isEmpty());
        m_chart = pushArtifact(m_registry.baseUrl(), u"charts/web"_s, {}, {}, HelmConfig,
                               R"({"apiVersion":"v2","name":"web","version":"0.1.0","type":"application"})",
                               {{HelmChart, u"web-0.1.0.tgz"_s, QByteArray(2048, 'c')}},
                               {{u"org.opencontainers.image.description"_s, u"The web chart"_s}}, u"0.1.0"_s);
        QVERIFY(!m_chart.digest.isEmpty());
    }

    void referrersTab()
    {
        Env env({}, {m_registry.hostPort()});
        DetailsPane pane(&env.connections);
        QSignalSpy shown(&pane, &DetailsPane::referrersShown);
        const QModelIndex tag = tagIndex(env, u"app"_s, u"1.0"_s);
        QVERIFY(tag.isValid());
        pane.showIndex(tag);
        QCOMPARE(pane.referrers()->state(), ReferrersTab::State::Loading);
        QVERIFY(shown.wait(20000));
        const QTableWidget *table = pane.referrers()->table();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), Sbom);
        QVERIFY(table->item(0, 1)->toolTip().startsWith(m_sbom.digest));
        QVERIFY(table->item(0, 3)->text().contains(u"org.opencontainers.image.created=2026-11-02T10:41:00Z"_s));
        QVERIFY(pane.referrers()->statusText().contains(u"sha256-"_s)); // says the fallback tag was read
        QCOMPARE(pane.tabs()->tabText(5), u"Referrers (1)"_s);

        // An image nothing refers to: the empty state says so.
        pane.showIndex(find(env.model.get(), u"app:2.0"_s));
        QVERIFY(shown.wait(20000));
        QCOMPARE(pane.referrers()->count(), 0);
        QVERIFY(pane.referrers()->table()->isHidden());
        QVERIFY(pane.referrers()->statusText().startsWith(u"No signatures, SBOMs or other artifacts refer"_s));
    }

    void artifactDetails()
    {
        Env env({}, {m_registry.hostPort()});
        DetailsPane pane(&env.connections);
        QSignalSpy shown(&pane, &DetailsPane::detailsShown);
        const QModelIndex tag = tagIndex(env, u"charts/web"_s, u"0.1.0"_s);
        QVERIFY(tag.isValid());
        pane.showIndex(tag);
        QVERIFY(shown.wait(20000));
        QVERIFY2(!pane.details().error, qPrintable(pane.details().error.message));
        QCOMPARE(pane.overview()->value(u"Artifact type:"_s), HelmConfig);
        QCOMPARE(pane.overview()->value(u"Config media type:"_s), HelmConfig);
        QCOMPARE(pane.overview()->value(u"Blob media types:"_s), HelmChart);
        QVERIFY(pane.overview()->value(u"Annotations:"_s).contains(u"The web chart"_s));
        QVERIFY(!pane.configNote()->isHidden());
        QVERIFY(pane.configNote()->text().contains(u"not an image config"_s));
        QVERIFY(!pane.rawConfig()->isHidden());
        QVERIFY(pane.rawConfig()->toPlainText().contains(u"\"apiVersion\": \"v2\""_s));
        auto *layers = qobject_cast<QTableWidget *>(pane.tabs()->widget(3));
        QVERIFY(layers);
        QCOMPARE(layers->rowCount(), 1);
        QVERIFY(!layers->isColumnHidden(1));
        QCOMPARE(layers->item(0, 1)->text(), u"web-0.1.0.tgz"_s);
        QCOMPARE(layers->item(0, 3)->text(), HelmChart);

        // An image next to it: no note, no title column.
        RegistryTreeModel *model = env.model.get();
        QVERIFY(load(model, find(model, u"app"_s)));
        pane.showIndex(find(model, u"app:1.0"_s));
        QVERIFY(shown.wait(20000));
        QVERIFY(pane.configNote()->isHidden());
        auto *imageLayers = qobject_cast<QTableWidget *>(pane.tabs()->widget(3));
        QVERIFY(imageLayers->isColumnHidden(1)); // images have no titled layers
    }

    void repositoryEmptiedByDeletes()
    {
        const Seeded one = m_registry.seedImage(u"gone/app"_s, u"1"_s, {.seed = 11});
        const Seeded two = m_registry.seedImage(u"gone/app"_s, u"2"_s, {.seed = 12});
        SyncHttp http;
        for (const Seeded &s : {one, two}) {
            const HttpResult r = http.send("DELETE", m_registry.baseUrl().resolved(QUrl(u"/v2/gone/app/manifests/"_s + s.digest)));
            QCOMPARE(r.status, 202);
        }
        Env env({}, {m_registry.hostPort()});
        const QModelIndex reg = env.model->index(0, 0);
        QVERIFY(load(env.model.get(), reg));
        const QModelIndex repo = find(env.model.get(), u"gone/app"_s, reg); // still in the catalog
        QVERIFY(repo.isValid());
        QVERIFY(load(env.model.get(), repo));
        QCOMPARE(TreeNode::Fetch(repo.data(RegistryTreeModel::FetchStateRole).toInt()), TreeNode::Fetch::Fetched);
        QVERIFY(repo.data(RegistryTreeModel::EmptyRole).toBool());
        QCOMPARE(env.model->rowCount(repo), 1);
        const QModelIndex note = env.model->index(0, 0, repo);
        QCOMPARE(kindOf(note), Kind::Note);
        QCOMPARE(note.data().toString(), u"No tags. Space is reclaimed only after the registry's garbage collection."_s);
        QVERIFY(!(env.model->flags(note) & Qt::ItemIsSelectable));
        // Refresh brings it back the same way, once.
        env.model->refresh(repo);
        QVERIFY(load(env.model.get(), repo));
        QCOMPARE(env.model->rowCount(repo), 1);
        QCOMPARE(kindOf(env.model->index(0, 0, repo)), Kind::Note);
    }

    void addedRepositoriesMergeWithCatalog()
    {
        RegistryEntry saved;
        saved.registry = m_registry.hostPort();
        saved.extraRepositories = {u"app"_s, u"not/listed"_s};
        Env env({saved}, {});
        const QModelIndex reg = env.model->index(0, 0);
        QVERIFY(load(env.model.get(), reg));
        QCOMPARE(env.model->repositoryCount(reg), 4); // app, charts/web, gone/app, not/listed: app only once
        QVERIFY(find(env.model.get(), u"not/listed"_s, reg).isValid());
        int apps = 0;
        for (int r = 0; r < env.model->rowCount(reg); ++r)
            apps += env.model->index(r, 0, reg).data(RegistryTreeModel::NameRole).toString() == u"app" ? 1 : 0;
        QCOMPARE(apps, 1);
        env.model->addRepository(m_registry.hostPort(), u"later/one"_s);
        QTRY_VERIFY(find(env.model.get(), u"later/one"_s, reg).isValid());
    }

    void catalogRefusedAddByName()
    {
        QTemporaryDir dir;
        TokenIssuer issuer(dir.path());
        issuer.grant({QString(), u"*"_s, {u"pull"_s}}); // anyone may pull; nobody gets the catalog
        QVERIFY(issuer.start());
        RegistryFixture registry({.auth = RegistryAuth::Token, .issuer = &issuer});
        registry.seedImage(u"team/web"_s, u"1.0"_s);
        QVERIFY(registry.start());

        Env env({}, {registry.hostPort()});
        const QModelIndex reg = env.model->index(0, 0);
        QVERIFY(load(env.model.get(), reg));
        QCOMPARE(env.model->rowCount(reg), 1);
        const QModelIndex err = env.model->index(0, 0, reg);
        QCOMPARE(kindOf(err), Kind::Error);
        QVERIFY(err.data(RegistryTreeModel::CatalogRefusedRole).toBool());
        QVERIFY(reg.data(RegistryTreeModel::CatalogRefusedRole).toBool());
        QVERIFY(err.data().toString().contains(u"Add Repository"_s));

        env.model->addRepository(registry.hostPort(), u"team/web"_s);
        QTRY_VERIFY(find(env.model.get(), u"team/web"_s, reg).isValid());
        const QModelIndex repo = find(env.model.get(), u"team/web"_s, reg);
        QVERIFY(load(env.model.get(), repo)); // pull is granted: the tags load
        QVERIFY(find(env.model.get(), u"team/web:1.0"_s, repo).isValid());

        // The window puts an "Add Repository…" link into that error row; a saved registry keeps
        // repositories added by name across a restart.
        QTemporaryDir config;
        {
            RegistrySettings settings(config.path());
            RegistryEntry e;
            e.registry = registry.hostPort();
            e.extraRepositories = {u"team/web"_s};
            settings.add(e);
            QVERIFY(settings.save());
        }
        MemoryCredentialStore store;
        MainWindow window({.configDir = config.path(), .store = &store});
        window.show();
        const QModelIndex wreg = window.treeModel()->index(0, 0);
        QVERIFY(load(window.treeModel(), wreg));
        QTRY_VERIFY(window.treeView()->findChild<QLabel *>(u"catalogRefusedLabel"_s));
        QVERIFY(window.treeView()->findChild<QLabel *>(u"catalogRefusedLabel"_s)->text().contains(u"Add Repository"_s));
        QVERIFY(find(window.treeModel(), u"team/web"_s, wreg).isValid());
    }

    void searchAllRepositories()
    {
        for (int i = 0; i < 60; ++i)
            m_registry.seedImage(u"bulk/r%1"_s.arg(i, 2, 10, QLatin1Char('0')), u"t"_s, {.layers = 1, .layerSize = 16, .seed = 40});
        // No model tester here: it calls fetchMore on every row, and this test shows that no tag
        // list is loaded (the other tests run the models under the tester).
        Env env({}, {m_registry.hostPort()}, 5, false);
        RegistryFilterProxy proxy;
        proxy.setSourceModel(env.model.get());
        proxy.sort(0);
        proxy.setFilterText(u"r59"_s);
        QSignalSpy loading(env.model.get(), &RegistryTreeModel::catalogLoadingChanged);
        const QModelIndex reg = env.model->index(0, 0);

        // Stopped after the first pages: the rows so far stay, with a note saying so.
        env.model->loadCatalogs();
        QVERIFY(env.model->isLoadingCatalogs());
        QTRY_VERIFY(env.model->repositoryCount(reg) >= 5);
        env.model->stopCatalogLoads();
        QTRY_VERIFY(!env.model->isLoadingCatalogs());
        const int partial = env.model->repositoryCount(reg);
        QVERIFY(partial < 63);
        QCOMPARE(kindOf(env.model->index(env.model->rowCount(reg) - 1, 0, reg)), Kind::Note);

        // The whole catalog, page by page; no tag is loaded.
        env.model->loadCatalogs();
        QTRY_VERIFY_WITH_TIMEOUT(!env.model->isLoadingCatalogs(), 30000);
        QCOMPARE(env.model->repositoryCount(reg), 63); // app, charts/web, gone/app and 60 bulk/ repositories
        const QModelIndex bulk = find(env.model.get(), u"bulk/r59"_s);
        QVERIFY(bulk.isValid());
        QCOMPARE(TreeNode::Fetch(bulk.data(RegistryTreeModel::FetchStateRole).toInt()), TreeNode::Fetch::NotFetched);
        const QModelIndex preg = proxy.mapFromSource(reg);
        QCOMPARE(proxy.rowCount(preg), 1); // bulk/
        QCOMPARE(proxy.rowCount(proxy.index(0, 0, preg)), 1);
        QVERIFY(loading.count() >= 4);

        // In the window: Enter in the filter box lists every repository.
        QTemporaryDir config;
        MemoryCredentialStore store;
        MainWindow window({.configDir = config.path(), .registries = {m_registry.hostPort()}, .store = &store});
        window.show();
        QTRY_VERIFY(!window.treeModel()->isLoadingCatalogs());
        auto *filter = window.findChild<QLineEdit *>(u"filterBox"_s);
        QVERIFY(filter);
        QTest::keyClicks(filter, u"r42"_s);
        QTest::keyClick(filter, Qt::Key_Return);
        QTRY_VERIFY(!window.treeModel()->isLoadingCatalogs());
        QVERIFY(find(window.filterModel(), u"bulk/r42"_s).isValid());
    }

    // Screenshots for the notes when BERTH_SCREENSHOT_DIR is set (run under Xvfb with xcb).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("BERTH_SCREENSHOT_DIR not set");
        QTemporaryDir config;
        MemoryCredentialStore store;
        MainWindow window({.configDir = config.path(), .registries = {m_registry.hostPort()}, .store = &store});
        window.setGeometry(0, 0, 1440, 900);
        window.show();
        auto shoot = [&](const QString &name, const QString &item, int tab) {
            const QModelIndex src = find(window.treeModel(), item);
            QVERIFY(src.isValid());
            const QModelIndex idx = window.filterModel()->mapFromSource(src);
            window.treeView()->scrollTo(idx);
            window.treeView()->setCurrentIndex(idx);
            QSignalSpy shown(window.detailsPane(), &DetailsPane::referrersShown);
            QVERIFY(shown.wait(20000));
            window.detailsPane()->tabs()->setCurrentIndex(tab);
            QTest::qWait(300); // let the X server paint before the capture
            QProcess::execute(u"import"_s, {u"-window"_s, u"root"_s, dir + u"/browse-"_s + name + u".png"_s});
        };
        const QModelIndex reg = window.treeModel()->index(0, 0);
        QVERIFY(load(window.treeModel(), reg));
        for (const QString &repo : {u"app"_s, u"charts/web"_s}) {
            const QModelIndex r = find(window.treeModel(), repo, reg);
            window.treeView()->expand(window.filterModel()->mapFromSource(r.parent()));
            window.treeView()->expand(window.filterModel()->mapFromSource(r));
            QVERIFY(load(window.treeModel(), r));
        }
        shoot(u"referrers"_s, u"app:1.0"_s, 5);
        shoot(u"artifact-overview"_s, u"charts/web:0.1.0"_s, 0);
        window.detailsPane()->tabs()->setCurrentIndex(2);
        QTest::qWait(300);
        QProcess::execute(u"import"_s, {u"-window"_s, u"root"_s, dir + u"/browse-artifact-config.png"_s});
        window.detailsPane()->tabs()->setCurrentIndex(3);
        QTest::qWait(300);
        QProcess::execute(u"import"_s, {u"-window"_s, u"root"_s, dir + u"/browse-artifact-layers.png"_s});
    }
};

QTEST_MAIN(TestUiBrowse)
#include "tst_ui_browse.moc"
