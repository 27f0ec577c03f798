// Docker Hub mirrors: MirrorSelection with two real registries (a mirror behind a recording proxy,
// and an "upstream" standing in for docker.io), and berthctl --registry-mirror / saved mirrors for
// docker.io references (served by the mirror; when it lacks the image, docker.io is tried).

#include "core/mirrors.h"
#include "core/registryclient.h"
#include "core/registryjobs.h"

#include "support/faultproxy.h"
#include "support/registryfixture.h"
#include "support/testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;
using namespace berth::test;
using namespace Qt::StringLiterals;

class TestMirrors : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::RegistryFixture *m_upstream = nullptr;
    test::RegistryFixture *m_mirror = nullptr;
    FaultProxy *m_mirrorProxy = nullptr; // in front of the mirror: proves it was asked
    Seeded m_mirrorAlpine, m_upstreamAlpine, m_upstreamOnly;
    QNetworkAccessManager m_nam;

    RegistryClient *client(const QString &registry)
    {
        berth::RegistryOptions options;
        options.registry = registry;
        options.maxRetries = 0;
        options.timeoutMs = 5000;
        return new RegistryClient(options, &m_nam, this);
    }

    struct Selected {
        Error error;
        RegistryClient *client = nullptr;
        QStringList skipped;
    };
    Selected select(const QList<RegistryClient *> &endpoints, const QString &repository, const QString &reference)
    {
        auto *selection = new MirrorSelection(endpoints, repository, reference, this);
        Selected s;
        selection->start();
        s.error = waitForJob(selection, [&] {
            s.client = selection->client();
            s.skipped = selection->skipped();
        });
        return s;
    }

    bool mirrorSaw(const QByteArray &method, const QByteArray &path) const
    {
        for (const auto &r : m_mirrorProxy->requests()) {
            if (r.method == method && r.target.startsWith(path))
                return true;
        }
        return false;
    }

    ProcessResult ctl(const QStringList &args)
    {
        return runBerthctl(QStringList{u"--config-dir"_s, m_dir.path() + u"/config"_s, u"--timeout"_s, u"5"_s} + args, {},
                           {u"DOCKER_CONFIG="_s + m_dir.path() + u"/nodocker"_s});
    }

private slots:
    void initTestCase()
    {
        m_upstream = new test::RegistryFixture({}, this);
        m_mirror = new test::RegistryFixture({}, this);
        QVERIFY(m_upstream->start());
        QVERIFY(m_mirror->start());
        m_mirrorAlpine = m_mirror->seedImage(u"library/alpine"_s, u"3"_s, {.seed = 9});
        m_upstreamAlpine = m_upstream->seedImage(u"library/alpine"_s, u"3"_s, {.seed = 1});
        m_upstreamOnly = m_upstream->seedImage(u"library/only-upstream"_s, u"1"_s, {.seed = 2});
        QVERIFY(m_mirrorAlpine.digest != m_upstreamAlpine.digest);
        m_mirrorProxy = new FaultProxy(u"127.0.0.1"_s, quint16(m_mirror->baseUrl().port()), this);
        QVERIFY(m_mirrorProxy->start());
    }

    void init() { m_mirrorProxy->clearRequests(); m_mirrorProxy->clearRules(); }

    void registryOf_data()
    {
        QTest::addColumn<QString>("mirror");
        QTest::addColumn<QString>("registry");
        QTest::newRow("https url") << u"https://mirror.example.com/"_s << u"mirror.example.com"_s;
        QTest::newRow("host:port") << u"mirror.example.com:5000"_s << u"mirror.example.com:5000"_s;
        QTest::newRow("http loopback") << u"http://127.0.0.1:5000"_s << u"127.0.0.1:5000"_s;
        QTest::newRow("path") << u"https://mirror.example.com/v2/dockerhub"_s << QString();
        QTest::newRow("ftp") << u"ftp://mirror.example.com"_s << QString();
    }

    void registryOf()
    {
        QFETCH(QString, mirror);
        QFETCH(QString, registry);
        QCOMPARE(mirrors::registryOf(mirror).value_or(QString()), registry);
    }

    void servedByMirror()
    {
        const Selected s = select({client(m_mirrorProxy->hostPort()), client(m_upstream->hostPort())},
                                  u"library/alpine"_s, u"3"_s);
        QVERIFY2(!s.error, qPrintable(s.error.message));
        QVERIFY(s.client);
        QCOMPARE(s.client->registry(), m_mirrorProxy->hostPort());
        QVERIFY(s.skipped.isEmpty());
        QVERIFY(mirrorSaw("HEAD", "/v2/library/alpine/manifests/3"));
        QString digest;
        QVERIFY(!waitForJob(s.client->manifest(u"library/alpine"_s, u"3"_s), {}));
        ManifestJob *job = s.client->manifest(u"library/alpine"_s, u"3"_s);
        waitForJob(job, [&] { digest = job->digest(); });
        QCOMPARE(digest, m_mirrorAlpine.digest);
    }

    void mirrorLacksImageFallsBack()
    {
        const Selected s = select({client(m_mirrorProxy->hostPort()), client(m_upstream->hostPort())},
                                  u"library/only-upstream"_s, u"1"_s);
        QVERIFY2(!s.error, qPrintable(s.error.message));
        QCOMPARE(s.client->registry(), m_upstream->hostPort());
        QCOMPARE(s.skipped.size(), 1);
        QVERIFY(mirrorSaw("HEAD", "/v2/library/only-upstream/manifests/1"));
    }

    void mirrorServerErrorFallsBack()
    {
        m_mirrorProxy->addRule({.method = "HEAD", .path = QRegularExpression(u"/manifests/"_s), .times = -1,
                                .action = FaultProxy::Rule::Action::RespondStatus, .status = 503});
        const Selected s = select({client(m_mirrorProxy->hostPort()), client(m_upstream->hostPort())},
                                  u"library/alpine"_s, u"3"_s);
        QVERIFY2(!s.error, qPrintable(s.error.message));
        QCOMPARE(s.client->registry(), m_upstream->hostPort());
        QVERIFY(mirrorSaw("HEAD", "/v2/library/alpine/manifests/3"));
    }

    void mirrorDownFallsBack()
    {
        QTcpServer closed; // a port nothing listens on
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString down = u"127.0.0.1:"_s + QString::number(closed.serverPort());
        closed.close();
        const Selected s = select({client(down), client(m_upstream->hostPort())}, u"library/alpine"_s, u"3"_s);
        QVERIFY2(!s.error, qPrintable(s.error.message));
        QCOMPARE(s.client->registry(), m_upstream->hostPort());
        QCOMPARE(s.skipped.size(), 1);
    }

    void nowhereIsNotFound()
    {
        const Selected s = select({client(m_mirrorProxy->hostPort()), client(m_upstream->hostPort())},
                                  u"library/nowhere"_s, u"1"_s);
        QCOMPARE(s.error.kind, ErrorKind::NotFound);
        QVERIFY(!s.client);
    }

    // berthctl: a docker.io reference is served by the mirror; the registry never answers for docker.io.
    void berthctlUsesMirror()
    {
        ProcessResult r = ctl({u"--registry-mirror"_s, u"http://"_s + m_mirrorProxy->hostPort(), u"digest"_s, u"alpine:3"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), m_mirrorAlpine.digest.toUtf8());
        QVERIFY(mirrorSaw("HEAD", "/v2/library/alpine/manifests/3"));

        const QString layout = m_dir.path() + u"/alpine-oci"_s;
        r = ctl({u"--registry-mirror"_s, m_mirrorProxy->hostPort(), u"pull"_s, u"docker.io/library/alpine:3"_s, layout});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFile::exists(layout + u"/index.json"_s));
    }

    void berthctlUsesSavedMirrors()
    {
        QDir().mkpath(m_dir.path() + u"/config"_s);
        QFile file(m_dir.path() + u"/config/registries.json"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"registries"_s, QJsonArray()},
                                             {u"registryMirrors"_s, QJsonArray{QJsonValue(u"http://"_s + m_mirrorProxy->hostPort())}}})
                       .toJson());
        file.close();
        const ProcessResult r = ctl({u"digest"_s, u"alpine:3"_s});
        QFile::remove(file.fileName());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), m_mirrorAlpine.digest.toUtf8());
    }

    // The mirror lacks it: docker.io is asked next (unreachable here, so the call fails, naming
    // the skipped mirror).
    void berthctlFallsBackToDockerHub()
    {
        const ProcessResult r = ctl({u"--registry-mirror"_s, m_mirrorProxy->hostPort(), u"digest"_s, u"only-upstream:1"_s});
        QVERIFY(mirrorSaw("HEAD", "/v2/library/only-upstream/manifests/1"));
        QVERIFY2(r.err.contains("skipped"), r.err.constData());
        QVERIFY2(r.err.contains("docker.io"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestMirrors)
#include "tst_proxy_mirrors.moc"
