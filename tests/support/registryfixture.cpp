#include "registryfixture.h"

#include "testcerts.h"
#include "tokenissuer.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace berth::test {
namespace {

QString registryProgram()
{
    const QString env = qEnvironmentVariable("BERTH_DOCKER_REGISTRY");
    return env.isEmpty() ? u"/usr/bin/docker-registry"_s : env;
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

RegistryFixture::RegistryFixture(QObject *parent) : RegistryFixture(Options(), parent) {}

RegistryFixture::RegistryFixture(const Options &options, QObject *parent)
    : QObject(parent), m_options(options)
{
    m_storage = m_options.dataDir.isEmpty() ? m_dir.filePath(u"storage"_s) : m_options.dataDir;
    QDir().mkpath(m_storage);
    m_seeder = std::make_unique<StorageSeeder>(m_storage);
}

RegistryFixture::~RegistryFixture()
{
    stop();
}

void RegistryFixture::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    m_log += m_process->readAll();
    delete m_process;
    m_process = nullptr;
}

bool RegistryFixture::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString RegistryFixture::hostPort() const
{
    return u"127.0.0.1:"_s + QString::number(m_port);
}

QUrl RegistryFixture::baseUrl() const
{
    QUrl url;
    url.setScheme(m_options.tls ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

QString RegistryFixture::caFile() const
{
    return m_caFile;
}

QString RegistryFixture::storageDir() const
{
    return m_storage;
}

QString RegistryFixture::log() const
{
    return QString::fromUtf8(m_log);
}

bool RegistryFixture::writeConfig(quint16 port)
{
    QByteArray yaml = "version: 0.1\n"
                      "log:\n  level: info\n"
                      "storage:\n  filesystem:\n    rootdirectory: " + m_storage.toUtf8() + "\n"
                      "  delete:\n    enabled: " + (m_options.deleteEnabled ? "true" : "false") + "\n"
                      "  maintenance:\n    uploadpurging:\n      enabled: false\n"
                      "http:\n  addr: 127.0.0.1:" + QByteArray::number(port) + "\n"
                      "  secret: berth-test-secret\n";
    if (m_options.tls)
        yaml += "  tls:\n    certificate: " + m_certFile.toUtf8() + "\n    key: " + m_keyFile.toUtf8() + "\n";
    if (m_options.tls && !m_options.clientCaFile.isEmpty())
        yaml += "    clientcas:\n      - " + m_options.clientCaFile.toUtf8() + "\n";
    if (m_options.auth == Auth::Htpasswd)
        yaml += "auth:\n  htpasswd:\n    realm: berth-test\n    path: " + m_htpasswd.toUtf8() + "\n";
    if (m_options.auth == Auth::Token) {
        TokenIssuer *issuer = m_options.issuer;
        yaml += "auth:\n  token:\n    realm: " + issuer->realm().toEncoded() + "\n"
                "    service: " + issuer->service().toUtf8() + "\n"
                "    issuer: " + issuer->issuer().toUtf8() + "\n"
                "    rootcertbundle: " + issuer->rootCertBundle().toUtf8() + "\n";
    }
    QFile f(m_dir.filePath(u"config.yml"_s));
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(yaml) == yaml.size();
}

bool RegistryFixture::start()
{
    if (!m_dir.isValid())
        return false;
    if (m_options.tls && m_caFile.isEmpty()) {
        const TestCertificates certs = TestCertificates::generate(m_dir.filePath(u"tls"_s));
        if (!certs.isValid()) {
            qWarning("RegistryFixture: could not make TLS certificates");
            return false;
        }
        m_caFile = certs.caCertFile;
        m_certFile = certs.serverCertFile;
        m_keyFile = certs.serverKeyFile;
    }
    if (m_options.auth == Auth::Htpasswd && m_htpasswd.isEmpty()) {
        QByteArray lines;
        for (auto it = m_options.users.cbegin(); it != m_options.users.cend(); ++it) {
            QProcess htpasswd;
            htpasswd.start(u"htpasswd"_s, {u"-Bbn"_s, it.key(), it.value()});
            if (!htpasswd.waitForFinished(10000) || htpasswd.exitCode() != 0) {
                qWarning("RegistryFixture: htpasswd failed: %s", htpasswd.readAllStandardError().constData());
                return false;
            }
            lines += htpasswd.readAllStandardOutput().trimmed() + '\n';
        }
        m_htpasswd = m_dir.filePath(u"htpasswd"_s);
        QFile f(m_htpasswd);
        if (!f.open(QIODevice::WriteOnly) || f.write(lines) != lines.size())
            return false;
    }
    if (m_options.auth == Auth::Token) {
        if (!m_options.issuer) {
            qWarning("RegistryFixture: token auth needs an issuer");
            return false;
        }
        if (m_options.issuer->server()->port() == 0 && !m_options.issuer->start()) {
            qWarning("RegistryFixture: the token issuer did not start");
            return false;
        }
    }
    // Another process may take the probed port before the registry binds it: try a few.
    const int attempts = m_options.port ? 1 : 4;
    for (int i = 0; i < attempts; ++i) {
        const quint16 port = m_options.port ? m_options.port : freePort();
        if (port && launch(port))
            return true;
    }
    qWarning("RegistryFixture: docker-registry did not start. Log:\n%s", m_log.constData());
    return false;
}

bool RegistryFixture::launch(quint16 port)
{
    stop();
    if (!writeConfig(port))
        return false;
    m_port = port;
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // A crashed or killed test must not leave a registry behind.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    connect(m_process, &QProcess::readyRead, this, [this] { m_log += m_process->readAll(); });
    m_process->start(registryProgram(), {u"serve"_s, m_dir.filePath(u"config.yml"_s)});
    if (!m_process->waitForStarted(5000))
        return false;
    const QByteArray listening = "listening on 127.0.0.1:" + QByteArray::number(port);
    if (!QTest::qWaitFor([&] { return m_log.contains(listening) || m_process->state() == QProcess::NotRunning; }, 10000)
        || !isRunning())
        return false;

    // Listening is not the same as serving: ask /v2/ until a real HTTP answer comes back.
    QNetworkAccessManager nam;
    const QUrl url = baseUrl().resolved(QUrl(u"/v2/"_s));
    for (int i = 0; i < 50 && isRunning(); ++i) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        if (!m_options.clientCertFile.isEmpty()) {
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.setLocalCertificate(QSslCertificate::fromPath(m_options.clientCertFile).value(0));
            QFile keyFile(m_options.clientKeyFile);
            if (keyFile.open(QIODevice::ReadOnly))
                ssl.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
            request.setSslConfiguration(ssl);
        }
        QNetworkReply *reply = nam.get(request);
        reply->ignoreSslErrors();
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
            reply->abort();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        if (status == 200 || status == 401)
            return true;
    }
    return false;
}

RegistryFixture::Seeded RegistryFixture::seedImage(const QString &repository, const QString &tag, const SeedOptions &o)
{
    return m_seeder->seedImage(repository, tag, o);
}

RegistryFixture::Seeded RegistryFixture::seedIndex(const QString &repository, const QString &tag,
                                                   const QStringList &platforms, bool oci, quint32 seed)
{
    return m_seeder->seedIndex(repository, tag, platforms, oci, seed);
}

void RegistryFixture::addTag(const QString &repository, const QString &tag, const QString &digest)
{
    m_seeder->addTag(repository, tag, digest);
}

} // namespace berth::test
