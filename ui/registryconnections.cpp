#include "registryconnections.h"

#include "core/credentialresolver.h"
#include "core/credentialstore.h"
#include "core/dockerconfig.h"
#include "core/netutil.h"
#include "core/registryclient.h"

#include <QNetworkAccessManager>

namespace berth {

RegistryConnections::RegistryConnections(RegistrySettings *settings, CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_store(store)
    , m_docker(new DockerConfig(this))
    , m_resolver(new CredentialResolver(store, settings, m_docker, this))
{
    connect(m_settings, &RegistrySettings::changed, this, &RegistryConnections::entriesChanged);
}

RegistryConnections::~RegistryConnections() = default;

QList<RegistryEntry> RegistryConnections::entries() const
{
    QList<RegistryEntry> all = m_settings->entries();
    for (const RegistryEntry &e : m_temporary) {
        if (!m_settings->find(e.registry))
            all << e;
    }
    return all;
}

RegistryEntry RegistryConnections::entry(const QString &registry) const
{
    if (const auto saved = m_settings->find(registry))
        return *saved;
    for (const RegistryEntry &e : m_temporary) {
        if (keyOf(e.registry) == keyOf(registry))
            return e;
    }
    RegistryEntry e;
    e.registry = registry;
    return e;
}

bool RegistryConnections::isTemporary(const QString &registry) const
{
    return !m_settings->find(registry).has_value();
}

void RegistryConnections::addTemporary(const RegistryEntry &entry)
{
    for (const RegistryEntry &e : std::as_const(m_temporary)) {
        if (keyOf(e.registry) == keyOf(entry.registry))
            return;
    }
    m_temporary << entry;
    emit entriesChanged();
}

void RegistryConnections::removeTemporary(const QString &registry)
{
    const auto n = m_temporary.removeIf([&](const RegistryEntry &e) { return keyOf(e.registry) == keyOf(registry); });
    if (n > 0)
        emit entriesChanged();
}

RegistryOptions RegistryConnections::optionsFor(const RegistryEntry &entry, const Credentials &credentials)
{
    RegistryOptions options;
    options.registry = entry.registry;
    options.insecure = entry.insecure;
    options.caFile = entry.caFile;
    options.clientCertFile = entry.clientCertFile;
    options.clientKeyFile = entry.clientKeyFile;
    options.proxy = entry.proxy;
    options.pinnedCertificates = entry.pinnedCertificates;
    // As in berthctl: verify TLS on loopback too (tests of certificate handling).
    options.loopbackIsInsecure = qEnvironmentVariableIntValue("BERTH_STRICT_LOOPBACK") == 0;
    options.credentials = credentials;
    return options;
}

void RegistryConnections::withClient(const QString &registry, QObject *context,
                                     std::function<void(RegistryClient *)> callback)
{
    const QString key = keyOf(registry);
    if (RegistryClient *client = m_clients.value(key)) {
        callback(client);
        return;
    }
    const bool resolving = m_waiting.contains(key);
    m_waiting[key].append({QPointer<QObject>(context), std::move(callback)});
    if (resolving)
        return;
    const RegistryEntry e = entry(registry);
    Credentials wanted;
    wanted.username = e.username;
    CredentialResolution *resolution = m_resolver->resolve(e.registry, wanted);
    auto deliver = [this, key, resolution, e] {
        // A network manager of its own: a client's endpoint probe clears its manager's connections
        // (and Qt's network thread with them), which must not touch other registries' requests.
        QNetworkAccessManager *nam = net::newAccessManager(nullptr);
        auto *client = new RegistryClient(optionsFor(e, resolution->credentials()), nam, this);
        nam->setParent(client);
        m_clients.insert(key, client);
        const auto waiters = m_waiting.take(key);
        for (const auto &[ctx, cb] : waiters) {
            if (ctx)
                cb(client);
        }
    };
    if (resolution->isFinished())
        deliver();
    else
        connect(resolution, &CredentialResolution::finished, this, deliver);
}

void RegistryConnections::invalidate(const QString &registry)
{
    const QString key = keyOf(registry);
    if (RegistryClient *client = m_clients.take(key))
        client->deleteLater();
    emit clientInvalidated(registry);
}

} // namespace berth
