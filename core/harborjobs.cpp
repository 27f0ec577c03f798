#include "harborjobs.h"

#include "harborclient.h"
#include "harborerror.h"
#include "linkheader.h"
#include "logging.h"
#include "netutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
constexpr int PageSize = 100; // Harbor's maximum
constexpr int MaxPages = 10000;
} // namespace

HarborRequest::HarborRequest(HarborClient *client, const HarborRequestSpec &spec)
    : Job(client), m_client(client), m_spec(spec)
{
}

HarborRequest::~HarborRequest()
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->abort();
        reply->deleteLater();
    }
}

void HarborRequest::start()
{
    // Queued: a known endpoint (or its error) answers at once, and finished() must not come before
    // the caller has connected to it.
    QMetaObject::invokeMethod(this, [this] {
        if (!m_client)
            return finish(Error::make(ErrorKind::Cancelled, tr("Cancelled.")));
        m_client->ensureEndpoint(this, [this](const Error &error) {
            if (error)
                return finish(error);
            startDirect();
        });
    }, Qt::QueuedConnection);
}

void HarborRequest::startDirect()
{
    m_url = m_spec.url.isValid()
        ? m_spec.url
        : QUrl::fromEncoded(m_client->baseUrl().toEncoded() + "/api/v2.0" + m_spec.path, QUrl::StrictMode);
    sendAttempt();
}

void HarborRequest::failLater(const Error &error)
{
    QMetaObject::invokeMethod(this, [this, error] { finish(error); }, Qt::QueuedConnection);
}

void HarborRequest::abort()
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->abort();
        reply->deleteLater();
    }
    Job::abort();
}

QByteArray HarborRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void HarborRequest::sendAttempt()
{
    m_status = 0;
    m_body.clear();
    m_headers.clear();
    QNetworkRequest request(m_url);
    // prepare() turns cookies off both ways: a stored sid cookie would make Harbor refuse writes.
    net::prepare(request, m_client->options().timeoutMs);
    if (m_url.scheme() == u"https")
        request.setSslConfiguration(m_client->sslConfiguration());
    request.setRawHeader("Accept", "application/json");
    for (const auto &[name, value] : std::as_const(m_spec.headers))
        request.setRawHeader(name, value);
    if (!m_spec.anonymous && !m_client->authorization().isEmpty())
        request.setRawHeader("Authorization", m_client->authorization());
    QNetworkReply *reply = nullptr;
    if (m_spec.verb == "GET") {
        reply = m_client->networkAccessManager()->get(request);
    } else {
        if (!m_spec.body.isEmpty())
            request.setHeader(QNetworkRequest::ContentLengthHeader, m_spec.body.size());
        reply = m_client->networkAccessManager()->sendCustomRequest(request, m_spec.verb, m_spec.body);
    }
    net::capBody(reply, m_spec.maxBodySize);
    if (m_url.scheme() == u"https")
        m_client->watchTls(reply);
    m_reply = reply;
    qCDebug(lcHarbor) << m_spec.verb.constData() << m_url.toDisplayString();
    connect(reply, &QNetworkReply::finished, this, &HarborRequest::handleFinished);
}

void HarborRequest::handleFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || sender() != reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (isFinished())
        return;
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_headers = reply->rawHeaderPairs();
    m_body = reply->readAll();
    const QString registry = m_client->registry();

    if (net::capExceeded(reply))
        return finish(Error::make(ErrorKind::Protocol, tr("The answer of Harbor at %1 for %2 is larger than %3 bytes.")
                                                           .arg(registry, m_spec.subject).arg(m_spec.maxBodySize)));
    const bool idempotent = m_spec.verb == "GET";
    const bool transient = m_status == 0 || m_status == 429 || m_status == 502 || m_status == 503 || m_status == 504;
    if (transient && idempotent && m_attempt < m_client->options().maxRetries) {
        ++m_attempt;
        if (!m_retryTimer) {
            m_retryTimer = new QTimer(this);
            m_retryTimer->setSingleShot(true);
            connect(m_retryTimer, &QTimer::timeout, this, &HarborRequest::sendAttempt);
        }
        m_retryTimer->start(qMin(500 << m_attempt, 8000));
        return;
    }
    if (m_status == 0) {
        const bool tls = reply->error() == QNetworkReply::SslHandshakeFailedError;
        return finish(Error::make(tls ? ErrorKind::Tls : ErrorKind::Network,
                                  tr("Connection to Harbor at %1 failed for %2: %3")
                                      .arg(registry, m_spec.subject, reply->errorString())));
    }
    if (m_status >= 300 && m_status < 400)
        return finish(Error::make(ErrorKind::Protocol,
                                  tr("Harbor at %1 redirected the request for %2 to %3; Berth does not follow "
                                     "redirects of the API.")
                                      .arg(registry, m_spec.subject, QString::fromUtf8(header("Location"))),
                                  m_status));
    if ((m_status >= 200 && m_status < 300) || m_accepted.contains(m_status))
        return finish();
    finish(HarborErrors::fromHttp(m_status, m_body, registry, m_spec.subject));
}

HarborListJob::HarborListJob(HarborClient *client, const QByteArray &path, const QString &subject)
    : Job(client), m_client(client), m_path(path), m_subject(subject)
{
}

void HarborListJob::start()
{
    HarborRequestSpec spec;
    spec.path = m_path + (m_path.contains('?') ? "&" : "?") + "page=1&page_size=" + QByteArray::number(PageSize);
    spec.subject = m_subject;
    fetch(spec);
}

void HarborListJob::abort()
{
    if (m_current)
        m_current->abort();
    Job::abort();
}

void HarborListJob::fetch(const HarborRequestSpec &spec)
{
    HarborRequest *request = m_client->send(spec);
    m_current = request;
    connect(request, &Job::finished, this, [this, request] {
        if (isFinished())
            return;
        if (request->error())
            return finish(request->error());
        m_visited.insert(request->url());
        const QJsonDocument doc = QJsonDocument::fromJson(request->body());
        if (!doc.isArray())
            return finish(Error::make(ErrorKind::Protocol, tr("Harbor at %1 sent something other than a list for %2.")
                                                               .arg(m_client->registry(), m_subject)));
        const QJsonArray page = doc.array();
        for (const QJsonValue &v : page)
            m_items.append(v);
        bool ok = false;
        const qint64 total = request->header("X-Total-Count").trimmed().toLongLong(&ok);
        if (ok)
            m_total = total;
        const auto next = nextLink(request->header("Link"), request->url());
        const bool complete = ok && m_items.size() >= total;
        if (!next || complete || page.isEmpty() || m_visited.contains(*next) || m_visited.size() >= MaxPages)
            return finish();
        HarborRequestSpec more;
        more.url = *next;
        more.subject = m_subject;
        fetch(more);
    });
}

QList<HarborProject> HarborListJob::projects() const
{
    QList<HarborProject> out;
    for (const QJsonValue &v : m_items)
        out.append(HarborProject::fromJson(v.toObject()));
    return out;
}

QList<HarborRepository> HarborListJob::repositories() const
{
    QList<HarborRepository> out;
    for (const QJsonValue &v : m_items)
        out.append(HarborRepository::fromJson(v.toObject()));
    return out;
}

QList<HarborArtifact> HarborListJob::artifacts() const
{
    QList<HarborArtifact> out;
    for (const QJsonValue &v : m_items)
        out.append(HarborArtifact::fromJson(v.toObject()));
    return out;
}

HarborDetectJob::HarborDetectJob(HarborClient *client) : Job(client), m_client(client) {}

void HarborDetectJob::start()
{
    HarborRequestSpec spec;
    spec.path = "/systeminfo";
    spec.anonymous = true; // answers anonymously, and tells the auth mode before any login
    spec.subject = tr("the system information");
    spec.maxBodySize = 256 * 1024;
    HarborRequest *info = m_client->send(spec);
    info->setAcceptedStatuses({404});
    connect(info, &Job::finished, this, [this, info] {
        if (info->error()) {
            // A registry without the Harbor API: not an error for the caller, just "not Harbor".
            if (info->error().kind == ErrorKind::NotFound)
                return finish();
            return finish(info->error());
        }
        const QJsonObject o = QJsonDocument::fromJson(info->body()).object();
        if (info->status() != 200 || !o.contains("auth_mode"_L1))
            return finish();
        m_info.version = o.value("harbor_version"_L1).toString();
        m_info.authMode = o.value("auth_mode"_L1).toString();
        m_info.projectCreationRestriction = o.value("project_creation_restriction"_L1).toString();
        m_info.readOnly = o.value("read_only"_L1).toBool();
        m_info.registryUrl = o.value("registry_url"_L1).toString();
        HarborRequestSpec pingSpec;
        pingSpec.path = "/ping";
        pingSpec.anonymous = true;
        pingSpec.subject = tr("the health check");
        HarborRequest *ping = m_client->send(pingSpec);
        connect(ping, &Job::finished, this, [this, ping] {
            if (ping->error())
                return finish(ping->error());
            m_info.isHarbor = ping->body().trimmed() == "Pong" || ping->body().contains("Pong");
            finish();
        });
    });
}

HarborProjectDeleteJob::HarborProjectDeleteJob(HarborClient *client, const QString &project)
    : Job(client), m_client(client), m_project(project)
{
}

void HarborProjectDeleteJob::start()
{
    HarborRequestSpec spec;
    spec.path = "/projects/" + HarborClient::projectSegment(m_project) + "/_deletable";
    // The path takes a name or an id; a numeric name would be read as an id without this.
    spec.headers = {{"X-Is-Resource-Name", "true"}};
    spec.subject = tr("project %1").arg(m_project);
    HarborRequest *check = m_client->send(spec);
    connect(check, &Job::finished, this, [this, check] {
        if (check->error())
            return finish(check->error());
        const QJsonObject o = QJsonDocument::fromJson(check->body()).object();
        if (o.value("deletable"_L1).toBool(true))
            return deleteNow();
        const QString why = o.value("message"_L1).toString();
        finish(Error::make(ErrorKind::Server,
                           tr("Project %1 on Harbor at %2 cannot be deleted: %3. Delete its repositories (and, "
                              "for a proxy cache, its cached images) first.")
                               .arg(m_project, m_client->registry(), why.isEmpty() ? tr("Harbor says it is not empty") : why),
                           412, u"PRECONDITION"_s));
    });
}

void HarborProjectDeleteJob::deleteNow()
{
    HarborRequestSpec spec;
    spec.verb = "DELETE";
    spec.path = "/projects/" + HarborClient::projectSegment(m_project);
    spec.headers = {{"X-Is-Resource-Name", "true"}};
    spec.subject = tr("project %1").arg(m_project);
    HarborRequest *del = m_client->send(spec);
    connect(del, &Job::finished, this, [this, del] { finish(del->error()); });
}

} // namespace berth
