#include "registryreply.h"

#include "logging.h"
#include "netutil.h"
#include "registryclient.h"

#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
constexpr qint64 MaxErrorBody = 64 * 1024;
constexpr int MaxRedirects = 5;
constexpr int MaxRetryAfterMs = 60 * 1000;

int retryAfterMs(const QByteArray &value)
{
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return qBound(0, seconds * 1000, MaxRetryAfterMs);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (when.isValid())
        return int(qBound<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when), qint64(MaxRetryAfterMs)));
    return -1;
}
} // namespace

RegistryReply::RegistryReply(RegistryClient *client, const RequestSpec &spec)
    : Job(client), m_client(client), m_spec(spec)
{
}

RegistryReply::~RegistryReply()
{
    if (m_reply) {
        m_aborting = true;
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void RegistryReply::start()
{
    // Never finish inside start(): the caller connects to finished() after send() returns.
    QMetaObject::invokeMethod(this, [this] {
        if (!isFinished() && m_client)
            resolveEndpoint();
    }, Qt::QueuedConnection);
}

void RegistryReply::resolveEndpoint()
{
    m_client->ensureEndpoint(this, [this](const Error &error) {
        if (error) {
            finish(error);
            return;
        }
        m_url = m_spec.url.isValid() ? m_spec.url : m_client->baseUrl().resolved(QUrl(m_spec.path));
        sendAttempt();
    });
}

void RegistryReply::abort()
{
    if (isFinished())
        return;
    if (m_reply) {
        m_aborting = true;
        m_reply->abort();
    }
    Job::abort();
}

bool RegistryReply::replayable() const
{
    return !m_spec.bodyDevice || !m_spec.bodyDevice->isSequential();
}

int RegistryReply::backoffMs() const
{
    // 0.5 s, 1 s, 2 s, 4 s ... with jitter, capped.
    const int base = qMin(500 << qMin(m_attempt, 6), 16000);
    return base + int(QRandomGenerator::global()->bounded(base / 4 + 1));
}

void RegistryReply::sendAttempt()
{
    m_status = 0;
    m_body.clear();
    m_responseHeaders.clear();

    QNetworkRequest request(m_url);
    net::prepare(request, m_client->options().timeoutMs);
    if (m_url.scheme() == u"https")
        request.setSslConfiguration(m_client->sslConfiguration());
    for (const auto &[name, value] : std::as_const(m_spec.headers))
        request.setRawHeader(name, value);

    if (!m_foreignOrigin) {
        if (m_bearer.isEmpty())
            m_bearer = m_client->authenticator()->cachedToken(m_spec.scopes);
        const Credentials &creds = m_client->authenticator()->credentials();
        if (!m_bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_bearer.toUtf8());
        else if (m_client->usesBasicAuth() && !creds.isEmpty())
            request.setRawHeader("Authorization", net::basicAuthorization(creds.username, creds.secret));
    }

    QNetworkAccessManager *nam = m_client->networkAccessManager();
    QNetworkReply *reply = nullptr;
    if (m_spec.bodyDevice) {
        if (m_attempt > 0 || m_authRetried || m_redirects > 0)
            m_spec.bodyDevice->seek(0);
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_spec.bodySize);
        reply = nam->sendCustomRequest(request, m_spec.verb, m_spec.bodyDevice);
    } else if (m_spec.verb == "GET") {
        reply = nam->get(request);
    } else if (m_spec.verb == "HEAD") {
        reply = nam->head(request);
    } else {
        if (m_spec.verb != "DELETE" || !m_spec.body.isEmpty())
            request.setHeader(QNetworkRequest::ContentLengthHeader, m_spec.body.size());
        reply = nam->sendCustomRequest(request, m_spec.verb, m_spec.body);
    }
    if (m_spec.stream)
        reply->setReadBufferSize(m_spec.readBufferSize);
    if (m_url.scheme() == u"https")
        m_client->watchTls(reply);
    m_reply = reply;
    qCDebug(lcHttp) << m_spec.verb.constData() << m_url.toDisplayString(QUrl::RemoveQuery);

    connect(reply, &QNetworkReply::uploadProgress, this, &RegistryReply::uploadProgress);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (reply != m_reply)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (m_spec.stream && status >= 200 && status < 300) {
            m_status = status;
            emit readyRead();
            return;
        }
        const qint64 cap = (status >= 200 && status < 300) ? m_spec.maxBodySize : MaxErrorBody;
        m_body += reply->read(qMax<qint64>(0, cap + 1 - m_body.size()));
        if (m_body.size() > cap && status >= 200 && status < 300) {
            m_aborting = true;
            reply->abort();
            finish(Error::make(ErrorKind::Protocol,
                               tr("The answer of %1 for %2 is larger than %3 bytes; refusing to read more.")
                                   .arg(m_spec.context.registry, m_spec.context.subject)
                                   .arg(m_spec.maxBodySize)));
        } else if (m_body.size() > cap) {
            reply->readAll(); // error bodies beyond the cap are dropped
            m_body.truncate(cap);
        }
    });
    connect(reply, &QNetworkReply::finished, this, &RegistryReply::handleFinished);
}

QByteArray RegistryReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_responseHeaders) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

qint64 RegistryReply::bytesAvailable() const
{
    return m_reply ? m_reply->bytesAvailable() : 0;
}

QByteArray RegistryReply::read(qint64 maxSize)
{
    if (!m_reply)
        return {};
    QByteArray data = m_reply->read(maxSize);
    if (!data.isEmpty())
        m_delivered = true;
    return data;
}

qint64 RegistryReply::read(char *data, qint64 maxSize)
{
    if (!m_reply)
        return 0;
    const qint64 n = m_reply->read(data, maxSize);
    if (n > 0)
        m_delivered = true;
    return n;
}

void RegistryReply::setReadBufferSize(qint64 size)
{
    if (m_reply)
        m_reply->setReadBufferSize(size);
}

Error RegistryReply::networkError() const
{
    const bool tls = m_reply && m_reply->error() == QNetworkReply::SslHandshakeFailedError;
    const QString reason = m_reply ? m_reply->errorString() : QString();
    return Error::make(tls ? ErrorKind::Tls : ErrorKind::Network,
                       tr("Connection to %1 failed while reading %2: %3")
                           .arg(m_url.authority(), m_spec.context.subject, reason));
}

bool RegistryReply::retryLater(int afterMs)
{
    if (m_attempt >= m_client->options().maxRetries || !replayable() || m_delivered)
        return false;
    ++m_attempt;
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &RegistryReply::sendAttempt);
    }
    qCInfo(lcHttp) << "retrying" << m_spec.verb.constData() << m_url.toDisplayString(QUrl::RemoveQuery) << "in"
                   << afterMs << "ms (attempt" << m_attempt << ")";
    m_retryTimer->start(afterMs);
    return true;
}

void RegistryReply::handleFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || sender() != reply)
        return;
    reply->deleteLater();
    if (isFinished() || m_aborting) {
        m_reply = nullptr;
        return;
    }
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_responseHeaders = reply->rawHeaderPairs();
    if (!m_spec.stream || m_status < 200 || m_status >= 300)
        m_body += reply->read(qMax<qint64>(0, MaxErrorBody - m_body.size()));

    if (m_status == 0) {
        const Error error = networkError();
        m_reply = nullptr;
        if (error.kind == ErrorKind::Network && m_spec.retryDropped && retryLater(backoffMs()))
            return;
        finish(error);
        return;
    }

    if (m_status == 401) {
        m_reply = nullptr;
        handleUnauthorized();
        return;
    }

    if (m_status >= 300 && m_status < 400 && m_status != 304) {
        const QUrl target = m_url.resolved(QUrl::fromEncoded(header("Location")));
        m_reply = nullptr;
        if (!target.isValid() || header("Location").isEmpty()) {
            finish(Error::make(ErrorKind::Protocol, tr("%1 redirected without a location.").arg(m_url.authority()), m_status));
            return;
        }
        if (m_url.scheme() == u"https" && target.scheme() != u"https") {
            finish(Error::make(ErrorKind::Protocol,
                               tr("%1 redirected from HTTPS to %2; Berth does not follow such redirects.")
                                   .arg(m_url.authority(), target.toDisplayString(QUrl::RemoveQuery)),
                               m_status));
            return;
        }
        if (++m_redirects > MaxRedirects) {
            finish(Error::make(ErrorKind::Protocol, tr("Too many redirects from %1.").arg(m_url.authority()), m_status));
            return;
        }
        if (!net::sameOrigin(m_url, target))
            m_foreignOrigin = true; // object storage: its signed URL is the authorisation
        qCDebug(lcHttp) << "redirect to" << target.toDisplayString(QUrl::RemoveQuery)
                        << (m_foreignOrigin ? "(without credentials)" : "");
        m_url = target;
        sendAttempt();
        return;
    }

    if (m_status == 429 || m_status == 502 || m_status == 503 || m_status == 504) {
        const int wait = retryAfterMs(header("Retry-After"));
        m_reply = nullptr;
        if (retryLater(wait >= 0 ? wait : backoffMs()))
            return;
        finish(RegistryErrors::fromHttp(m_status, m_body, m_spec.context));
        return;
    }

    const QStringList warnings = RegistryErrors::warnings({header("Warning")});
    for (const QString &w : warnings)
        qCWarning(lcRegistry).noquote() << m_url.authority() << "warns:" << w;

    if (m_status >= 200 && m_status < 300) {
        finish(); // m_reply stays readable (deleted later) for stream-mode callers draining it
        return;
    }
    m_reply = nullptr;
    finish(RegistryErrors::fromHttp(m_status, m_body, m_spec.context));
}

void RegistryReply::handleUnauthorized()
{
    const QList<Challenge> challenges = parseChallenges({header("WWW-Authenticate")});
    const auto challenge = preferredChallenge(challenges);
    const Credentials &creds = m_client->authenticator()->credentials();
    if (m_foreignOrigin || m_authRetried || !challenge) {
        Error error = RegistryErrors::fromHttp(401, m_body, m_spec.context);
        if (challenge && challenge->param(QStringLiteral("error")) == u"insufficient_scope") {
            error.kind = ErrorKind::Denied;
            error.message = tr("%1 refused access to %2: the credentials lack the permission for this operation.")
                                .arg(m_spec.context.registry, m_spec.context.subject);
        } else if (creds.isEmpty()) {
            error.message = tr("%1 requires authentication for %2; log in or give --username and --password-stdin.")
                                .arg(m_spec.context.registry, m_spec.context.subject);
        }
        finish(error);
        return;
    }
    m_authRetried = true;
    if (challenge->isBearer()) {
        if (!m_bearer.isEmpty()) {
            m_client->authenticator()->invalidate(m_spec.scopes); // expired or revoked
            m_bearer.clear();
        }
        m_client->authenticator()->fetchToken(*challenge, m_spec.scopes, m_url, this,
                                              [this](const QString &token, const Error &error) {
                                                  if (error) {
                                                      finish(error);
                                                      return;
                                                  }
                                                  m_bearer = token;
                                                  sendAttempt();
                                              });
        return;
    }
    if (challenge->isBasic() && !creds.isEmpty() && !creds.identityToken) {
        if (m_url.scheme() == u"http" && !m_client->options().allowsInsecure()) {
            finish(Error::make(ErrorKind::Unauthorized, tr("Berth does not send credentials to %1 over plain HTTP.")
                                                            .arg(m_url.authority())));
            return;
        }
        m_client->setUsesBasicAuth(true);
        sendAttempt();
        return;
    }
    Error error = RegistryErrors::fromHttp(401, m_body, m_spec.context);
    if (creds.isEmpty())
        error.message = tr("%1 requires authentication for %2; log in or give --username and --password-stdin.")
                            .arg(m_spec.context.registry, m_spec.context.subject);
    finish(error);
}

void whenRequestsEnd(QObject *root, int timeoutMs, std::function<void()> then)
{
    struct State {
        int running = 0;
        std::function<void()> then;
        void fire()
        {
            if (auto f = std::exchange(then, {}))
                f();
        }
    };
    auto state = std::make_shared<State>();
    state->then = std::move(then);
    const QList<RegistryReply *> replies = root->findChildren<RegistryReply *>();
    for (RegistryReply *reply : replies) {
        if (reply->isFinished())
            continue;
        ++state->running;
        QObject::connect(reply, &Job::finished, root, [state] {
            if (--state->running == 0)
                state->fire();
        });
    }
    if (state->running == 0)
        return state->fire();
    QTimer::singleShot(timeoutMs, root, [state] { state->fire(); });
}

} // namespace berth
