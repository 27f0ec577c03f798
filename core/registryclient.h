#pragma once
// The registry API v2 for one registry: endpoint discovery (HTTPS first; unverified TLS and plain
// HTTP only for registries marked insecure or on loopback), and the requests everything else
// builds on. Asynchronous; one instance per registry, sharing an injected QNetworkAccessManager.

#include "authenticator.h"
#include "registryoptions.h"
#include "registryreply.h"

#include <QObject>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace berth {

class ListJob;
class ManifestJob;
class BlobBytesJob;

class RegistryClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryClient)
public:
    // nam must serve this client alone: probing the endpoint over HTTPS clears its connections, and
    // in Qt 6 that ends its network thread with every request queued there (other registries'
    // requests on a shared manager would never be sent).
    RegistryClient(const RegistryOptions &options, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~RegistryClient() override;

    const RegistryOptions &options() const { return m_options; }
    QString registry() const { return m_options.registry; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    Authenticator *authenticator() const { return m_auth; }

    // Which API the endpoint probe asks for: the registry's /v2/ or Harbor's /api/v2.0/ping.
    enum class Api { Registry, Harbor };
    void setProbedApi(Api api) { m_api = api; }

    // Finds how to reach the registry (once; later calls reuse the answer). The callback runs
    // exactly once, unless context is destroyed first.
    void ensureEndpoint(QObject *context, std::function<void(const Error &)> callback);
    QUrl baseUrl() const { return m_baseUrl; }
    bool isPlainHttp() const { return m_baseUrl.scheme() == u"http"; }
    bool verifiesTls() const { return m_verifyTls; }
    QSslConfiguration sslConfiguration() const;
    // The certificate chain and errors of the last TLS handshake that did not verify, for the GUI
    // to show with a Tls error; empty when none failed.
    struct TlsProblem {
        QList<QSslCertificate> chain; // leaf first
        QList<QSslError> errors;
    };
    TlsProblem lastTlsProblem() const { return m_tlsProblem; }
    // Every HTTPS reply of this client goes through here: remembers a failed handshake's chain and
    // accepts exactly the leaf certificates pinned in the options.
    void watchTls(QNetworkReply *reply);
    // Set once the registry asked for Basic authentication.
    bool usesBasicAuth() const { return m_basicAuth; }
    void setUsesBasicAuth(bool on) { m_basicAuth = on; }

    // Starts a request; see RegistryReply.
    RegistryReply *send(const RequestSpec &spec);

    // GET /v2/ with authentication: proves the registry is reachable and the credentials work.
    RegistryReply *ping();
    // Every repository (follows Link paging, with loop guards). pageSize 0: the server's default.
    ListJob *catalog(int pageSize = 0);
    // Every tag of a repository, in natural order.
    ListJob *tags(const QString &repository, int pageSize = 0);
    // GET (or HEAD) a manifest by tag or digest, verifying its digest.
    ManifestJob *manifest(const QString &repository, const QString &reference, bool headOnly = false);
    // A small blob (a config) read into memory and verified.
    BlobBytesJob *blobBytes(const QString &repository, const QString &digest, qint64 maxSize = 32 * 1024 * 1024);
    // HEAD a blob: status 200 (exists) or 404 (missing; not an error for the caller to show).
    RegistryReply *headBlob(const QString &repository, const QString &digest);
    // PUT a manifest under a tag or digest; the reply's Docker-Content-Digest names it.
    RegistryReply *putManifest(const QString &repository, const QString &reference, const QByteArray &bytes,
                               const QString &mediaType);
    // DELETE a manifest by digest (202). 405: deletion disabled on the registry.
    RegistryReply *deleteManifest(const QString &repository, const QString &digest);

    static QString manifestPath(const QString &repository, const QString &reference);
    static QString blobPath(const QString &repository, const QString &digest);

private:
    void probe(int candidate);
    void finishProbe(const Error &error);

    RegistryOptions m_options;
    QNetworkAccessManager *m_nam;
    Authenticator *m_auth;
    QUrl m_baseUrl;
    bool m_verifyTls = true;
    bool m_basicAuth = false;
    Api m_api = Api::Registry;
    bool m_probing = false;
    Error m_endpointError;
    bool m_endpointKnown = false;
    QList<std::pair<QPointer<QObject>, std::function<void(const Error &)>>> m_endpointWaiters;
    QList<Error> m_probeErrors;
    TlsProblem m_tlsProblem;
};

} // namespace berth
