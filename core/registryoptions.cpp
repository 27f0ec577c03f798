#include "registryoptions.h"

#include <QHostAddress>

namespace berth {

QString RegistryOptions::hostOf(const QString &hostPort)
{
    if (hostPort.startsWith(u'[')) {
        const qsizetype end = hostPort.indexOf(u']');
        return end > 0 ? hostPort.mid(1, end - 1) : hostPort;
    }
    const qsizetype colon = hostPort.lastIndexOf(u':');
    return colon >= 0 ? hostPort.left(colon) : hostPort;
}

bool RegistryOptions::isLoopbackHost(const QString &hostPort)
{
    const QString host = hostOf(hostPort);
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace berth
