// The registry tree model against the real registry: lazy loading, paging, namespaces, index
// platforms, the error row and empty repositories, under QAbstractItemModelTester.
#include "support/registryfixture.h"
#include "support/testutil.h"

#include "core/registrysettings.h"
#include "ui/registryconnections.h"
#include "ui/registryfilterproxy.h"
#include "ui/registrytreemodel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace berth;
using Kind = TreeNode::Kind;

class TestUiTreeModel : public QObject
{
    Q_OBJECT

private:
    struct Env {
        QTemporaryDir dir;
        RegistrySettings settings{dir.path()};
        RegistryConnections connections{&settings, nullptr};
        RegistryTreeModel model{&connections};
        QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    };
    std::unique_ptr<Env> makeEnv(const QStringList &registries)
    {
        auto env = std::make_unique<Env>();
        for (const QString &r : registries) {
            RegistryEntry e;
            e.registry = r;
            env->connections.addTemporary(e);
        }
        return env;
    }

    static Kind kindOf(const QModelIndex &idx) { return Kind(idx.data(RegistryTreeModel::KindRole).toInt()); }

    // Fetches idx's children and waits until the fetch is over (rows and error row applied).
    static bool load(QAbstractItemModel *model, const QModelIndex &idx)
    {
        if (model->canFetchMore(idx))
            model->fetchMore(idx);
        return QTest::qWaitFor([&] {
            const auto state = TreeNode::Fetch(idx.data(RegistryTreeModel::FetchStateRole).toInt());
            return state == TreeNode::Fetch::Fetched || state == TreeNode::Fetch::Failed;
        }, 30000 * test::TimeFactor); // every insertion is checked by QAbstractItemModelTester
    }

    static QStringList names(const QAbstractItemModel *model, const QModelIndex &parent)
    {
        QStringList out;
        for (int r = 0; r < model->rowCount(parent); ++r)
            out << model->index(r, 0, parent).data().toString();
        return out;
    }

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
    QString m_indexDigest;

private slots:
    static test::SeedOptions seeded(quint32 seed, int layers = 2, qint64 layerSize = 4096)
    {
        test::SeedOptions o;
        o.seed = seed;
        o.layers = layers;
        o.layerSize = layerSize;
        return o;
    }

    void initTestCase()
    {
        QVERIFY(m_registry.start());
        m_registry.seedImage(u"alpha"_s, u"1.0"_s);
        m_registry.seedImage(u"alpha"_s, u"1.10"_s, seeded(2));
        m_registry.seedImage(u"alpha"_s, u"1.9"_s, seeded(3));
        m_registry.seedImage(u"team/web"_s, u"1.4.1"_s);
        const auto index = m_registry.seedIndex(u"team/web"_s, u"1.4.2"_s, {u"linux/amd64"_s, u"linux/arm64/v8"_s});
        m_indexDigest = index.digest;
        m_registry.addTag(u"team/web"_s, u"latest"_s, index.digest);
        m_registry.seedImage(u"team/api"_s, u"v1"_s);
        m_registry.seedImage(u"infra/tools/ci"_s, u"2024.1"_s);
        // A repository whose manifests exist but no tag: what Distribution keeps after deletes.
        m_registry.seeder().putImage(u"empty/repo"_s, seeded(4));
        for (int i = 0; i < 130; ++i)
            m_registry.seedImage(u"bulk/r%1"_s.arg(i, 3, 10, QLatin1Char('0')), u"t"_s, seeded(9, 1, 16));
    }

    void registriesAreTopNodes()
    {
        auto env = makeEnv({m_registry.hostPort(), u"127.0.0.1:1"_s});
        QCOMPARE(env->model.rowCount(), 2);
        const QModelIndex reg = env->model.index(0, 0);
        QCOMPARE(kindOf(reg), Kind::Registry);
        QCOMPARE(reg.data().toString(), m_registry.hostPort());
        QVERIFY(env->model.hasChildren(reg));
        QCOMPARE(env->model.rowCount(reg), 0); // lazy: nothing there before the event loop runs
    }

    void loadingRowWhileFetching()
    {
        auto env = makeEnv({m_registry.hostPort()});
        const QModelIndex reg = env->model.index(0, 0);
        env->model.fetchMore(reg);
        QVERIFY(!env->model.canFetchMore(reg));
        QTRY_COMPARE(env->model.rowCount(reg), 1);
        QCOMPARE(kindOf(env->model.index(0, 0, reg)), Kind::Loading);
        QVERIFY(!env->model.canFetchMore(reg));
        QVERIFY(load(&env->model, reg));
        for (int r = 0; r < env->model.rowCount(reg); ++r)
            QVERIFY(kindOf(env->model.index(r, 0, reg)) != Kind::Loading);
    }

    void namespacesAndPaging()
    {
        auto env = makeEnv({m_registry.hostPort()});
        env->model.setInsertBatchSize(7); // many small insertions, as with a huge catalog
        RegistryFilterProxy proxy;
        proxy.setSourceModel(&env->model);
        proxy.sort(0);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex reg = env->model.index(0, 0);
        QVERIFY(load(&env->model, reg));
        const QModelIndex preg = proxy.mapFromSource(reg);
        // Folders first, then repositories, in natural order.
        QCOMPARE(names(&proxy, preg), (QStringList{u"bulk/"_s, u"empty/"_s, u"infra/"_s, u"team/"_s, u"alpha"_s}));
        const QModelIndex bulk = child(&proxy, preg, u"bulk/"_s);
        QCOMPARE(proxy.rowCount(bulk), 130); // Distribution pages the catalog by 100
        QCOMPARE(proxy.index(0, 0, bulk).data().toString(), u"r000"_s);
        QCOMPARE(proxy.index(129, 0, bulk).data().toString(), u"r129"_s);
        const QModelIndex infra = child(&proxy, preg, u"infra/"_s);
        const QModelIndex tools = child(&proxy, infra, u"tools/"_s);
        QVERIFY(tools.isValid());
        const QModelIndex ci = child(&proxy, tools, u"ci"_s);
        QCOMPARE(kindOf(ci), Kind::Repository);
        QCOMPARE(ci.data(RegistryTreeModel::RepositoryRole).toString(), u"infra/tools/ci"_s);
        QCOMPARE(ci.data(RegistryTreeModel::ReferenceRole).toString(), m_registry.hostPort() + u"/infra/tools/ci"_s);
    }

    void tagsInNaturalOrder()
    {
        auto env = makeEnv({m_registry.hostPort()});
        RegistryFilterProxy proxy;
        proxy.setSourceModel(&env->model);
        proxy.sort(0);
        const QModelIndex reg = env->model.index(0, 0);
        QVERIFY(load(&env->model, reg));
        const QModelIndex alpha = child(&proxy, proxy.mapFromSource(reg), u"alpha"_s);
        QVERIFY(load(&proxy, alpha));
        QCOMPARE(names(&proxy, alpha), (QStringList{u"1.0"_s, u"1.9"_s, u"1.10"_s}));
        QCOMPARE(proxy.index(2, 0, alpha).data(RegistryTreeModel::ReferenceRole).toString(),
                 m_registry.hostPort() + u"/alpha:1.10"_s);
    }

    void indexExpandsToPlatforms()
    {
        auto env = makeEnv({m_registry.hostPort()});
        const QModelIndex reg = env->model.index(0, 0);
        QVERIFY(load(&env->model, reg));
        const QModelIndex team = child(&env->model, reg, u"team/"_s);
        const QModelIndex web = child(&env->model, team, u"web"_s);
        QVERIFY(load(&env->model, web));
        QCOMPARE(env->model.rowCount(web), 3);
        // The tag's kind is learnt with a HEAD once the view shows it (asks for its icon).
        QModelIndex tag = child(&env->model, web, u"1.4.2"_s);
        QVERIFY(tag.isValid());
        QVERIFY(!env->model.hasChildren(tag));
        tag.data(Qt::DecorationRole);
        QTRY_COMPARE_WITH_TIMEOUT(tag.data(RegistryTreeModel::DigestRole).toString(), m_indexDigest, 15000);
        QCOMPARE(tag.data().toString(), u"1.4.2 (index)"_s);
        QVERIFY(env->model.hasChildren(tag));
        QVERIFY(load(&env->model, tag));
        QCOMPARE(names(&env->model, tag), (QStringList{u"linux/amd64"_s, u"linux/arm64/v8"_s}));
        const QModelIndex arm = env->model.index(1, 0, tag);
        QCOMPARE(kindOf(arm), Kind::Platform);
        QVERIFY(arm.data(RegistryTreeModel::DigestRole).toString().startsWith(u"sha256:"_s));
        QVERIFY(!env->model.hasChildren(arm));
        // A plain image tag has no children.
        const QModelIndex plain = child(&env->model, web, u"1.4.1"_s);
        plain.data(Qt::DecorationRole);
        QTRY_VERIFY_WITH_TIMEOUT(!plain.data(RegistryTreeModel::MediaTypeRole).toString().isEmpty(), 15000);
        QVERIFY(!env->model.hasChildren(plain));
        QVERIFY(!env->model.canFetchMore(plain));
    }

    void unreachableRegistryShowsOneErrorRow()
    {
        auto env = makeEnv({u"127.0.0.1:1"_s});
        const QModelIndex reg = env->model.index(0, 0);
        QVERIFY(load(&env->model, reg));
        QCOMPARE(env->model.rowCount(reg), 1);
        const QModelIndex err = env->model.index(0, 0, reg);
        QCOMPARE(kindOf(err), Kind::Error);
        QVERIFY(err.data().toString().contains(u"127.0.0.1:1"_s));
        QVERIFY(err.data(Qt::ToolTipRole).toString().contains(u"Refresh"_s));
        // Refresh retries, and still leaves exactly one error row.
        env->model.refresh(err);
        QTRY_COMPARE(kindOf(env->model.index(0, 0, reg)), Kind::Loading);
        QVERIFY(load(&env->model, reg));
        QCOMPARE(env->model.rowCount(reg), 1);
        QCOMPARE(kindOf(env->model.index(0, 0, reg)), Kind::Error);
    }

    void emptyRepository()
    {
        auto env = makeEnv({m_registry.hostPort()});
        const QModelIndex reg = env->model.index(0, 0);
        QVERIFY(load(&env->model, reg));
        const QModelIndex repo = child(&env->model, child(&env->model, reg, u"empty/"_s), u"repo"_s);
        QVERIFY(repo.isValid());
        QVERIFY(load(&env->model, repo));
        QVERIFY(repo.data(RegistryTreeModel::EmptyRole).toBool());
        QCOMPARE(env->model.rowCount(repo), 1); // a row that says why
        QCOMPARE(kindOf(env->model.index(0, 0, repo)), Kind::Note);
        QCOMPARE(repo.data().toString(), u"repo (no tags)"_s);
        QVERIFY(repo.data(Qt::ToolTipRole).toString().contains(u"garbage collection"_s));
    }

    void filterKeepsParentsOfMatches()
    {
        auto env = makeEnv({m_registry.hostPort()});
        RegistryFilterProxy proxy;
        proxy.setSourceModel(&env->model);
        proxy.sort(0);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex reg = env->model.index(0, 0);
        QVERIFY(load(&env->model, reg));
        proxy.setFilterText(u"WEB"_s);
        QCOMPARE(proxy.filterText(), u"WEB"_s);
        const QModelIndex preg = proxy.mapFromSource(reg);
        QCOMPARE(names(&proxy, preg), QStringList{u"team/"_s});
        QCOMPARE(names(&proxy, proxy.index(0, 0, preg)), QStringList{u"web"_s});
        proxy.setFilterText(u"ci"_s);
        QCOMPARE(names(&proxy, preg), QStringList{u"infra/"_s});
        proxy.setFilterText({});
        QCOMPARE(proxy.rowCount(preg), 5);
    }
};

QTEST_MAIN(TestUiTreeModel)
#include "tst_ui_treemodel.moc"
