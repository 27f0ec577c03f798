#pragma once
// One request to a registry, carried through authentication (Bearer or Basic, one retry after a
// challenge), manual redirects (Authorization never crosses to another scheme, host or port; never
// https -> http), and retries with backoff for 429 (Retry-After), 502/503/504 and dropped
// connections while the request can be replayed.

#include "challenge.h"
#include "job.h"
#include "registryerror.h"

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QUrl>

#include <functional>

class QIODevice;
class QNetworkReply;
class QTimer;

namespace berth {

class RegistryClient;

struct RequestSpec {
    QByteArray verb = "GET";
    QString path;              // "/v2/..." relative to the registry's endpoint
    QUrl url;                  // absolute URL instead of path (upload locations, next pages)
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;           // small bodies
    QIODevice *bodyDevice = nullptr; // streamed upload body (not owned); must stay valid until finished
    qint64 bodySize = -1;      // with bodyDevice
    QList<Scope> scopes;       // what the token must grant
    qint64 maxBodySize = 4 * 1024 * 1024; // buffered replies: more is a Protocol error
    bool stream = false;       // 2xx bodies are read by the caller (readyRead/read), not buffered
    // Stream mode: at most this much unread body is held; Qt stops reading the socket beyond it.
    // Set before the request starts, or data already on its way is queued without limit.
    qint64 readBufferSize = 1024 * 1024;
    // Resend after a dropped connection. Off for upload chunks: how much the server kept is asked
    // of the upload session instead.
    bool retryDropped = true;
    ErrorContext context;
};

class RegistryReply final : public Job
{
    Q_OBJECT
public:
    RegistryReply(RegistryClient *client, const RequestSpec &spec);
    ~RegistryReply() override;

    void start();
    void abort() override;

    int status() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    QByteArray header(const QByteArray &name) const;
    QUrl url() const { return m_url; } // the final URL, after redirects
    const RequestSpec &spec() const { return m_spec; }

    // Stream mode.
    qint64 bytesAvailable() const;
    QByteArray read(qint64 maxSize);
    // Into the caller's buffer: no allocation per chunk (hot path of blob downloads).
    qint64 read(char *data, qint64 maxSize);
    void setReadBufferSize(qint64 size);

signals:
    void readyRead();          // stream mode: body bytes of a 2xx answer are ready
    void uploadProgress(qint64 sent, qint64 total);

private:
    void resolveEndpoint();
    void sendAttempt();
    void handleFinished();
    void handleUnauthorized();
    bool retryLater(int afterMs);
    bool replayable() const;
    int backoffMs() const;
    Error networkError() const;

    QPointer<RegistryClient> m_client;
    RequestSpec m_spec;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    QUrl m_url;
    QString m_bearer;
    QList<std::pair<QByteArray, QByteArray>> m_responseHeaders;
    QByteArray m_body;
    int m_status = 0;
    int m_attempt = 0;
    int m_redirects = 0;
    bool m_authRetried = false;
    bool m_foreignOrigin = false; // after a redirect to another origin: no credentials
    bool m_delivered = false;     // stream mode: the caller has read body bytes
    bool m_aborting = false;
};

// Calls then() once every RegistryReply under root (its descendants) that was running has finished,
// or after timeoutMs, whichever comes first; at once when none runs. For requests nobody awaits,
// such as a cancelled upload's DELETE of its session, before whatever would send them goes away.
// Nothing is called if root goes first.
void whenRequestsEnd(QObject *root, int timeoutMs, std::function<void()> then);

} // namespace berth
