#pragma once
// A tiny forward HTTP proxy for tests: CONNECT tunnels and absolute-form requests, every host
// name resolving to 127.0.0.1 (so tests can use names no DNS knows), each request recorded.

#include <QByteArray>
#include <QList>
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace berth::test {

class HttpProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpProxy)
public:
    struct Recorded {
        QByteArray method;  // "CONNECT", "GET", ...
        QByteArray target;  // "host:port" for CONNECT, the absolute URL otherwise
        QByteArray proxyAuthorization;
    };

    explicit HttpProxy(QObject *parent = nullptr);
    ~HttpProxy() override;

    bool start(); // 127.0.0.1, a free port
    quint16 port() const;
    QString url() const; // "http://127.0.0.1:PORT"

    // The first request of each client connection (a tunnel or a keep-alive connection carries more).
    QList<Recorded> requests() const { return m_requests; }
    void clear() { m_requests.clear(); }

private:
    void handleHead(QTcpSocket *client, const QByteArray &head, const QByteArray &rest);

    QTcpServer *m_server;
    QList<Recorded> m_requests;
};

} // namespace berth::test
