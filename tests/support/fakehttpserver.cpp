#include "fakehttpserver.h"

#include "httpparse.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

using namespace Qt::StringLiterals;

namespace berth::test {

QByteArray FakeHttpServer::Request::header(const QByteArray &name) const
{
    return headerValue(headers, name);
}

QList<QByteArray> FakeHttpServer::Request::headerValues(const QByteArray &name) const
{
    return test::headerValues(headers, name);
}

FakeHttpServer::Response FakeHttpServer::Response::json(int status, const QByteArray &body)
{
    return Response{status, {{"Content-Type", "application/json"}}, body};
}

FakeHttpServer::Response FakeHttpServer::Response::text(int status, const QByteArray &body)
{
    return Response{status, {{"Content-Type", "text/plain; charset=utf-8"}}, body};
}

FakeHttpServer::FakeHttpServer(QObject *parent) : QObject(parent) {}

FakeHttpServer::~FakeHttpServer() = default;

bool FakeHttpServer::listen(const QHostAddress &address, quint16 port)
{
    delete m_server;
    m_server = new QTcpServer(this);
    m_tls = false;
    m_address = address;
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FakeHttpServer::accept);
    return m_server->listen(address, port);
}

bool FakeHttpServer::listenTls(const QString &certFile, const QString &keyFile, const QHostAddress &address)
{
    QFile cf(certFile), kf(keyFile);
    if (!cf.open(QIODevice::ReadOnly) || !kf.open(QIODevice::ReadOnly))
        return false;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(cf.readAll(), QSsl::Pem);
    const QByteArray keyPem = kf.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (chain.isEmpty() || key.isNull())
        return false;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    // HTTP/1.1 only: the fakes speak nothing else.
    config.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
    delete m_server;
    auto *server = new QSslServer(this);
    server->setSslConfiguration(config);
    m_server = server;
    m_tls = true;
    m_address = address;
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FakeHttpServer::accept);
    return m_server->listen(address, 0);
}

quint16 FakeHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl FakeHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? u"https"_s : u"http"_s);
    url.setHost(m_address.toString());
    url.setPort(port());
    return url;
}

void FakeHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

QList<FakeHttpServer::Request> FakeHttpServer::requests() const
{
    return m_requests;
}

void FakeHttpServer::clearRequests()
{
    m_requests.clear();
}

void FakeHttpServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        serve(socket);
    }
}

FakeHttpServer::Response FakeHttpServer::dispatch(const Request &request)
{
    m_requests.append(request);
    if (!m_handler)
        return Response::text(404, "no handler\n");
    return m_handler(request);
}

void FakeHttpServer::serve(QTcpSocket *socket)
{
    auto reader = std::make_shared<HttpRequestReader>();
    auto stalled = std::make_shared<bool>(false);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    auto onReadyRead = [this, socket, reader, stalled] {
        const QByteArray data = socket->readAll();
        if (!m_tls && data.startsWith('\x16')) {
            // A TLS handshake on the plain server: refuse at once, as real servers answer fast.
            socket->disconnectFromHost();
            return;
        }
        reader->feed(data);
        HttpRequestReader::Request raw;
        while (!*stalled && reader->take(raw)) {
            Request req{raw.head.method, raw.head.target, {}, raw.head.headers, raw.body};
            const QByteArray host = req.header("host");
            req.url = QUrl::fromEncoded((m_tls ? "https://" : "http://")
                                        + (host.isEmpty() ? baseUrl().authority().toLatin1() : host)
                                        + raw.head.target);
            Response resp = dispatch(req);

            const bool head = req.method == "HEAD";
            const bool closeAfter = req.header("connection").toLower() == "close" || raw.head.version == "HTTP/1.0";
            QByteArray out = "HTTP/1.1 " + QByteArray::number(resp.status) + ' ' + reasonPhrase(resp.status) + "\r\n";
            bool hasLength = false;
            for (const auto &h : resp.headers) {
                hasLength = hasLength || h.first.compare("content-length", Qt::CaseInsensitive) == 0;
                out += h.first + ": " + h.second + "\r\n";
            }
            if (!hasLength && resp.status != 204 && resp.status >= 200)
                out += "Content-Length: " + QByteArray::number(resp.body.size()) + "\r\n";
            if (closeAfter)
                out += "Connection: close\r\n";
            out += "\r\n";
            using Fault = Response::Fault;
            switch (resp.fault) {
            case Fault::None:
                socket->write(out + (head ? QByteArray() : resp.body));
                if (closeAfter)
                    socket->disconnectFromHost();
                break;
            case Fault::CloseAfterHeaders:
                socket->write(out);
                socket->disconnectFromHost();
                return;
            case Fault::CloseMidBody:
                socket->write(out + resp.body.left(resp.body.size() / 2));
                socket->disconnectFromHost();
                return;
            case Fault::Stall:
                socket->write(out + resp.body.left(resp.body.size() / 2));
                *stalled = true;
                return;
            }
            if (closeAfter)
                return;
        }
        if (reader->takeContinue())
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        if (reader->failed()) {
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        }
    };
    connect(socket, &QTcpSocket::readyRead, this, onReadyRead);
    if (socket->bytesAvailable() > 0)
        onReadyRead();
}

} // namespace berth::test
