#pragma once
// Harbor's own REST API (/api/v2.0) for one Harbor: endpoint discovery with the same HTTPS-first and
// insecure/loopback rules as RegistryClient, Basic authentication, no cookies ever (Harbor answers
// writes that carry its sid cookie with 403 CSRF), and the project/repository/artifact operations.
// Written against Harbor's API definition (swagger v2.15.2) and its documented behaviour.

#include "harborjobs.h"
#include "registryclient.h"
#include "registryoptions.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace berth {

class RegistryClient;

struct HarborProjectSpec {
    QString name;
    bool isPublic = false;
    qint64 storageLimit = -1; // bytes; -1 unlimited
    int registryId = 0;       // non-zero: a proxy cache project of that registry endpoint
};

struct HarborArtifactQuery {
    bool withTag = true;
    bool withLabel = true;
    bool withScanOverview = false;
    bool withAccessory = true;
};

class HarborClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarborClient)
public:
    HarborClient(const RegistryOptions &options, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~HarborClient() override;

    const RegistryOptions &options() const { return m_options; }
    QString registry() const { return m_options.registry; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    // Finds how to reach the API (GET /api/v2.0/ping: HTTPS, then for insecure or loopback
    // registries unverified TLS and plain HTTP) and, with credentials, proves Harbor accepts them
    // (GET /users/current: Harbor treats wrong credentials as anonymous otherwise). Once; the
    // callback runs exactly once unless context is destroyed first.
    void ensureEndpoint(QObject *context, std::function<void(const Error &)> callback);
    QUrl baseUrl() const { return m_trust->baseUrl(); } // scheme://host[:port]
    QSslConfiguration sslConfiguration() const { return m_trust->sslConfiguration(); }
    // Accepts the certificates the user pinned for this registry on reply (as RegistryClient does).
    void watchTls(QNetworkReply *reply) { m_trust->watchTls(reply); }
    QByteArray authorization() const; // empty when anonymous

    HarborRequest *send(const HarborRequestSpec &spec);

    // GET /systeminfo (anonymous) and /ping: is this a Harbor, which version, which auth mode.
    HarborDetectJob *detect();
    // Every project visible to the account (all pages). query: Harbor's q= expression, or empty.
    HarborListJob *projects(const QString &query = {});
    // POST /projects; the reply's Location header names the new project.
    HarborRequest *createProject(const HarborProjectSpec &spec);
    // GET /projects/{name}/_deletable first, then DELETE; says what blocks it.
    HarborProjectDeleteJob *deleteProject(const QString &name);
    HarborListJob *repositories(const QString &project);
    HarborRequest *deleteRepository(const QString &project, const QString &repository);
    HarborListJob *artifacts(const QString &project, const QString &repository, const HarborArtifactQuery &query = {});
    // One artifact with its tags (HarborArtifact::fromJson of the body); reference: digest or tag.
    HarborRequest *artifact(const QString &project, const QString &repository, const QString &reference);
    // reference: a digest or a tag.
    HarborRequest *deleteArtifact(const QString &project, const QString &repository, const QString &reference);
    HarborRequest *addTag(const QString &project, const QString &repository, const QString &reference,
                          const QString &tag);
    HarborRequest *deleteTag(const QString &project, const QString &repository, const QString &reference,
                             const QString &tag);

    // --- harborclient_extra.cpp
    // GET /projects/{name}/summary: repository and member counts, quota (HarborProjectSummary).
    HarborRequest *projectSummary(const QString &project);
    // GET /users/current/permissions; scope e.g. "/project/3", empty for every scope.
    HarborRequest *currentPermissions(const QString &scope = {});
    // Read-only lists: members of a project, robot accounts of a project (by id), labels (0: global).
    HarborListJob *members(int projectId);
    HarborListJob *robots(int projectId);
    HarborListJob *labels(int projectId = 0);
    // POST .../scan (202: started) and .../scan/stop, vulnerability scans.
    HarborRequest *scanArtifact(const QString &project, const QString &repository, const QString &reference);
    HarborRequest *stopScan(const QString &project, const QString &repository, const QString &reference);
    // GET .../additions/vulnerabilities: the report, keyed by report MIME type.
    HarborRequest *vulnerabilities(const QString &project, const QString &repository, const QString &reference);
    // POST /projects/{p}/repositories/{r}/artifacts?from=<project/repo>@<digest> or :<tag>.
    HarborRequest *copyArtifact(const QString &project, const QString &repository, const QString &from);

    // Path pieces, percent-encoded for the URL. A repository name inside its project is encoded
    // twice ("a/b" -> "a%252Fb"): Harbor's router decodes once before matching the path.
    static QByteArray projectSegment(const QString &project);
    static QByteArray repositorySegment(const QString &repository);
    static QByteArray referenceSegment(const QString &reference);
    static QByteArray repositoryPath(const QString &project, const QString &repository);

private:
    void checkCredentials();
    void checkOidc(Error refused);
    void finishProbe(const Error &error);

    RegistryOptions m_options;
    QNetworkAccessManager *m_nam;
    RegistryClient *m_trust; // finds the endpoint (probing Harbor's ping) and holds the TLS settings
    bool m_probing = false;
    bool m_endpointKnown = false;
    Error m_endpointError;
    QList<std::pair<QPointer<QObject>, std::function<void(const Error &)>>> m_waiters;
};

} // namespace berth
