#pragma once
// An HTTP/1.1-aware TCP proxy in front of a server (the registry) that records every request and
// injects faults by rule: resets, stalls, injected statuses, corrupt or truncated bodies.

#include "httpparse.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QUrl>

#include <optional>

class QTcpServer;

namespace berth::test {

class FaultProxyConnection;

class FaultProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultProxy)

public:
    struct Rule {
        QByteArray method;       // empty: any
        QRegularExpression path; // searched in the raw target (path and query); empty pattern: any
        int times = 1;           // how many requests it applies to; negative: every one
        enum class Action {
            ResetAfterBytes, // forward `bytes` of the response body, then reset (RST) the client connection
            StallAfterBytes, // forward `bytes` of the body, then nothing more; the connection stays open
            RespondStatus,   // answer `status` with `headers` (and `body`) instead of forwarding
            CorruptByte,     // forward everything with the body byte at offset `bytes` inverted
            TruncateBody,    // forward `bytes` of the body, then close the connection (FIN)
            CutRequestBody,  // forward the request head and `bytes` of its body upstream, then reset both sides
            Hold,            // neither forward nor answer it (nor anything after it on that connection)
        } action = Action::RespondStatus;
        qint64 bytes = 0;
        int status = 503;
        HttpHeaders headers;
        QByteArray body; // RespondStatus: empty gives a registry-style JSON error for the status
    };

    struct Recorded {
        QByteArray method;
        QByteArray target;
        HttpHeaders headers;
        qint64 bodySize = 0;
        int status = 0;       // of the response the client got (0 until its head arrives)
        bool faulted = false; // a rule applied
        QByteArray header(const QByteArray &name) const { return headerValue(headers, name); }
    };

    FaultProxy(const QString &upstreamHost, quint16 upstreamPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool start(); // 127.0.0.1, a free port
    quint16 port() const;
    QString hostPort() const; // "127.0.0.1:PORT"
    QUrl baseUrl() const;     // http://127.0.0.1:PORT

    void addRule(const Rule &rule);
    void clearRules() { m_rules.clear(); }
    // Rules that still have requests to apply to.
    int pendingRules() const;

    QList<Recorded> requests() const { return m_requests; }
    void clearRequests()
    {
        m_firstId += int(m_requests.size());
        m_requests.clear();
    }
    int connectionCount() const { return m_connections; }

private:
    friend class FaultProxyConnection;
    // The rule for this request (consuming one of its times), or nullopt.
    std::optional<Rule> match(const QByteArray &method, const QByteArray &target);
    int record(const Recorded &r); // an id for setStatus
    void setStatus(int id, int status);

    QString m_upstreamHost;
    quint16 m_upstreamPort;
    QTcpServer *m_server = nullptr;
    QList<Rule> m_rules;
    QList<Recorded> m_requests;
    int m_connections = 0;
    int m_firstId = 0; // id of m_requests.first(); ids stay valid across clearRequests()
};

} // namespace berth::test
