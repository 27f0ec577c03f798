#include "harborconnections.h"

#include "registryconnections.h"

#include "core/harborclient.h"
#include "core/netutil.h"
#include "core/registryclient.h"

#include <QNetworkAccessManager>
#include <QPointer>

namespace berth {

HarborConnections::HarborConnections(RegistryConnections *connections, QObject *parent)
    : QObject(parent), m_connections(connections)
{
    connect(m_connections, &RegistryConnections::clientInvalidated, this, [this](const QString &registry) {
        if (HarborClient *c = m_clients.take(registry.toLower()))
            c->deleteLater();
    });
}

void HarborConnections::withClient(const QString &registry, QObject *context,
                                   std::function<void(HarborClient *)> callback)
{
    if (HarborClient *c = m_clients.value(registry.toLower())) {
        callback(c);
        return;
    }
    QPointer<QObject> guard(context);
    m_connections->withClient(registry, this, [this, registry, guard, callback](RegistryClient *rc) {
        if (!guard)
            return;
        HarborClient *&c = m_clients[registry.toLower()];
        if (!c) {
            QNetworkAccessManager *nam = net::newAccessManager(nullptr);
            c = new HarborClient(rc->options(), nam, this);
            nam->setParent(c);
        }
        callback(c);
    });
}

} // namespace berth
