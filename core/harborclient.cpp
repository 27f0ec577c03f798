#include "harborclient.h"

#include "harborerror.h"
#include "logging.h"
#include "netutil.h"
#include "registryclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace berth {

HarborClient::HarborClient(const RegistryOptions &options, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_options(options), m_nam(nam), m_trust(new RegistryClient(options, nam, this))
{
    m_trust->setProbedApi(RegistryClient::Api::Harbor);
}

HarborClient::~HarborClient() = default;

QByteArray HarborClient::authorization() const
{
    const Credentials &c = m_options.credentials;
    if (c.isEmpty() || c.identityToken)
        return {};
    return net::basicAuthorization(c.username, c.secret);
}

void HarborClient::ensureEndpoint(QObject *context, std::function<void(const Error &)> callback)
{
    if (m_endpointKnown) {
        callback(m_endpointError);
        return;
    }
    m_waiters.append({QPointer<QObject>(context), std::move(callback)});
    if (m_probing)
        return;
    m_probing = true;
    // The same HTTPS-first discovery as for the registry API, asking Harbor's ping instead of /v2/.
    m_trust->ensureEndpoint(this, [this](const Error &error) {
        if (error) {
            finishProbe(error);
            return;
        }
        qCDebug(lcHarbor) << "Harbor API of" << m_options.registry << "at" << baseUrl().toString();
        checkCredentials();
    });
}

void HarborClient::checkCredentials()
{
    if (authorization().isEmpty()) {
        finishProbe({});
        return;
    }
    if (baseUrl().scheme() == u"http" && !m_options.allowsInsecure()) {
        finishProbe(Error::make(ErrorKind::Unauthorized,
                                tr("Berth does not send credentials to %1 over plain HTTP.").arg(m_options.registry)));
        return;
    }
    HarborRequestSpec spec;
    spec.path = "/users/current";
    spec.subject = tr("the account %1").arg(m_options.credentials.username);
    auto *check = new HarborRequest(this, spec);
    // 403/400: a robot account or another non-user principal, which Harbor did authenticate.
    check->setAcceptedStatuses({400, 403});
    connect(check, &Job::finished, this, [this, check] {
        Error e = check->error();
        if (e.kind == ErrorKind::Unauthorized)
            return checkOidc(e);
        finishProbe(e.kind == ErrorKind::Network || e.kind == ErrorKind::Tls ? e : Error());
    });
    check->startDirect(); // the endpoint is known; waiting for it would wait for this check
}

void HarborClient::checkOidc(Error refused)
{
    // Harbor accepts an OIDC user's CLI secret on a few endpoints only, and /users/current is not
    // one of them: under oidc_auth a 401 there proves nothing, and the operation itself will tell.
    HarborRequestSpec spec;
    spec.path = "/systeminfo";
    spec.anonymous = true;
    spec.subject = tr("the system information");
    auto *info = new HarborRequest(this, spec);
    connect(info, &Job::finished, this, [this, info, refused]() mutable {
        const QString mode = QJsonDocument::fromJson(info->body()).object().value("auth_mode"_L1).toString();
        if (!info->error() && mode == u"oidc_auth") {
            qCDebug(lcHarbor) << "cannot check an OIDC CLI secret in advance on" << m_options.registry;
            return finishProbe({});
        }
        refused.message = tr("Harbor at %1 refused the credentials of %2; check the user name and password "
                             "(or CLI secret), or log in again.").arg(m_options.registry, m_options.credentials.username);
        finishProbe(refused);
    });
    info->startDirect();
}

void HarborClient::finishProbe(const Error &error)
{
    m_probing = false;
    m_endpointKnown = true;
    m_endpointError = error;
    const auto waiters = std::exchange(m_waiters, {});
    for (const auto &[context, callback] : waiters) {
        if (context)
            callback(error);
    }
}

HarborRequest *HarborClient::send(const HarborRequestSpec &spec)
{
    auto *request = new HarborRequest(this, spec);
    request->start();
    return request;
}

QByteArray HarborClient::projectSegment(const QString &project)
{
    return QUrl::toPercentEncoding(project);
}

QByteArray HarborClient::repositorySegment(const QString &repository)
{
    return QUrl::toPercentEncoding(QString::fromLatin1(QUrl::toPercentEncoding(repository)));
}

QByteArray HarborClient::referenceSegment(const QString &reference)
{
    return QUrl::toPercentEncoding(reference, ":");
}

QByteArray HarborClient::repositoryPath(const QString &project, const QString &repository)
{
    return "/projects/" + projectSegment(project) + "/repositories/" + repositorySegment(repository);
}

HarborDetectJob *HarborClient::detect()
{
    auto *job = new HarborDetectJob(this);
    job->start();
    return job;
}

HarborListJob *HarborClient::projects(const QString &query)
{
    QByteArray path = "/projects?with_detail=true";
    if (!query.isEmpty())
        path += "&q=" + QUrl::toPercentEncoding(query);
    auto *job = new HarborListJob(this, path, tr("the projects"));
    job->start();
    return job;
}

HarborRequest *HarborClient::createProject(const HarborProjectSpec &spec)
{
    // Harbor reads metadata.public (a string); storage_limit in bytes, -1 unlimited.
    QJsonObject body{{u"project_name"_s, spec.name},
                     {u"metadata"_s, QJsonObject{{u"public"_s, spec.isPublic ? u"true"_s : u"false"_s}}},
                     {u"storage_limit"_s, spec.storageLimit}};
    if (spec.registryId > 0)
        body.insert(u"registry_id"_s, spec.registryId);
    HarborRequestSpec r;
    r.verb = "POST";
    r.path = "/projects";
    r.headers = {{"Content-Type", "application/json"}};
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.subject = tr("project %1").arg(spec.name);
    return send(r);
}

HarborProjectDeleteJob *HarborClient::deleteProject(const QString &name)
{
    auto *job = new HarborProjectDeleteJob(this, name);
    job->start();
    return job;
}

HarborListJob *HarborClient::repositories(const QString &project)
{
    auto *job = new HarborListJob(this, "/projects/" + projectSegment(project) + "/repositories",
                                  tr("the repositories of project %1").arg(project));
    job->start();
    return job;
}

HarborRequest *HarborClient::deleteRepository(const QString &project, const QString &repository)
{
    HarborRequestSpec r;
    r.verb = "DELETE";
    r.path = repositoryPath(project, repository);
    r.subject = tr("repository %1/%2").arg(project, repository);
    return send(r);
}

HarborListJob *HarborClient::artifacts(const QString &project, const QString &repository,
                                       const HarborArtifactQuery &query)
{
    auto flag = [](bool on) { return on ? QByteArrayLiteral("true") : QByteArrayLiteral("false"); };
    const QByteArray path = repositoryPath(project, repository) + "/artifacts?with_tag=" + flag(query.withTag)
        + "&with_label=" + flag(query.withLabel) + "&with_scan_overview=" + flag(query.withScanOverview)
        + "&with_accessory=" + flag(query.withAccessory);
    auto *job = new HarborListJob(this, path, tr("the artifacts of %1/%2").arg(project, repository));
    job->start();
    return job;
}

HarborRequest *HarborClient::artifact(const QString &project, const QString &repository, const QString &reference)
{
    HarborRequestSpec r;
    r.path = repositoryPath(project, repository) + "/artifacts/" + referenceSegment(reference)
        + "?with_tag=true&with_label=true&with_accessory=true";
    r.subject = tr("artifact %1/%2%3").arg(project, repository, (reference.contains(u':') ? u"@"_s : u":"_s) + reference);
    return send(r);
}

HarborRequest *HarborClient::deleteArtifact(const QString &project, const QString &repository, const QString &reference)
{
    HarborRequestSpec r;
    r.verb = "DELETE";
    r.path = repositoryPath(project, repository) + "/artifacts/" + referenceSegment(reference);
    r.subject = tr("artifact %1/%2%3").arg(project, repository, (reference.contains(u':') ? u"@"_s : u":"_s) + reference);
    return send(r);
}

HarborRequest *HarborClient::addTag(const QString &project, const QString &repository, const QString &reference,
                                    const QString &tag)
{
    HarborRequestSpec r;
    r.verb = "POST";
    r.path = repositoryPath(project, repository) + "/artifacts/" + referenceSegment(reference) + "/tags";
    r.headers = {{"Content-Type", "application/json"}};
    r.body = QJsonDocument(QJsonObject{{u"name"_s, tag}}).toJson(QJsonDocument::Compact);
    r.subject = tr("tag %1/%2:%3").arg(project, repository, tag);
    return send(r);
}

HarborRequest *HarborClient::deleteTag(const QString &project, const QString &repository, const QString &reference,
                                       const QString &tag)
{
    HarborRequestSpec r;
    r.verb = "DELETE";
    r.path = repositoryPath(project, repository) + "/artifacts/" + referenceSegment(reference) + "/tags/"
        + QUrl::toPercentEncoding(tag);
    r.subject = tr("tag %1/%2:%3").arg(project, repository, tag);
    return send(r);
}

} // namespace berth
