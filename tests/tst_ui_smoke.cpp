// Starts the real application headless (offscreen) on a seeded registry and finds the seeded
// repositories in its tree (BERTH_SMOKE_DUMP), with the registry given on the command line and,
// separately, saved in a configuration folder named by BERTH_CONFIG_DIR.
#include "support/registryfixture.h"
#include "support/testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace berth::test;

class TestUiSmoke : public QObject
{
    Q_OBJECT
    RegistryFixture m_registry;

    QStringList runApp(const QStringList &args, const QStringList &env)
    {
        QTemporaryDir out;
        const QString dump = out.filePath(u"tree.txt"_s);
        const ProcessResult r = runProcess(QStringLiteral(BERTH_APP), args, {},
                                           env + QStringList{u"QT_QPA_PLATFORM=offscreen"_s, u"BERTH_SMOKE_DUMP="_s + dump,
                                                             u"XDG_DATA_HOME="_s + out.filePath(u"data"_s)},
                                           60000);
        if (r.exitCode != 0)
            qWarning() << "berth exited with" << r.exitCode << r.err;
        QFile file(dump);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_registry.start());
        m_registry.seedImage(u"team/web"_s, u"1.0"_s);
        m_registry.seedImage(u"team/api"_s, u"2.0"_s, {.seed = 2});
        m_registry.seedImage(u"alpine"_s, u"3.20"_s, {.seed = 3});
    }

    void registryOnCommandLine()
    {
        QTemporaryDir config;
        const QStringList tree = runApp({u"--config-dir"_s, config.path(), m_registry.hostPort()}, {});
        const QString host = m_registry.hostPort();
        QCOMPARE(tree, (QStringList{host + u"/alpine"_s, host + u"/team/api"_s, host + u"/team/web"_s}));
        // Added for this run only: nothing saved.
        QFile saved(config.filePath(u"registries.json"_s));
        if (saved.open(QIODevice::ReadOnly))
            QVERIFY(!saved.readAll().contains(host.toUtf8()));
    }

    void savedRegistryFromConfigDirVariable()
    {
        QTemporaryDir config;
        QFile file(config.filePath(u"registries.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        // What RegistrySettings writes: {"registries":[{"registry":...,"extraRepositories":[...]}]}
        const QJsonObject entry{{u"registry"_s, m_registry.hostPort()},
                                {u"extraRepositories"_s, QJsonArray{u"added/by-name"_s}}};
        file.write(QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"registries"_s, QJsonArray{entry}}}).toJson());
        file.close();
        const QStringList tree = runApp({}, {u"BERTH_CONFIG_DIR="_s + config.path()});
        QVERIFY2(tree.contains(m_registry.hostPort() + u"/team/web"_s), qPrintable(tree.join(u", "_s)));
        QVERIFY(tree.contains(m_registry.hostPort() + u"/added/by-name"_s));
    }
};

QTEST_MAIN(TestUiSmoke)
#include "tst_ui_smoke.moc"
