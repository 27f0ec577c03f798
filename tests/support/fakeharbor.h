#pragma once
// A fake Harbor for tests: checks every request against Harbor's API definition, then answers
// from an in-memory model with Harbor's quirks (paging headers, CSRF cookie trap, 412 on delete).

#include "fakehttpserver.h"
#include "fakeharbormodel.h"
#include "swaggerchecker.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QObject>

#include <functional>
#include <optional>

namespace berth::test {

class FakeHarbor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeHarbor)

public:
    using Request = FakeHttpServer::Request;
    using Response = FakeHttpServer::Response;

    // Who sent the request; anonymous when no or wrong credentials (Harbor falls back to anonymous).
    struct Principal {
        bool authenticated = false;
        int userId = 0;
        int robotId = 0;
        QString name;
        bool sysadmin = false;
    };

    // One checked API request, as a handler sees it.
    struct Call {
        const Request &request;
        QString operationId;
        QMap<QString, QString> pathParams; // decoded once
        QList<QPair<QString, QString>> query;
        QJsonValue body;
        Principal principal;

        QString path(const QString &name) const { return pathParams.value(name); }
        // {repository_name} arrives encoded twice; this is the name inside the project (team/web).
        QString repositoryName() const;
        bool hasQuery(const QString &name) const;
        QString queryValue(const QString &name, const QString &fallback = {}) const;
        bool queryBool(const QString &name, bool fallback) const;
        bool headerIsTrue(const QByteArray &name) const;
    };

    using Handler = std::function<Response(FakeHarbor &, const Call &)>;

    explicit FakeHarbor(QObject *parent = nullptr);
    ~FakeHarbor() override;

    bool start(); // listens on 127.0.0.1, a free port
    bool startTls(const QString &certFile, const QString &keyFile); // the same over HTTPS
    QUrl url() const; // http://127.0.0.1:<port>
    QUrl apiUrl(const QString &pathAndQuery) const; // url() + /api/v2.0 + pathAndQuery, kept encoded

    // --- seeding; every add returns the new id. admin/Harbor12345 (id 1) and the public project
    // "library" (id 1) exist from the start, as in a fresh Harbor.
    int addUser(const QString &username, const QString &password, bool sysadmin = false);
    int addRobot(const QString &fullName, const QString &secret, int projectId = 0,
                 harbor::Role role = harbor::Role::Maintainer);
    int addProject(const QString &name, bool isPublic = false, qint64 storageLimit = -1, int registryId = 0,
                   int ownerId = 1);
    void addMember(int projectId, int userId, harbor::Role role);
    // fullName includes the project: "library/team/web"; the project must exist.
    int addRepository(const QString &fullName, const QString &description = {});
    // Creates the repository when needed. tags may be empty (an untagged artifact).
    int addArtifact(const QString &repositoryFullName, const QString &digest, const QStringList &tags = {},
                    qint64 size = 1024, const QString &manifestMediaType = {});
    // An OCI index whose children (already added to the same repository) are listed with platforms.
    void setIndexChildren(int artifactId, const QList<harbor::ChildReference> &children);
    int addTag(int artifactId, const QString &tag);
    int addAccessory(int artifactId, const QString &digest, const QString &type = QStringLiteral("signature.cosign"),
                     qint64 size = 512);
    int addLabel(const QString &name, int projectId = 0); // projectId 0: a global label
    void attachLabel(int artifactId, int labelId);
    void setScanOverview(int artifactId, const QJsonObject &overview);

    // --- settings
    void setAuthMode(const QString &mode) { m_authMode = mode; } // db_auth, ldap_auth, oidc_auth...
    void setProjectCreationRestriction(const QString &who) { m_creationRestriction = who; } // everyone|adminonly
    void setHarborVersion(const QString &v) { m_version = v; }
    // Adds or replaces the handler of one operationId from the definition (areas register theirs).
    void setHandler(const QString &operationId, Handler handler);
    Handler handler(const QString &operationId) const { return m_handlers.value(operationId); }
    // Paths outside /api/v2.0 (/v2/, /service/token) go here; without one they are 404 and a violation.
    void setNonApiHandler(FakeHttpServer::Handler handler) { m_nonApi = std::move(handler); }

    // --- inspection
    harbor::State &state() { return m_state; }
    const harbor::State &state() const { return m_state; }
    QList<Request> requests() const { return m_server.requests(); }
    // Requests the definition refuses, or that reach an operation the fake does not implement.
    QStringList violations() const { return m_violations; }
    void clearViolations() { m_violations.clear(); }
    int csrfRejections() const { return m_csrfRejections; }

    // --- for handlers (in the fakeharbor*.cpp area files)
    static Response json(int status, const QJsonValue &body);
    static Response error(int status, const QString &code, const QString &message);
    // Slices `all` by page/page_size and sets X-Total-Count and a relative Link, as Harbor does.
    Response paged(const Call &call, const QJsonArray &all) const;
    harbor::Project *findProject(const QString &nameOrId, bool isResourceName);
    harbor::Project *projectByName(const QString &name);
    harbor::Repository *findRepository(const QString &fullName);
    harbor::Artifact *findArtifact(int repositoryId, const QString &reference); // tag or digest
    harbor::Role roleIn(const Principal &who, int projectId) const;
    bool allowed(const Principal &who, const harbor::Project &project, harbor::Access access) const;
    // nullopt when allowed; else 401 for anonymous, 403 otherwise (Harbor's RequireProjectAccess).
    std::optional<Response> deny(const Call &call, const harbor::Project &project, harbor::Access access) const;
    // Finds the project and checks access in Harbor's order: a project that does not exist is 404
    // only for a system admin; others get the same 401/403 as for a project they may not see.
    // Reads {project_name} or {project_name_or_id} (with X-Is-Resource-Name) from the call.
    std::optional<Response> resolveProject(const Call &call, harbor::Access access, harbor::Project *&out);
    int nextId() { return ++m_state.nextId; }
    QString authMode() const { return m_authMode; }
    QString creationRestriction() const { return m_creationRestriction; }
    QString harborVersion() const { return m_version; }

private:
    Response handle(const Request &request);
    Response handleApi(const Request &request, const QByteArray &requestId);
    Principal authenticate(const Request &request) const;

    FakeHttpServer m_server;
    SwaggerChecker m_checker;
    harbor::State m_state;
    QHash<QString, Handler> m_handlers;
    FakeHttpServer::Handler m_nonApi;
    QStringList m_violations;
    int m_csrfRejections = 0;
    quint64 m_requestCounter = 0;
    QString m_authMode = QStringLiteral("db_auth");
    QString m_creationRestriction = QStringLiteral("everyone");
    QString m_version = QStringLiteral("v2.15.2-fake");
};

} // namespace berth::test

// In a test function: fails with the list of requests Harbor's definition refused.
#define BERTH_EXPECT_NO_HARBOR_VIOLATIONS(fake)                                                     \
    QVERIFY2((fake).violations().isEmpty(),                                                         \
             qPrintable(QStringLiteral("Harbor API violations:\n") + (fake).violations().join(u'\n')))
