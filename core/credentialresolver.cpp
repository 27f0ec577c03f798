#include "credentialresolver.h"

#include "credentialstore.h"
#include "dockerconfig.h"
#include "netutil.h"
#include "registryclient.h"
#include "logging.h"
#include "registrysettings.h"

#include <QTimer>

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace berth {

CredentialResolver::CredentialResolver(CredentialStore *store, const RegistrySettings *settings, DockerConfig *docker,
                                       QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
    , m_docker(docker)
{
}

CredentialResolution *CredentialResolver::resolve(const QString &registry, const Credentials &explicitCredentials)
{
    auto *resolution = new CredentialResolution(registry, this);
    QString username = explicitCredentials.username;
    if (username.isEmpty() && m_settings) {
        if (const auto entry = m_settings->find(registry))
            username = entry->username;
    }
    const bool given = !explicitCredentials.secret.isEmpty();
    // Started from the event loop so that the caller can connect first, whatever the sources do.
    QTimer::singleShot(0, resolution, [resolution, given, explicitCredentials, store = m_store, username,
                                       docker = m_docker] {
        if (given)
            resolution->finish(explicitCredentials, CredentialResolution::Source::Explicit);
        else
            resolution->tryKeychain(store.data(), username, docker.data());
    });
    return resolution;
}

CredentialResolution::CredentialResolution(const QString &registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{
}

void CredentialResolution::tryKeychain(CredentialStore *store, const QString &username, DockerConfig *docker)
{
    if (!store || username.isEmpty()) {
        tryDocker(docker);
        return;
    }
    CredentialJob *job = store->read(m_registry, username);
    QPointer<DockerConfig> guardedDocker(docker);
    connect(job, &CredentialJob::finished, this, [this, job, username, guardedDocker] {
        if (!job->error() && !job->secret().isEmpty()) {
            finish(Credentials{username, job->secret()}, Source::Keychain);
            return;
        }
        // Reading may skip a locked or missing keychain; only storing (login) must fail on it.
        if (job->error() && job->error().kind != ErrorKind::NotFound)
            addWarning(job->error().message);
        tryDocker(guardedDocker.data());
    });
    // A store deleted mid-read takes its job along: go on rather than wait forever.
    connect(job, &QObject::destroyed, this, [this, guardedDocker] {
        if (!m_finished && !m_dockerStarted)
            tryDocker(guardedDocker.data());
    });
}

void CredentialResolution::tryDocker(DockerConfig *docker)
{
    if (!docker) {
        finish({}, Source::Anonymous);
        return;
    }
    m_dockerStarted = true;
    DockerCredentialLookup *lookup = docker->lookup(m_registry);
    connect(lookup, &DockerCredentialLookup::finished, this, [this, lookup] {
        if (lookup->error())
            addWarning(lookup->error().message);
        if (lookup->found())
            finish(lookup->credentials(), Source::DockerConfig);
        else
            finish({}, Source::Anonymous);
    });
    connect(lookup, &QObject::destroyed, this, [this] { finish({}, Source::Anonymous); });
}

void CredentialResolution::addWarning(const QString &message)
{
    qCInfo(lcCredentials) << "credential source skipped for" << m_registry << ":" << message;
    m_warnings.append(message);
    emit warning(message);
}

void CredentialResolution::finish(const Credentials &credentials, Source source)
{
    if (m_finished)
        return;
    m_finished = true;
    m_credentials = credentials;
    m_source = source;
    qCDebug(lcCredentials) << "credentials for" << m_registry << "from" << source;
    emit finished();
    deleteLater();
}

} // namespace berth

namespace berth {

HarborLoginHint::HarborLoginHint(RegistryClient *client)
    : Job(client), m_client(client)
{
}

void HarborLoginHint::start()
{
    m_client->ensureEndpoint(this, [this](const Error &error) {
        if (error)
            return finish();
        QNetworkRequest request(m_client->baseUrl().resolved(QUrl(QStringLiteral("/api/v2.0/systeminfo"))));
        net::prepare(request, qMin(m_client->options().timeoutMs, 15000));
        if (m_client->baseUrl().scheme() == u"https")
            request.setSslConfiguration(m_client->sslConfiguration());
        QNetworkReply *reply = m_client->networkAccessManager()->get(request);
        net::capBody(reply, 64 * 1024);
        if (m_client->baseUrl().scheme() == u"https")
            m_client->watchTls(reply);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                m_authMode = QJsonDocument::fromJson(reply->readAll()).object().value(u"auth_mode").toString();
            finish();
        });
    });
}

QString HarborLoginHint::hint() const
{
    if (m_authMode != u"oidc_auth")
        return {};
    return tr("%1 is a Harbor that signs users in with OIDC: log in with your user name and the CLI secret "
              "from your Harbor user profile (not your OIDC password), or use a robot account.")
        .arg(m_client->registry());
}

} // namespace berth
