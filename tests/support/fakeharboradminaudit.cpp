// FakeHarbor's audit log (/auditlog-exts, a project's, event types; entries recorded for the
// writes of other areas by wrapping their handlers), quotas, and the administration permissions
// added to /users/current/permissions.

#include "fakeharboradmin.h"
#include "fakeharborroutes.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace berth::test {

using namespace harbor;

namespace {

using Call = FakeHarbor::Call;
using Response = FakeHarbor::Response;

Response unauthorized()
{
    return FakeHarbor::error(401, u"UNAUTHORIZED"_s, u"unauthorized"_s);
}

// A project's log is read by its members (a public project is not enough).
std::optional<Response> memberAccess(FakeHarbor &h, const Call &call, bool write, Project *&p)
{
    if (auto denied = h.resolveProject(call, write ? Access::Admin : Access::Read, p))
        return denied;
    if (!call.principal.sysadmin && h.roleIn(call.principal, p->id) == Role::None)
        return refuse(call);
    return std::nullopt;
}

// --- audit log

QString qValue(const QString &q, const QString &key)
{
    for (const QString &item : q.split(u',')) {
        if (item.startsWith(key + u'='))
            return item.mid(key.size() + 1);
    }
    return {};
}

bool matches(const QString &value, const QString &pattern)
{
    if (pattern.isEmpty())
        return true;
    return pattern.startsWith(u'~') ? value.contains(pattern.mid(1), Qt::CaseInsensitive) : value == pattern;
}

Response listAuditLogs(FakeHarbor &h, const Call &call)
{
    if (!call.principal.authenticated)
        return unauthorized();
    int onlyProject = 0;
    if (call.pathParams.contains(u"project_name"_s)) { // /projects/{project_name}/auditlog-exts
        Project *p = nullptr;
        if (auto denied = memberAccess(h, call, false, p))
            return *denied;
        onlyProject = p->id;
    }
    const QString q = call.queryValue(u"q"_s);
    for (const QString &item : q.split(u',', Qt::SkipEmptyParts)) {
        const QString key = item.section(u'=', 0, 0);
        if (!QStringList{u"username"_s, u"operation"_s, u"resource"_s, u"resource_type"_s, u"op_time"_s}.contains(key))
            return FakeHarbor::error(400, u"BAD_REQUEST"_s, u"unsupported query key "_s + key);
    }
    QDateTime from, to;
    const QString range = qValue(q, u"op_time"_s);
    if (!range.isEmpty()) {
        if (!range.startsWith(u'[') || !range.endsWith(u']') || !range.contains(u'~'))
            return FakeHarbor::error(400, u"BAD_REQUEST"_s, u"bad op_time range"_s);
        const QString fmt = u"yyyy-MM-dd HH:mm:ss"_s;
        from = QDateTime::fromString(range.mid(1).section(u'~', 0, 0), fmt);
        to = QDateTime::fromString(range.chopped(1).section(u'~', 1), fmt);
        from.setTimeSpec(Qt::UTC);
        to.setTimeSpec(Qt::UTC);
        if (!from.isValid() || !to.isValid())
            return FakeHarbor::error(400, u"BAD_REQUEST"_s, u"bad op_time range"_s);
    }
    QList<AuditEntry> entries;
    for (const AuditEntry &e : h.state().admin.audit) {
        if (onlyProject && e.projectId != onlyProject)
            continue;
        if (!call.principal.sysadmin) { // others see the projects they are members of
            if (!e.projectId || h.roleIn(call.principal, e.projectId) == Role::None
                || h.roleIn(call.principal, e.projectId) == Role::LimitedGuest)
                continue;
        }
        if (!matches(e.username, qValue(q, u"username"_s)) || !matches(e.operation, qValue(q, u"operation"_s))
            || !matches(e.resource, qValue(q, u"resource"_s)) || !matches(e.resourceType, qValue(q, u"resource_type"_s)))
            continue;
        if (from.isValid() && (e.time < from || e.time > to))
            continue;
        entries.append(e);
    }
    const QString sort = call.queryValue(u"sort"_s, u"-op_time"_s);
    const bool descending = sort.startsWith(u'-');
    const QString field = descending ? sort.mid(1) : sort;
    std::stable_sort(entries.begin(), entries.end(), [&](const AuditEntry &a, const AuditEntry &b) {
        auto key = [&](const AuditEntry &e) -> QString {
            if (field == "username"_L1) return e.username;
            if (field == "operation"_L1) return e.operation;
            if (field == "resource"_L1) return e.resource;
            if (field == "resource_type"_L1) return e.resourceType;
            return e.time.toString(Qt::ISODateWithMs) + QString::number(e.id).rightJustified(10, u'0');
        };
        return descending ? key(b) < key(a) : key(a) < key(b);
    });
    QJsonArray all;
    for (const AuditEntry &e : entries)
        all.append(QJsonObject{{u"id"_s, e.id}, {u"username"_s, e.username}, {u"resource"_s, e.resource},
                               {u"resource_type"_s, e.resourceType}, {u"operation"_s, e.operation},
                               {u"operation_description"_s, e.description}, {u"operation_result"_s, e.success},
                               {u"op_time"_s, timeText(e.time)}});
    return h.paged(call, all);
}

// Records an entry after another area's handler succeeded.
void auditAfter(FakeHarbor &h, const QString &operationId, const QString &operation, const QString &type,
                std::function<QString(const Call &)> resource)
{
    FakeHarbor::Handler inner = h.handler(operationId);
    if (!inner)
        return;
    h.setHandler(operationId, [inner, operation, type, resource](FakeHarbor &fake, const Call &call) {
        Response r = inner(fake, call);
        if (r.status / 100 == 2) {
            const QString name = resource(call);
            Project *p = fake.projectByName(name.section(u'/', 0, 0).section(u':', 0, 0));
            recordAudit(fake, call.principal, operation, type, name, p ? p->id : 0);
        }
        return r;
    });
}

QString artifactResource(const Call &call)
{
    const QString ref = call.path(u"reference"_s);
    return call.path(u"project_name"_s) + u'/' + call.repositoryName() + (ref.contains(u':') ? u'@' : u':') + ref;
}

// --- quotas (system administrators)

QJsonObject quotaJson(FakeHarbor &h, const Project &p)
{
    qint64 used = p.storageUsed;
    for (const Repository &r : h.state().repositories) {
        if (r.projectId != p.id)
            continue;
        for (const Artifact &a : h.state().artifacts) {
            if (a.repositoryId == r.id)
                used += a.size;
        }
    }
    const QString now = timeText(QDateTime::currentDateTimeUtc());
    return {{u"id"_s, 1000 + p.id}, // distinct from project ids, as in Harbor
            {u"ref"_s, QJsonObject{{u"id"_s, p.id}, {u"name"_s, p.name}, {u"owner_name"_s, u"admin"_s}}},
            {u"hard"_s, QJsonObject{{u"storage"_s, p.storageLimit}}},
            {u"used"_s, QJsonObject{{u"storage"_s, used}}},
            {u"creation_time"_s, timeText(p.created)}, {u"update_time"_s, now}};
}

Response listQuotas(FakeHarbor &h, const Call &call)
{
    if (!call.principal.sysadmin)
        return refuse(call);
    const QString ref = call.queryValue(u"reference"_s);
    const QString refId = call.queryValue(u"reference_id"_s);
    QJsonArray all;
    for (const Project &p : h.state().projects) {
        if ((ref.isEmpty() || ref == "project"_L1) && (refId.isEmpty() || refId == QString::number(p.id)))
            all.append(quotaJson(h, p));
    }
    return h.paged(call, all);
}

Project *projectOfQuota(FakeHarbor &h, const Call &call)
{
    return h.findProject(QString::number(call.path(u"id"_s).toInt() - 1000), false);
}

Response getQuota(FakeHarbor &h, const Call &call)
{
    if (!call.principal.sysadmin)
        return refuse(call);
    Project *p = projectOfQuota(h, call);
    return p ? FakeHarbor::json(200, quotaJson(h, *p)) : notFound(u"quota"_s);
}

Response updateQuota(FakeHarbor &h, const Call &call)
{
    if (!call.principal.sysadmin)
        return refuse(call);
    Project *p = projectOfQuota(h, call);
    if (!p)
        return notFound(u"quota"_s);
    const QJsonValue storage = call.body.toObject().value("hard"_L1).toObject().value("storage"_L1);
    if (!storage.isDouble() || (storage.toInteger() < 0 && storage.toInteger() != -1))
        return FakeHarbor::error(400, u"BAD_REQUEST"_s, u"hard.storage must be -1 or a size in bytes"_s);
    p->storageLimit = storage.toInteger();
    recordAudit(h, call.principal, u"update"_s, u"quota"_s, p->name, p->id);
    return Response::json(200, {});
}

// The administration permissions Harbor's RBAC gives on top of what fakeharborsystem.cpp answers.
void extendPermissions(FakeHarbor &harbor)
{
    FakeHarbor::Handler inner = harbor.handler(u"getCurrentUserPermissions"_s);
    harbor.setHandler(u"getCurrentUserPermissions"_s, [inner](FakeHarbor &h, const Call &call) {
        Response r = inner(h, call);
        if (r.status != 200)
            return r;
        QJsonArray out = QJsonDocument::fromJson(r.body).array();
        const QString scope = call.queryValue(u"scope"_s);
        const bool relative = call.queryBool(u"relative"_s, false);
        auto add = [&](const QString &prefix, const char *resource, std::initializer_list<const char *> actions) {
            const QString name = (relative ? QString() : prefix) + QString::fromLatin1(resource);
            for (const char *a : actions)
                out.append(QJsonObject{{u"resource"_s, name}, {u"action"_s, QString::fromLatin1(a)}});
        };
        if (scope.startsWith("/project/"_L1)) {
            Project *p = h.findProject(scope.mid(9), false);
            const Role role = p ? h.roleIn(call.principal, p->id) : Role::None;
            const QString prefix = scope + u'/';
            if (role != Role::None && role != Role::LimitedGuest)
                add(prefix, "log", {"list"});
            if (role == Role::ProjectAdmin || role == Role::Maintainer) {
                add(prefix, "immutable-tag", {"create", "update", "delete", "list"});
                add(prefix, "tag-retention", {"read", "list", "operate"});
            }
            if (role == Role::ProjectAdmin) {
                add(prefix, "member", {"create", "read", "update", "delete"});
                add(prefix, "robot", {"create", "read", "update", "delete", "list"});
                add(prefix, "tag-retention", {"create", "update", "delete"});
            }
        } else if (call.principal.sysadmin) {
            const QString prefix = u"/system/"_s;
            add(prefix, "garbage-collection", {"create", "read", "update", "list", "stop"});
            add(prefix, "audit-log", {"list"});
            add(prefix, "quota", {"read", "update", "list"});
            add(prefix, "robot", {"read", "update", "delete", "list"});
            add(prefix, "ldap-user", {"list"});
            add(prefix, "user-group", {"create", "read", "update", "delete", "list"});
        }
        return FakeHarbor::json(200, out);
    });
}

} // namespace

void registerAdminAuditRoutes(FakeHarbor &harbor)
{
    harbor.setHandler(u"listAuditLogExts"_s, listAuditLogs);
    harbor.setHandler(u"getLogExts"_s, listAuditLogs);
    harbor.setHandler(u"listAuditLogEventTypes"_s, [](FakeHarbor &, const Call &call) {
        if (!call.principal.authenticated)
            return unauthorized();
        QJsonArray out;
        for (const char *t : {"create_artifact", "delete_artifact", "pull_artifact", "create_project",
                              "delete_project", "create_project_member", "update_project_member",
                              "delete_project_member", "create_robot", "update_robot", "delete_robot",
                              "create_user", "delete_user", "update_configure"})
            out.append(QJsonObject{{u"event_type"_s, QString::fromLatin1(t)}});
        return FakeHarbor::json(200, out);
    });
    harbor.setHandler(u"listQuotas"_s, listQuotas);
    harbor.setHandler(u"getQuota"_s, getQuota);
    harbor.setHandler(u"updateQuota"_s, updateQuota);
    auditAfter(harbor, u"createProject"_s, u"create"_s, u"project"_s,
               [](const Call &c) -> QString { return c.body.toObject().value("project_name"_L1).toString(); });
    auditAfter(harbor, u"deleteProject"_s, u"delete"_s, u"project"_s,
               [](const Call &c) -> QString { return c.path(u"project_name_or_id"_s); });
    auditAfter(harbor, u"deleteArtifact"_s, u"delete"_s, u"artifact"_s, artifactResource);
    auditAfter(harbor, u"createTag"_s, u"create"_s, u"tag"_s, artifactResource);
    auditAfter(harbor, u"deleteTag"_s, u"delete"_s, u"tag"_s, [](const Call &c) -> QString {
        return c.path(u"project_name"_s) + u'/' + c.repositoryName() + u':' + c.path(u"tag_name"_s);
    });
    auditAfter(harbor, u"deleteRepository"_s, u"delete"_s, u"repository"_s,
               [](const Call &c) -> QString { return c.path(u"project_name"_s) + u'/' + c.repositoryName(); });
    extendPermissions(harbor);
}

} // namespace berth::test
