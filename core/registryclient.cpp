#include "registryclient.h"

#include "logging.h"
#include "netutil.h"
#include "proxy.h"
#include "registryjobs.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
enum Candidate { HttpsVerified, HttpsUnverified, PlainHttp, CandidateCount };
}

RegistryClient::RegistryClient(const RegistryOptions &options, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_nam(nam)
    , m_auth(new Authenticator(nam, options.credentials, options.allowsInsecure(), this))
{
    m_auth->timeoutMs = options.timeoutMs;
    m_auth->proxy = options.proxy;
    if (!options.proxy.isEmpty())
        ProxyFactory::install(nam)->setRegistryProxy(options.registry, options.proxy);
}

RegistryClient::~RegistryClient() = default;

QSslConfiguration RegistryClient::sslConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    QStringList caFiles;
    if (!m_options.caFile.isEmpty())
        caFiles << m_options.caFile;
    // Docker's per-registry folder: a CA, and a client certificate unless one is given.
    const QString dockerDir = m_options.dockerCertsDir + u'/' + m_options.registry + u'/';
    if (QFile::exists(dockerDir + u"ca.crt"_s))
        caFiles << dockerDir + u"ca.crt"_s;
    for (const QString &file : std::as_const(caFiles)) {
        const auto certs = QSslCertificate::fromPath(file, QSsl::Pem);
        if (certs.isEmpty())
            qCWarning(lcRegistry) << "no certificate could be read from" << file;
        config.addCaCertificates(certs);
    }
    QString certFile = m_options.clientCertFile;
    QString keyFile = m_options.clientKeyFile;
    if (certFile.isEmpty() && QFile::exists(dockerDir + u"client.cert"_s)) {
        certFile = dockerDir + u"client.cert"_s;
        keyFile = dockerDir + u"client.key"_s;
    }
    if (!certFile.isEmpty()) {
        const auto certs = QSslCertificate::fromPath(certFile, QSsl::Pem);
        if (certs.isEmpty())
            qCWarning(lcRegistry) << "no client certificate could be read from" << certFile;
        else
            config.setLocalCertificate(certs.first());
        QFile file(keyFile.isEmpty() ? certFile : keyFile);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray pem = file.readAll();
            QSslKey key;
            for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
                key = QSslKey(pem, algorithm);
                if (!key.isNull())
                    break;
            }
            if (key.isNull())
                qCWarning(lcRegistry) << "no private key could be read from" << file.fileName();
            config.setPrivateKey(key);
        } else {
            qCWarning(lcRegistry) << "cannot read the client key" << file.fileName();
        }
    }
    if (!m_verifyTls)
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
    return config;
}

void RegistryClient::watchTls(QNetworkReply *reply)
{
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
        if (chain.isEmpty()) {
            for (const QSslError &e : errors) {
                if (!e.certificate().isNull() && !chain.contains(e.certificate()))
                    chain << e.certificate();
            }
        }
        if (!chain.isEmpty() && m_options.pinnedCertificates.contains(net::sha256Fingerprint(chain.first()))) {
            qCDebug(lcRegistry) << "accepting the certificate pinned for" << m_options.registry;
            reply->ignoreSslErrors();
            return;
        }
        m_tlsProblem = {chain, errors};
    });
}

void RegistryClient::ensureEndpoint(QObject *context, std::function<void(const Error &)> callback)
{
    if (m_endpointKnown) {
        callback(m_endpointError);
        return;
    }
    m_endpointWaiters.append({QPointer<QObject>(context), std::move(callback)});
    if (m_probing)
        return;
    m_probing = true;
    m_probeErrors.clear();
    m_tlsProblem = {};
    probe(HttpsVerified);
}

void RegistryClient::probe(int candidate)
{
    if (candidate >= CandidateCount || (candidate != HttpsVerified && !m_options.allowsInsecure())) {
        const Error first = m_probeErrors.value(0);
        Error e = first;
        if (first.kind == ErrorKind::Tls && !m_options.allowsInsecure()) {
            e.message = tr("The TLS certificate of %1 is not trusted: %2. Give its CA certificate (--ca-file), "
                           "or mark the registry insecure (--insecure) if you trust the network.")
                            .arg(m_options.registry, first.message);
        } else if (m_options.allowsInsecure()) {
            // Plain HTTP was the last try; its error tells best why nothing answered.
            e = m_probeErrors.constLast();
            e.message = tr("Could not connect to %1 over HTTPS or HTTP: %2").arg(m_options.registry, e.message);
        } else {
            e.message = tr("Could not connect to %1: %2").arg(m_options.registry, first.message);
        }
        finishProbe(e);
        return;
    }
    const QString scheme = candidate == PlainHttp ? QStringLiteral("http") : QStringLiteral("https");
    const QUrl base(scheme + u"://"_s + m_options.registry);
    if (!base.isValid() || base.host().isEmpty()) {
        finishProbe(Error::make(ErrorKind::InvalidInput, tr("\"%1\" is not a valid registry address.").arg(m_options.registry)));
        return;
    }
    m_baseUrl = base;
    m_verifyTls = candidate == HttpsVerified;

    // Qt reuses a cached connection with the TLS settings it was made with, whatever a later
    // request asks for: start each TLS mode afresh.
    if (scheme == u"https")
        m_nam->clearConnectionCache();
    QNetworkRequest request(base.resolved(QUrl(m_api == Api::Harbor ? u"/api/v2.0/ping"_s : u"/v2/"_s)));
    net::prepare(request, qMin(m_options.timeoutMs, 15000));
    if (scheme == u"https")
        request.setSslConfiguration(sslConfiguration());
    QNetworkReply *reply = m_nam->get(request);
    net::capBody(reply, 64 * 1024);
    connect(reply, &QNetworkReply::finished, this, [this, reply, candidate] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 0) {
            if (status == 404) {
                finishProbe(m_api == Api::Harbor
                                ? Error::make(ErrorKind::NotFound,
                                              tr("%1 answers, but not as Harbor (no /api/v2.0).").arg(m_options.registry), status)
                                : Error::make(ErrorKind::Protocol,
                                              tr("%1 answers, but not as a container registry (no /v2/ API).")
                                                  .arg(m_options.registry),
                                              status));
                return;
            }
            qCDebug(lcRegistry) << "endpoint of" << m_options.registry << "is" << m_baseUrl.toString()
                                << (m_verifyTls ? "" : "(TLS not verified)");
            if (candidate != HttpsVerified)
                qCDebug(lcRegistry) << "using" << (candidate == PlainHttp ? "plain HTTP" : "unverified TLS")
                                   << "for insecure registry" << m_options.registry;
            finishProbe({});
            return;
        }
        const bool tls = reply->error() == QNetworkReply::SslHandshakeFailedError;
        const bool certificate = reply->property("berthSslErrors").isValid();
        m_probeErrors << Error::make(tls ? ErrorKind::Tls : ErrorKind::Network, reply->errorString());
        // Unverified TLS helps only when the certificate was the problem; otherwise try plain HTTP.
        probe(candidate == HttpsVerified && !certificate ? PlainHttp : candidate + 1);
    });
    if (scheme == u"https") {
        watchTls(reply);
        connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
            QStringList texts;
            for (const QSslError &e : errors)
                texts << e.errorString();
            reply->setProperty("berthSslErrors", texts.join(u"; "));
        });
    }
}

void RegistryClient::finishProbe(const Error &error)
{
    m_probing = false;
    // A failure is not remembered: the next request probes again (the registry may be back).
    m_endpointKnown = !error;
    m_endpointError = error;
    const auto waiters = std::exchange(m_endpointWaiters, {});
    for (const auto &[context, callback] : waiters) {
        if (context)
            callback(error);
    }
}

RegistryReply *RegistryClient::send(const RequestSpec &spec)
{
    auto *reply = new RegistryReply(this, spec);
    reply->start();
    return reply;
}

QString RegistryClient::manifestPath(const QString &repository, const QString &reference)
{
    return u"/v2/"_s + repository + u"/manifests/"_s + reference;
}

QString RegistryClient::blobPath(const QString &repository, const QString &digest)
{
    return u"/v2/"_s + repository + u"/blobs/"_s + digest;
}

RegistryReply *RegistryClient::ping()
{
    RequestSpec spec;
    spec.path = QStringLiteral("/v2/");
    spec.maxBodySize = 64 * 1024;
    spec.context = {m_options.registry, m_options.registry, {}};
    return send(spec);
}

ListJob *RegistryClient::catalog(int pageSize)
{
    auto *job = new ListJob(this, ListJob::Catalog, {}, pageSize);
    job->start();
    return job;
}

ListJob *RegistryClient::tags(const QString &repository, int pageSize)
{
    auto *job = new ListJob(this, ListJob::Tags, repository, pageSize);
    job->start();
    return job;
}

ManifestJob *RegistryClient::manifest(const QString &repository, const QString &reference, bool headOnly)
{
    auto *job = new ManifestJob(this, repository, reference, headOnly);
    job->start();
    return job;
}

BlobBytesJob *RegistryClient::blobBytes(const QString &repository, const QString &digest, qint64 maxSize)
{
    auto *job = new BlobBytesJob(this, repository, digest, maxSize);
    job->start();
    return job;
}

RegistryReply *RegistryClient::headBlob(const QString &repository, const QString &digest)
{
    RequestSpec spec;
    spec.verb = "HEAD";
    spec.path = blobPath(repository, digest);
    spec.scopes = {Scope::repository(repository, {QStringLiteral("pull")})};
    spec.context = {m_options.registry, repository + u'@' + digest, {}};
    return send(spec);
}

RegistryReply *RegistryClient::putManifest(const QString &repository, const QString &reference,
                                           const QByteArray &bytes, const QString &mediaType)
{
    RequestSpec spec;
    spec.verb = "PUT";
    spec.path = manifestPath(repository, reference);
    spec.headers = {{QByteArrayLiteral("Content-Type"), mediaType.toUtf8()}};
    spec.body = bytes;
    spec.scopes = {Scope::repository(repository, {QStringLiteral("pull"), QStringLiteral("push")})};
    spec.context = {m_options.registry, repository + (reference.startsWith(u"sha256:") ? u'@' : u':') + reference,
                    QStringLiteral("push")};
    return send(spec);
}

RegistryReply *RegistryClient::deleteManifest(const QString &repository, const QString &digest)
{
    RequestSpec spec;
    spec.verb = "DELETE";
    spec.path = manifestPath(repository, digest);
    spec.scopes = {Scope::repository(repository, {QStringLiteral("delete")})};
    spec.context = {m_options.registry, repository + u'@' + digest, QStringLiteral("delete")};
    return send(spec);
}

} // namespace berth
