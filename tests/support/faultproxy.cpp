#include "faultproxy.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <linux/sockios.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace berth::test {

// One client connection and its upstream connection. Requests go upstream one at a time, so each
// response belongs to the request at the head of the queue.
class FaultProxyConnection final : public QObject
{
public:
    FaultProxyConnection(FaultProxy *proxy, QTcpSocket *client);

private:
    struct Pending {
        QByteArray wire;
        QByteArray method;
        std::optional<FaultProxy::Rule> rule;
        int index;
    };
    enum class BodyMode { None, Length, Chunked, UntilClose };

    void readClient();
    void sendNext();
    void readUpstream();
    void startResponse();
    void forwardBody(QByteArray data);
    bool scanChunked(const QByteArray &data, qsizetype &used);
    void finishResponse();
    void respondLocally(const FaultProxy::Rule &rule, const QByteArray &method, int index);
    void resetClient();
    void closeAll();

    FaultProxy *m_proxy;
    QPointer<QTcpSocket> m_client;
    QPointer<QTcpSocket> m_upstream;
    HttpRequestReader m_reader;
    QList<Pending> m_queue;
    bool m_inFlight = false;
    bool m_dead = false; // the client connection was faulted: ignore everything
    // response state
    QByteArray m_respBuffer;
    bool m_haveHead = false;
    BodyMode m_mode = BodyMode::None;
    qint64 m_remaining = 0;
    qint64 m_bodySent = 0;
    qint64 m_chunkLeft = -1; // chunked: -1 size line next, -2 trailer, >=0 data (+CRLF) left
    QByteArray m_chunkLine;
};

namespace {

QByteArray errorBody(int status)
{
    const QByteArray code = status == 429 ? "TOOMANYREQUESTS"
        : status == 503                   ? "UNAVAILABLE"
        : status == 401                   ? "UNAUTHORIZED"
        : status == 404                   ? "NAME_UNKNOWN"
                                          : "UNKNOWN";
    return R"({"errors":[{"code":")" + code + R"(","message":"injected by the fault proxy","detail":null}]})";
}

} // namespace

FaultProxyConnection::FaultProxyConnection(FaultProxy *proxy, QTcpSocket *client)
    : QObject(client), m_proxy(proxy), m_client(client)
{
    connect(client, &QTcpSocket::readyRead, this, &FaultProxyConnection::readClient);
    connect(client, &QTcpSocket::disconnected, this, [this] {
        if (m_upstream)
            m_upstream->abort();
        m_client->deleteLater();
    });
    if (client->bytesAvailable())
        readClient();
}

void FaultProxyConnection::readClient()
{
    if (m_dead)
        return;
    m_reader.feed(m_client->readAll());
    HttpRequestReader::Request req;
    while (m_reader.take(req)) {
        FaultProxy::Recorded rec{req.head.method, req.head.target, req.head.headers, req.body.size(), 0, false};
        const std::optional<FaultProxy::Rule> rule = m_proxy->match(req.head.method, req.head.target);
        rec.faulted = rule.has_value();
        const int index = m_proxy->record(rec);

        QByteArray wire = req.head.method + ' ' + req.head.target + " HTTP/1.1\r\n";
        const bool hadLength = !headerValue(req.head.headers, "content-length").isEmpty()
            || !headerValue(req.head.headers, "transfer-encoding").isEmpty();
        for (const auto &h : req.head.headers) {
            const QByteArray name = h.first.toLower();
            if (name != "content-length" && name != "transfer-encoding" && name != "expect")
                wire += h.first + ": " + h.second + "\r\n";
        }
        if (hadLength || !req.body.isEmpty())
            wire += "Content-Length: " + QByteArray::number(req.body.size()) + "\r\n";
        wire += "\r\n" + req.body;
        m_queue.append({wire, req.head.method, rule, index});
    }
    if (m_reader.takeContinue())
        m_client->write("HTTP/1.1 100 Continue\r\n\r\n");
    if (m_reader.failed()) {
        m_client->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        m_client->disconnectFromHost();
        return;
    }
    sendNext();
}

void FaultProxyConnection::sendNext()
{
    while (!m_inFlight && !m_queue.isEmpty() && !m_dead) {
        const Pending &next = m_queue.first();
        if (next.rule && next.rule->action == FaultProxy::Rule::Action::RespondStatus) {
            const Pending p = m_queue.takeFirst();
            respondLocally(*p.rule, p.method, p.index);
            continue;
        }
        if (next.rule && next.rule->action == FaultProxy::Rule::Action::Hold) {
            m_queue.takeFirst();
            m_inFlight = true; // the client waits for an answer that never comes
            return;
        }
        if (!m_upstream || m_upstream->state() == QAbstractSocket::UnconnectedState) {
            if (m_upstream)
                m_upstream->deleteLater();
            m_upstream = new QTcpSocket(this);
            connect(m_upstream, &QTcpSocket::readyRead, this, &FaultProxyConnection::readUpstream);
            QTcpSocket *up = m_upstream;
            connect(up, &QTcpSocket::disconnected, this, [this, up] {
                if (up != m_upstream)
                    return;
                if (m_inFlight && m_haveHead && m_mode == BodyMode::UntilClose) {
                    finishResponse();
                    m_client->disconnectFromHost();
                } else if (m_inFlight && !m_dead) {
                    m_client->abort(); // upstream went away mid-response
                }
            });
            connect(up, &QTcpSocket::errorOccurred, this, [this, up](QAbstractSocket::SocketError e) {
                if (up == m_upstream && e == QAbstractSocket::ConnectionRefusedError && m_client)
                    m_client->abort();
            });
            m_upstream->connectToHost(m_proxy->m_upstreamHost, m_proxy->m_upstreamPort);
        }
        m_inFlight = true;
        m_haveHead = false;
        m_respBuffer.clear();
        if (next.rule && next.rule->action == FaultProxy::Rule::Action::CutRequestBody) {
            // The server sees a request whose body stops short, as when a client's connection drops.
            const qsizetype headEnd = next.wire.indexOf("\r\n\r\n") + 4;
            m_upstream->write(next.wire.left(headEnd + next.rule->bytes));
            QTcpSocket *up = m_upstream;
            auto cut = [this, up] {
                if (up->bytesToWrite() > 0)
                    return;
                up->disconnect(this);
                up->abort();
                m_dead = true;
                resetClient();
            };
            connect(up, &QTcpSocket::bytesWritten, this, cut);
            if (up->state() == QAbstractSocket::ConnectedState)
                up->flush();
            return;
        }
        m_upstream->write(next.wire);
    }
}

void FaultProxyConnection::respondLocally(const FaultProxy::Rule &rule, const QByteArray &method, int index)
{
    const QByteArray body = rule.body.isEmpty() ? errorBody(rule.status) : rule.body;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(rule.status) + ' ' + reasonPhrase(rule.status) + "\r\n";
    if (headerValue(rule.headers, "content-type").isEmpty())
        out += "Content-Type: application/json; charset=utf-8\r\n";
    for (const auto &h : rule.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    if (method != "HEAD")
        out += body;
    m_proxy->setStatus(index, rule.status);
    m_client->write(out);
}

void FaultProxyConnection::readUpstream()
{
    const QByteArray data = m_upstream->readAll();
    if (m_dead || !m_inFlight)
        return;
    if (m_haveHead) {
        forwardBody(data);
        return;
    }
    m_respBuffer += data;
    for (;;) {
        const qsizetype end = m_respBuffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = m_respBuffer.left(end + 4);
        const int status = head.mid(9, 3).toInt();
        if (status >= 100 && status < 200) { // interim: pass on, the real head follows
            m_client->write(head);
            m_respBuffer.remove(0, end + 4);
            continue;
        }
        QList<QByteArray> lines = head.trimmed().split('\n');
        lines.removeFirst();
        for (QByteArray &l : lines)
            l = l.trimmed();
        HttpHeaders headers;
        parseHeaderLines(lines, headers);
        const Pending &p = m_queue.first();
        m_proxy->setStatus(p.index, status);
        if (p.method == "HEAD" || status == 204 || status == 304)
            m_mode = BodyMode::None;
        else if (headerValue(headers, "transfer-encoding").toLower().contains("chunked"))
            m_mode = BodyMode::Chunked;
        else if (const QByteArray cl = headerValue(headers, "content-length"); !cl.isEmpty())
            m_mode = BodyMode::Length;
        else
            m_mode = BodyMode::UntilClose;
        m_remaining = headerValue(headers, "content-length").toLongLong();
        m_bodySent = 0;
        m_chunkLeft = -1;
        m_chunkLine.clear();
        m_haveHead = true;
        m_client->write(head);
        const QByteArray rest = m_respBuffer.mid(end + 4);
        m_respBuffer.clear();
        if (m_mode == BodyMode::None || (m_mode == BodyMode::Length && m_remaining == 0))
            finishResponse();
        else
            forwardBody(rest);
        return;
    }
}

// Walks chunked framing to find where the body ends; `used` gets the bytes that belong to it.
bool FaultProxyConnection::scanChunked(const QByteArray &data, qsizetype &used)
{
    qsizetype i = 0;
    while (i < data.size()) {
        if (m_chunkLeft >= 0) {
            const qint64 n = std::min<qint64>(m_chunkLeft, data.size() - i);
            i += n;
            m_chunkLeft -= n;
            if (m_chunkLeft == 0)
                m_chunkLeft = -1;
            continue;
        }
        const char c = data[i++];
        if (c != '\n') {
            m_chunkLine += c;
            continue;
        }
        const QByteArray line = m_chunkLine.trimmed();
        m_chunkLine.clear();
        if (m_chunkLeft == -2) { // trailer: a blank line ends the message
            if (line.isEmpty()) {
                used = i;
                return true;
            }
            continue;
        }
        if (line.isEmpty())
            continue; // the CRLF after chunk data
        const qint64 size = line.split(';').first().toLongLong(nullptr, 16);
        m_chunkLeft = size == 0 ? -2 : size;
    }
    used = data.size();
    return false;
}

void FaultProxyConnection::forwardBody(QByteArray data)
{
    if (data.isEmpty() && !(m_queue.first().rule && m_queue.first().rule->bytes == 0))
        return;
    bool complete = false;
    if (m_mode == BodyMode::Length) {
        if (data.size() >= m_remaining) {
            data.truncate(m_remaining);
            complete = true;
        }
        m_remaining -= data.size();
    } else if (m_mode == BodyMode::Chunked) {
        qsizetype used = 0;
        complete = scanChunked(data, used);
        data.truncate(used);
    }
    using Action = FaultProxy::Rule::Action;
    const std::optional<FaultProxy::Rule> &rule = m_queue.first().rule;
    const qint64 offset = m_bodySent;
    m_bodySent += data.size();
    if (!rule) {
        m_client->write(data);
    } else if (rule->action == Action::CorruptByte) {
        if (rule->bytes >= offset && rule->bytes < offset + data.size())
            data[rule->bytes - offset] = char(~data[rule->bytes - offset]);
        m_client->write(data);
    } else {
        const qint64 allowed = std::max<qint64>(0, rule->bytes - offset);
        m_client->write(data.left(allowed));
        if (offset + data.size() >= rule->bytes) {
            m_dead = true;
            if (m_upstream)
                m_upstream->abort();
            if (rule->action == Action::TruncateBody)
                m_client->disconnectFromHost();
            else if (rule->action == Action::ResetAfterBytes)
                resetClient();
            return; // StallAfterBytes: nothing more, the client connection stays open
        }
    }
    if (complete)
        finishResponse();
}

void FaultProxyConnection::resetClient()
{
    // An RST drops whatever the kernel still holds, so wait until the peer has every byte we sent.
    m_client->flush();
    auto *timer = new QTimer(this);
    timer->setInterval(2);
    connect(timer, &QTimer::timeout, this, [this, timer] {
        int unacked = 0;
        if (!m_client || m_client->bytesToWrite() > 0
            || (::ioctl(int(m_client->socketDescriptor()), SIOCOUTQ, &unacked) == 0 && unacked > 0))
            return;
        timer->stop();
        const linger hard{1, 0};
        ::setsockopt(int(m_client->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        m_client->abort();
    });
    timer->start();
}

void FaultProxyConnection::finishResponse()
{
    m_inFlight = false;
    m_haveHead = false;
    if (!m_queue.isEmpty())
        m_queue.removeFirst();
    sendNext();
}

FaultProxy::FaultProxy(const QString &upstreamHost, quint16 upstreamPort, QObject *parent)
    : QObject(parent), m_upstreamHost(upstreamHost), m_upstreamPort(upstreamPort)
{
}

FaultProxy::~FaultProxy()
{
    // A socket emits disconnected() from its own destructor; by then it is no longer a
    // QTcpSocket, and the connection that listens is half gone. Nobody listens any more.
    if (m_server) {
        const QList<QAbstractSocket *> sockets = m_server->findChildren<QAbstractSocket *>();
        for (QAbstractSocket *socket : sockets)
            socket->disconnect();
        delete m_server;
    }
}

bool FaultProxy::start()
{
    delete m_server;
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            ++m_connections;
            new FaultProxyConnection(this, socket);
        }
    });
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FaultProxy::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString FaultProxy::hostPort() const
{
    return u"127.0.0.1:"_s + QString::number(port());
}

QUrl FaultProxy::baseUrl() const
{
    return QUrl(u"http://"_s + hostPort());
}

void FaultProxy::addRule(const Rule &rule)
{
    m_rules.append(rule);
}

int FaultProxy::pendingRules() const
{
    return int(std::count_if(m_rules.cbegin(), m_rules.cend(), [](const Rule &r) { return r.times != 0; }));
}

std::optional<FaultProxy::Rule> FaultProxy::match(const QByteArray &method, const QByteArray &target)
{
    const QString t = QString::fromLatin1(target);
    for (Rule &r : m_rules) {
        if (r.times == 0 || (!r.method.isEmpty() && r.method != method))
            continue;
        if (!r.path.pattern().isEmpty() && !r.path.match(t).hasMatch())
            continue;
        if (r.times > 0)
            --r.times;
        return r;
    }
    return std::nullopt;
}

int FaultProxy::record(const Recorded &r)
{
    m_requests.append(r);
    return m_firstId + int(m_requests.size()) - 1;
}

void FaultProxy::setStatus(int id, int status)
{
    const int pos = id - m_firstId;
    if (pos >= 0 && pos < m_requests.size())
        m_requests[pos].status = status;
}

} // namespace berth::test
