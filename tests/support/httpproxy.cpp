#include "httpproxy.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace berth::test {

namespace {

// Joins two sockets both ways until either side closes.
void pipe(QTcpSocket *client, QTcpSocket *upstream)
{
    QObject::connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
    QObject::connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
    QObject::connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
    QObject::connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
    QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    QObject::connect(upstream, &QTcpSocket::disconnected, upstream, &QObject::deleteLater);
}

} // namespace

HttpProxy::HttpProxy(QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            client->setParent(this);
            auto *buffer = new QByteArray;
            connect(client, &QObject::destroyed, this, [buffer] { delete buffer; });
            auto handler = std::make_shared<QMetaObject::Connection>();
            *handler = connect(client, &QTcpSocket::readyRead, this, [this, client, buffer, handler] {
                *buffer += client->readAll();
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                disconnect(*handler);
                handleHead(client, buffer->left(end + 4), buffer->mid(end + 4));
            });
        }
    });
}

HttpProxy::~HttpProxy() = default;

bool HttpProxy::start()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 HttpProxy::port() const
{
    return m_server->serverPort();
}

QString HttpProxy::url() const
{
    return u"http://127.0.0.1:"_s + QString::number(port());
}

void HttpProxy::handleHead(QTcpSocket *client, const QByteArray &head, const QByteArray &rest)
{
    QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    Recorded r{first.value(0), first.value(1), {}};
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.toLower().startsWith("proxy-authorization:"))
            r.proxyAuthorization = line.mid(line.indexOf(':') + 1).trimmed();
    }
    m_requests << r;

    quint16 port = 0;
    QByteArray forwarded;
    if (r.method == "CONNECT") {
        port = quint16(r.target.mid(r.target.lastIndexOf(':') + 1).toUInt());
    } else {
        const QUrl url = QUrl::fromEncoded(r.target);
        port = quint16(url.port(80));
        // Origin form for the server; the other header lines go on unchanged.
        lines[0] = r.method + ' ' + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + ' ' + first.value(2) + '\r';
        forwarded = lines.join('\n') + rest;
    }
    auto *upstream = new QTcpSocket(this);
    connect(upstream, &QTcpSocket::connected, client, [client, upstream, forwarded, rest, connectMethod = r.method == "CONNECT"] {
        upstream->setProperty("berthConnected", true);
        pipe(client, upstream);
        if (connectMethod) {
            client->write("HTTP/1.1 200 Connection established\r\n\r\n");
            if (!rest.isEmpty())
                upstream->write(rest);
        } else {
            upstream->write(forwarded);
        }
        if (client->bytesAvailable() > 0)
            upstream->write(client->readAll());
    });
    connect(upstream, &QTcpSocket::errorOccurred, client, [client, upstream] {
        if (upstream->property("berthConnected").toBool())
            return; // a closed tunnel, not a failed connect
        client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        client->disconnectFromHost();
        upstream->deleteLater();
    });
    upstream->connectToHost(QHostAddress::LocalHost, port);
}

} // namespace berth::test
