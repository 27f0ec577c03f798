#pragma once
// The registries the window knows (saved ones plus those given for this run) and one RegistryClient
// per registry, created after its credentials are resolved (keychain, Docker config, anonymous).

#include "core/credentialstore.h"
#include "core/registrysettings.h"
#include "core/registryoptions.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>


namespace berth {

class CredentialResolver;
class DockerConfig;
class RegistryClient;

class RegistryConnections final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryConnections)
public:
    // settings and store are not owned; store may be null (no keychain: Docker config, anonymous).
    RegistryConnections(RegistrySettings *settings, CredentialStore *store, QObject *parent = nullptr);
    ~RegistryConnections() override;

    RegistrySettings *settings() const { return m_settings; }

    DockerConfig *dockerConfig() const { return m_docker; }
    CredentialStore *store() const { return m_store; }

    // Saved entries first, then the ones added for this run only.
    QList<RegistryEntry> entries() const;
    RegistryEntry entry(const QString &registry) const;
    bool isTemporary(const QString &registry) const;
    void addTemporary(const RegistryEntry &entry);
    void removeTemporary(const QString &registry);

    static RegistryOptions optionsFor(const RegistryEntry &entry, const Credentials &credentials = {});

    // Calls back with the registry's client (at once if it exists), unless context is gone by then.
    void withClient(const QString &registry, QObject *context, std::function<void(RegistryClient *)> callback);
    // Forgets the client (settings or credentials changed); jobs still running on it are dropped.
    void invalidate(const QString &registry);

signals:
    void entriesChanged();
    void clientInvalidated(const QString &registry);

private:
    static QString keyOf(const QString &registry) { return registry.toLower(); }

    RegistrySettings *m_settings;
    QPointer<CredentialStore> m_store;
    DockerConfig *m_docker;
    CredentialResolver *m_resolver;
    QList<RegistryEntry> m_temporary;
    QHash<QString, RegistryClient *> m_clients;
    QHash<QString, QList<std::pair<QPointer<QObject>, std::function<void(RegistryClient *)>>>> m_waiting;
};

} // namespace berth
