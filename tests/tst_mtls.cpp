// Mutual TLS against the real registry requiring client certificates (http.tls.clientcas):
// refused without one, accepted with --cert/--key and with Docker's certs.d client.cert/client.key.
// Pinned certificates: a registry whose certificate does not verify is accepted when exactly its
// certificate was trusted, and another certificate still is not.

#include "core/netutil.h"
#include "core/registryclient.h"
#include "core/registryjobs.h"

#include "support/registryfixture.h"
#include "support/testcerts.h"
#include "support/testutil.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;
using namespace berth::test;
using namespace Qt::StringLiterals;

class TestMtls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestCertificates m_client;
    test::RegistryFixture *m_mtls = nullptr;
    test::RegistryFixture *m_other = nullptr;
    QNetworkAccessManager m_nam;

    ProcessResult ctl(const QStringList &args)
    {
        return runBerthctl(QStringList{u"--config-dir"_s, m_dir.path() + u"/config"_s, u"--ca-file"_s, m_mtls->caFile()} + args,
                           {}, {u"BERTH_STRICT_LOOPBACK=1"_s, u"DOCKER_CONFIG="_s + m_dir.path() + u"/nodocker"_s});
    }

    Error ping(const berth::RegistryOptions &options, RegistryClient::TlsProblem *problem = nullptr)
    {
        m_nam.clearConnectionCache();
        RegistryClient client(options, &m_nam);
        const Error e = waitForJob(client.ping());
        if (problem)
            *problem = client.lastTlsProblem();
        return e;
    }

private slots:
    void initTestCase()
    {
        m_client = TestCertificates::generateClient(m_dir.path() + u"/client"_s);
        QVERIFY(m_client.isValid());
        m_mtls = new test::RegistryFixture({.tls = true, .clientCaFile = m_client.caCertFile,
                                            .clientCertFile = m_client.serverCertFile,
                                            .clientKeyFile = m_client.serverKeyFile}, this);
        QVERIFY(m_mtls->start());
        m_mtls->seedImage(u"team/mtls"_s, u"1"_s);
        m_other = new test::RegistryFixture({.tls = true}, this);
        QVERIFY(m_other->start());
    }

    void refusedWithoutClientCertificate()
    {
        const ProcessResult r = ctl({u"catalog"_s, m_mtls->hostPort()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.out.contains("team/mtls"), r.out.constData());
    }

    void acceptedWithCertAndKey()
    {
        const ProcessResult r = ctl({u"--cert"_s, m_client.serverCertFile, u"--key"_s, m_client.serverKeyFile,
                                     u"catalog"_s, m_mtls->hostPort()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), QByteArray("team/mtls"));
    }

    // A certificate of another CA is refused by the registry too.
    void refusedWithForeignClientCertificate()
    {
        const TestCertificates foreign = TestCertificates::generateClient(m_dir.path() + u"/foreign"_s);
        const ProcessResult r = ctl({u"--cert"_s, foreign.serverCertFile, u"--key"_s, foreign.serverKeyFile,
                                     u"catalog"_s, m_mtls->hostPort()});
        QCOMPARE(r.exitCode, 1);
    }

    // Docker's layout: <certs.d>/<host:port>/client.cert + client.key, used when none is given.
    void acceptedFromDockerCertsDir()
    {
        const QString certsDir = m_dir.path() + u"/certs.d"_s;
        const QString hostDir = certsDir + u'/' + m_mtls->hostPort();
        QVERIFY(QDir().mkpath(hostDir));
        QVERIFY(QFile::copy(m_client.serverCertFile, hostDir + u"/client.cert"_s));
        QVERIFY(QFile::copy(m_client.serverKeyFile, hostDir + u"/client.key"_s));
        QVERIFY(QFile::copy(m_mtls->caFile(), hostDir + u"/ca.crt"_s));
        berth::RegistryOptions options;
        options.registry = m_mtls->hostPort();
        options.loopbackIsInsecure = false;
        options.maxRetries = 0;
        QVERIFY(ping(options)); // no client certificate: the handshake is refused
        options.dockerCertsDir = certsDir;
        const Error e = ping(options);
        QVERIFY2(!e, qPrintable(e.message));
    }

    // The chain of a certificate that does not verify comes with the error; pinning exactly that
    // certificate makes it accepted; a pin of another certificate does not.
    void pinnedCertificate()
    {
        berth::RegistryOptions options;
        options.registry = m_other->hostPort();
        options.loopbackIsInsecure = false;
        options.maxRetries = 0;
        RegistryClient::TlsProblem problem;
        const Error refused = ping(options, &problem);
        QCOMPARE(refused.kind, ErrorKind::Tls);
        QVERIFY(!problem.chain.isEmpty());
        QVERIFY(!problem.errors.isEmpty());
        QCOMPARE(problem.chain.first().subjectInfo(QSslCertificate::CommonName).value(0), u"localhost"_s);

        // Another registry's certificate pinned: still refused.
        RegistryClient::TlsProblem mtlsProblem;
        berth::RegistryOptions mtls = options;
        mtls.registry = m_mtls->hostPort();
        mtls.clientCertFile = m_client.serverCertFile;
        mtls.clientKeyFile = m_client.serverKeyFile;
        ping(mtls, &mtlsProblem);
        QVERIFY(!mtlsProblem.chain.isEmpty());
        options.pinnedCertificates = {net::sha256Fingerprint(mtlsProblem.chain.first())};
        QCOMPARE(ping(options).kind, ErrorKind::Tls);

        options.pinnedCertificates = {net::sha256Fingerprint(problem.chain.first())};
        const Error accepted = ping(options);
        QVERIFY2(!accepted, qPrintable(accepted.message));
        // And the requests after the probe too.
        RegistryClient client(options, &m_nam);
        QVERIFY(!waitForJob(client.catalog()));
    }
};

QTEST_GUILESS_MAIN(TestMtls)
#include "tst_mtls.moc"
