#pragma once
// A minimal HTTP/1.1 server for fakes: every request reaches one handler and is recorded.

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace berth::test {

class FakeHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeHttpServer)

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Request {
        QByteArray method;
        QByteArray target; // raw path+query as sent
        QUrl url;          // absolute, built from Host
        Headers headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const; // case-insensitive, first
        QList<QByteArray> headerValues(const QByteArray &name) const;
    };

    struct Response {
        int status = 200;
        Headers headers;
        QByteArray body;
        // CloseMidBody: Content-Length of the full body, then only half the bytes and close.
        // Stall: headers and half the body, then nothing (connection kept open).
        enum class Fault { None, CloseAfterHeaders, CloseMidBody, Stall } fault = Fault::None;

        static Response json(int status, const QByteArray &body);
        static Response text(int status, const QByteArray &body);
        Response &withHeader(const QByteArray &name, const QByteArray &value)
        {
            headers.append({name, value});
            return *this;
        }
    };

    using Handler = std::function<Response(const Request &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    bool listenTls(const QString &certFile, const QString &keyFile,
                   const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const;
    QUrl baseUrl() const; // http(s)://127.0.0.1:port
    void setHandler(Handler handler);
    QList<Request> requests() const;
    void clearRequests();
    // Connections accepted so far (to check keep-alive reuse).
    int connectionCount() const { return m_connections; }

private:
    void accept();
    void serve(QTcpSocket *socket);
    Response dispatch(const Request &request);

    QTcpServer *m_server = nullptr;
    QHostAddress m_address;
    bool m_tls = false;
    Handler m_handler;
    QList<Request> m_requests;
    int m_connections = 0;
};

} // namespace berth::test
