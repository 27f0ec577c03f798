#pragma once
// One HarborClient per Harbor registry, made from the RegistryClient's resolved options (same
// credentials, TLS and proxy settings) and dropped with it.

#include <QHash>
#include <QObject>

#include <functional>

namespace berth {

class HarborClient;
class RegistryConnections;

class HarborConnections final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarborConnections)
public:
    explicit HarborConnections(RegistryConnections *connections, QObject *parent = nullptr);

    RegistryConnections *registryConnections() const { return m_connections; }
    // Calls back with the registry's Harbor client, unless context is gone by then.
    void withClient(const QString &registry, QObject *context, std::function<void(HarborClient *)> callback);

private:
    RegistryConnections *m_connections;
    QHash<QString, HarborClient *> m_clients; // lower-case registry
};

} // namespace berth
