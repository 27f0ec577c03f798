#include "fakeharbor.h"

#include "fakeharborroutes.h"

#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace berth::test {

using namespace harbor;

QString FakeHarbor::Call::repositoryName() const
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(pathParams.value(u"repository_name"_s).toUtf8()));
}

bool FakeHarbor::Call::hasQuery(const QString &name) const
{
    return std::any_of(query.cbegin(), query.cend(), [&](const auto &kv) { return kv.first == name; });
}

QString FakeHarbor::Call::queryValue(const QString &name, const QString &fallback) const
{
    for (const auto &[k, v] : query) {
        if (k == name)
            return v;
    }
    return fallback;
}

bool FakeHarbor::Call::queryBool(const QString &name, bool fallback) const
{
    if (!hasQuery(name))
        return fallback;
    const QString v = queryValue(name).toLower();
    return v == "true"_L1 || v == "1"_L1;
}

bool FakeHarbor::Call::headerIsTrue(const QByteArray &name) const
{
    const QByteArray v = request.header(name).toLower();
    return v == "true" || v == "1";
}

FakeHarbor::FakeHarbor(QObject *parent) : QObject(parent)
{
    m_state.users.append(User{1, u"admin"_s, u"Harbor12345"_s, u"admin@example.com"_s, true});
    m_state.projects.append(Project{1, u"library"_s, true, 1, -1, 0, 0, QDateTime::currentDateTimeUtc()});
    m_state.members.append(Member{1, 1, 1, Role::ProjectAdmin});
    m_server.setHandler([this](const Request &r) { return handle(r); });
    registerSystemRoutes(*this);
    registerProjectRoutes(*this);
    registerRepositoryRoutes(*this);
    registerArtifactRoutes(*this);
    registerReplicationRoutes(*this);
    registerAdminRoutes(*this);
}

FakeHarbor::~FakeHarbor() = default;

bool FakeHarbor::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

bool FakeHarbor::startTls(const QString &certFile, const QString &keyFile)
{
    return m_server.listenTls(certFile, keyFile);
}

QUrl FakeHarbor::url() const
{
    return m_server.baseUrl();
}

QUrl FakeHarbor::apiUrl(const QString &pathAndQuery) const
{
    return QUrl::fromEncoded(url().toEncoded() + "/api/v2.0" + pathAndQuery.toUtf8(), QUrl::StrictMode);
}

void FakeHarbor::setHandler(const QString &operationId, Handler handler)
{
    m_handlers.insert(operationId, std::move(handler));
}

FakeHarbor::Response FakeHarbor::json(int status, const QJsonValue &body)
{
    const QJsonDocument doc = body.isArray() ? QJsonDocument(body.toArray()) : QJsonDocument(body.toObject());
    return Response::json(status, doc.toJson(QJsonDocument::Compact));
}

FakeHarbor::Response FakeHarbor::error(int status, const QString &code, const QString &message)
{
    const QJsonObject e{{u"code"_s, code}, {u"message"_s, message}};
    return json(status, QJsonObject{{u"errors"_s, QJsonArray{e}}});
}

FakeHarbor::Response FakeHarbor::handle(const Request &request)
{
    QByteArray requestId = request.header("x-request-id");
    if (requestId.isEmpty())
        requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QByteArray path = request.target.split('?').constFirst();
    Response response;
    if (path.startsWith("/api/")) {
        response = handleApi(request, requestId);
        // Harbor's session middleware hands out a session cookie on API responses; a client that
        // stores it trips the CSRF check on its next write.
        const QByteArray sid = QUuid::createUuid().toByteArray(QUuid::Id128);
        response.headers.append({"Set-Cookie", "sid=" + sid + "; Path=/; HttpOnly"});
    } else if (m_nonApi) {
        response = m_nonApi(request);
    } else {
        m_violations.append(u"%1 %2: no handler for a path outside /api/v2.0"_s.arg(
            QString::fromLatin1(request.method), QString::fromUtf8(request.target)));
        response = error(404, u"NOT_FOUND"_s, u"not found"_s);
    }
    response.headers.append({"X-Request-Id", requestId});
    return response;
}

FakeHarbor::Response FakeHarbor::handleApi(const Request &request, const QByteArray &requestId)
{
    Q_UNUSED(requestId)
    const SwaggerChecker::Result check = m_checker.check(request.method, request.target, request.headers, request.body);
    const QString what = QString::fromLatin1(request.method) + u' ' + QString::fromUtf8(request.target);
    if (!check.ok)
        m_violations.append(what + u": "_s + check.problem);

    const bool write = request.method == "POST" || request.method == "PUT" || request.method == "DELETE"
        || request.method == "PATCH";
    if (write) {
        for (const QByteArray &cookie : request.headerValues("cookie")) {
            if (cookie.contains("sid=")) {
                ++m_csrfRejections;
                return error(403, u"FORBIDDEN"_s, u"CSRF token invalid"_s);
            }
        }
    }
    if (!check.ok)
        return error(400, u"BAD_REQUEST"_s, check.problem);

    const auto handler = m_handlers.constFind(check.operationId);
    if (handler == m_handlers.cend()) {
        m_violations.append(what + u": operation "_s + check.operationId + u" is not implemented in FakeHarbor"_s);
        return error(501, u"NOT_IMPLEMENTED"_s, u"FakeHarbor does not implement "_s + check.operationId);
    }
    Call call{request, check.operationId, check.pathParams,
              SwaggerChecker::parseQuery(request.target.mid(request.target.indexOf('?') + 1)),
              {}, authenticate(request)};
    if (!request.target.contains('?'))
        call.query.clear();
    if (!request.body.trimmed().isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        call.body = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    return (*handler)(*this, call);
}

FakeHarbor::Principal FakeHarbor::authenticate(const Request &request) const
{
    const QByteArray auth = request.header("authorization");
    if (!auth.startsWith("Basic ") && !auth.startsWith("basic "))
        return {};
    const QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return {};
    const QString name = QString::fromUtf8(decoded.left(colon));
    const QString secret = QString::fromUtf8(decoded.mid(colon + 1));
    for (const User &u : m_state.users) {
        if (u.username == name && u.password == secret)
            return Principal{true, u.id, 0, u.username, u.sysadmin};
    }
    for (const Robot &r : m_state.robots) {
        if (r.name == name && r.secret == secret && !r.disabled)
            return Principal{true, 0, r.id, r.name, false};
    }
    return {}; // wrong credentials: Harbor carries on as anonymous
}

FakeHarbor::Response FakeHarbor::paged(const Call &call, const QJsonArray &all) const
{
    const qint64 page = std::max<qint64>(1, call.queryValue(u"page"_s, u"1"_s).toLongLong());
    const qint64 pageSize = call.queryValue(u"page_size"_s, u"10"_s).toLongLong();
    const qint64 total = all.size();
    QJsonArray slice;
    for (qint64 i = (page - 1) * pageSize; pageSize > 0 && i < std::min(total, page * pageSize); ++i)
        slice.append(all.at(i));
    Response r = json(200, slice);
    r.headers.append({"X-Total-Count", QByteArray::number(total)});

    // Harbor rebuilds the request URL with page/page_size set, keys sorted (Go's Encode) and the
    // whole query unescaped again; the path stays as sent.
    const QByteArray path = call.request.target.split('?').constFirst();
    auto link = [&](qint64 p, const char *rel) -> QByteArray {
        QList<QPair<QString, QString>> q;
        for (const auto &kv : call.query) {
            if (kv.first != "page"_L1 && kv.first != "page_size"_L1)
                q.append(kv);
        }
        q.append({u"page"_s, QString::number(p)});
        q.append({u"page_size"_s, QString::number(pageSize)});
        std::stable_sort(q.begin(), q.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QStringList parts;
        for (const auto &[k, v] : q)
            parts.append(k + u'=' + v);
        return "<" + path + "?" + parts.join(u'&').toUtf8() + ">; rel=\"" + rel + "\"";
    };
    QList<QByteArray> links;
    if (pageSize > 0 && page > 1 && (page - 1) * pageSize < total)
        links.append(link(page - 1, "prev"));
    if (pageSize > 0 && pageSize * page < total)
        links.append(link(page + 1, "next"));
    if (!links.isEmpty())
        r.headers.append({"Link", links.join(" , ")});
    return r;
}

Project *FakeHarbor::findProject(const QString &nameOrId, bool isResourceName)
{
    bool numeric = false;
    const int id = nameOrId.toInt(&numeric);
    for (Project &p : m_state.projects) {
        if ((numeric && !isResourceName) ? p.id == id : p.name == nameOrId)
            return &p;
    }
    return nullptr;
}

Project *FakeHarbor::projectByName(const QString &name)
{
    return findProject(name, true);
}

Repository *FakeHarbor::findRepository(const QString &fullName)
{
    for (Repository &r : m_state.repositories) {
        if (r.name == fullName)
            return &r;
    }
    return nullptr;
}

Artifact *FakeHarbor::findArtifact(int repositoryId, const QString &reference)
{
    const bool byDigest = reference.contains(u':');
    for (Artifact &a : m_state.artifacts) {
        if (a.repositoryId != repositoryId)
            continue;
        if (byDigest ? a.digest == reference
                     : std::any_of(a.tags.cbegin(), a.tags.cend(), [&](const Tag &t) { return t.name == reference; }))
            return &a;
    }
    return nullptr;
}

Role FakeHarbor::roleIn(const Principal &who, int projectId) const
{
    if (!who.authenticated)
        return Role::None;
    if (who.sysadmin)
        return Role::ProjectAdmin;
    if (who.robotId) {
        for (const Robot &r : m_state.robots) {
            if (r.id == who.robotId && (r.projectId == 0 || r.projectId == projectId))
                return r.role;
        }
        return Role::None;
    }
    for (const Member &m : m_state.members) {
        if (m.projectId == projectId && m.userId == who.userId)
            return m.role;
    }
    return Role::None;
}

bool FakeHarbor::allowed(const Principal &who, const Project &project, Access access) const
{
    if (who.sysadmin)
        return true;
    const Role role = roleIn(who, project.id);
    switch (access) {
    case Access::Read:
        return project.isPublic || role != Role::None;
    case Access::Push:
        return role == Role::ProjectAdmin || role == Role::Maintainer || role == Role::Developer;
    case Access::Delete:
        return role == Role::ProjectAdmin || role == Role::Maintainer;
    case Access::Admin:
        return role == Role::ProjectAdmin;
    }
    return false;
}

std::optional<FakeHarbor::Response> FakeHarbor::deny(const Call &call, const Project &project, Access access) const
{
    if (allowed(call.principal, project, access))
        return std::nullopt;
    if (!call.principal.authenticated)
        return error(401, u"UNAUTHORIZED"_s, u"unauthorized"_s);
    return error(403, u"FORBIDDEN"_s, u"forbidden"_s);
}

std::optional<FakeHarbor::Response> FakeHarbor::resolveProject(const Call &call, Access access, Project *&out)
{
    const bool byName = call.pathParams.contains(u"project_name"_s);
    const QString key = byName ? call.path(u"project_name"_s) : call.path(u"project_name_or_id"_s);
    out = findProject(key, byName || call.headerIsTrue("x-is-resource-name"));
    if (!out) {
        if (call.principal.sysadmin)
            return error(404, u"NOT_FOUND"_s, u"project %1 not found"_s.arg(key));
        if (!call.principal.authenticated)
            return error(401, u"UNAUTHORIZED"_s, u"unauthorized"_s);
        return error(403, u"FORBIDDEN"_s, u"forbidden"_s);
    }
    return deny(call, *out, access);
}

} // namespace berth::test
